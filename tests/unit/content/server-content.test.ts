import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readServerContent, writeServerContentPart } from '../../../src/lib/content/server-snapshot.ts';

// The snapshot the loaders leave for the server bundle (src/integrations/server-content.ts).

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-server-content-'));

const settings = {
  title: 'Alliance',
  crisisMessage: 'Call or text 988.',
  crisisLinks: [{ label: 'Call 988', href: 'tel:988' }],
};
// Site settings as the loader stores them: each with its language and the other language's singleton.
const english = { ...settings, language: 'en', translations: { es: 'siteSettings-es' } };
const spanish = {
  ...settings,
  title: 'Alianza',
  crisisMessage: 'Llama al 988 y marca 2.',
  language: 'es',
  translations: { en: 'siteSettings' },
};

describe('the server content snapshot', () => {
  it('keeps what server-rendered routes read in each language, and nothing else', async () => {
    const dir = tempDir();
    await writeServerContentPart(dir, 'siteSettings', [
      { ...english, heroImage: { src: '/x.jpg' } },
      spanish,
    ]);
    await writeServerContentPart(dir, 'counselors', [
      {
        slug: 'ana',
        name: 'Ana Ruiz',
        credentials: 'LPC',
        bio: [{ _type: 'block' }],
        acceptingNewClients: true,
        offersFreeConsultation: true,
        insurance: ['Aetna'],
        language: 'en',
      },
      { slug: 'ana', name: 'Ana Ruiz', credentials: 'LPC', bio: [{ _type: 'block' }], language: 'es' },
      { slug: 'ben', name: 'Ben Cho' },
    ]);
    await writeServerContentPart(dir, 'articles', [
      { slug: 'alliance', title: 'The alliance', body: ['long'], language: 'en' },
      { slug: 'la-alianza', title: 'La alianza', body: ['larga'], language: 'es' },
    ]);
    await writeServerContentPart(dir, 'topics', [
      { slug: 'grief', title: 'Grief', description: 'Loss.', language: 'en', translations: { es: 'duelo' } },
      { slug: 'duelo', title: 'Duelo', language: 'es', translations: { en: 'grief' } },
      { slug: 'sleep', title: 'Sleep' },
    ]);
    await writeServerContentPart(dir, 'fitChecklists', [{ slug: 'fit', title: 'Fit' }]);
    expect(await readServerContent(dir)).toEqual({
      siteSettings: { en: english, es: spanish },
      counselors: [
        { slug: 'ana', name: 'Ana Ruiz', credentials: 'LPC', language: 'en' },
        { slug: 'ana', name: 'Ana Ruiz', credentials: 'LPC', language: 'es' },
        { slug: 'ben', name: 'Ben Cho', language: 'en' },
      ],
      articles: [
        { slug: 'alliance', title: 'The alliance', language: 'en' },
        { slug: 'la-alianza', title: 'La alianza', language: 'es' },
      ],
      // Topic titles per language, so a Spanish answer names a counselor's (English) topics in Spanish.
      topics: [
        { slug: 'grief', title: 'Grief', language: 'en', translations: { es: 'duelo' } },
        { slug: 'duelo', title: 'Duelo', language: 'es', translations: { en: 'grief' } },
        { slug: 'sleep', title: 'Sleep', language: 'en' },
      ],
      // What "Help me choose" ranks with, when the form is posted without JavaScript.
      counselorFacts: [
        {
          slug: 'ana',
          name: 'Ana Ruiz',
          acceptingNewClients: true,
          offersFreeConsultation: true,
          insurance: ['Aetna'],
          selfPay: false,
          slidingScale: false,
          topics: [],
          sessionFormats: [],
          languages: [],
          availability: [],
        },
        {
          slug: 'ben',
          name: 'Ben Cho',
          acceptingNewClients: false,
          offersFreeConsultation: false,
          insurance: [],
          selfPay: false,
          slidingScale: false,
          topics: [],
          sessionFormats: [],
          languages: [],
          availability: [],
        },
      ],
    });
    expect(fs.readdirSync(dir).sort()).toEqual([
      'articles.json',
      'counselors.json',
      'siteSettings.json',
      'topics.json',
    ]);
  });

  it('has no settings when the content has none, so pages use the fallback', async () => {
    const dir = tempDir();
    await writeServerContentPart(dir, 'siteSettings', []);
    await writeServerContentPart(dir, 'counselors', []);
    await writeServerContentPart(dir, 'articles', []);
    await writeServerContentPart(dir, 'topics', []);
    expect(await readServerContent(dir)).toEqual({
      siteSettings: {},
      counselors: [],
      counselorFacts: [],
      articles: [],
      topics: [],
    });
  });

  it('fails the build with the reason when a loader did not write its part', async () => {
    const dir = tempDir();
    await writeServerContentPart(dir, 'siteSettings', [settings]);
    await expect(readServerContent(dir)).rejects.toThrow(
      /has no counselors .*the content loaders did not run/,
    );
  });
});
