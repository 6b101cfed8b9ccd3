import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { openDatabase } from '../store/database.ts';
import type { AuditAction } from '../store/staff-store.ts';
import type { Store, StoredRequest } from '../store/store.ts';
import { toCsv } from './csv.ts';
import { languageNote } from '../../lib/contact/language-note.ts';
import { databaseUrlFrom, helpOrUnknown, printable, runTool, stdio, UsageError, type Io } from './common.ts';

// The staff tool (docs/operations.md): `npm run -s requests -- list | export --format csv | purge --older-than <days>
// | delete <id>`. It opens the same store the server uses (DATABASE_URL) and works with the server stopped.

const USAGE = `Usage: npm run -s requests -- <command>

  list [--json] [--include-spam]     requests, newest first
  export --format csv [--include-spam]
                                     every request as CSV (safe to open in a spreadsheet)
  purge --older-than <days> [--yes]  delete requests older than <days> days (more than 10
                                     asks first, or needs --yes when not at a terminal)
  delete <id>                        delete one request (someone asked to be forgotten)

Reads DATABASE_URL (default file:.data/requests.db), like the server.
`;

function describe(request: StoredRequest): string {
  const reply = [request.email, request.phone].filter(Boolean).join(', ');
  const flags = [
    request.spam ? 'SPAM' : '',
    request.handled ? 'handled' : '',
    request.okToLeaveMessage ? 'ok to leave a message' : '',
    languageNote(request.language) ?? '',
  ].filter(Boolean);
  const lines = [
    `${request.createdAt}  ${request.id}${flags.length ? `  [${flags.join(', ')}]` : ''}`,
    `  ${request.name} <${reply}>${request.preferredContact ? ` prefers ${request.preferredContact}` : ''}`,
  ];
  if (request.counselor) lines.push(`  counselor: ${request.counselor}`);
  if (request.from) lines.push(`  from article: ${request.from}`);
  if (request.message) lines.push(`  message: ${request.message.replace(/\n/g, '\n           ')}`);
  return lines.map(printable).join('\n');
}

/** A purge removing more than this many requests is confirmed first. */
export const PURGE_CONFIRM_ABOVE = 10;

/** Where the tool's work is recorded: the staff audit log, as the `cli` actor. */
type Audit = (action: AuditAction, target: string) => Promise<void>;

/** How the tool reaches the store, the audit log and the person running it. */
interface Context {
  store: () => Promise<Store>;
  audit: Audit;
  io: Io;
  /** True when a person can answer a question (standard input is a terminal). */
  interactive: boolean;
  ask: (question: string) => Promise<string>;
}

async function run(args: string[], { store, audit, io, interactive, ask }: Context): Promise<number> {
  const [command, ...rest] = args;
  const withStore = async (work: (s: Store) => Promise<number>) => {
    const opened = await store();
    try {
      return await work(opened);
    } finally {
      await opened.close();
    }
  };
  const which = (includeSpam: boolean) => (includeSpam ? 'inbox and spam' : 'inbox');
  switch (command) {
    case 'list': {
      const { values } = parseArgs({
        args: rest,
        options: { json: { type: 'boolean' }, 'include-spam': { type: 'boolean' } },
        strict: true,
      });
      return withStore(async (s) => {
        const includeSpam = values['include-spam'] === true;
        const requests = await s.listRequests({ includeSpam });
        await audit('list', `${which(includeSpam)} (${requests.length})`);
        if (values.json) {
          io.out(JSON.stringify(requests, null, 2) + '\n');
        } else if (requests.length === 0) {
          io.out('No requests stored.\n');
        } else {
          io.out(requests.map(describe).join('\n\n') + `\n\n${requests.length} request(s).\n`);
        }
        return 0;
      });
    }
    case 'export': {
      const { values } = parseArgs({
        args: rest,
        options: { format: { type: 'string' }, 'include-spam': { type: 'boolean' } },
        strict: true,
      });
      if (values.format !== 'csv') throw new UsageError('export needs --format csv');
      return withStore(async (s) => {
        const includeSpam = values['include-spam'] === true;
        const requests = await s.listRequests({ includeSpam });
        await audit('export', `${which(includeSpam)} (${requests.length})`);
        io.out(toCsv(requests));
        return 0;
      });
    }
    case 'purge': {
      const { values } = parseArgs({
        args: rest,
        options: { 'older-than': { type: 'string' }, yes: { type: 'boolean' } },
        strict: true,
      });
      const raw = values['older-than'];
      const days = Number(raw);
      if (raw === undefined || !/^\d+$/.test(raw) || !Number.isSafeInteger(days)) {
        throw new UsageError('purge needs --older-than <days>, a whole number of days');
      }
      return withStore(async (s) => {
        const cutoff = new Date(Date.now() - days * 86_400_000);
        const doomed = (await s.listRequests({ includeSpam: true })).filter(
          (r) => Date.parse(r.createdAt) < cutoff.getTime(),
        ).length;
        if (doomed > PURGE_CONFIRM_ABOVE && values.yes !== true) {
          const what = `This would delete ${doomed} requests older than ${days} day(s)`;
          if (!interactive) {
            io.err(`${what}. Nothing was deleted: run again with --yes to confirm.\n`);
            return 1;
          }
          const answer = await ask(`${what}. Type "yes" to delete them: `);
          if (answer.trim().toLowerCase() !== 'yes') {
            io.err('Nothing was deleted.\n');
            return 1;
          }
        }
        const purged = await s.purgeBefore(cutoff);
        await audit('purge', `older than ${days} days (${purged})`);
        io.out(`Purged ${purged} request(s) older than ${days} day(s).\n`);
        return 0;
      });
    }
    case 'delete': {
      const { positionals } = parseArgs({ args: rest, allowPositionals: true, strict: true });
      const [id] = positionals;
      if (!id || positionals.length !== 1) throw new UsageError('delete needs exactly one request id');
      return withStore(async (s) => {
        if (await s.deleteRequest(id)) {
          await audit('delete', id);
          io.out(`Deleted request ${printable(id)}.\n`);
          return 0;
        }
        io.err(`No request with id ${printable(id)}.\n`);
        return 1;
      });
    }
    default:
      return helpOrUnknown(command, USAGE, io);
  }
}

/** Asks on the terminal and resolves with the line typed. */
async function askTerminal(question: string): Promise<string> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await terminal.question(question);
  } finally {
    terminal.close();
  }
}

/**
 * Runs the staff tool and resolves with its exit code. Every command that reads or deletes requests is recorded in
 * the staff audit log (actor `cli`: what, when, how many; never what a request says).
 */
export async function requestsCli(
  args: string[],
  {
    env = process.env,
    io = stdio,
    interactive = process.stdin.isTTY,
    ask = askTerminal,
  }: {
    env?: NodeJS.ProcessEnv;
    io?: Io;
    interactive?: boolean;
    ask?: (question: string) => Promise<string>;
  } = {},
): Promise<number> {
  const databaseUrl = databaseUrlFrom(env);
  const audit: Audit = async (action, target) => {
    const database = await openDatabase(databaseUrl);
    try {
      await database.audit({ at: new Date(), actor: 'cli', action, target, ip: null });
    } finally {
      await database.close();
    }
  };
  return runTool('requests', USAGE, io, () =>
    run(args, { store: () => openDatabase(databaseUrl), audit, io, interactive, ask }),
  );
}
