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
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
    setTimeout(() => {
      reject(new Error(`server did not start in 30 s:\n${output}`));
    }, 30_000).unref();
  });
  return {
    url,
    process: child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
