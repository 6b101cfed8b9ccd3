/**
 * The localStorage key under which a reader's ticks for one checklist are kept, only after they opt in with
 * "Remember on this device". One key per checklist `_id`, so two checklists never share ticks.
 */
export function checklistStorageKey(checklistId: string): string {
  return `alliance:fit-checklist:${checklistId}`;
}
