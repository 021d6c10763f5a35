/**
 * Where the site is deployed: its base path (`BASE_PATH`, default `/`) and its public origin (`SITE_URL`,
 * optional). astro.config.mjs reads both through the parsers below; the site and the build scripts turn a
 * site path into a URL under the base with `href()` — the one place that knows the base.
 */

/** A bad deployment setting, reported as `NAME: problem` without a stack trace. */
export class DeployConfigError extends Error {}

/** `BASE_PATH` → "/" or "/a/b/": leading and trailing slash, no host, query, fragment, dot segments. */
export function parseBasePath(raw: string | undefined): string {
  const v = (raw ?? '').trim();
  if (v === '' || v === '/') return '/';
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(v)) {
    throw new DeployConfigError(`BASE_PATH: "${v}" is a URL; give only the path (e.g. /gx/plan-2018/) and put the origin in SITE_URL`);
  }
  if (/[?#\\\s]/.test(v)) throw new DeployConfigError(`BASE_PATH: "${v}" may not contain "?", "#", "\\" or spaces`);
  const segments = v.split('/').filter(Boolean);
  if (segments.some((s) => s === '.' || s === '..')) throw new DeployConfigError(`BASE_PATH: "${v}" may not contain "." or ".." segments`);
  return `/${segments.join('/')}/`;
}

/** `SITE_URL` → "https://host[:port]" or undefined when unset; anything but an http(s) origin is an error. */
export function parseSiteUrl(raw: string | undefined): string | undefined {
  const v = (raw ?? '').trim();
  if (v === '') return undefined;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new DeployConfigError(`SITE_URL: "${v}" is not a URL (expected an origin such as https://www.example.gov.cn)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new DeployConfigError(`SITE_URL: "${v}" must start with https:// or http://`);
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username || url.password) {
    throw new DeployConfigError(`SITE_URL: "${v}" must be an origin only (scheme and host); put the path in BASE_PATH`);
  }
  return url.origin;
}

/**
 * The base of this build. On the server (the Astro build, the search-index build under tsx) it is the
 * BASE_PATH that astro.config.mjs read — not `import.meta.env.BASE_URL`, which a BASE_URL variable in the
 * environment overrides during Astro's prerendering; in a browser bundle, Vite's `import.meta.env.BASE_URL`.
 */
export const BASE: string = parseBasePath(
  globalThis.process?.env
    ? globalThis.process.env.BASE_PATH
    : (import.meta as { env?: Record<string, string | undefined> }).env?.BASE_URL,
);

/** A site path ("/plan/part_3/#x", starting with "/") → its URL path under the base ("/gx/plan-2018/plan/part_3/#x"). */
export function href(path: string, base = BASE): string {
  if (!path.startsWith('/')) throw new Error(`path must be absolute: ${path}`);
  return base === '/' ? path : base + path.slice(1);
}

/** The inverse of href(): a URL path under the base → its site path; undefined when it is outside the base. */
export function sitePath(url: string, base = BASE): string | undefined {
  if (base === '/') return url.startsWith('/') ? url : undefined;
  if (url === base.slice(0, -1)) return '/';
  return url.startsWith(base) ? `/${url.slice(base.length)}` : undefined;
}

/** An href as an absolute URL on the public origin, or the href itself when the origin is unknown. */
export function absolute(urlPath: string, site: URL | string | undefined): string {
  return site ? new URL(urlPath, site).href : urlPath;
}
