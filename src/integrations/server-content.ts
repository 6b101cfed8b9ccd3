import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { readServerContent, serverContentDir } from '../lib/content/server-snapshot.ts';
import { writeCounselorList } from '../server/contact/counselor-list.ts';

// Server-rendered routes read a few things from the content (site settings, counselor names, article and topic titles)
// through src/lib/content/lookups.ts, which reads Astro's content store. In a build, the server bundle gets a
// module answering the same calls from the snapshot the loaders wrote, instead of the store with every article
// body: a 1,000-article server bundle shrinks from about 17 MB to well under 1 MB and builds seconds faster.
// Prerendered pages and `astro dev` keep the real module.

const LOOKUPS = fileURLToPath(new URL('../lib/content/lookups.ts', import.meta.url));
const SNAPSHOT_ID = '\0alliance:server-content';

function snapshotPlugin(cacheDir: () => string): Plugin {
  return {
    name: 'alliance:server-content',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (this.environment.name !== 'ssr' || !id.includes('lookups')) return null;
      const resolved = await this.resolve(id, importer, { skipSelf: true });
      return resolved?.id === LOOKUPS ? SNAPSHOT_ID : null;
    },
    async load(id) {
      if (id !== SNAPSHOT_ID) return null;
      const content = await readServerContent(serverContentDir(cacheDir()));
      return [
        `const content = ${JSON.stringify(content)};`,
        "export async function siteSettingsEntry(language = 'en') { return content.siteSettings[language]; }",
        'const of = (entries, language) => structuredClone(entries.filter((entry) => entry.language === language));',
        "export async function counselorEntries(language = 'en') { return of(content.counselors, language); }",
        "export async function articleTitles(language = 'en') { return of(content.articles, language); }",
        "export async function topicTitles(language = 'en') { return of(content.topics, language); }",
        'export async function counselorFactsEntries() { return structuredClone(content.counselorFacts); }',
        'export async function checklistTranslation() { return undefined; }',
      ].join('\n');
    },
  };
}

/** Gives the server bundle a snapshot of the content it needs rather than the whole content store. */
export default function serverContent(): AstroIntegration {
  let cacheDir = '';
  let serverDir = '';
  return {
    name: 'alliance:server-content',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        cacheDir = fileURLToPath(config.cacheDir);
        updateConfig({ vite: { plugins: [snapshotPlugin(() => cacheDir)] } });
      },
      'astro:config:done': ({ config }) => {
        serverDir = fileURLToPath(config.build.server);
      },
      // The server answers POST /api/contact before Astro and needs the counselors a request may name.
      'astro:build:done': async () => {
        const content = await readServerContent(serverContentDir(cacheDir));
        writeCounselorList(
          serverDir,
          content.counselors.filter((c) => c.language === 'en').map((c) => c.slug),
        );
      },
    },
  };
}
