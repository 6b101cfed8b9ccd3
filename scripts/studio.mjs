// npm run studio [-- <sanity dev options, e.g. --port 3334>]: Sanity Studio for a real project, from sanity/.
import { requireModernNode } from './require-node.mjs';
import { ensureStudioInstalled, runSanity, sanityProject } from './sanity-cli.mjs';

requireModernNode();
const project = sanityProject('studio');
ensureStudioInstalled();
process.stderr.write(
  `Starting Sanity Studio for project ${project.projectId}, dataset ${project.dataset}.\n`,
);
runSanity(['dev', ...process.argv.slice(2)], project);
