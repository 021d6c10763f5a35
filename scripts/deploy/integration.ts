/**
 * The deployment side of the build (astro.config.mjs): says once where the site is built for, and after the
 * build writes dist/_headers (caching rules from public/_headers and the pages' CSP, see ./headers.ts).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from './headers';

export function deployment({ base, site }: { base: string; site: string | undefined }): AstroIntegration {
  return {
    name: 'gx-deployment',
    hooks: {
      'astro:build:start': ({ logger }) => {
        logger.info(`base path ${base}${site ? `, public origin ${site}` : ''}`);
        if (!site) {
          logger.warn(
            "SITE_URL is not set: canonical, og:url and hreflang tags, the sitemap and robots.txt's Sitemap line are " +
              'left out, and data-file URLs are relative. Set SITE_URL=https://… to emit them.',
          );
        }
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const file = join(dist, '_headers');
        const template = existsSync(file) ? readFileSync(file, 'utf8') : '';
        writeFileSync(`${file}.tmp`, headersFile(dist, base, template));
        renameSync(`${file}.tmp`, file);
        logger.info(`headers (caching, Content-Security-Policy) → ${file}`);
      },
    },
  };
}
