import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Connection } from '../database.ts';
import { migrate } from '../migrations/history.ts';
import { MIGRATIONS } from '../migrations/migrations.ts';
import { placeholders, type Sql, type SqlValue } from '../sql/sql.ts';
import { existingTables, rowCounts, schemaVersion } from './inspect.ts';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  SECRET_PREFIX,
  type BackupTable,
} from './tables.ts';
import { fromBackupValue } from './values.ts';
import { readSecretFiles, type BackupSummary } from './write.ts';

/** A restore that would overwrite data and was not told to (answered with exit code 1, nothing changed). */
export class NotEmptyError extends Error {}

interface LoadedRow {
  table: BackupTable;
  values: Map<string, SqlValue>;
}

interface Loaded {
  schemaVersion: number;
  database: string;
  rows: LoadedRow[];
  counts: Record<string, number>;
}

const TABLES = new Map(BACKUP_TABLES.map((table) => [table.name, table]));

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads and checks a whole backup file before anything is written: a damaged or cut-off file changes nothing. */
export async function readBackup(file: string): Promise<Loaded> {
  const lines = createInterface({
    input: fs.createReadStream(file).pipe(createGunzip()),
    crlfDelay: Infinity,
  });
  let header: Record<string, unknown> | undefined;
  let ended = false;
  let lineNumber = 0;
  const rows: LoadedRow[] = [];
  const counts: Record<string, number> = {};
  try {
    for await (const line of lines) {
      lineNumber += 1;
      const where = `${file} line ${String(lineNumber)}`;
      if (ended) throw new Error(`${where}: data after the end line`);
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        throw new Error(`${where} is not JSON`);
      }
      if (!isObject(parsed)) throw new Error(`${where} is not a JSON object`);
      if (header === undefined) {
        if (parsed['format'] !== BACKUP_FORMAT) throw new Error(`${file} is not an Alliance backup`);
        if (parsed['formatVersion'] !== BACKUP_FORMAT_VERSION) {
          throw new Error(
            `${file} has backup format ${String(parsed['formatVersion'])}; this release reads ${String(BACKUP_FORMAT_VERSION)}`,
          );
        }
        header = parsed;
        continue;
      }
      if (parsed['end'] === true) {
        ended = true;
        continue;
      }
      const table = typeof parsed['table'] === 'string' ? TABLES.get(parsed['table']) : undefined;
      if (table === undefined) throw new Error(`${where} names no table a backup holds`);
      const row = parsed['row'];
      if (!isObject(row)) throw new Error(`${where} has no row`);
      const values = new Map<string, SqlValue>();
      for (const [column, value] of Object.entries(row)) {
        const kind = table.columns[column];
        if (kind === undefined)
          throw new Error(`${where}: ${table.name} has no column ${JSON.stringify(column)}`);
        values.set(column, fromBackupValue(kind, value, `${where}: ${table.name}.${column}`));
      }
      rows.push({ table, values });
      counts[table.name] = (counts[table.name] ?? 0) + 1;
    }
  } catch (error) {
    if (
      (error as NodeJS.ErrnoException).code === 'Z_BUF_ERROR' ||
      (error as NodeJS.ErrnoException).code === 'Z_DATA_ERROR'
    ) {
      throw new Error(`${file} is damaged or cut off (${(error as Error).message})`, {
        cause: error,
      });
    }
    throw error;
  }
  if (header === undefined) throw new Error(`${file} is empty`);
  if (!ended) throw new Error(`${file} is cut off: it has no end line`);
  const version = header['schemaVersion'];
  const latest = Math.max(...MIGRATIONS.map((m) => m.version));
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    throw new Error(`${file} has no schema version`);
  }
  if (version > latest) {
    throw new Error(
      `${file} was made at schema version ${String(version)}; this release knows up to ${String(latest)}: restore with a newer release`,
    );
  }
  return { schemaVersion: version, database: String(header['database']), rows, counts };
}

/** Writes a secret file whole (a temporary file renamed into place), owner-only. */
function writeSecretFile(file: string, value: string): void {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = fs.openSync(temporary, 'wx', 0o600);
  try {
    fs.writeSync(fd, value);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temporary, file);
}

async function continueSerial(tx: Sql, table: BackupTable): Promise<void> {
  // SQLite's AUTOINCREMENT already continues after the largest id inserted; PostgreSQL's sequence does not.
  if (tx.kind !== 'postgres' || table.serial === undefined) return;
  await tx.get(
    `SELECT setval(pg_get_serial_sequence('${table.name}', '${table.serial}'), coalesce(max(${table.serial}), 0) + 1, false) FROM ${table.name}`,
  );
}

/**
 * Loads a backup into the database, in one transaction: the schema is brought to the backup's version, the rows
 * are inserted, and the rest of the migrations run, so a failure anywhere leaves the database as it was. A
 * database that holds rows (or, on SQLite, secret files) is refused unless `replace`, which empties it first.
 * On SQLite the backup's secrets become the files beside the database, written once the rows are committed.
 */
export async function restoreBackup(
  { sql, dir }: Connection,
  file: string,
  { replace = false }: { replace?: boolean } = {},
): Promise<BackupSummary> {
  const loaded = await readBackup(file);
  const secretFiles = dir === null ? new Map<string, string>() : readSecretFiles(dir);
  const secrets = new Map<string, string>();
  await sql.transaction(async (tx) => {
    const tables = await existingTables(tx);
    const current = await schemaVersion(tx, tables);
    if (current > loaded.schemaVersion) {
      throw new Error(
        `the database is at schema version ${String(current)}, newer than the backup's ${String(loaded.schemaVersion)}: restore into a new, empty database`,
      );
    }
    const held = Object.values(await rowCounts(tx, tables)).reduce<number>((sum, n) => sum + (n ?? 0), 0);
    if ((held > 0 || secretFiles.size > 0) && !replace) {
      throw new NotEmptyError(
        `the database is not empty (${String(held)} rows${secretFiles.size > 0 ? `, ${String(secretFiles.size)} secret files` : ''}): nothing was changed; pass --yes to replace what it holds`,
      );
    }
    await migrate(
      tx,
      MIGRATIONS.filter((m) => m.version <= loaded.schemaVersion),
    );
    if (held > 0) {
      const present = await existingTables(tx);
      for (const table of [...BACKUP_TABLES].reverse()) {
        if (present.has(table.name)) await tx.run(`DELETE FROM ${table.name}`);
      }
    }
    for (const { table, values } of loaded.rows) {
      const key = values.get('key');
      if (
        tx.kind === 'sqlite' &&
        table.name === 'settings' &&
        typeof key === 'string' &&
        key.startsWith(SECRET_PREFIX)
      ) {
        const name = key.slice(SECRET_PREFIX.length);
        if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`${file}: bad secret name ${JSON.stringify(name)}`);
        secrets.set(name, String(values.get('value')));
        continue;
      }
      const columns = [...values.keys()];
      await tx.run(
        `INSERT INTO ${table.name} (${columns.join(', ')}) VALUES (${placeholders(columns.length)})`,
        [...values.values()],
      );
    }
    await migrate(tx, MIGRATIONS);
    // After the last migration, so every table with a sequence exists whatever the backup's version.
    for (const table of BACKUP_TABLES) await continueSerial(tx, table);
  });
  if (dir !== null) {
    for (const name of secretFiles.keys())
      if (!secrets.has(name)) fs.rmSync(path.join(dir, `${name}.secret`));
    for (const [name, value] of secrets) writeSecretFile(path.join(dir, `${name}.secret`), value);
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }
  return { schemaVersion: loaded.schemaVersion, database: sql.kind, rows: loaded.counts };
}
