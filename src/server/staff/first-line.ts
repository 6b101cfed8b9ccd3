/**
 * The first line of a message with text, shortened to `max` characters at a word where it can be (with "…"), for
 * the inbox list; undefined when there is no message.
 */
export function firstLine(message: string | null, max = 120): string | undefined {
  const line = message
    ?.split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l.length > 0);
  if (!line) return undefined;
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
