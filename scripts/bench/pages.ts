/**
 * Bytes each page type of the built site loads: HTML, CSS and JavaScript, where JavaScript
 * follows a module's static and dynamic imports (an island's chunks count against the page).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ASSET = /\b(?:src|href)="(\/[^"#?]+\.(?:js|mjs|css))"/g;
const IMPORT = /(?:\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?|\bimport\s*\()\s*["']([^"']+\.m?js)["']/g;

function scriptClosure(dist: string, file: string, seen: Set<string>): number {
  if (seen.has(file) || !existsSync(file)) return 0;
  seen.add(file);
  const src = readFileSync(file, 'utf8');
  let bytes = Buffer.byteLength(src);
  for (const m of src.matchAll(IMPORT)) {
    const spec = m[1]!;
    const target = spec.startsWith('/') ? join(dist, spec) : resolve(dirname(file), spec);
    bytes += scriptClosure(dist, target, seen);
  }
  return bytes;
}

export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
}

export function pageWeight(dist: string, page: string): PageWeight {
  const htmlFile = join(dist, page, 'index.html');
  const html = readFileSync(htmlFile, 'utf8');
  let css = 0;
  let js = 0;
  const seen = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(m[1]!)?.[1];
    if (src) js += scriptClosure(dist, join(dist, src), seen);
    else if (!/type="application\/(ld\+)?json"/.test(m[1]!)) {
      js += Buffer.byteLength(m[2]!);
      // An inline module may import chunks too.
      for (const imp of m[2]!.matchAll(IMPORT)) js += scriptClosure(dist, join(dist, imp[1]!), seen);
    }
  }
  for (const m of html.matchAll(ASSET)) if (m[1]!.endsWith('.css')) css += statSync(join(dist, m[1]!)).size;
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css += Buffer.byteLength(m[1]!);
  return { page, html: Buffer.byteLength(html), css, js };
}

/** One representative page per type, found in dist/ by path pattern, so nothing is hard-coded. */
export function benchPages(dist: string): string[] {
  if (!existsSync(join(dist, 'index.html'))) return ['## Page weight', '', 'dist/ is missing: run `npm run build` first.'];
  const pages: [string, string][] = [];
  const dirs = (p: string) => (existsSync(join(dist, p)) ? readdirSync(join(dist, p)).filter((d) => existsSync(join(dist, p, d, 'index.html'))).sort() : []);
  const first = (p: string, pred: (d: string) => boolean = () => true) => dirs(p).find(pred);
  for (const [lang, pre] of [['zh', ''], ['en', 'en/']] as const) {
    pages.push([`${lang} home`, `/${pre}`]);
    const part = first(`${pre}plan`, (d) => d.startsWith('part_'));
    const att = first(`${pre}plan`, (d) => d.startsWith('att_'));
    if (part) pages.push([`${lang} part`, `/${pre}plan/${part}/`]);
    if (att) pages.push([`${lang} attachment`, `/${pre}plan/${att}/`]);
    if (existsSync(join(dist, pre, 'document', 'index.html'))) pages.push([`${lang} whole document`, `/${pre}document/`]);
    const unit = first(`${pre}units`);
    if (unit) pages.push([`${lang} unit`, `/${pre}units/${unit}/`]);
    for (const p of ['explorer', 'search']) if (existsSync(join(dist, pre, p, 'index.html'))) pages.push([`${lang} ${p}`, `/${pre}${p}/`]);
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const out = ['## Page weight (uncompressed; JS follows imports)', '', '| page type | path | HTML | CSS | JS |', '|---|---|---:|---:|---:|'];
  for (const [type, path] of pages) {
    const w = pageWeight(dist, path);
    out.push(`| ${type} | ${path} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} |`);
  }
  return out;
}
