// npm test: every vitest project (unit, then browser and server tests), then one line CI can read.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { requireModernNode } from './require-node.mjs';

requireModernNode();

const root = path.resolve(import.meta.dirname, '..');
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-test-'));
const report = path.join(reportDir, 'results.json');
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(
  process.execPath,
  [
    vitest,
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
);

let passed = 0;
let failed = 1;
let skipped = 0;
/** Skipped tests by file and suite, each with its reason when the suite's title gives one. */
const skippedSuites = new Map();
if (fs.existsSync(report)) {
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = json.numPassedTests ?? 0;
  // Failed tests, plus files that failed without a failing test (an import error, a failing hook).
  const brokenFiles = (json.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  failed = (json.numFailedTests ?? 0) + brokenFiles;
  skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  for (const file of json.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (!['skipped', 'pending', 'todo'].includes(test.status)) continue;
      const where = `${path.relative(root, file.name)}: ${test.ancestorTitles?.[0] ?? test.title}`;
      skippedSuites.set(where, (skippedSuites.get(where) ?? 0) + 1);
    }
  }
}
if (result.status !== 0 && failed === 0) failed = 1;
if (skippedSuites.size > 0) {
  console.log('Skipped:');
  for (const [where, count] of skippedSuites) console.log(`  ${count} × ${where}`);
}
// CI installs everything (sanity/node_modules included), so a skipped test there is a check that silently did
// not run: it counts as a failure.
const ci = process.env.CI === 'true' || process.env.CI === '1';
if (ci && skipped > 0) {
  console.log(`CI runs every test: the ${skipped} skipped above count as failed.`);
  failed += skipped;
  skipped = 0;
}
fs.rmSync(reportDir, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || result.status !== 0 ? 1 : 0);
