import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/server/store/database.ts';

// Reported by a security review (docs/security.md): DATABASE_URL=file:/tmp/x.db turned /tmp into drwx------.
describe('the SQLite database folder', () => {
  let root: string;
  let warnings: string[];
  const warn = (message: string) => {
    warnings.push(message);
  };

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-folder-'));
    warnings = [];
  });
  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('keeps the mode of a folder that existed before, shared like /tmp, and warns that others can read it', async () => {
    const shared = path.join(root, 'shared');
    fs.mkdirSync(shared);
    fs.chmodSync(shared, 0o1777);
    const db = await openDatabase(`file:${path.join(shared, 'x.db')}`, { warn });
    await db.close();
    expect(fs.statSync(shared).mode & 0o7777).toBe(0o1777);
    expect(fs.statSync(path.join(shared, 'x.db')).mode & 0o777).toBe(0o600);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(shared);
    expect(warnings[0]).toMatch(/readable by others/);
  });

  it('keeps a readable folder readable (0755), warning once per opening', async () => {
    const folder = path.join(root, 'data');
    fs.mkdirSync(folder);
    fs.chmodSync(folder, 0o755);
    await (await openDatabase(`file:${path.join(folder, 'requests.db')}`, { warn })).close();
    expect(fs.statSync(folder).mode & 0o777).toBe(0o755);
    expect(warnings).toHaveLength(1);
  });

  it('says nothing about an owner-only folder', async () => {
    const folder = path.join(root, 'private');
    fs.mkdirSync(folder, { mode: 0o700 });
    fs.chmodSync(folder, 0o700);
    await (await openDatabase(`file:${path.join(folder, 'requests.db')}`, { warn })).close();
    expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
    expect(warnings).toEqual([]);
  });

  it('creates missing folders owner-only, whatever the umask', async () => {
    const previous = process.umask(0o000);
    try {
      const folder = path.join(root, 'new', 'nested');
      await (await openDatabase(`file:${path.join(folder, 'requests.db')}`, { warn })).close();
      expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
      expect(fs.statSync(path.join(root, 'new')).mode & 0o777).toBe(0o700);
      expect(warnings).toEqual([]);
    } finally {
      process.umask(previous);
    }
  });
});
