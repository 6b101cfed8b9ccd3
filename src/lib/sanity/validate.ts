import type { z } from 'astro/zod';

/** A document that breaks a content rule; the build fails with every such message. */
export class ContentRuleError extends Error {
  /** One line per broken rule, each naming the document's `_id` and the field. */
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Content breaks the content model:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentRuleError';
    this.problems = problems;
  }
}

/** `body[3].tone` from `['body', 3, 'tone']`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || '(document)';
}

function sentence(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined|received null/.test(issue.message))
    return 'is required';
  if (issue.code === 'invalid_union' && issue.path.length === 0) return issue.message;
  return issue.message;
}

/** Maps a path in a normalized entry back to the path in the document as stored (see normalize.ts). */
export type StoredPath = (path: readonly PropertyKey[]) => readonly PropertyKey[];

/** Formats zod issues as `<type> "<_id>": <field> <problem>`. */
export function describeIssues(
  type: string,
  id: string,
  error: z.ZodError,
  stored: StoredPath = (path) => path,
): string[] {
  return error.issues.map((issue) => `${type} "${id}": ${fieldPath(stored(issue.path))} ${sentence(issue)}`);
}

/** Validates one normalized entry; returns the parsed value or pushes its problems. */
export function check<S extends z.ZodType>(
  schema: S,
  value: unknown,
  type: string,
  id: string,
  problems: string[],
  stored?: StoredPath,
): z.output<S> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  problems.push(...describeIssues(type, id, result.error, stored));
  return undefined;
}

/** Fails when the same slug names two documents, naming both. */
export function findSlugClashes(
  type: string,
  entries: readonly { _id: string; slug: string; origin?: string | undefined }[],
): string[] {
  const seen = new Map<string, { _id: string; origin?: string | undefined }>();
  const problems: string[] = [];
  for (const entry of entries) {
    const first = seen.get(entry.slug);
    if (first) {
      const name = (e: { _id: string; origin?: string | undefined }) =>
        `"${e._id}"${e.origin ? ` (${e.origin})` : ''}`;
      problems.push(`${type} ${name(entry)}: slug "${entry.slug}" is already used by ${type} ${name(first)}`);
    } else {
      seen.set(entry.slug, entry);
    }
  }
  return problems;
}
