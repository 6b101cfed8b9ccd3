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

describe('the server content snapshot', () => {
  it('keeps what server-rendered routes read, and nothing else', async () => {
    const dir = tempDir();
    await writeServerContentPart(dir, 'siteSettings', [settings]);
    await writeServerContentPart(dir, 'counselors', [
      {
        slug: 'ana',
        name: 'Ana Ruiz',
        credentials: 'LPC',
        bio: [{ _type: 'block' }],
        acceptingNewClients: true,
        offersFreeConsultation: true,
        insurance: ['Aetna'],
      },
      { slug: 'ben', name: 'Ben Cho' },
    ]);
    await writeServerContentPart(dir, 'articles', [
      { slug: 'alliance', title: 'The alliance', body: ['long'] },
    ]);
    await writeServerContentPart(dir, 'topics', [{ slug: 'grief', title: 'Grief' }]);
    expect(await readServerContent(dir)).toEqual({
      siteSettings: settings,
      counselors: [
        { slug: 'ana', name: 'Ana Ruiz', credentials: 'LPC' },
        { slug: 'ben', name: 'Ben Cho' },
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
      articles: [{ slug: 'alliance', title: 'The alliance' }],
    });
    expect(fs.readdirSync(dir).sort()).toEqual(['articles.json', 'counselors.json', 'siteSettings.json']);
  });

  it('has no settings when the content has none, so pages use the fallback', async () => {
    const dir = tempDir();
    await writeServerContentPart(dir, 'siteSettings', []);
    await writeServerContentPart(dir, 'counselors', []);
    await writeServerContentPart(dir, 'articles', []);
    expect(await readServerContent(dir)).toEqual({ counselors: [], counselorFacts: [], articles: [] });
  });

  it('fails the build with the reason when a loader did not write its part', async () => {
    const dir = tempDir();
    await writeServerContentPart(dir, 'siteSettings', [settings]);
    await expect(readServerContent(dir)).rejects.toThrow(
      /has no counselors .*the content loaders did not run/,
    );
  });
});
