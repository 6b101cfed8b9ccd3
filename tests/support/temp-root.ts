import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * vitest's first globalSetup for the whole run: one temporary folder for everything the run's files, servers,
 * builds and browsers write to the system's temporary folder (`TMPDIR`, which `os.tmpdir()` reads), removed when
 * the run ends. Without it, each run left dozens of fixture exports and server data folders behind.
 */
export default function setup(project: TestProject): void {
  const previous = process.env['TMPDIR'];
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-test-run-'));
  // Others may pass through (not list): the PostgreSQL fallback runs initdb as the "postgres" user from a folder
  // inside it (tests/support/embedded-postgres.ts).
  fs.chmodSync(root, 0o711);
  process.env['TMPDIR'] = root;
  // Removed when Vitest closes, after its workers have stopped, not in a teardown: Vitest runs the global teardowns
  // first, while a stopping worker may still write here (each e2e worker closes its Chromium, whose profile is here:
  // tests/support/e2e-environment.ts), and the folder then came back or kept part of its contents
  // (tests/unit/test-run/temp-folder.test.ts).
  project.vitest.onClose(() => {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    fs.rmSync(root, { recursive: true, force: true });
  });
}
