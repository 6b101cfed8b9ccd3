import { closeWorkerBrowser } from './browser.ts';
import { nodeEnvironmentWith } from './node-environment.ts';

/**
 * The e2e project's test environment: Node's, and when the worker stops (after its last file), the worker's shared
 * Chromium closes (`launchBrowser()` in tests/support/browser.ts), so no browser outlives the run and its profile
 * folder is gone before the run's temporary folder is removed.
 */
export default nodeEnvironmentWith('e2e-node', closeWorkerBrowser);
