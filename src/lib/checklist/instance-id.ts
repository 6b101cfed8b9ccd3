// Counted per page render (keyed by its Request) rather than per process, so a page's HTML does not depend on
// which pages were rendered before it, or alongside it when the build renders several pages at once.
const instances = new WeakMap<Request, number>();

/**
 * A fresh id prefix for each checklist on one page (`fit-checklist-1`, `fit-checklist-2` …), so ids stay unique
 * when a page embeds one checklist twice.
 */
export function nextChecklistInstanceId(request: Request): string {
  const count = (instances.get(request) ?? 0) + 1;
  instances.set(request, count);
  return `fit-checklist-${count}`;
}
