/**
 * dist/_headers (the format Netlify and Cloudflare Pages read): the caching rules of public/_headers, moved
 * under the base path, followed by each page's Content-Security-Policy as a header.
 *
 * Astro writes the policy into every page as a <meta>; the header repeats it (plus `frame-ancestors`, which
 * a <meta> cannot carry) so it holds from the first byte. Rules are per directory (`/plan/*`, `/en/search/*`)
 * so that no two rules set the policy on the same page (hosts combine duplicate headers, and two policies
 * both apply) and the Pagefind bundle, whose worker compiles WebAssembly, gets none; and they are few, as
 * Cloudflare Pages reads only the first 100 (MAX_HEADER_RULES).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The policy in a page's `<meta http-equiv="content-security-policy">`, or undefined. */
export function metaPolicy(html: string): string | undefined {
  const m = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i);
  return m?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** A policy written as a header: one space after each ";", and frame-ancestors added. */
export function headerPolicy(policy: string): string {
  const parts = policy.split(';').map((d) => d.trim().replace(/\s+/g, ' ')).filter(Boolean);
  if (!parts.some((d) => d.startsWith('frame-ancestors '))) parts.push("frame-ancestors 'self'");
  return parts.join('; ');
}

/** Site paths of every page in a built site ("/", "/plan/part_3/"; 404.html is served anywhere and left out). */
export function pagePaths(dist: string): { path: string; file: string }[] {
  const out: { path: string; file: string }[] = [];
  (function walk(dir: string) {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === 'index.html') out.push({ path: `/${relative(dist, dir).split(sep).filter(Boolean).map((s) => `${s}/`).join('')}`, file: p });
    }
  })(dist);
  return out;
}

/** "/" and "/en/" stand alone; other pages group by their first directory ("/plan/", "/en/units/"). */
function groupOf(path: string): string {
  const segs = path.split('/').filter(Boolean);
  const n = segs[0] === 'en' ? 2 : 1;
  return segs.length <= (segs[0] === 'en' ? 1 : 0) ? path : `/${segs.slice(0, n).join('/')}/`;
}

/** Pages change with every build of new content: caches revalidate after five minutes. */
export const PAGE_CACHE = 'public, max-age=300, must-revalidate';

export interface CspRule {
  /** Netlify/Cloudflare path pattern under the base. */
  pattern: string;
  policy: string;
}

/** Cloudflare Pages reads at most this many rules of a `_headers` file and skips the rest. */
export const MAX_HEADER_RULES = 100;

type PagePolicy = { path: string; policy: string };

/**
 * Rules for pages under `prefix` whose policies differ: a page at `prefix` itself gets an exact rule, the others
 * are split by the next character of their path until each part shares one policy. So the units' old URLs
 * (`/units/u_…/`, redirect pages) and their readable ones (`/units/bai-se…/`) take a few rules (`/units/u*`,
 * `/units/b*`, …; `/units/u_*` if a readable one began with u) rather than one per page, and no page matches two.
 */
function splitByPrefix(prefix: string, pages: PagePolicy[]): { pattern: string; policy: string }[] {
  const out: { pattern: string; policy: string }[] = [];
  const self = pages.find((p) => p.path === prefix);
  if (self) out.push({ pattern: prefix, policy: self.policy });
  const byNext = new Map<string, PagePolicy[]>();
  for (const p of pages) if (p !== self) byNext.set(p.path[prefix.length]!, [...(byNext.get(p.path[prefix.length]!) ?? []), p]);
  for (const [ch, ps] of [...byNext].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (new Set(ps.map((p) => p.policy)).size === 1) out.push({ pattern: `${prefix}${ch}*`, policy: ps[0]!.policy });
    else out.push(...splitByPrefix(prefix + ch, ps));
  }
  return out;
}

/** One rule per group of pages sharing a policy; a group whose pages differ is split by path prefix. */
export function cspRules(pages: PagePolicy[], base: string): CspRule[] {
  const groups = new Map<string, PagePolicy[]>();
  for (const p of pages) {
    const g = groupOf(p.path);
    groups.set(g, [...(groups.get(g) ?? []), p]);
  }
  const under = (p: string) => base + p.slice(1);
  const rules: CspRule[] = [];
  for (const [g, ps] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const policies = new Set(ps.map((p) => p.policy));
    const exact = ps.length === 1 && ps[0]!.path === g;
    if (exact) rules.push({ pattern: under(g), policy: headerPolicy(ps[0]!.policy) });
    else if (policies.size === 1) rules.push({ pattern: `${under(g)}*`, policy: headerPolicy(ps[0]!.policy) });
    else for (const r of splitByPrefix(g, ps)) rules.push({ pattern: under(r.pattern), policy: headerPolicy(r.policy) });
  }
  return rules;
}

/** public/_headers' rules (written for a site at "/") moved under the base: every path line is prefixed. */
export function rebase(headers: string, base: string): string {
  return headers
    .split('\n')
    .map((line) => (line.startsWith('/') ? base + line.slice(1) : line))
    .join('\n');
}

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** The rules of a `_headers` file, in order: a path pattern line, then indented `Name: value` lines. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const m = line.trim().match(/^([^:]+):\s*(.*)$/);
      if (m && rules.length > 0) rules[rules.length - 1]!.headers.push([m[1]!, m[2]!]);
    }
  }
  return rules;
}

/** The whole dist/_headers for a built site. */
export function headersFile(dist: string, base: string, template: string): string {
  const pages = pagePaths(dist).flatMap(({ path, file }) => {
    const policy = metaPolicy(readFileSync(file, 'utf8'));
    return policy ? [{ path, policy }] : [];
  });
  const rules = cspRules(pages, base);
  const csp = rules.map((r) => `${r.pattern}\n  Content-Security-Policy: ${r.policy}\n  Cache-Control: ${PAGE_CACHE}\n`).join('');
  return `${rebase(template, base).trimEnd()}\n\n# Pages: their Content-Security-Policy as built, and a short cache (scripts/deploy/headers.ts)\n${csp}`;
}
