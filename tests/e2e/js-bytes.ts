/**
 * JavaScript bytes a built page ships (inline scripts + external script files, uncompressed).
 * Used by budget.test.ts; `npm run bench` may import `jsBytesPerPageType` to report the same table.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../../scripts/model/plan';
import { pageTypes } from './helpers';

export interface PageBytes {
  type: string;
  path: string;
  inline: number;
  external: number;
  js: number;
  html: number;
}

export function jsBytes(dist: string, file: string): { inline: number; external: number; html: number } {
  const src = readFileSync(file, 'utf8');
  let inline = 0;
  let external = 0;
  for (const m of src.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1]!;
    const srcAttr = /\ssrc="([^"]+)"/.exec(attrs);
    if (srcAttr) {
      const p = join(dist, srcAttr[1]!);
      if (existsSync(p)) external += readFileSync(p).length;
    } else if (!/type="application\/(ld\+)?json"/.test(attrs)) inline += Buffer.byteLength(m[2]!);
  }
  return { inline, external, html: Buffer.byteLength(src) };
}

export function jsBytesPerPageType(dist: string, plan: Plan): PageBytes[] {
  return Object.entries(pageTypes(plan))
    .filter(([type]) => type !== 'notFound')
    .map(([type, path]) => {
      const b = jsBytes(dist, join(dist, path, 'index.html'));
      return { type, path, ...b, js: b.inline + b.external };
    });
}
