import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port.ts';

/** Debian's Caddy (`apt-get install caddy`), or `CADDY_PATH`. */
export function caddyPath(): string | undefined {
  return [process.env['CADDY_PATH'], '/usr/bin/caddy'].find((file) => file && fs.existsSync(file));
}

/** A real Caddy on loopback running deploy/Caddyfile, with its own certificate authority and folders. */
export interface TestCaddy {
  /** `https://localhost:<port>` */
  httpsOrigin: string;
  /** `http://localhost:<port>` */
  httpOrigin: string;
  /** Caddy's local root certificate (PEM): what clients trust. */
  rootCertificate: string;
  /** The site's certificate (PEM), as Caddy issued it. */
  siteCertificate: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts Caddy with the project's deploy/Caddyfile in front of `upstream` (host:port), serving `localhost` on the
 * given loopback ports (free ones by default). Global options prepended for the test: `local_certs` (every site gets `tls internal`: a
 * certificate from Caddy's own authority, no ACME), `skip_install_trust` (never touch the machine's trust store),
 * storage, HOME and XDG folders in a temporary folder, no admin endpoint.
 */
export async function startCaddy(
  upstream: string,
  ports: { http: number; https: number } = { http: 0, https: 0 },
): Promise<TestCaddy> {
  const binary = caddyPath();
  if (!binary) throw new Error('Caddy is not installed: apt-get install -y --no-install-recommends caddy');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-caddy-'));
  const httpPort = ports.http || (await freePort());
  const httpsPort = ports.https || (await freePort());
  const storage = path.join(dir, 'storage');
  const config = path.join(dir, 'Caddyfile');
  fs.writeFileSync(
    config,
    [
      '{',
      '\tadmin off',
      `\tstorage file_system ${storage}`,
      '\tlocal_certs',
      '\tskip_install_trust',
      '\tdefault_bind 127.0.0.1',
      `\thttp_port ${httpPort}`,
      `\thttps_port ${httpsPort}`,
      '}',
      '',
      fs.readFileSync(path.resolve('deploy/Caddyfile'), 'utf8'),
    ].join('\n'),
  );
  const home = path.join(dir, 'home');
  fs.mkdirSync(home);
  const child: ChildProcess = spawn(binary, ['run', '--adapter', 'caddyfile', '--config', config], {
    env: {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: home,
      XDG_DATA_HOME: path.join(home, 'data'),
      XDG_CONFIG_HOME: path.join(home, 'config'),
      ALLIANCE_DOMAIN: 'localhost',
      ALLIANCE_UPSTREAM: upstream,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    fs.rmSync(dir, { recursive: true, force: true });
  };

  const rootFile = path.join(storage, 'pki', 'authorities', 'local', 'root.crt');
  const siteFile = path.join(storage, 'certificates', 'local', 'localhost', 'localhost.crt');
  const httpsOrigin = `https://localhost:${httpsPort}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      fs.rmSync(dir, { recursive: true, force: true });
      throw new Error(`caddy exited with ${child.exitCode}:\n${output}`);
    }
    if (fs.existsSync(rootFile) && fs.existsSync(siteFile)) {
      const answer = await httpsRequest(`${httpsOrigin}/api/health`, {
        ca: fs.readFileSync(rootFile, 'utf8'),
      }).catch(() => undefined);
      if (answer?.status === 200) break;
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`caddy did not serve HTTPS within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    httpsOrigin,
    httpOrigin: `http://localhost:${httpPort}`,
    rootCertificate: fs.readFileSync(rootFile, 'utf8'),
    siteCertificate: fs.readFileSync(siteFile, 'utf8'),
    output: () => output,
    stop,
  };
}

/** An answer read whole. */
export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text(): string;
}

/** One HTTPS request trusting `ca`, optionally from a given local (loopback) address. */
export function httpsRequest(
  url: string,
  options: {
    ca: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    localAddress?: string;
  },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = https.request(
      url,
      {
        method: options.method ?? 'GET',
        headers: {
          ...options.headers,
          ...(options.body === undefined ? {} : { 'content-length': Buffer.byteLength(options.body) }),
        },
        ca: options.ca,
        agent: false,
        ...(options.localAddress ? { localAddress: options.localAddress } : {}),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body,
            text: () => body.toString('utf8'),
          });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}
