import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffCli } from '../../../src/server/staff/cli.ts';

let dir: string;
let env: NodeJS.ProcessEnv;

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await staffCli(args, {
    env,
    io: {
      out: (text) => {
        out += text;
      },
      err: (text) => {
        err += text;
      },
    },
  });
  return { code, out, err };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-staff-cli-'));
  env = {
    DATABASE_URL: `file:${path.join(dir, 'data', 'requests.db')}`,
    SITE_URL: 'https://practice.example/',
  };
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm run -s staff', () => {
  it('adds an account and prints a one-time link on the site’s address', async () => {
    const { code, out } = await run(['add', 'New.Person@Example.com']);
    expect(code).toBe(0);
    expect(out).toContain('Created the staff account new.person@example.com.');
    expect(out).toMatch(/^ {2}https:\/\/practice\.example\/staff\/set-password\/\?token=[\w-]{43}$/m);
  });

  it('issues a fresh link for an existing account with add or reset, and refuses reset for a stranger', async () => {
    expect((await run(['add', 'new.person@example.com'])).out).toContain('Any earlier link');
    expect((await run(['reset', 'new.person@example.com'])).code).toBe(0);
    const stranger = await run(['reset', 'stranger@example.com']);
    expect(stranger.code).toBe(1);
    expect(stranger.err).toContain('No staff account for stranger@example.com');
  });

  it('lists accounts, as text and JSON', async () => {
    expect((await run(['list'])).out).toBe('new.person@example.com  waiting for a password\n');
    const json = JSON.parse((await run(['list', '--json'])).out) as Record<string, unknown>[];
    expect(json.map((a) => [a['email'], typeof a['createdAt'], a['passwordSetAt']])).toEqual([
      ['new.person@example.com', 'string', null],
    ]);
  });

  it('removes an account once', async () => {
    expect((await run(['remove', 'new.person@example.com'])).code).toBe(0);
    expect((await run(['remove', 'new.person@example.com'])).code).toBe(1);
    expect((await run(['list'])).out).toContain('No staff accounts');
  });

  it('prints the audit log newest first', async () => {
    const { out } = await run(['audit']);
    const actions = out
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/)[1]);
    expect(actions).toEqual([
      'account-removed',
      'account-link-issued',
      'account-link-issued',
      'account-added',
    ]);
    const limited = JSON.parse((await run(['audit', '--json', '--limit', '1'])).out) as { action: string }[];
    expect(limited.map((e) => e.action)).toEqual(['account-removed']);
  });

  it('explains its usage on bad input', async () => {
    for (const args of [
      ['add'],
      ['add', 'not-an-email'],
      ['add', 'a@b.co', 'c@d.co'],
      ['launch'],
      ['audit', '--limit', 'x'],
    ]) {
      const { code, err } = await run(args);
      expect(code).toBe(2);
      expect(err).toContain('Usage: npm run -s staff');
    }
    expect((await run([])).code).toBe(2);
    expect((await run(['help'])).code).toBe(0);
  });
});
