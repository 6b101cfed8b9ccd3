import { toBool, toIso, toText } from '../sql/sql.ts';
import type { BackupTable, ColumnKind } from './tables.ts';

/** A value as a backup file holds it. */
export type BackupValue = string | number | boolean | null;

/** A value read from either database, written the one way a backup holds it. */
export function toBackupValue(kind: ColumnKind, value: unknown): BackupValue {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'time':
      // Before migration 3, SQLite kept rate event times as milliseconds.
      return typeof value === 'number' ? new Date(value).toISOString() : toIso(value);
    case 'flag':
      return toBool(value);
    case 'integer':
      return Number(value);
    case 'text':
      return toText(value);
  }
}

/** A row read from either database, with every column the table describes. */
export function toBackupRow(table: BackupTable, row: Record<string, unknown>): Record<string, BackupValue> {
  const out: Record<string, BackupValue> = {};
  for (const [column, kind] of Object.entries(table.columns)) out[column] = toBackupValue(kind, row[column]);
  return out;
}

/** A value from a backup file checked against its column's kind; a time becomes a `Date`. */
export function fromBackupValue(
  kind: ColumnKind,
  value: unknown,
  where: string,
): string | number | boolean | Date | null {
  if (value === null) return null;
  switch (kind) {
    case 'time': {
      const date = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
      if (Number.isNaN(date.getTime())) throw new Error(`${where} is not an ISO 8601 time`);
      return date;
    }
    case 'flag':
      if (typeof value !== 'boolean') throw new Error(`${where} is not true or false`);
      return value;
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value))
        throw new Error(`${where} is not a whole number`);
      return value;
    case 'text':
      if (typeof value !== 'string') throw new Error(`${where} is not text`);
      return value;
  }
}
