import fs from 'node:fs';
import path from 'node:path';

// The counselor slugs a contact request may name, for the server's own answer to POST /api/contact
// (src/server/contact/early.ts): Astro's route reads them from its content snapshot, which lives inside the server
// bundle, so each build also leaves them in a file beside it (src/integrations/server-content.ts).

/** The file in a build's `server/` folder. */
const FILE = 'contact-counselors.json';

/** Records a build's counselor slugs (the English entries, as `counselorChoices` offers them). */
export function writeCounselorList(serverDir: string, slugs: readonly string[]): void {
  fs.mkdirSync(serverDir, { recursive: true });
  fs.writeFileSync(path.join(serverDir, FILE), JSON.stringify([...slugs].sort()));
}

/** A build's counselor slugs, or undefined for a build without the file (its contact API is all Astro's). */
export function readCounselorList(serverDir: string): readonly string[] | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(serverDir, FILE), 'utf8');
  } catch {
    return undefined;
  }
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) && value.every((slug) => typeof slug === 'string') ? value : undefined;
}
