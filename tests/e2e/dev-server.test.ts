import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.ts';
import { holdProjectRoot } from '../support/project-root-lock.ts';
import { shellEnv } from '../support/shell-env.ts';

// `npm run dev` (astro dev, without the project's own server): the server-rendered routes still work, because
// src/integrations/dev-services.ts hands them the same services src/server/ does under `npm start`.

let dev: ChildProcess;
let url = '';
let output = '';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-dev-'));
// `astro dev` writes the project root's .astro/ folder.
let letGo: (() => void) | undefined;

// Ten minutes: room to wait for the project root (tests/e2e/rebuild-flow.test.ts builds there), then start.
beforeAll(async () => {
  letGo = await holdProjectRoot();
  const port = await freePort();
  dev = spawn(
    process.execPath,
    [path.resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      env: {
        ...shellEnv(),
        NODE_ENV: 'development',
        ASTRO_TELEMETRY_DISABLED: '1',
        DATABASE_URL: `file:${path.join(dataDir, 'requests.db')}`,
        CONTACT_MIN_FILL_SECONDS: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    dev.stdout?.on('data', onData);
    dev.stderr?.on('data', onData);
    dev.once('exit', (code) => {
      reject(new Error(`astro dev exited with ${code}:\n${output}`));
    });
  });
}, 600_000);

afterAll(async () => {
  const exited = new Promise((resolve) => dev.once('exit', resolve));
  dev.kill('SIGTERM');
  await exited;
  fs.rmSync(dataDir, { recursive: true, force: true });
  letGo?.();
});

describe('npm run dev', () => {
  it('serves the contact page with the counselors to choose from', async () => {
    const response = await fetch(`${url}/contact/`);
    const html = await response.text();
    expect(response.status, output).toBe(200);
    expect(html).toContain('Request a consultation');
    expect(html).toMatch(/<option[^>]*value="maya-lindqvist"/);
  });

  it('takes a consultation request from the form, into the database DATABASE_URL names', async () => {
    const page = await (await fetch(`${url}/contact/`)).text();
    const token = /name="t"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="t"/.exec(page);
    const form = new URLSearchParams({
      t: token?.[1] ?? token?.[2] ?? '',
      name: 'Dev Tester',
      email: 'dev@example.org',
      message: 'I would like to talk about a first consultation.',
      preferredContact: 'email',
      consent: 'on',
    });
    const response = await fetch(`${url}/api/contact`, {
      method: 'POST',
      body: form,
      headers: { Origin: url },
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/contact/thanks/');
    expect(fs.existsSync(path.join(dataDir, 'requests.db'))).toBe(true);
  });

  it('shows the staff sign-in page', async () => {
    const response = await fetch(`${url}/staff/sign-in/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Sign in');
  });

  it('says on /search/ that the index exists only after a build', async () => {
    const html = await (await fetch(`${url}/search/`)).text();
    expect(html).toContain('The search index exists only after a build');
  });
});
