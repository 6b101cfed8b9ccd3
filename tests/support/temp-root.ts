import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * vitest's first globalSetup for the whole run: one temporary folder for everything the run's files, servers,
 * builds and browsers write to the system's temporary folder (`TMPDIR`, which `os.tmpdir()` reads), removed when
 * the run ends. Without it, each run left dozens of fixture exports and server data folders behind.
 */
export default function setup(): () => void {
  const previous = process.env['TMPDIR'];
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-test-run-'));
  // Others may pass through (not list): the PostgreSQL fallback runs initdb as the "postgres" user from a folder
  // inside it (tests/support/embedded-postgres.ts).
  fs.chmodSync(root, 0o711);
  process.env['TMPDIR'] = root;
  return () => {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    fs.rmSync(root, { recursive: true, force: true });
  };
}
