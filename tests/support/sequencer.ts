import fs from 'node:fs';
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds each slow test file took on a 2-core machine (a clean clone's `npm test`, December 2026, nothing else
 * running, the browser files driving chromium-headless-shell), for the first run of a clone, before Vitest has
 * timings of its own (node_modules/.vite/vitest/). Only the order they give matters; a file missing here is guessed
 * from its size.
 */
const KNOWN_SECONDS: Record<string, number> = {
  'tests/e2e/rebuild-flow.test.ts': 37,
  'tests/e2e/reader-pages.test.ts': 34,
  'tests/e2e/instances.test.ts': 32,
  'tests/e2e/checklist-fixture.test.ts': 25,
  'tests/e2e/search.test.ts': 24,
  'tests/e2e/publish-live.test.ts': 22,
  'tests/e2e/content-images.test.ts': 21,
  'tests/e2e/contact-form.test.ts': 20,
  'tests/e2e/i18n-pages.test.ts': 19,
  'tests/e2e/checklist-es.test.ts': 18,
  'tests/e2e/checklist.test.ts': 18,
  'tests/e2e/content-real-shapes.test.ts': 17,
  'tests/e2e/content-pipeline.test.ts': 16,
  'tests/e2e/counselor-finder.test.ts': 12,
  'tests/e2e/search-es.test.ts': 12,
  'tests/e2e/staff.test.ts': 12,
  'tests/e2e/counselors-es.test.ts': 11,
  'tests/e2e/dev-server.test.ts': 11,
  'tests/e2e/staff-browser.test.ts': 11,
  'tests/e2e/contact-durability.test.ts': 10,
  'tests/e2e/site-chrome.test.ts': 10,
  'tests/e2e/site-face.test.ts': 10,
  'tests/unit/contact/requests-cli.test.ts': 10,
  'tests/e2e/choose.test.ts': 9,
  'tests/e2e/staff-totp.test.ts': 8,
  'tests/e2e/i18n-complete.test.ts': 7,
  'tests/e2e/pages-noindex.test.ts': 7,
  'tests/unit/checklist/component.test.ts': 7,
  'tests/e2e/contact-api.test.ts': 6,
  'tests/e2e/reader-article.test.ts': 6,
  'tests/e2e/backup-restore.test.ts': 5,
  'tests/e2e/contact-notify.test.ts': 5,
  'tests/e2e/pages-seo.test.ts': 5,
  'tests/e2e/staff-sign-in-race.test.ts': 5,
  'tests/e2e/contact-burst.test.ts': 4,
  'tests/e2e/deploy-caddy.test.ts': 4,
  'tests/e2e/flagship.test.ts': 4,
  'tests/e2e/health-log.test.ts': 4,
  'tests/e2e/home.test.ts': 4,
  'tests/e2e/server.test.ts': 4,
  'tests/e2e/staff-audit-flood.test.ts': 4,
  'tests/e2e/staff-face.test.ts': 4,
  'tests/unit/content-bundle/studio-validation.test.ts': 4,
  'tests/unit/reader/components.test.ts': 4,
};

interface Planned {
  spec: TestSpecification;
  seconds: number;
  /** Holds the project root (tests/support/project-root-lock.ts): no two such files run at once. */
  holdsRoot: boolean;
}

/**
 * Orders test files so that a run ends soon after its longest file: slowest first (Vitest's own timings from the
 * last run, else KNOWN_SECONDS, else a guess from the file's size), planned as the pool will run them, so that a file
 * which must wait for the project root (`holdProjectRoot()`) is started when the holder is expected to be done
 * rather than blocking a worker while it waits. Projects keep Vitest's order (groupOrder, then name).
 */
export class SlowestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const grouped = await super.sort(files);
    const out: TestSpecification[] = [];
    for (let start = 0; start < grouped.length;) {
      const project = grouped[start]?.project;
      let end = start;
      while (end < grouped.length && grouped[end]?.project === project) end++;
      out.push(...this.plan(grouped.slice(start, end)));
      start = end;
    }
    return out;
  }

  private plan(specs: TestSpecification[]): TestSpecification[] {
    const first = specs[0];
    if (!first) return [];
    const workers = Math.max(1, first.project.config.maxWorkers || 1);
    const root = first.project.config.root;
    const pending: Planned[] = specs
      .map((spec) => {
        const relative = path.relative(root, spec.moduleId).split(path.sep).join('/');
        const source = fs.readFileSync(spec.moduleId, 'utf8');
        const cached = this.ctx.cache.getTestSpecificationResult(spec)?.duration;
        return {
          spec,
          seconds: cached ? cached / 1000 : (KNOWN_SECONDS[relative] ?? 2 + source.length / 2000),
          holdsRoot: source.includes('holdProjectRoot('),
        };
      })
      .sort((a, b) => b.seconds - a.seconds);
    // List scheduling on a model of the pool: whenever a worker frees up, it takes the slowest file that can start
    // now; a file that needs the project root while another holds it waits in the list.
    const free = Array.from({ length: workers }, () => 0);
    let rootFreeAt = 0;
    const order: TestSpecification[] = [];
    while (pending.length > 0) {
      const now = Math.min(...free);
      const worker = free.indexOf(now);
      let index = pending.findIndex((item) => !item.holdsRoot || rootFreeAt <= now);
      // Only files that hold the root are left: the next one starts when the root is free.
      if (index === -1) index = 0;
      const [item] = pending.splice(index, 1);
      if (!item) break;
      const begins = item.holdsRoot ? Math.max(now, rootFreeAt) : now;
      free[worker] = begins + item.seconds;
      if (item.holdsRoot) rootFreeAt = free[worker];
      order.push(item.spec);
    }
    return order;
  }
}
