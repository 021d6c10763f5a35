/**
 * The ingest, stage by stage: read → blocks → normalise → structure → tables/targets/units → validate.
 * Pure: bytes in, plan out. Writing files is emit.ts's job.
 */
import { createHash } from 'node:crypto';
import { Plan, type Ownership, type Provision, type Table, type Unit } from '../model/plan.ts';
import { toBlocks } from './blocks.ts';
import { LineError, SourceError } from './errors.ts';
import { normaliseBlocks } from './normalise.ts';
import { applyLeadRule, findOwnership, writesPrefixesInFull, LEAD_RULE, regionAliases, regionOf, type Found } from './ownership.ts';
import { decodeSource } from './read.ts';
import { structure } from './structure.ts';
import { buildTable } from './tables.ts';
import { extractTargets } from './targets.ts';
import { enumerationChecks, tableChecks, targetChecks } from './validate.ts';

export function walkProvisions(ps: Provision[], f: (p: Provision) => void): void {
  for (const p of ps) {
    f(p);
    walkProvisions(p.children, f);
  }
}

/** Give a provision its ownership, mirrored in its own lead / cooperating / responsible lists. */
function own(p: Provision, o: Ownership): void {
  p.ownership = o;
  p.lead = o.lead;
  p.cooperating = o.cooperating;
  p.responsible = o.responsible;
}

/**
 * Tasks are the provisions that close with a statement of their units. `ruleAt` names where the document
 * states, before any task, that the first listed unit leads (its notice or preamble), if it does.
 */
export function assignOwnership(provisions: Provision[], region: string, ruleAt: string | null = null): void {
  const tasks: { id: string; found: Found; p: Provision }[] = [];
  const texts: string[] = [];
  walkProvisions(provisions, (p) => texts.push(p.text));
  const inherit = !writesPrefixesInFull(texts);
  walkProvisions(provisions, (p) => {
    const found = findOwnership(p.text, region, inherit);
    if (found) tasks.push({ id: p.id, found, p });
  });
  applyLeadRule(tasks, ruleAt);
  for (const t of tasks) own(t.p, t.found.ownership);
}

const squash = (s: string) => s.replace(/[\s。.；;：:]+/gu, '');

/**
 * A 任务分工表 (a table with a 序号 column and a 牵头 unit column) gives the units of tasks the text
 * prints without any: each row names its task by title (工作事项), and rows follow the text's order. A
 * row is linked to the next provision, after the one the previous row linked, whose title is the row's
 * text cell; that provision becomes a task whose units are the row's (with its continuation lines).
 */
export function linkTaskTables(provisions: Provision[], tables: Table[]): void {
  const candidates: Provision[] = [];
  walkProvisions(provisions, (p) => {
    if (p.kind !== 'attachment' && !p.id.startsWith('att_') && p.title && !p.ownership) candidates.push(p);
  });
  for (const t of tables) {
    const seq = t.columns.find((c) => c.type === 'seq');
    const lead = t.columns.filter((c) => c.type === 'units' && /牵头/u.test(c.label));
    if (!seq || !lead.length) continue;
    const coop = t.columns.filter((c) => c.type === 'units' && /配合|参与|协办/u.test(c.label));
    const resp = t.columns.filter((c) => c.type === 'units' && /责任/u.test(c.label));
    const texts = t.columns.filter((c) => c.type === 'text');
    let from = 0;
    for (const row of t.rows) {
      const names = texts.map((c) => squash(row.cells[c.key] ?? '')).filter(Boolean);
      const k = candidates.findIndex((p, idx) => idx >= from && names.includes(squash(p.title!)));
      if (k < 0) continue;
      from = k + 1;
      const p = candidates[k]!;
      const lines = [row, ...(row.continued ?? [])];
      const gather = (cols: typeof lead) => [...new Set(lines.flatMap((l) => cols.flatMap((c) => l.units?.[c.key] ?? [])))];
      const leads = gather(lead);
      row.task = p.id;
      own(p, {
        form: 'table',
        lead: leads,
        cooperating: gather(coop).filter((u) => !leads.includes(u)),
        responsible: gather(resp),
        leadsSeparately: false,
        row: row.id,
      });
    }
  }
}

/** Rewrite every unit name through the alias map (ownership lists and table unit columns). */
export function applyAliases(provisions: Provision[], tables: ReturnType<typeof buildTable>[], aliases: Map<string, string>): void {
  if (aliases.size === 0) return;
  const canon = (names: string[]) => [...new Set(names.map((n) => aliases.get(n) ?? n))];
  walkProvisions(provisions, (p) => {
    if (!p.ownership) return;
    p.ownership.lead = p.lead = canon(p.ownership.lead);
    p.ownership.cooperating = p.cooperating = canon(p.ownership.cooperating);
    p.ownership.responsible = p.responsible = canon(p.ownership.responsible);
  });
  for (const t of tables)
    for (const r of t.rows)
      for (const l of [r, ...(r.continued ?? [])]) if (l.units) for (const k of Object.keys(l.units)) l.units[k] = canon(l.units[k]!);
}

function unitNames(provisions: Provision[], tables: ReturnType<typeof buildTable>[]): string[] {
  const names: string[] = [];
  walkProvisions(provisions, (p) => names.push(...(p.lead ?? []), ...(p.cooperating ?? []), ...(p.responsible ?? [])));
  for (const t of tables) for (const r of t.rows) for (const l of [r, ...(r.continued ?? [])]) for (const us of Object.values(l.units ?? {})) names.push(...us);
  return names;
}

export const unitId = (name: string) => `u_${createHash('sha256').update(name).digest('hex').slice(0, 8)}`;

export function indexUnits(provisions: Provision[], tables: ReturnType<typeof buildTable>[]): Unit[] {
  const units = new Map<string, Unit>();
  const get = (name: string) => {
    let u = units.get(name);
    if (!u) units.set(name, (u = { id: unitId(name), name, leads: [], cooperates: [], responsible: [], leadsRows: [], cooperatesRows: [], responsibleRows: [] }));
    return u;
  };
  walkProvisions(provisions, (p) => {
    p.lead?.forEach((n) => get(n).leads.push(p.id));
    p.cooperating?.forEach((n) => get(n).cooperates.push(p.id));
    p.responsible?.forEach((n) => get(n).responsible.push(p.id));
  });
  for (const t of tables) {
    for (const col of t.columns.filter((c) => c.type === 'units')) {
      const role = /牵头/u.test(col.label) ? 'leadsRows' : /配合/u.test(col.label) ? 'cooperatesRows' : /责任/u.test(col.label) ? 'responsibleRows' : null;
      if (!role) continue;
      for (const r of t.rows) {
        const named = new Set([r, ...(r.continued ?? [])].flatMap((l) => l.units?.[col.key] ?? []));
        for (const n of named) get(n)[role].push(r.id);
      }
    }
  }
  const ids = new Map<string, string>();
  for (const u of units.values()) {
    const clash = ids.get(u.id);
    if (clash) throw new Error(`unit ids clash: ${clash} and ${u.name}`);
    ids.set(u.id, u.name);
  }
  return [...units.values()].sort((a, b) => b.leads.length - a.leads.length || b.cooperates.length - a.cooperates.length || (a.id < b.id ? -1 : 1));
}

export function ingestText(text: string, file: string, sha256: string): Plan {
  const blocks = normaliseBlocks(toBlocks(text));
  const s = structure(blocks);
  const region = regionOf(s.issuer ?? '');
  const preamble = s.provisions.find((p) => p.kind === 'preamble');
  const ruleAt = LEAD_RULE.test(s.noticeText ?? '') ? 'notice' : preamble && LEAD_RULE.test(preamble.text) ? preamble.id : null;
  assignOwnership(s.provisions, region, ruleAt);
  const tables = s.tables.map(buildTable);
  linkTaskTables(s.provisions, tables);
  applyAliases(s.provisions, tables, regionAliases(unitNames(s.provisions, tables), s.issuer ?? ''));
  const targets = extractTargets(s.provisions);
  const checks = [
    ...tables.flatMap(tableChecks),
    ...targetChecks(targets, tables, s.provisions),
    ...enumerationChecks(s.provisions),
  ];
  const d = s;
  const plan: Plan = {
    schemaVersion: 1,
    document: {
      ...(d.copyNumber ? { copyNumber: d.copyNumber } : {}),
      ...(d.issuer ? { issuer: d.issuer } : {}),
      ...(d.docNumber ? { docNumber: d.docNumber } : {}),
      ...(d.noticeTitle ? { noticeTitle: d.noticeTitle } : {}),
      planTitle: d.planTitle,
      addressees: d.addressees,
      ...(d.noticeText !== undefined ? { noticeText: d.noticeText } : {}),
      ...(d.signatories ? { signatories: d.signatories } : {}),
      ...(d.dateSigned ? { dateSigned: d.dateSigned } : {}),
      ...(d.datePrinted ? { datePrinted: d.datePrinted } : {}),
      ...(d.disclosure ? { disclosure: d.disclosure } : {}),
      cc: d.cc,
      ...(d.printingOffice ? { printingOffice: d.printingOffice } : {}),
      ...(d.attachmentOnly ? { attachmentOnly: true } : {}),
      attachments: d.attachments.map((a) => ({ id: `att_${a.num}`, num: a.num, title: a.title })),
      source: { file, sha256, lines: text.split('\n').length },
    },
    provisions: s.provisions,
    targets,
    tables,
    units: indexUnits(s.provisions, tables),
    checks,
    findings: checks.filter((c) => !c.agrees),
  };
  return Plan.parse(plan);
}

/** Bytes of a source file → plan. Every input problem becomes a SourceError naming file and line. */
export function ingest(bytes: Uint8Array, file: string): Plan {
  try {
    const text = decodeSource(bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return ingestText(text, file, sha256);
  } catch (e) {
    if (e instanceof LineError) throw new SourceError(file, e.line, e.problem);
    throw e;
  }
}
