import { parseArgs } from 'node:util';
import { openStore } from '../store/open-store.ts';
import type { Store, StoredRequest } from '../store/store.ts';
import { toCsv } from './csv.ts';
import { databaseUrlFrom, printable, runTool, stdio, UsageError, type Io } from './common.ts';

// The staff tool (docs/operations.md): `npm run -s requests -- list | export --format csv | purge --older-than <days>
// | delete <id>`. It opens the same store the server uses (DATABASE_URL) and works with the server stopped.

const USAGE = `Usage: npm run -s requests -- <command>

  list [--json] [--include-spam]     requests, newest first
  export --format csv [--include-spam]
                                     every request as CSV (safe to open in a spreadsheet)
  purge --older-than <days>          delete requests older than <days> days
  delete <id>                        delete one request (someone asked to be forgotten)

Reads DATABASE_URL (default file:.data/requests.db), like the server.
`;

function describe(request: StoredRequest): string {
  const reply = [request.email, request.phone].filter(Boolean).join(', ');
  const flags = [
    request.spam ? 'SPAM' : '',
    request.handled ? 'handled' : '',
    request.okToLeaveMessage ? 'ok to leave a message' : '',
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

async function run(args: string[], store: () => Promise<Store>, io: Io): Promise<number> {
  const [command, ...rest] = args;
  const withStore = async (work: (s: Store) => Promise<number>) => {
    const opened = await store();
    try {
      return await work(opened);
    } finally {
      await opened.close();
    }
  };
  switch (command) {
    case 'list': {
      const { values } = parseArgs({
        args: rest,
        options: { json: { type: 'boolean' }, 'include-spam': { type: 'boolean' } },
        strict: true,
      });
      return withStore(async (s) => {
        const requests = await s.listRequests({ includeSpam: values['include-spam'] === true });
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
        io.out(toCsv(await s.listRequests({ includeSpam: values['include-spam'] === true })));
        return 0;
      });
    }
    case 'purge': {
      const { values } = parseArgs({
        args: rest,
        options: { 'older-than': { type: 'string' } },
        strict: true,
      });
      const raw = values['older-than'];
      const days = Number(raw);
      if (raw === undefined || !/^\d+$/.test(raw) || !Number.isSafeInteger(days)) {
        throw new UsageError('purge needs --older-than <days>, a whole number of days');
      }
      return withStore(async (s) => {
        const purged = await s.purgeBefore(new Date(Date.now() - days * 86_400_000));
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
          io.out(`Deleted request ${printable(id)}.\n`);
          return 0;
        }
        io.err(`No request with id ${printable(id)}.\n`);
        return 1;
      });
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command "${printable(command)}"`);
  }
}

/** Runs the staff tool and resolves with its exit code. */
export async function requestsCli(
  args: string[],
  { env = process.env, io = stdio }: { env?: NodeJS.ProcessEnv; io?: Io } = {},
): Promise<number> {
  const databaseUrl = databaseUrlFrom(env);
  return runTool('requests', USAGE, io, () => run(args, () => openStore(databaseUrl), io));
}
