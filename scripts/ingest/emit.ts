/**
 * Stage 8, emit: plan → files. Deterministic (same plan, byte-identical files) and atomic
 * (everything is written to a temporary folder first; the old output is replaced only at the end).
 *
 * Text from the document reaches MDX only as JSON string literals inside JSX expressions
 * (`<Para>{"…"}</Para>`), so `{`, `<`, `*` or `#` in the source can never become markup.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync, mkdtempSync } from 'node:fs';
import { dirname, join, resolve, basename } from 'node:path';
import { z } from 'zod';
import { Plan, type Provision, type Table } from '../model/plan.ts';
import { tableCsv } from '../model/csv.ts';

/** A JS string literal safe inside an MDX expression (also escapes U+2028/2029 and "</"). */
export function jsString(s: string): string {
  return JSON.stringify(s)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
    .replace(/</g, '\\u003c');
}

const attr = (v: unknown) => `{${v === null ? 'null' : typeof v === 'string' ? jsString(v) : JSON.stringify(v)}}`;

function paras(text: string): string[] {
  return text
    .split('\n')
    .filter((p) => p.trim() !== '')
    .map((p) => `<Para>${attr(p)}</Para>`);
}

function provisionMdx(p: Provision, depth: number, tables: Map<string, Table>): string[] {
  const out: string[] = [];
  out.push(
    `<Provision id=${attr(p.id)} kind=${attr(p.kind)} num=${attr(p.num)} citation=${attr(p.citation)} title=${attr(p.title)} depth=${attr(depth)}>`,
  );
  out.push(...paras(p.text));
  if (p.ownership) {
    // `responsible` only when the statement names such units, so plans without them keep their MDX as it was.
    const responsible = p.ownership.responsible.length ? ` responsible=${attr(p.ownership.responsible)}` : '';
    out.push(
      `<Owners lead=${attr(p.ownership.lead)} cooperating=${attr(p.ownership.cooperating)}${responsible} separately=${attr(p.ownership.leadsSeparately)} />`,
    );
  }
  // Tables stand where the document prints them: before the first child that follows them.
  const own = (p.tables ?? []).map((id) => tables.get(id)!).filter(Boolean);
  let k = 0;
  for (const child of p.children) {
    while (k < own.length && own[k]!.source.line < child.source.line) out.push(`<DocTable id=${attr(own[k++]!.id)} />`);
    out.push(...provisionMdx(child, depth + 1, tables));
  }
  while (k < own.length) out.push(`<DocTable id=${attr(own[k++]!.id)} />`);
  out.push('</Provision>');
  return out;
}

function frontmatter(fields: Record<string, unknown>): string {
  // JSON values are valid YAML: no quoting rules to get wrong.
  return ['---', ...Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`), '---', ''].join('\n');
}

export interface Entry {
  id: string;
  order: number;
  kind: 'notice' | 'preamble' | 'part' | 'attachment';
  num: string;
  citation: string;
  title: string | null;
}

/** One MDX entry per part of the document: the notice, the preamble, each part, each attachment. */
export function mdxEntries(plan: Plan): { entry: Entry; body: string }[] {
  const tables = new Map(plan.tables.map((t) => [t.id, t]));
  const out: { entry: Entry; body: string }[] = [];
  const d = plan.document;
  // A document printed without its covering notice (an attachment alone, a web copy) has no notice entry.
  if (d.noticeText !== undefined)
    out.push({
      entry: { id: 'notice', order: 0, kind: 'notice', num: d.docNumber ?? '', citation: '通知', title: d.noticeTitle ?? null },
      body: paras(d.noticeText).join('\n\n'),
    });
  plan.provisions.forEach((p, k) => {
    const kind = p.kind === 'preamble' ? 'preamble' : p.kind === 'attachment' ? 'attachment' : 'part';
    out.push({
      entry: { id: p.id, order: k + 1, kind, num: p.num, citation: p.citation, title: p.title },
      body: provisionMdx(p, 1, tables).join('\n\n'),
    });
  });
  return out;
}

export function planJsonSchema(): string {
  return JSON.stringify(z.toJSONSchema(Plan, { target: 'draft-2020-12' }), null, 2) + '\n';
}

/** Every output file, as relative path → content. */
export function renderOutputs(plan: Plan): Map<string, string> {
  const files = new Map<string, string>();
  files.set('data/plan.json', JSON.stringify(plan, null, 2) + '\n');
  files.set('data/plan.schema.json', planJsonSchema());
  for (const t of plan.tables) files.set(`data/tables/${t.id}.csv`, tableCsv(t));
  for (const { entry, body } of mdxEntries(plan)) {
    files.set(`plan/${entry.id}.mdx`, frontmatter({ ...entry, lang: 'zh-CN' }) + '\n' + body + '\n');
  }
  return files;
}

/** The generated folders inside an output directory; anything else there (translations, editorial data) is left alone. */
export const GENERATED = ['data', 'plan'] as const;

/**
 * Write all files into `outDir` atomically per generated folder: build them under a temporary
 * sibling, then swap each folder in with a rename. A failure before the swap leaves `outDir` as it was.
 */
export function writeOutputs(outDir: string, files: Map<string, string>): void {
  const out = resolve(outDir);
  mkdirSync(out, { recursive: true });
  const tmp = mkdtempSync(join(out, '.ingest-'));
  try {
    for (const [rel, content] of files) {
      const path = join(tmp, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
    for (const dir of GENERATED) {
      const target = join(out, dir);
      const old = join(tmp, `${basename(target)}.old`);
      if (existsSync(target)) renameSync(target, old);
      renameSync(join(tmp, dir), target);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
