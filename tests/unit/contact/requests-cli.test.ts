import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/server/cli/csv.ts';
import { openStore } from '../../../src/server/store/open-store.ts';

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
  const store = await openStore(databaseUrl);
  const person = { okToLeaveMessage: false, consent: true as const };
  await store.insertRequest(
    { ...person, name: '=cmd|"/c calc"!A1', email: 'evil@example.com', message: '+1, "quoted"\nsecond line' },
    { spam: false, outbox: false, now: new Date('2026-01-02T00:00:00Z') },
  );
  await store.insertRequest(
    { ...person, name: '@SUM(1)', phone: '-555 123 4567' },
    { spam: false, outbox: false, now: new Date('2026-01-03T00:00:00Z') },
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
      },
    ]);
    expect(csv).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u2028]/);
    expect(csv.split('\r\n')[1]).toBe(
      'x,2026-01-01T00:00:00.000Z,Ada\uFFFD\uFFFDEve,,555\uFFFD123,,,,"a\uFFFDb\nc",false,false,false',
    );
    expect(toCsv([])).toBe(
      'id,createdAt,name,email,phone,preferredContact,counselor,from,message,okToLeaveMessage,spam,handled\r\n',
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
    ]);
    const withSpam = JSON.parse(requests('list', '--json', '--include-spam').out) as { spam: boolean }[];
    expect(withSpam.filter((r) => r.spam)).toHaveLength(1);
  });

  it('lists for people too', () => {
    const { code, out } = requests('list');
    expect(code).toBe(0);
    expect(out).toContain('3 request(s).');
  });

  it('exports hostile cells as CSV a spreadsheet shows as text', () => {
    const { code, out } = requests('export', '--format', 'csv');
    expect(code).toBe(0);
    const lines = out.split('\r\n');
    expect(lines[0]).toBe(
      'id,createdAt,name,email,phone,preferredContact,counselor,from,message,okToLeaveMessage,spam,handled',
    );
    expect(out).toContain(`,'@SUM(1),,'-555 123 4567,`);
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
