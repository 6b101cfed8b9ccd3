// npm run -s db -- <backup <file> [--force] | restore <file> [--yes] | status>: the database tool.
import { requireModernNode } from './require-node.mjs';

requireModernNode();

const { dbCli } = await import('../src/server/cli/db.ts');
process.exitCode = await dbCli(process.argv.slice(2));
