import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { StaticFiles } from '../../../src/server/static-files.ts';

let root: string;
let statics: StaticFiles;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-static-'));
  fs.mkdirSync(path.join(root, 'site', 'articles', 'grief'), { recursive: true });
  fs.writeFileSync(path.join(root, 'site', 'index.html'), '<h1>home</h1>');
  fs.writeFileSync(path.join(root, 'site', 'articles', 'grief', 'index.html'), '<h1>grief</h1>');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'outside the site');
  statics = new StaticFiles(path.join(root, 'site'));
});

describe('finding a built file for a URL', () => {
  it('maps a folder URL to its index.html', () => {
    const found = statics.lookup('/articles/grief/');
    expect(found.kind).toBe('file');
    expect(found.kind === 'file' && found.found.file).toBe(
      path.join(root, 'site', 'articles', 'grief', 'index.html'),
    );
  });

  it('redirects a folder URL without its trailing slash', () => {
    expect(statics.lookup('/articles/grief')).toEqual({ kind: 'redirect', location: '/articles/grief/' });
  });

  it('builds the redirect from the resolved path, never from the path as sent', () => {
    for (const attempt of [
      '//evil.example/../articles/grief',
      '/articles/../articles/grief',
      '/articles/./grief',
      '/.//articles//grief',
      '/x/..%2farticles%2fgrief',
    ]) {
      expect(statics.lookup(attempt), attempt).toEqual({ kind: 'redirect', location: '/articles/grief/' });
    }
  });

  it('never serves anything outside the build, however the path is written', () => {
    for (const attempt of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/articles/%2e%2e/%2e%2e/../secret.txt',
      '/%00',
      '/%E0%A4%A',
    ]) {
      expect(statics.lookup(attempt)).toEqual({ kind: 'none' });
    }
  });

  it('finds nothing for a folder without an index', () => {
    expect(statics.lookup('/articles/')).toEqual({ kind: 'none' });
  });
});
