import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const lock = path.join(root, '.builds', 'project-root.lock');

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Waits until no other test file is building or serving from the project root (`astro dev`, or the server's own
 * rebuilds), then holds it: Astro keeps generated state in the root's .astro/ folder, which two of those at once
 * would overwrite. Test files that build for themselves use a root of their own instead
 * (tests/support/build-site.ts) and need no lock. Resolves with the function that lets go.
 */
export async function holdProjectRoot(timeoutMs = 10 * 60_000): Promise<() => void> {
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      return () => {
        fs.rmSync(lock, { recursive: true, force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    // A holder that died without letting go (a killed test run) leaves its lock behind.
    let holder = 0;
    try {
      holder = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
    } catch {
      // Being taken or let go right now.
    }
    if (holder > 0 && !alive(holder)) fs.rmSync(lock, { recursive: true, force: true });
    if (Date.now() > deadline)
      throw new Error(`another test held the project root for ${timeoutMs} ms (${lock})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
