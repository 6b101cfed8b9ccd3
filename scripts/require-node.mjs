// Plain JavaScript on purpose: this must run, and explain itself, on an old Node before anything else loads.
import { createRequire } from 'node:module';

/** Exits with a clear message when this Node cannot run the project (it needs node:sqlite and type stripping). */
export function requireModernNode() {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  let hasSqlite;
  try {
    createRequire(import.meta.url)('node:sqlite');
    hasSqlite = true;
  } catch {
    hasSqlite = false;
  }
  const modern = major > 22 || (major === 22 && minor >= 18);
  if (hasSqlite && modern) return;
  process.stderr.write(
    [
      `Alliance needs Node.js 22.18 or newer (it uses the built-in node:sqlite and runs TypeScript directly);`,
      `this is Node.js ${process.versions.node} (${process.execPath}).`,
      `The project pins Node.js 24 as an optional dependency: run "npm ci" (without --omit=optional) and start it`,
      `through npm ("npm start"), which puts node_modules/.bin/node first. On another platform, install Node.js 24.`,
      '',
    ].join('\n'),
  );
  process.exit(1);
}
