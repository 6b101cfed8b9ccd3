import fs from 'node:fs';
import path from 'node:path';

/** Names the folder where tests/support/global-setup.ts says how the dist/ build went (`done` or `error`). */
export const DIST_BUILD_ENV = 'ALLIANCE_DIST_BUILD';

/** Whether the background build of dist/ (tests/support/global-setup.ts) is still running. */
export function distBuilding(): boolean {
  const dir = process.env[DIST_BUILD_ENV];
  return (
    dir !== undefined &&
    fs.existsSync(dir) &&
    !fs.existsSync(path.join(dir, 'done')) &&
    !fs.existsSync(path.join(dir, 'error'))
  );
}

/**
 * Waits until the background build of dist/ (tests/support/global-setup.ts) is done; throws with its output if it
 * failed. Without that globalSetup (the variable unset) there is nothing to wait for.
 */
export async function distReady(): Promise<void> {
  const dir = process.env[DIST_BUILD_ENV];
  if (!dir) return;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'done'))) return;
    const error = path.join(dir, 'error');
    if (fs.existsSync(error))
      throw new Error(`The build of dist/ failed:\n${fs.readFileSync(error, 'utf8')}`);
    if (!fs.existsSync(dir)) throw new Error(`The build of dist/ was stopped (${dir} is gone)`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
