import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { restoreBackup, NotEmptyError } from '../store/backup/restore.ts';
import { existingTables, rowCounts, schemaVersion } from '../store/backup/inspect.ts';
import { writeBackup, type BackupSummary } from '../store/backup/write.ts';
import { openConnection, type Connection } from '../store/database.ts';
import { outboxFeature } from '../store/features/outbox.ts';
import { MIGRATIONS } from '../store/migrations/migrations.ts';
import { databaseUrlFrom, helpOrUnknown, printable, runTool, stdio, UsageError, type Io } from './common.ts';

// The operator's database tool: `npm run -s db -- backup <file> | restore <file> | status` (docs/operations.md,
// "Backups"). It opens the database the server uses (DATABASE_URL); backup and status work while it runs.

const USAGE = `Usage: npm run -s db -- <command>

  backup <file> [--force]   write everything the server stores to <file> (gzip NDJSON, owner-only),
                            read in one snapshot while the server keeps running; --force replaces
                            an existing file
  restore <file> [--yes]    load a backup into an empty database of either kind, then migrate it;
                            --yes replaces what a non-empty database holds
  status                    database kind, schema version, rows per table, notification backlog

Reads DATABASE_URL (default file:.data/requests.db), like the server.
`;

/** A SQLite path that must already exist (backup and status never create a database). */
function requireExisting(databaseUrl: string, cwd: string): void {
  if (!databaseUrl.startsWith('file:')) return;
  const file = path.resolve(cwd, databaseUrl.slice('file:'.length));
  if (!fs.existsSync(file)) throw new Error(`no database at ${file} (DATABASE_URL)`);
}

function onePath(rest: string[], command: string, flag: string) {
  const { values, positionals } = parseArgs({
    args: rest,
    options: { [flag]: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  const [file] = positionals;
  if (file === undefined || positionals.length !== 1)
    throw new UsageError(`${command} needs exactly one file`);
  return { file, flag: values[flag] === true };
}

function describeRows(summary: BackupSummary): string {
  return Object.entries(summary.rows)
    .map(([table, n]) => `${table} ${String(n)}`)
    .join(', ');
}

async function run(args: string[], databaseUrl: string, cwd: string, io: Io): Promise<number> {
  const [command, ...rest] = args;
  const withConnection = async (work: (connection: Connection) => Promise<number>) => {
    const connection = await openConnection(databaseUrl, { cwd });
    try {
      return await work(connection);
    } finally {
      await connection.sql.close();
    }
  };
  switch (command) {
    case 'backup': {
      const { file, flag: force } = onePath(rest, 'backup', 'force');
      requireExisting(databaseUrl, cwd);
      return withConnection(async (connection) => {
        const summary = await writeBackup(connection, path.resolve(cwd, file), { force });
        io.out(
          `Backed up ${summary.database} schema version ${String(summary.schemaVersion)} to ${printable(file)}: ${describeRows(summary)}.\n`,
        );
        return 0;
      });
    }
    case 'restore': {
      const { file, flag: replace } = onePath(rest, 'restore', 'yes');
      return withConnection(async (connection) => {
        try {
          const summary = await restoreBackup(connection, path.resolve(cwd, file), { replace });
          io.out(
            `Restored ${printable(file)} (schema version ${String(summary.schemaVersion)}) into ${summary.database}: ${describeRows(summary)}.\n`,
          );
          return 0;
        } catch (error) {
          if (!(error instanceof NotEmptyError)) throw error;
          io.err(`db: ${error.message}\n`);
          return 1;
        }
      });
    }
    case 'status': {
      parseArgs({ args: rest, strict: true });
      requireExisting(databaseUrl, cwd);
      return withConnection(async ({ sql }) => {
        const tables = await existingTables(sql);
        const version = await schemaVersion(sql, tables);
        const latest = Math.max(...MIGRATIONS.map((m) => m.version));
        const lines = [
          `database: ${sql.kind}`,
          `schema version: ${String(version)}${version === latest ? '' : ` (this release migrates to ${String(latest)} when the server starts)`}`,
          'rows:',
        ];
        const counts = await rowCounts(sql, tables);
        const width = Math.max(...Object.keys(counts).map((name) => name.length));
        for (const [name, n] of Object.entries(counts)) {
          lines.push(`  ${name.padEnd(width)}  ${n === null ? '(no table)' : String(n)}`);
        }
        if (tables.has('outbox')) {
          const outbox = await outboxFeature(sql).outboxStatus();
          lines.push(
            `notification outbox: ${String(outbox.pending)} unsent, ${String(outbox.sent)} sent; oldest unsent: ${outbox.oldestPendingAt?.toISOString() ?? 'none'}`,
          );
        }
        io.out(lines.join('\n') + '\n');
        return 0;
      });
    }
    default:
      return helpOrUnknown(command, USAGE, io);
  }
}

/** Runs the database tool and resolves with its exit code. */
export async function dbCli(
  args: string[],
  {
    env = process.env,
    io = stdio,
    cwd = process.cwd(),
  }: { env?: NodeJS.ProcessEnv; io?: Io; cwd?: string } = {},
): Promise<number> {
  return runTool('db', USAGE, io, () => run(args, databaseUrlFrom(env), cwd, io));
}
