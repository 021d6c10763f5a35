/**
 * The "render" test project: components rendered to HTML with Astro's container API (it needs Astro's Vite
 * plugins, which the plain unit project does not load). Listed in vitest.config.ts's projects.
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: { name: 'render', include: ['tests/render/**/*.test.ts'], environment: 'node' },
} as Parameters<typeof getViteConfig>[0]);
