/**
 * The data flows one way, and so do imports: model ← ingest; model ← site ← search-index build.
 * Reads every import specifier of the project's sources and checks where it points.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const rel = join(dir, name);
    if (statSync(join(ROOT, rel)).isDirectory()) out.push(...files(rel));
    else if (/\.(ts|mjs|astro)$/.test(name)) out.push(rel);
  }
  return out;
}

/** Project-relative targets of a file's relative imports (bare package imports are left out). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
  return specs.filter((s) => s.startsWith('.')).map((s) => relative(ROOT, resolve(ROOT, dirname(file), s)));
}

function offending(from: string, forbidden: (target: string) => boolean): string[] {
  return files(from).flatMap((f) => importsOf(f).filter(forbidden).map((t) => `${f} → ${t}`));
}

describe('import direction', () => {
  it('the model imports nothing of the project but itself', () => {
    expect(offending('scripts/model', (t) => !t.startsWith('scripts/model/'))).toEqual([]);
  });
  it('the parser never imports the site or the search-index build', () => {
    expect(offending('scripts/ingest', (t) => t.startsWith('src/') || t.startsWith('scripts/search/'))).toEqual([]);
  });
  it('the site never imports the parser or the other build scripts', () => {
    expect(offending('src', (t) => t.startsWith('scripts/') && !t.startsWith('scripts/model/'))).toEqual([]);
  });
  it('the generic explorer charts never import the plan-specific ones (they must work for any plan)', () => {
    expect(offending('src/explorer/charts/generic', (t) => t.startsWith('src/explorer/charts/plan-specific/'))).toEqual([]);
  });
  it('the site reads the plan being built through @plan-content, never content/data/ directly', () => {
    expect(offending('src', (t) => t.startsWith('content/data/') || t.startsWith('content/plan/'))).toEqual([]);
  });
  it('finds imports at all (the check above can fail)', () => {
    expect(importsOf('src/lib/english.ts').some((t) => t.startsWith('scripts/model/'))).toBe(true);
  });
});
