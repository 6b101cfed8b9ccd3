import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateResultsSection } from '../../../bench/report.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

describe("the benchmark's results section", () => {
  it('lives in bench/README.md, between its markers, and not in the front page', () => {
    const benchReadme = fs.readFileSync(path.join(root, 'bench', 'README.md'), 'utf8');
    expect(benchReadme.indexOf(START)).toBeGreaterThan(-1);
    expect(benchReadme.indexOf(END)).toBeGreaterThan(benchReadme.indexOf(START));
    expect(fs.readFileSync(path.join(root, 'README.md'), 'utf8')).not.toContain(START);
  });

  it('is replaced between the markers and nothing else changes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-readme-'));
    const file = path.join(dir, 'README.md');
    fs.writeFileSync(file, `# Benchmark\n\nBefore.\n\n${START}\n\nold table\n\n${END}\n\nAfter.\n`);
    expect(updateResultsSection(file, '| new | table |')).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe(
      `# Benchmark\n\nBefore.\n\n${START}\n\n| new | table |\n\n${END}\n\nAfter.\n`,
    );
  });

  it('leaves a file without markers alone and says so', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-readme-'));
    const file = path.join(dir, 'README.md');
    fs.writeFileSync(file, '# Nothing to replace\n');
    expect(updateResultsSection(file, 'x')).toBe(false);
    expect(fs.readFileSync(file, 'utf8')).toBe('# Nothing to replace\n');
  });
});
