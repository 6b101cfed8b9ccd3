import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Connection } from '../database.ts';
import type { Sql } from '../sql/sql.ts';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_TABLES, SECRET_PREFIX } from './tables.ts';
import { toBackupRow } from './values.ts';
import { existingTables, schemaVersion } from './inspect.ts';

/** What a backup holds: its schema version and rows per table (secrets counted under `settings`). */
export interface BackupSummary {
  schemaVersion: number;
  database: Sql['kind'];
  rows: Record<string, number>;
}

/** The secrets kept in files beside a SQLite database, by name. */
export function readSecretFiles(dir: string): Map<string, string> {
  const secrets = new Map<string, string>();
  for (const entry of fs.readdirSync(dir).sort()) {
    const match = /^([a-z0-9-]+)\.secret$/.exec(entry);
    if (match?.[1] !== undefined) secrets.set(match[1], fs.readFileSync(path.join(dir, entry), 'utf8'));
  }
  return secrets;
}

function fsyncFolder(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Writes a backup of everything the database holds to `file` (format: docs/operations.md, "Backups"): every row
 * read in one snapshot while the server keeps writing, plus a SQLite database's secret files. The file is
 * owner-only and appears whole or not at all: it is written under a temporary name, flushed, then linked into
 * place (an existing file is kept unless `force`, which replaces it in one rename).
 */
export async function writeBackup(
  { sql, dir }: Connection,
  file: string,
  { force = false, now = new Date() }: { force?: boolean; now?: Date } = {},
): Promise<BackupSummary> {
  if (!force && fs.existsSync(file)) throw new Error(`${file} exists; pass --force to replace it`);
  // Secret files are written once and never change, so reading them before the snapshot loses nothing.
  const secrets = dir === null ? new Map<string, string>() : readSecretFiles(dir);
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const rows: Record<string, number> = {};
  let version = 0;
  try {
    await sql.snapshot(async (tx) => {
      const tables = await existingTables(tx);
      version = await schemaVersion(tx, tables);
      async function* lines(): AsyncGenerator<string> {
        yield (
          JSON.stringify({
            format: BACKUP_FORMAT,
            formatVersion: BACKUP_FORMAT_VERSION,
            schemaVersion: version,
            database: tx.kind,
            createdAt: now.toISOString(),
          }) + '\n'
        );
        for (const table of BACKUP_TABLES) {
          let count = 0;
          const found = tables.has(table.name)
            ? await tx.all(`SELECT * FROM ${table.name} ORDER BY ${table.orderBy}`)
            : [];
          for (const row of found) {
            const key = String(row['key']);
            // On SQLite the files are the secrets the server uses; a stray row of the same name is not.
            const shadowed = key.startsWith(SECRET_PREFIX) && secrets.has(key.slice(SECRET_PREFIX.length));
            if (table.name === 'settings' && shadowed) continue;
            count += 1;
            yield JSON.stringify({ table: table.name, row: toBackupRow(table, row) }) + '\n';
          }
          if (table.name === 'settings') {
            for (const [name, value] of secrets) {
              count += 1;
              yield (
                JSON.stringify({ table: 'settings', row: { key: `${SECRET_PREFIX}${name}`, value } }) + '\n'
              );
            }
          }
          rows[table.name] = count;
        }
        yield JSON.stringify({ end: true, rows }) + '\n';
      }
      const out = fs.createWriteStream(temporary, { flags: 'wx', mode: 0o600, flush: true });
      await pipeline(Readable.from(lines()), createGzip(), out);
    });
    if (force) fs.renameSync(temporary, file);
    else fs.linkSync(temporary, file);
    fsyncFolder(path.dirname(path.resolve(file)));
  } finally {
    fs.rmSync(temporary, { force: true });
  }
  return { schemaVersion: version, database: sql.kind, rows };
}
