/**
 * The ingest, stage by stage: read → blocks → normalise → structure → tables/targets/units → validate.
 * Pure: bytes in, plan out. Writing files is emit.ts's job.
 */
import { createHash } from 'node:crypto';
import { Plan, type Provision, type Unit } from '../model/plan.ts';
import { toBlocks } from './blocks.ts';
import { LineError, SourceError } from './errors.ts';
import { normaliseBlocks } from './normalise.ts';
import { findOwnership, regionAliases, regionOf } from './ownership.ts';
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

/** Tasks are the provisions that close with a statement of their lead and cooperating units. */
export function assignOwnership(provisions: Provision[], region: string): void {
  walkProvisions(provisions, (p) => {
    const found = findOwnership(p.text, region);
    if (!found) return;
    p.ownership = found.ownership;
    p.lead = found.ownership.lead;
    p.cooperating = found.ownership.cooperating;
    p.responsible = found.ownership.responsible;
  });
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
  for (const t of tables) for (const r of t.rows) if (r.units) for (const k of Object.keys(r.units)) r.units[k] = canon(r.units[k]!);
}

function unitNames(provisions: Provision[], tables: ReturnType<typeof buildTable>[]): string[] {
  const names: string[] = [];
  walkProvisions(provisions, (p) => names.push(...(p.lead ?? []), ...(p.cooperating ?? []), ...(p.responsible ?? [])));
  for (const t of tables) for (const r of t.rows) for (const us of Object.values(r.units ?? {})) names.push(...us);
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
      for (const r of t.rows) for (const n of r.units?.[col.key] ?? []) get(n)[role].push(r.id);
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
  assignOwnership(s.provisions, regionOf(s.issuer));
  const tables = s.tables.map(buildTable);
  applyAliases(s.provisions, tables, regionAliases(unitNames(s.provisions, tables), s.issuer));
  const targets = extractTargets(s.provisions);
  const checks = [
    ...tables.flatMap(tableChecks),
    ...targetChecks(targets, tables, s.provisions),
    ...enumerationChecks(s.provisions),
  ];
  const plan: Plan = {
    schemaVersion: 1,
    document: {
      ...(s.copyNumber ? { copyNumber: s.copyNumber } : {}),
      issuer: s.issuer,
      docNumber: s.docNumber,
      noticeTitle: s.noticeTitle,
      planTitle: s.planTitle,
      addressees: s.addressees,
      noticeText: s.noticeText,
      dateSigned: s.dateSigned,
      ...(s.datePrinted ? { datePrinted: s.datePrinted } : {}),
      ...(s.disclosure ? { disclosure: s.disclosure } : {}),
      cc: s.cc,
      ...(s.printingOffice ? { printingOffice: s.printingOffice } : {}),
      attachments: s.attachments.map((a) => ({ id: `att_${a.num}`, num: a.num, title: a.title })),
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
