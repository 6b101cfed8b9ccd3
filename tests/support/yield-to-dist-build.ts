// A setup file of the unit project (vitest.config.ts). While the unit files run, dist/ builds in the background for
// the e2e files (tests/support/global-setup.ts), which wait for it and start only after the last unit file: the
// unit files take the CPU the build leaves, at a lower priority, so that the build ends no later than they do.
import os from 'node:os';
import { distBuilding } from './dist-ready.ts';

/** How much lower than the build's a unit worker's CPU priority is while dist/ builds (a Unix nice value). */
const UNIT_NICENESS = 10;

if (distBuilding() && os.getPriority() < UNIT_NICENESS) {
  try {
    os.setPriority(UNIT_NICENESS);
  } catch {
    // Not allowed here: the unit files share the CPU with the build evenly, as before.
  }
}
