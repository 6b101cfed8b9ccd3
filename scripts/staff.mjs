// npm run -s staff -- <add <email> | reset <email> | remove <email> | list | audit [--json]>: staff accounts.
import { requireModernNode } from './require-node.mjs';

requireModernNode();

const { staffCli } = await import('../src/server/staff/cli.ts');
process.exitCode = await staffCli(process.argv.slice(2));
