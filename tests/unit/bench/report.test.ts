import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bilingualNote,
  buildTable,
  markdownReport,
  updateResultsSection,
  type BenchResult,
  type SiteRun,
  type SizeResult,
} from '../../../bench/report.ts';

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

const run = (astroMs: number, cpuMs: number, pages: number): SiteRun => ({
  astroMs,
  pagefindMs: 1000,
  cpuMs,
  pages,
  maxRssBytes: 500 * 1024 * 1024,
  outputBytes: 10 * 1024 * 1024,
  indexBytes: 1024 * 1024,
});

describe('the build table with both languages', () => {
  const size: SizeResult = {
    articles: 1000,
    words: 900_000,
    ours: run(8000, 10_000, 1319),
    bare: run(5000, 7000, 1001),
    samples: { ours: [8000, 9000], bare: [5000, 6000] },
    pageBytes: {},
    bilingual: {
      spanishShare: 0.5,
      spanishArticles: 500,
      ours: run(12_000, 15_000, 2000),
      samples: [12_000, 13_500],
    },
  };
  const result: BenchResult = {
    date: '2026-12-03T10:00:00.000Z',
    mode: 'custom',
    machine: { cpus: 2, cpuModel: 'CPU', memoryGB: 24, node: 'v24', os: 'Linux', loadAverage: [1, 1, 1] },
    sizes: [size],
    failures: [],
    extras: [],
  };

  it('puts the bilingual build beside the English-only row, which keeps its ratio to the bare site', () => {
    const lines = buildTable(result).split('\n').slice(2);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\| 1,000 \| this site \| 8\.0 \|.*\| 1\.60× \| 1\.43× \|$/);
    expect(lines[1]).toMatch(
      /^\| 1,000 \+ 500 es \| this site, English and Spanish \| 12\.0 \|.*\| 2,000 \|.*\| {2}\| {2}\|$/,
    );
    expect(lines[2]).toMatch(/^\| 1,000 \| bare Astro \| 5\.0 \|/);
  });

  it('compares the bilingual build with the English-only one, round by round', () => {
    expect(bilingualNote(size)).toContain("1.50× its English-only build's time and 1.50× its CPU time");
    expect(bilingualNote(size)).toContain('1.50×, 1.50×, median 1.50×');
    expect(markdownReport(result)).toContain(bilingualNote(size));
    const english: SizeResult = { ...size };
    delete english.bilingual;
    expect(bilingualNote(english)).toBe('');
  });
});

describe('the build summary of each size', () => {
  const size: SizeResult = {
    articles: 1000,
    words: 900_000,
    ours: { ...run(6000, 8000, 1329), serverBundleMs: 520 },
    bare: run(5000, 5000, 1001),
    samples: {
      ours: [6000, 6600, 7500],
      bare: [5000, 5000, 5000],
      oursCpu: [8000, 8500, 9000],
      bareCpu: [5000, 5000, 5000],
    },
    pageBytes: {},
  };
  const result: BenchResult = {
    date: '2026-12-03T10:00:00.000Z',
    mode: 'custom',
    machine: { cpus: 2, cpuModel: 'CPU', memoryGB: 24, node: 'v24', os: 'Linux', loadAverage: [1, 1, 1] },
    sizes: [size, { ...size, articles: 5000, samples: { ours: [30_000], bare: [20_000] } }],
    failures: [],
    extras: [],
  };

  it('gives wall and CPU ratios round by round with their medians, against the goal for that size', () => {
    const report = markdownReport(result);
    expect(report).toContain(
      "At 1,000 articles this site builds in 1.20× the bare site's time and 1.60× its CPU time (goal: at most 1.25× the time); round by round (both sites built back to back) 1.20×, 1.32×, 1.50×, median 1.32×, CPU 1.60×, 1.70×, 1.80×, median 1.70×.",
    );
    expect(report).toContain('At 5,000 articles this site builds in 1.20×');
    expect(report).toContain('(goal: at most 1.40× the time).');
  });

  it('says how much of the build the server bundle took', () => {
    expect(markdownReport(result)).toContain(
      'Its server bundle (built for the server-rendered routes, the same at every size) took 0.5 s of its build.',
    );
  });
});
