/**
 * Static checks over every built HTML file:
 *  - every internal link resolves to a page, and every #fragment to an element on that page;
 *  - ids are unique within each page;
 *  - every provision, task, target, table and table row in plan.json has an element on its own page;
 *  - nothing references another host: built without SITE_URL, no page has an absolute URL at all
 *    (tests/e2e/deploy.test.ts checks a build with SITE_URL and BASE_PATH).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles, loadPlan, unitPage } from './helpers';
import type { Provision } from '../../scripts/model/plan';

const dist = inject('distDir');
const plan = loadPlan();
const pages = htmlFiles(dist);
const html = new Map(pages.map((p) => [p.path, readFileSync(p.file, 'utf8')]));

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const idsOf = (src: string) => [...src.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!));
const idSets = new Map([...html].map(([p, src]) => [p, new Set(idsOf(src))]));

function resolveTarget(path: string): string | null {
  if (html.has(path)) return path;
  if (!path.endsWith('/') && html.has(path + '/')) return path + '/';
  return null;
}

describe('links and anchors', () => {
  it(`every internal href and fragment in ${pages.length} pages resolves`, () => {
    const broken: string[] = [];
    let checked = 0;
    for (const [from, src] of html) {
      for (const m of src.matchAll(/<(a|link)\b[^>]*?\shref="([^"]*)"/g)) {
        const raw = decode(m[2]!);
        const tag = m[0]!;
        if (/^(mailto|tel|javascript):/.test(raw)) continue;
        let url: URL;
        try {
          url = new URL(raw, `http://local${from}`);
        } catch {
          broken.push(`${from}: unparsable ${raw}`);
          continue;
        }
        // A link out to a cited third-party source (the reported outcomes) is navigation, not a request.
        if (url.origin !== 'http://local' && m[1] === 'a') continue;
        if (url.origin !== 'http://local') {
          broken.push(`${from}: external link ${raw}`);
          continue;
        }
        checked++;
        const path = decodeURIComponent(url.pathname);
        const page = resolveTarget(path);
        if (!page) {
          if (existsSync(join(dist, path))) continue; // css, svg, xml, txt
          broken.push(`${from}: ${raw} (no page ${path}) in ${tag.slice(0, 80)}`);
          continue;
        }
        if (url.hash) {
          const id = decodeURIComponent(url.hash.slice(1));
          if (!idSets.get(page)!.has(id)) broken.push(`${from}: ${raw} (no #${id} on ${page})`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it('ids are unique within every page', () => {
    const dups: string[] = [];
    for (const [p, src] of html) {
      const seen = new Set<string>();
      for (const id of idsOf(src)) {
        if (seen.has(id)) dups.push(`${p}#${id}`);
        seen.add(id);
      }
    }
    expect(dups).toEqual([]);
  });

  it('every provision, target, table, row, total and finding has an element on its own page, in both languages', () => {
    const missing: string[] = [];
    const flat = (ps: Provision[], top?: string): [string, string][] =>
      ps.flatMap((p) => [[p.id, top ?? p.id] as [string, string], ...flat(p.children, top ?? p.id)]);
    const where = new Map(flat(plan.provisions));
    const want: [string, string][] = [...where];
    for (const x of plan.targets) want.push([x.id, where.get(x.provision)!]);
    for (const tb of plan.tables) {
      const page = where.get(tb.provision)!;
      want.push([tb.id, page]);
      for (const r of tb.rows) want.push([r.id, page]);
      for (const s of tb.totals) want.push([s.id, page]);
    }
    for (const f of plan.findings) {
      const tb = plan.tables.find((t) => t.id === f.where || t.rows.some((r) => r.id === f.where) || t.totals.some((s) => s.id === f.where));
      const tg = plan.targets.find((t) => t.id === f.where);
      const page = tb ? where.get(tb.provision) : tg ? where.get(tg.provision) : where.get(f.where);
      want.push([f.id, page!]);
    }
    for (const [id, page] of want) {
      for (const prefix of ['', '/en']) {
        const p = `${prefix}/plan/${page}/`;
        if (!idSets.get(p)?.has(id)) missing.push(`${id} on ${p}`);
      }
      if (!idSets.get('/document/')?.has(id)) missing.push(`${id} on /document/`);
    }
    expect(missing).toEqual([]);
    expect(want.length).toBeGreaterThan(200);
  });

  it('every unit has a page and every task names units that link to theirs', () => {
    for (const u of plan.units) expect(html.has(unitPage(plan, u.id)), u.id).toBe(true);
    const flat = (ps: Provision[]): Provision[] => ps.flatMap((p) => [p, ...flat(p.children)]);
    for (const p of flat(plan.provisions).filter((x) => x.lead?.length)) {
      const src = html.get(`/plan/${p.id.split('__')[0]}/`)!;
      const start = src.indexOf(` id="${p.id}"`);
      const chunk = src.slice(start, src.indexOf('</dl>', start));
      for (const name of [...p.lead!, ...(p.cooperating ?? [])]) {
        const u = plan.units.find((x) => x.name === name);
        expect(u, `unit ${name}`).toBeDefined();
        expect(chunk, `${p.id} → ${name}`).toContain(`href="${unitPage(plan, u!.id)}"`);
      }
    }
  });

  it('no page loads from another host (without SITE_URL, no absolute URL but links out to cited sources)', () => {
    const offenders: string[] = [];
    for (const [p, src] of html) {
      for (const m of src.matchAll(/<(\w+)\b[^>]*?\b(?:src|href|content|action|srcset)="(https?:)?\/\/([^/"]+)/g)) {
        if (m[1] !== 'a') offenders.push(`${p}: ${m[0].slice(0, 120)}`);
      }
      for (const m of src.matchAll(/url\((['"]?)(https?:)?\/\//g)) offenders.push(`${p}: ${m[0]}`);
      for (const m of src.matchAll(/@import\s+url/g)) offenders.push(`${p}: ${m[0]}`);
    }
    expect(offenders).toEqual([]);
  });
});
