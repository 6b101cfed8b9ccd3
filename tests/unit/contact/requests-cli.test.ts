import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/server/cli/csv.ts';
import { requestsCli } from '../../../src/server/cli/requests.ts';
import { openDatabase } from '../../../src/server/store/database.ts';

let dir: string;
let databaseUrl: string;

function requests(...args: string[]) {
  const result = spawnSync('npm', ['run', '-s', 'requests', '--', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-cli-'));
  databaseUrl = `file:${path.join(dir, 'requests.db')}`;
  const store = await openDatabase(databaseUrl);
  const person = { okToLeaveMessage: false, consent: true as const };
  await store.insertRequest(
    { ...person, name: '=cmd|"/c calc"!A1', email: 'evil@example.com', message: '+1, "quoted"\nsecond line' },
    { spam: false, outbox: false, now: new Date('2026-01-02T00:00:00Z') },
  );
  await store.insertRequest(
    { ...person, name: '@SUM(1)', phone: '-555 123 4567' },
    { spam: false, outbox: false, now: new Date('2026-01-03T00:00:00Z'), language: 'es' },
  );
  await store.insertRequest(
    { ...person, name: 'Old', email: 'old@example.com' },
    { spam: false, outbox: false, now: new Date('2020-01-01T00:00:00Z') },
  );
  await store.insertRequest(
    { ...person, name: 'Bot', email: 'bot@example.com' },
    { spam: true, outbox: false },
  );
  await store.close();
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('CSV cells a spreadsheet will not run', () => {
  it('prefixes formula starters and quotes per RFC 4180', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=a,"b"\nc')).toBe('"\'=a,""b""\nc"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  it('shows line breaks, control and text-direction characters in single-line cells as U+FFFD', () => {
    expect(csvCell('Ada \u202Emoc.elpmaxe', false)).toBe('Ada \uFFFDmoc.elpmaxe');
    expect(csvCell('Ada\r\nBcc: x', false)).toBe('Ada\uFFFDBcc: x');
    expect(csvCell('\u2066Ada\u2069\u0007', false)).toBe('\uFFFDAda\uFFFD\uFFFD');
    // A message keeps its lines (quoted), nothing else hidden.
    expect(csvCell('one\r\ntwo\u202E', true)).toBe('"one\ntwo\uFFFD"');
    const csv = toCsv([
      {
        id: 'x',
        createdAt: '2026-01-01T00:00:00.000Z',
        name: 'Ada\r\n\u202EEve',
        email: null,
        phone: '555\u2028123',
        preferredContact: null,
        counselor: null,
        from: null,
        message: 'a\u202Eb\nc',
        okToLeaveMessage: false,
        spam: false,
        handled: false,
        language: 'es',
      },
    ]);
    expect(csv).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u2028]/);
    expect(csv.split('\r\n')[1]).toBe(
      'x,2026-01-01T00:00:00.000Z,Ada\uFFFD\uFFFDEve,,555\uFFFD123,,,,"a\uFFFDb\nc",false,false,false,es',
    );
    expect(toCsv([])).toBe(
      'id,createdAt,name,email,phone,preferredContact,counselor,from,message,okToLeaveMessage,spam,handled,language\r\n',
    );
  });
});

describe('the staff tool, with the server stopped', () => {
  it('lists requests newest first as nothing but a JSON array', () => {
    const { code, out } = requests('list', '--json');
    expect(code).toBe(0);
    const list = JSON.parse(out) as { name: string; spam: boolean }[];
    expect(list.map((r) => r.name)).toEqual(['@SUM(1)', '=cmd|"/c calc"!A1', 'Old']);
    expect(Object.keys(list[0] ?? {})).toEqual([
      'id',
      'createdAt',
      'name',
      'email',
      'phone',
      'preferredContact',
      'counselor',
      'from',
      'message',
      'okToLeaveMessage',
      'spam',
      'handled',
      'language',
    ]);
    expect(list.map((r) => (r as { language?: string }).language)).toEqual(['es', 'en', 'en']);
    const withSpam = JSON.parse(requests('list', '--json', '--include-spam').out) as { spam: boolean }[];
    expect(withSpam.filter((r) => r.spam)).toHaveLength(1);
  });

  it('lists for people too', () => {
    const { code, out } = requests('list');
    expect(code).toBe(0);
    expect(out).toContain('3 request(s).');
    // The Spanish request says so; the English ones say nothing about their language.
    expect(out.match(/Prefers Spanish/g)).toHaveLength(1);
  });

  it('exports hostile cells as CSV a spreadsheet shows as text', () => {
    const { code, out } = requests('export', '--format', 'csv');
    expect(code).toBe(0);
    const lines = out.split('\r\n');
    expect(lines[0]).toBe(
      'id,createdAt,name,email,phone,preferredContact,counselor,from,message,okToLeaveMessage,spam,handled,language',
    );
    expect(out).toContain(`,'@SUM(1),,'-555 123 4567,`);
    // The language is the last column: `es` for the Spanish form's request, `en` for the others.
    expect(lines.filter(Boolean).map((line) => line.split(',').at(-1))).toEqual([
      'language',
      'es',
      'en',
      'en',
    ]);
    expect(out).toContain(`,"'=cmd|""/c calc""!A1",evil@example.com,`);
    expect(out).toContain(`,"'+1, ""quoted""\nsecond line",`);
  });

  it('purges by age and deletes one request, saying what it did', () => {
    expect(requests('purge', '--older-than', '365').out).toBe('Purged 1 request(s) older than 365 day(s).\n');
    const [first] = JSON.parse(requests('list', '--json').out) as { id: string }[];
    expect(requests('delete', first?.id ?? '').code).toBe(0);
    expect(JSON.parse(requests('list', '--json').out)).toHaveLength(1);
    const missing = requests('delete', first?.id ?? '');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('No request with id');
  });

  it('explains its usage on a mistake', () => {
    expect(requests('export').code).toBe(2);
    expect(requests('purge', '--older-than', 'soon').code).toBe(2);
    expect(requests('frobnicate').err).toContain('Usage: npm run -s requests');
  });
});

describe('what the staff tool does is audited, and a large purge is confirmed', () => {
  let url: string;
  let folder: string;

  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-cli-audit-'));
    url = `file:${path.join(folder, 'requests.db')}`;
    const store = await openDatabase(url);
    for (let i = 0; i < 12; i += 1) {
      await store.insertRequest(
        { name: `Person ${i}`, email: `p${i}@example.com`, okToLeaveMessage: false, consent: true },
        { spam: i === 0, outbox: false, now: new Date(Date.now() - (i + 1) * 60_000) },
      );
    }
    await store.close();
  });

  afterAll(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });

  async function run(args: string[], options: { interactive?: boolean; answer?: string } = {}) {
    let out = '';
    let err = '';
    const questions: string[] = [];
    const code = await requestsCli(args, {
      env: { DATABASE_URL: url },
      io: { out: (t) => (out += t), err: (t) => (err += t) },
      interactive: options.interactive ?? false,
      ask: (question) => {
        questions.push(question);
        return Promise.resolve(options.answer ?? '');
      },
    });
    return { code, out, err, questions };
  }

  async function auditLog() {
    const staff = await openDatabase(url);
    try {
      return await staff.auditLog();
    } finally {
      await staff.close();
    }
  }

  it('records list, export and delete: who, what and how many, never what a request says', async () => {
    expect((await run(['list'])).code).toBe(0);
    expect((await run(['list', '--json', '--include-spam'])).code).toBe(0);
    expect((await run(['export', '--format', 'csv'])).code).toBe(0);
    const [first] = JSON.parse((await run(['list', '--json'])).out) as { id: string }[];
    expect((await run(['delete', first?.id ?? ''])).code).toBe(0);
    const entries = (await auditLog()).slice(0, 5).map((e) => [e.actor, e.action, e.target]);
    expect(entries).toEqual([
      ['cli', 'delete', first?.id],
      ['cli', 'list', 'inbox (11)'],
      ['cli', 'export', 'inbox (11)'],
      ['cli', 'list', 'inbox and spam (12)'],
      ['cli', 'list', 'inbox (11)'],
    ]);
    expect(JSON.stringify(await auditLog())).not.toMatch(/Person|example\.com/);
  });

  it('refuses to purge more than 10 requests from a script without --yes, deleting nothing', async () => {
    const refused = await run(['purge', '--older-than', '0']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('would delete 11 requests');
    expect(refused.err).toContain('--yes');
    expect(refused.questions).toEqual([]);
    expect(JSON.parse((await run(['list', '--json', '--include-spam'])).out)).toHaveLength(11);
  });

  it('asks at a terminal, and purges only on yes', async () => {
    const declined = await run(['purge', '--older-than', '0'], { interactive: true, answer: 'no' });
    expect(declined.code).toBe(1);
    expect(declined.questions[0]).toContain('11 requests');
    expect(JSON.parse((await run(['list', '--json', '--include-spam'])).out)).toHaveLength(11);
    const confirmed = await run(['purge', '--older-than', '0'], { interactive: true, answer: 'yes' });
    expect(confirmed.code).toBe(0);
    expect(confirmed.out).toBe('Purged 11 request(s) older than 0 day(s).\n');
    const [entry] = await auditLog();
    expect([entry?.actor, entry?.action, entry?.target]).toEqual(['cli', 'purge', 'older than 0 days (11)']);
  });

  it('purges with --yes from a script, and a small purge needs no confirmation', async () => {
    const store = await openDatabase(url);
    for (let i = 0; i < 12; i += 1) {
      await store.insertRequest(
        { name: `Again ${i}`, phone: '555 123 4567', okToLeaveMessage: false, consent: true },
        { spam: false, outbox: false, now: new Date(Date.now() - 60_000) },
      );
    }
    await store.close();
    expect((await run(['purge', '--older-than', '0', '--yes'])).out).toBe(
      'Purged 12 request(s) older than 0 day(s).\n',
    );
    expect((await run(['purge', '--older-than', '0'])).code).toBe(0);
    expect((await auditLog()).slice(0, 2).map((e) => e.target)).toEqual([
      'older than 0 days (0)',
      'older than 0 days (12)',
    ]);
  });
});
