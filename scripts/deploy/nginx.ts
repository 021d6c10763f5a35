/**
 * `npx tsx scripts/deploy/nginx.ts [dist]`: the pages' Content-Security-Policy from a built site's
 * dist/_headers as an nginx `map` from `$uri` to the policy, to include in the http block (docs/nginx.conf).
 * The policy changes only when the site's own inline scripts or styles change (their hashes): regenerate it
 * with each deployment, as dist/_headers is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHeaders, type HeaderRule } from './headers';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One map line per CSP rule: a directory rule matches by prefix; a page rule also as its index.html. */
export function nginxMap(rules: HeaderRule[], variable = '$gx_csp'): string {
  const lines = rules.flatMap((r) => {
    const csp = r.headers.find(([k]) => k.toLowerCase() === 'content-security-policy')?.[1];
    if (!csp) return [];
    const re = r.pattern.endsWith('*') ? `^${esc(r.pattern.slice(0, -1))}` : `^${esc(r.pattern)}(index\\.html)?$`;
    return [`  "~${re}" "${csp.replace(/"/g, '\\"')}";`];
  });
  return `map $uri ${variable} {\n  default "";\n${lines.join('\n')}\n}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  try {
    process.stdout.write(nginxMap(parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'))));
  } catch (err) {
    console.error(`${join(dist, '_headers')}: ${err instanceof Error ? err.message : String(err)} (build the site first)`);
    process.exit(1);
  }
}
