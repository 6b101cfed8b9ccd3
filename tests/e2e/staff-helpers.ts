import { spawn } from 'node:child_process';
import path from 'node:path';

/** Runs `npm run -s staff -- <args>` (the script itself, on this Node) against a database; resolves with its output. */
export function staffTool(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve('scripts/staff.mjs'), ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

/** The set-password link `staff add` printed. */
export function linkFrom(output: string): string {
  const match = /(https?:\/\/\S+\/staff\/set-password\/\?token=[\w-]+)/.exec(output);
  if (!match?.[1]) throw new Error(`no link in:\n${output}`);
  return match[1];
}

/**
 * A minimal cookie jar for fetch: keeps name=value per cookie (this test's server only sets `/staff/` cookies),
 * and remembers every Set-Cookie line it saw for assertions.
 */
export function cookieJar() {
  const cookies = new Map<string, string>();
  const seen: string[] = [];
  return {
    seen,
    cookies,
    /** Reads the Set-Cookie lines of a response. */
    take(response: Response): void {
      for (const line of response.headers.getSetCookie()) {
        seen.push(line);
        const [pair = ''] = line.split(';');
        const at = pair.indexOf('=');
        const name = pair.slice(0, at).trim();
        const value = pair.slice(at + 1).trim();
        const expired = /max-age=0\b/i.test(line) || /expires=Thu, 01 Jan 1970/i.test(line);
        if (expired || value === '' || value === 'deleted') cookies.delete(name);
        else cookies.set(name, value);
      }
    },
    header(): string {
      return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    },
  };
}

/** A hidden input's value in an HTML page. */
export function hiddenValue(html: string, name: string): string {
  const match = new RegExp(`<input[^>]*name="${name}"[^>]*value="([^"]*)"`).exec(html);
  if (!match?.[1]) throw new Error(`no hidden ${name} in the page`);
  return match[1];
}
