import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A real server process started for a test. */
export interface TestServer {
  url: string;
  process: ChildProcess;
  /** Everything the server has printed so far. */
  output(): string;
  /**
   * Resolves once the output matches `pattern` at least `count` times (the server logs what it did, so a test waits
   * for that instead of for a fixed time); rejects with the output after `timeoutMs` or when the server exits.
   */
  waitForOutput(pattern: RegExp, count?: number, timeoutMs?: number): Promise<void>;
  /** Sends a signal and waits for the process to exit; resolves with its exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts `src/server/main.ts` as its own process on a free port (the same code `npm start` runs), with its own
 * SQLite file unless `env` says otherwise, and waits until it listens.
 */
export async function startServer(env: NodeJS.ProcessEnv = {}): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-server-'));
  const child = spawn(process.execPath, [path.resolve('src/server/main.ts')], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      DIST_DIR: path.resolve('dist'),
      DATABASE_URL: `file:${path.join(dataDir, 'requests.db')}`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      resolve(code);
    }),
  );
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  void exited.then(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  const url = await new Promise<string>((resolve, reject) => {
    const listening = () => {
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        listeners.delete(listening);
        resolve(match[1]);
      }
    };
    listeners.add(listening);
    void exited.then((code) => {
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
    setTimeout(() => {
      reject(new Error(`server did not start in 30 s:\n${output}`));
    }, 30_000).unref();
  });
  const count = (pattern: RegExp) =>
    (output.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)) ?? []).length;
  return {
    url,
    process: child,
    output: () => output,
    waitForOutput: (pattern, times = 1, timeoutMs = 60_000) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (count(pattern) < times) return;
          done();
          resolve();
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`expected ${times}× ${pattern.source} within ${timeoutMs} ms in:\n${output}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        void exited.then(() => {
          if (!listeners.has(check)) return;
          done();
          reject(new Error(`the server exited before printing ${times}× ${pattern.source}:\n${output}`));
        });
        check();
      }),
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
