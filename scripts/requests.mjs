// npm run -s requests -- <list | export --format csv | purge --older-than <days> | delete <id>>: the staff tool.
import { requireModernNode } from './require-node.mjs';

requireModernNode();

const { requestsCli } = await import('../src/server/cli/requests.ts');
process.exitCode = await requestsCli(process.argv.slice(2));
