import { describe, expect, it } from 'vitest';
import { medianRun, type LighthouseResult, type LighthouseRun } from '../../../bench/lighthouse.ts';
import { lighthouseTable, markdownReport, type BenchResult } from '../../../bench/report.ts';

const lhRun = (performance: number, tbtMs: number, benchmarkIndex: number): LighthouseRun => ({
  scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
  metrics: {
    'first-contentful-paint': '0.8\u00a0s',
    'largest-contentful-paint': '0.9\u00a0s',
    'total-blocking-time': `${tbtMs}\u00a0ms`,
    'cumulative-layout-shift': '0',
    'speed-index': '0.8\u00a0s',
  },
  values: {
    'first-contentful-paint': 800,
    'largest-contentful-paint': 900 + tbtMs,
    'total-blocking-time': tbtMs,
    'cumulative-layout-shift': 0,
    'speed-index': 800,
  },
  failed: [],
  runtimeError: null,
  benchmarkIndex,
  warnings: [],
  seconds: 10,
});

describe('the median of a page’s Lighthouse runs', () => {
  it('is the middle run by Performance score', () => {
    const runs = [lhRun(100, 10, 1600), lhRun(92, 400, 900), lhRun(99, 120, 1200)];
    expect(medianRun(runs)).toBe(runs[2]);
  });

  it('breaks a tie in score by total blocking time', () => {
    const runs = [lhRun(100, 40, 1600), lhRun(100, 0, 1700), lhRun(100, 20, 1650)];
    expect(medianRun(runs)).toBe(runs[2]);
  });

  it('takes the worse of the two middle runs of an even number', () => {
    const runs = [lhRun(100, 0, 1), lhRun(97, 200, 1), lhRun(100, 30, 1), lhRun(90, 500, 1)];
    expect(medianRun(runs)).toBe(runs[1]);
  });

  it('refuses to make a median of nothing', () => {
    expect(() => medianRun([])).toThrow(/no Lighthouse runs/);
  });
});

describe('the Lighthouse table', () => {
  const runs = [lhRun(100, 10, 1600), lhRun(92, 400, 900), lhRun(99, 120, 1200)];
  const page: LighthouseResult = { url: 'http://127.0.0.1:1/', ...medianRun(runs), runs };
  const result: BenchResult = {
    date: '2026-12-03T10:00:00.000Z',
    mode: 'full',
    machine: { cpus: 2, cpuModel: 'CPU', memoryGB: 24, node: 'v24', os: 'Linux', loadAverage: [1, 1, 1] },
    sizes: [],
    lighthouse: { articles: 1000, results: [page] },
    failures: [],
    extras: [],
  };

  it('shows the median run, with the lowest and highest of the runs where they differ', () => {
    const row = lighthouseTable(result).split('\n')[2];
    expect(row).toBe(
      '| / | 99 (92–100) | 100 | 100 | 100 | 0.8 s | 0.9 s (0.9–1.3) | 120 ms (10–400) | 0 | 0.8 s | 1200 (900–1600) | – |',
    );
  });

  it('says how many runs each page had and which one the row is', () => {
    expect(markdownReport(result)).toContain(
      'Each page ran 3 times, in rounds after one discarded warm-up run',
    );
  });

  it('still reads results from before several runs, one run per page', () => {
    const single: LighthouseResult = { ...page };
    delete single.runs;
    delete single.values;
    const old: BenchResult = { ...result, lighthouse: { articles: 1000, results: [single] } };
    expect(lighthouseTable(old).split('\n')[2]).toBe(
      '| / | 99 | 100 | 100 | 100 | 0.8 s | 0.9 s | 120 ms | 0 | 0.8 s | 1200 | – |',
    );
    expect(markdownReport(old)).toContain('One run per page:');
  });
});
