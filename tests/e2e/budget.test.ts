/**
 * JavaScript shipped per page type (inline and external, uncompressed bytes).
 * Reader pages need only: copy buttons, ToC highlight, font size, language hash.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadPlan, pageTypes } from './helpers';

const dist = inject('distDir');
const types = pageTypes(loadPlan());
const BUDGET = 8 * 1024;

export function jsBytes(file: string): { inline: number; external: number; html: number } {
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

describe('JavaScript budget', () => {
  it(`each page type ships at most ${BUDGET} bytes of JS`, () => {
    const rows: string[] = [];
    for (const [name, path] of Object.entries(types)) {
      if (name === 'notFound') continue;
      const file = join(dist, path, 'index.html');
      const b = jsBytes(file);
      rows.push(`${name.padEnd(14)} ${path.padEnd(28)} js=${String(b.inline + b.external).padStart(5)} B (inline ${b.inline}, external ${b.external})  html=${b.html} B`);
      expect(b.inline + b.external, path).toBeLessThanOrEqual(BUDGET);
    }
    console.log(`JS bytes per page type (uncompressed):\n${rows.join('\n')}`);
  });
});
