import { parseArgs } from 'node:util';
import { openDatabase } from '../store/database.ts';
import type { AuditEntry, StaffStore } from '../store/staff-store.ts';
import { createStaffAuth, isEmail, LINK_LIFETIME_MS, normalizeEmail, type StaffAuth } from './auth.ts';
import {
  databaseUrlFrom,
  helpOrUnknown,
  printable,
  runTool,
  stdio,
  UsageError,
  type Io,
} from '../cli/common.ts';

// The administrator's tool for staff accounts: `npm run -s staff -- add | reset | remove | list | audit`. It opens
// the same database as the server (DATABASE_URL) and works while the server runs.

const USAGE = `Usage: npm run -s staff -- <command>

  add <email>            create a staff account (or, for an existing one, issue a new link) and print a
                         one-time link to set its password, valid for ${LINK_LIFETIME_MS / 3_600_000} hours
  reset <email>          a new set-password link for an existing account (the old password works until used);
                         also turns off its two-factor sign-in and recovery codes (set up again after)
  remove <email>         delete the account; its sessions end at once
  list [--json]          accounts, and whether each has set its password
  audit [--json] [--limit <n>]
                         the audit log, newest first: sign-ins, failed sign-ins, views, exports, deletions

Reads DATABASE_URL (default file:.data/requests.db) and SITE_URL (for the link), like the server.
`;

function nonEmpty(value: string | undefined): string | undefined {
  return value === '' ? undefined : value;
}

function oneEmail(rest: string[], command: string): string {
  const { positionals } = parseArgs({ args: rest, allowPositionals: true, strict: true });
  const [raw] = positionals;
  if (raw === undefined || positionals.length !== 1)
    throw new UsageError(`${command} needs exactly one email`);
  const email = normalizeEmail(raw);
  if (!isEmail(email)) throw new UsageError(`"${printable(raw)}" is not an email address`);
  return email;
}

function auditLine(entry: AuditEntry): string {
  return printable(
    [entry.at, entry.action.padEnd(19), entry.actor, entry.target ?? '', entry.ip ? `from ${entry.ip}` : '']
      .filter(Boolean)
      .join('  '),
  );
}

async function run(
  args: string[],
  open: () => Promise<{ auth: StaffAuth; staff: StaffStore; close(): Promise<void> }>,
  siteUrl: string,
  io: Io,
): Promise<number> {
  const [command, ...rest] = args;
  const withAuth = async (work: (auth: StaffAuth, staff: StaffStore) => Promise<number>) => {
    const opened = await open();
    try {
      return await work(opened.auth, opened.staff);
    } finally {
      await opened.close();
    }
  };
  switch (command) {
    case 'add':
    case 'reset': {
      const email = oneEmail(rest, command);
      return withAuth(async (auth, staff) => {
        if (command === 'reset' && !(await staff.findCredentials(email))) {
          io.err(`No staff account for ${email}. Create it with: npm run -s staff -- add ${email}\n`);
          return 1;
        }
        const { token, expiresAt, created } = await auth.issueLink(email);
        if (command === 'reset') await auth.clearTotp(email);
        io.out(
          `${created ? 'Created the staff account' : 'A new set-password link for'} ${email}.\n` +
            `Send them this link (it works once, until ${expiresAt.toISOString()}):\n\n` +
            `  ${siteUrl}/staff/set-password/?token=${token}\n\n` +
            (created ? '' : 'Any earlier link for this account no longer works.\n') +
            (command === 'reset' ? 'Two-factor sign-in is off for it until set up again.\n' : ''),
        );
        return 0;
      });
    }
    case 'remove': {
      const email = oneEmail(rest, command);
      return withAuth(async (auth, staff) => {
        if (!(await staff.removeAccount(email))) {
          io.err(`No staff account for ${email}.\n`);
          return 1;
        }
        await auth.audit('cli', 'account-removed', email);
        io.out(`Removed the staff account ${email}; its sessions have ended.\n`);
        return 0;
      });
    }
    case 'list': {
      const { values } = parseArgs({ args: rest, options: { json: { type: 'boolean' } }, strict: true });
      return withAuth(async (_auth, staff) => {
        const accounts = await staff.listAccounts();
        if (values.json) {
          io.out(
            JSON.stringify(
              accounts.map(({ email, createdAt, passwordSetAt }) => ({ email, createdAt, passwordSetAt })),
              null,
              2,
            ) + '\n',
          );
        } else if (accounts.length === 0) {
          io.out('No staff accounts. Add one with: npm run -s staff -- add <email>\n');
        } else {
          for (const a of accounts) {
            io.out(
              `${a.email}  ${a.passwordSetAt ? `password set ${a.passwordSetAt}` : 'waiting for a password'}\n`,
            );
          }
        }
        return 0;
      });
    }
    case 'audit': {
      const { values } = parseArgs({
        args: rest,
        options: { json: { type: 'boolean' }, limit: { type: 'string' } },
        strict: true,
      });
      const limit = values.limit === undefined ? 1000 : Number(values.limit);
      if (!Number.isSafeInteger(limit) || limit < 1) throw new UsageError('--limit needs a whole number');
      return withAuth(async (_auth, staff) => {
        const entries = await staff.auditLog({ limit });
        if (values.json) io.out(JSON.stringify(entries, null, 2) + '\n');
        else if (entries.length === 0) io.out('The audit log is empty.\n');
        else io.out(entries.map(auditLine).join('\n') + '\n');
        return 0;
      });
    }
    default:
      return helpOrUnknown(command, USAGE, io);
  }
}

/** Runs the staff account tool and resolves with its exit code. */
export async function staffCli(
  args: string[],
  { env = process.env, io = stdio, now }: { env?: NodeJS.ProcessEnv; io?: Io; now?: () => Date } = {},
): Promise<number> {
  const databaseUrl = databaseUrlFrom(env);
  const siteUrl = (nonEmpty(env['SITE_URL']) ?? 'http://127.0.0.1:4321').replace(/\/+$/, '');
  const open = async () => {
    const staff = await openDatabase(databaseUrl);
    try {
      const secret = await staff.secret('staff-keys');
      return {
        staff,
        auth: createStaffAuth({ store: staff, secret, ...(now ? { now } : {}) }),
        close: () => staff.close(),
      };
    } catch (error) {
      await staff.close();
      throw error;
    }
  };
  return runTool('staff', USAGE, io, () => run(args, open, siteUrl, io));
}
