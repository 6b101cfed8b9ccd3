// The floor for refusals in bench/contact.ts: a bare node:http server that answers every request at once with one
// status and a body of the given size, doing nothing else (no checks, headers, log or database), so the benchmark
// can say how many refusals per second this machine and its load generator allow at all. With --drain it answers
// as the real server answers an oversized upload (src/server/contact/early.ts): the whole answer at once with its
// length and `Connection: close`, the upload read and dropped, the answer finished when the upload ends.
// Prints "listening on <url>" once ready. Run: node bench/refusal-floor.ts <status> <body bytes> <content type>
// [--drain]
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const status = Number(process.argv[2] ?? 403);
const body = Buffer.alloc(Number(process.argv[3] ?? 0), 'x');
const type = process.argv[4] ?? 'text/plain; charset=utf-8';
const drain = process.argv.includes('--drain');

const server = http.createServer((req, res) => {
  if (drain && !req.complete) {
    res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length, Connection: 'close' });
    res.write(body);
    const finish = () => {
      res.end();
    };
    req.once('end', finish).once('close', finish);
    req.resume();
    return;
  }
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length }).end(body);
  // The body nobody reads flows away, so the connection can carry the next request.
  req.resume();
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`listening on http://127.0.0.1:${port}\n`);
});
process.once('SIGTERM', () => {
  server.close();
  process.exit(0);
});
