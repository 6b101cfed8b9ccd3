// npm run content:import [-- <sanity dataset import options>]: loads the bundled dataset export (content/sanity,
// or SANITY_EXPORT) into a real Sanity project with `sanity dataset import`, replacing documents with the same ids.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireModernNode } from './require-node.mjs';
import { ensureStudioInstalled, runSanity, sanityProject } from './sanity-cli.mjs';

requireModernNode();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const project = sanityProject('content:import');

// `sanity dataset import` reads an .ndjson file (images resolve next to it) or a .tar.gz export, not a folder.
const exportPath = path.resolve(root, process.env.SANITY_EXPORT?.trim() || 'content/sanity');
const source =
  existsSync(exportPath) && statSync(exportPath).isDirectory()
    ? path.join(exportPath, 'data.ndjson')
    : exportPath;
if (!existsSync(source)) {
  process.stderr.write(`No dataset export at ${path.relative(root, source)}.\n`);
  process.exit(1);
}

const extra = process.argv.slice(2);
const mode = extra.includes('--missing') || extra.includes('--replace') ? [] : ['--replace'];
ensureStudioInstalled();
process.stderr.write(
  `Importing ${path.relative(root, source)} into project ${project.projectId}, dataset ${project.dataset}` +
    `${mode.length ? ' (documents with the same ids are replaced)' : ''}.\n` +
    'It uses your "sanity login" session, or a token with write access in SANITY_IMPORT_TOKEN.\n',
);
runSanity(
  [
    'dataset',
    'import',
    source,
    '--project-id',
    project.projectId,
    '--dataset',
    project.dataset,
    ...mode,
    ...extra,
  ],
  project,
);
