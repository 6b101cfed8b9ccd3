let instances = 0;

/** A fresh id prefix for each rendered checklist, so ids stay unique when a page embeds one checklist twice. */
export function nextChecklistInstanceId(): string {
  instances += 1;
  return `fit-checklist-${instances}`;
}
