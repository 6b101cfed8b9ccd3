/**
 * This process's environment as a developer's shell has it, for a tool a test starts: without the variables Vitest
 * adds (its own, and MODE, DEV, PROD, SSR, BASE_URL), which Astro, Vite or another Vitest would take as settings.
 */
export function shellEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(VITEST.*|TEST|MODE|DEV|PROD|SSR|BASE_URL)$/.test(name),
    ),
  );
}
