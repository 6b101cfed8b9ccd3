// Sanity exposes SANITY_STUDIO_* variables to both the Studio bundle and the CLI. `sanity schema validate`,
// `sanity build` and TypeGen need no real project, so a placeholder stands in when none is set; `npm run studio`
// and `npm run content:import` refuse to run without a real one.

/** The placeholder project id used when SANITY_STUDIO_PROJECT_ID is unset (only for offline commands). */
export const PLACEHOLDER_PROJECT_ID = 'placeholder';

/** The Sanity project the Studio edits. */
export const projectId = process.env['SANITY_STUDIO_PROJECT_ID'] || PLACEHOLDER_PROJECT_ID;

/** The dataset the Studio edits. */
export const dataset = process.env['SANITY_STUDIO_DATASET'] || 'production';
