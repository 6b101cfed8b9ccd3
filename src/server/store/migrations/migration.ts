/** One schema change, applied once, in version order, inside a transaction. */
export interface Migration {
  version: number;
  name: string;
  /** Statements separated by `;` (no `;` inside them). */
  sql: string;
}

/** Splits a migration's SQL into its statements. */
export function statements(sql: string): string[] {
  return sql
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
}
