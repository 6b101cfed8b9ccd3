/**
 * A message with its `{name}` placeholders filled in, e.g. `fill('{ticked} of {total} ticked', { ticked: 3,
 * total: 5 })`. A placeholder with no value stays as written. Small and dependency-free: islands use it too.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (written, name: string) =>
    name in values ? String(values[name]) : written,
  );
}

/**
 * A message split at its placeholders, for markup that puts an element (a link, a `<code>`) in one's place:
 * text at even positions, placeholder names at odd ones (`'Browse {topics}.'` → `['Browse ', 'topics', '.']`).
 */
export function splitPlaceholders(template: string): string[] {
  return template.split(/\{(\w+)\}/);
}
