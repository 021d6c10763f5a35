import type { APIRoute } from 'astro';
import { href } from '../lib/deploy';

/**
 * Crawlers read robots.txt only at the root of a host: under a base path this file is a template for the
 * host's own. The Sitemap line needs an absolute URL, so it is there only when SITE_URL is set.
 */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: ${href('/')}\n${site ? `\nSitemap: ${new URL(href('/sitemap.xml'), site).href}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
