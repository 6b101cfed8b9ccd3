// The floor for bench/contact.ts: a bare node:http server that parses JSON and inserts it with node:sqlite
// (WAL, synchronous FULL, like the real store) and answers 201, with no framework, checks or rate limit.
// Prints "listening on <url>" once ready. Run: node bench/contact-baseline.ts <database file>
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DatabaseSync } from 'node:sqlite';

const file = process.argv[2] ?? ':memory:';
const db = new DatabaseSync(file);
db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;');
db.exec(
  'CREATE TABLE IF NOT EXISTS requests (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, body TEXT NOT NULL)',
);
const insert = db.prepare('INSERT INTO requests (id, created_at, body) VALUES (?, ?, ?)');

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { name?: string };
    const id = randomUUID();
    insert.run(id, new Date().toISOString(), JSON.stringify({ name: body.name }));
    res.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ id }));
  });
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`listening on http://127.0.0.1:${port}\n`);
});
process.once('SIGTERM', () => {
  server.close();
  db.close();
  process.exit(0);
});
