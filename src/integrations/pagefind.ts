import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from './pagefind-index.ts';

/**
 * Builds the Pagefind search index after Astro has written the static pages (`astro:build:done`), into
 * `<client dir>/pagefind/`, where `/search/` loads it. A failure to index fails the build with Pagefind's reasons.
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'alliance:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const report = await buildSearchIndex(fileURLToPath(dir));
        if (report.pages === 0)
          logger.warn('no article or counselor pages to index; search will find nothing');
        logger.info(
          `pagefind: indexed ${report.pages} pages in ${Math.round(report.ms)} ms, ${Math.round(report.bytes / 1024)} KB`,
        );
      },
    },
  };
}
