import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Two projects:
 *   unit — fast tests of the ingest and the site's libraries (tests/unit)
 *   e2e  — browser tests against the built site in dist/ (tests/e2e), served by tests/e2e/server.ts
 *   render — Astro components rendered to HTML (tests/render), config in vitest.render.config.ts
 * `npm test` builds first; the e2e global setup builds only when dist/ is missing or stale.
 */
// The site's libraries read the plan being built through this alias (astro.config.mjs); tests read the seed.
const resolve = { alias: { '@plan-content': join(import.meta.dirname, 'content') } };

export default defineConfig({
  test: {
    projects: [
      './vitest.render.config.ts',
      {
        resolve,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Pure tests (no mocks, no environment changes): one worker serves many files.
          isolate: false,
        },
      },
      {
        resolve,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One Chromium at a time: CI machines have two cores.
          fileParallelism: false,
          // The files share no state but the built site: one worker runs them all (saves ~0.7 s of imports a file).
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
