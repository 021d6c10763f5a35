/**
 * The deployment side of the build (astro.config.mjs): says once where the site is built for, and after the
 * build writes dist/_headers (caching rules from public/_headers and the pages' CSP, see ./headers.ts).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { MAX_HEADER_RULES, headersFile, parseHeaders } from './headers';

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
        const text = headersFile(dist, base, template);
        writeFileSync(`${file}.tmp`, text);
        renameSync(`${file}.tmp`, file);
        const rules = parseHeaders(text).length;
        logger.info(`headers (caching, Content-Security-Policy) → ${file}: ${rules} rules`);
        if (rules > MAX_HEADER_RULES) {
          logger.warn(
            `${file} has ${rules} rules: Cloudflare Pages reads only the first ${MAX_HEADER_RULES} and skips the rest ` +
              '(the pages still carry their policy in a <meta>). Netlify and docs/nginx.conf read them all.',
          );
        }
      },
    },
  };
}
