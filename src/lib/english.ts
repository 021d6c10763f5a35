/**
 * The English edition as the site sees it: the files under content/en/, read and validated once
 * (zod schemas from scripts/model/translation.ts), indexed by the Chinese model's ids.
 *
 * Nothing here parses the Chinese text: structure, numbering and ids come from the plan model;
 * English words come from content/en/. English positions ("Part III(1)7", "Attachment 5, Schedule, No. 3")
 * are derived from the model's printed numbering, so they follow the document, not a hand list.
 */
import { z } from 'zod';
import {
  DocumentText,
  GlossaryEntry,
  Provenance,
  ProvisionText,
  TableText,
  TargetText,
  editionTranslates,
  UnitSources,
  type NameCheck,
  type Status,
} from '../../scripts/model/translation';
import { chineseNumber } from '../../scripts/model/numbering';
import { csvDocument } from '../../scripts/model/csv';
import { absolute } from './deploy';
import metaJson from '../../content/en/meta.json';
import documentJson from '../../content/en/document.json';
import provisionsPlanJson from '../../content/en/provisions-plan.json';
import provisionsAttJson from '../../content/en/provisions-attachments.json';
import tablesJson from '../../content/en/tables.json';
import unitsJson from '../../content/en/units.json';
import unitSourcesJson from '../../content/en/unit-sources.json';
import targetsJson from '../../content/en/targets.json';
import glossaryJson from '../../content/en/glossary.json';
import glossaryAttJson from '../../content/en/glossary-attachments.json';
import {
  plan,
  doc,
  flat,
  permalink,
  provisionById,
  tableById,
  tablePartOwner,
  targetById,
  targetMove,
  unitByName,
  type Check,
  type Provision,
  type Table,
  type Target,
  type Unit,
} from './plan';

export type { Status };

/** Parse one file, naming it in the error so a bad edit of content/en/ fails the build clearly. */
function parse<T extends z.ZodType>(schema: T, data: unknown, file: string): z.infer<T> {
  const r = schema.safeParse(data);
  if (!r.success) throw new Error(`content/en/${file}: ${z.prettifyError(r.error)}`);
  return r.data;
}

const ProvisionMap = z.record(z.string(), ProvisionText);

/**
 * Whether content/en/ translates the plan being built. The site builds any plan of the genre; the English
 * edition belongs to one document, matched by its 文号 and title. Without one, English pages show the
 * Chinese text, marked, under a notice that says so (Provenance.astro).
 */
export const hasEnglish = editionTranslates(metaJson as { document?: { docNumber: string; planTitle: string } }, doc);
/** The language of the document's own words on an English page: English with an edition, else the Chinese. */
export const enTextLang: 'en' | 'zh-CN' = hasEnglish ? 'en' : 'zh-CN';

/** No edition: every name and title is the Chinese one, and nothing counts as translated. */
const NO_EDITION = {
  meta: null,
  document: {
    issuer: doc.issuer ?? '',
    noticeTitle: doc.noticeTitle ?? '',
    planTitle: doc.planTitle,
    addressees: doc.addressees ?? [],
    noticeText: doc.noticeText ?? '',
    ...(doc.disclosure ? { disclosure: doc.disclosure } : {}),
    cc: doc.cc ?? [],
    ...(doc.printingOffice ? { printingOffice: doc.printingOffice } : {}),
    attachments: Object.fromEntries((doc.attachments ?? []).map((a) => [a.id, a.title])),
    docNumber: doc.docNumber ?? '',
  },
  provisions: {},
  tables: {},
  units: {},
  unitSources: { about: '', checked: '1970-01-01', names: {} },
  targets: {},
  glossary: { plan: [], attachments: [] },
};

/** The English edition, validated. Files are kept apart, as the translators delivered them. */
export const edition: {
  meta: z.infer<typeof Provenance> | null;
  document: z.infer<typeof DocumentText>;
  provisions: Record<string, z.infer<typeof ProvisionText>>;
  tables: Record<string, z.infer<typeof TableText>>;
  units: Record<string, string>;
  unitSources: z.infer<typeof UnitSources>;
  targets: Record<string, z.infer<typeof TargetText>>;
  glossary: { plan: z.infer<typeof GlossaryEntry>[]; attachments: z.infer<typeof GlossaryEntry>[] };
} = !hasEnglish ? NO_EDITION : {
  meta: parse(Provenance, metaJson, 'meta.json'),
  document: parse(DocumentText, documentJson, 'document.json'),
  provisions: {
    ...parse(ProvisionMap, provisionsPlanJson, 'provisions-plan.json'),
    ...parse(ProvisionMap, provisionsAttJson, 'provisions-attachments.json'),
  },
  tables: parse(z.record(z.string(), TableText), tablesJson, 'tables.json'),
  units: parse(z.record(z.string(), z.string()), unitsJson, 'units.json'),
  unitSources: parse(UnitSources, unitSourcesJson, 'unit-sources.json'),
  targets: parse(z.record(z.string(), TargetText), targetsJson, 'targets.json'),
  glossary: {
    plan: parse(z.array(GlossaryEntry), glossaryJson, 'glossary.json'),
    attachments: parse(z.array(GlossaryEntry), glossaryAttJson, 'glossary-attachments.json'),
  },
};
export const enDoc = edition.document;
export const provenance = edition.meta;

// Provisions ---------------------------------------------------------------------------------------

export interface EnProvision {
  title: string | null;
  text: string;
  status: Status;
  /** True when there is no English for this unit: title and text are the Chinese original. */
  fallback: boolean;
}

/** A provision's English, or its Chinese with `fallback` set when it is not translated. Never silent. */
export function enProvision(p: Provision): EnProvision {
  const t = edition.provisions[p.id];
  if (!t || t.status === 'untranslated') return { title: p.title, text: p.text, status: 'untranslated', fallback: true };
  return { title: t.title, text: t.text, status: t.status, fallback: false };
}

/** Non-empty paragraphs of a text (paragraphs are separated by "\n" in both languages). */
export function paragraphs(text: string): string[] {
  return text.split('\n').filter((s) => s.trim() !== '');
}

/** Status of every provision on a page (the entry `top` and everything under it). */
export function statusCounts(topId?: string): Record<Status, number> {
  const counts: Record<Status, number> = { translated: 0, reviewed: 0, untranslated: 0 };
  for (const f of flat) {
    if (topId && f.top.id !== topId) continue;
    counts[enProvision(f.node).status]++;
  }
  return counts;
}

/** Status of a table (header, categories and cells are one unit). */
export function tableStatus(id: string): Status {
  return edition.tables[id]?.status ?? 'untranslated';
}

// Numbering and citations ----------------------------------------------------------------------------

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];
export function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) { out += s; n -= v; }
  return out;
}

type Style = 'cn-dun' | 'cn-paren' | 'arabic-dot' | 'arabic-paren' | 'attachment' | 'none';

/** How a printed number ("三、", "（一）", "(一)", "7.", "（2）", "附件4") is styled, and its value. */
export function readNum(num: string): { style: Style; value: number } {
  const s = num.trim();
  let m: RegExpMatchArray | null;
  if ((m = s.match(/^附件\s*(\d+)$/u))) return { style: 'attachment', value: Number(m[1]) };
  if ((m = s.match(/^([一二三四五六七八九十百零〇两]+)、$/u))) return { style: 'cn-dun', value: chineseNumber(m[1]!) };
  if ((m = s.match(/^[（(]\s*([一二三四五六七八九十百零〇两]+)\s*[）)]$/u))) return { style: 'cn-paren', value: chineseNumber(m[1]!) };
  if ((m = s.match(/^(\d+)\s*[.．、]?$/u))) return { style: 'arabic-dot', value: Number(m[1]) };
  if ((m = s.match(/^[（(]\s*(\d+)\s*[）)]$/u))) return { style: 'arabic-paren', value: Number(m[1]) };
  return { style: 'none', value: NaN };
}

/** The number as an English edition prints it: 三、→ "III.", （一）→ "(1)", 1. → "1.", （1）→ "(1)". */
export function enNum(num: string): string {
  const { style, value } = readNum(num);
  switch (style) {
    case 'cn-dun': return `${roman(value)}.`;
    case 'cn-paren': return `(${value})`;
    case 'arabic-dot': return `${value}.`;
    case 'arabic-paren': return `(${value})`;
    case 'attachment': return `Attachment ${value}`;
    default: return num;
  }
}

/** One step of a position: how the provision's own number extends its parent's citation. */
function citeStep(p: Provision, parentCite: string | null): string {
  if (p.kind === 'preamble') return 'Preamble';
  const { style, value } = readNum(p.num);
  if (Number.isNaN(value)) return parentCite ? `${parentCite}, ${p.num}` : p.num;
  switch (style) {
    case 'attachment': return `Attachment ${value}`;
    case 'cn-dun': return parentCite ? `${parentCite}, Part ${roman(value)}` : `Part ${roman(value)}`;
    case 'cn-paren':
    case 'arabic-paren': return `${parentCite ?? ''}(${value})`;
    case 'arabic-dot':
      // "Part III(1)7" after a bracket; "Part III.7" where an item follows a part directly.
      return parentCite ? (/\)$/.test(parentCite) ? `${parentCite}${value}` : `${parentCite}.${value}`) : String(value);
    default: return parentCite ?? '';
  }
}

const provisionCites = new Map<string, string>();
(function walk(nodes: Provision[], parentCite: string | null) {
  for (const p of nodes) {
    const c = citeStep(p, parentCite);
    provisionCites.set(p.id, c);
    walk(p.children, c);
  }
})(plan.provisions, null);

function tableCite(tb: Table): string {
  const base = provisionCites.get(tb.provision) ?? tb.provision;
  if (!tb.label) return base;
  return `${base}, ${edition.tables[tb.id]?.label ?? tb.label}`;
}

/** The English position of any model id: provision, table, row, total, target or check. */
export function enCite(id: string): string {
  if (id === 'notice') return 'Notice';
  const pc = provisionCites.get(id);
  if (pc !== undefined) return pc;
  const tb = tableById.get(id);
  if (tb) return tableCite(tb);
  const owner = tablePartOwner.get(id);
  if (owner) {
    const row = owner.rows.find((r) => r.id === id);
    if (row) {
      const cat = row.category ? edition.tables[owner.id]?.categories[row.category] : undefined;
      return `${tableCite(owner)}${cat ? `, ${cat}` : ''}, No. ${row.num}`;
    }
    return `${tableCite(owner)}, Total`;
  }
  const tg = targetById.get(id);
  if (tg) return enCite(tg.provision);
  const ck = plan.checks.find((c) => c.id === id);
  if (ck) return enCite(ck.where);
  throw new Error(`enCite: unknown id "${id}"`);
}

/** "Three-Year Action Plan … (2018–2020) (Gui Zheng Fa [2018] No. 51), ": put before a position. */
export function enCitePrefix(): string {
  return enDoc.docNumber ? `${enDoc.planTitle} (${enDoc.docNumber}), ` : `${enDoc.planTitle}, `;
}
export function enFullCitation(id: string): string {
  return enCitePrefix() + enCite(id);
}

// Labels ---------------------------------------------------------------------------------------------

/** "III. Main Tasks", "Attachment 4: Three-Year Action Work Plan …", "Preamble": an entry's English label. */
export function enEntryLabel(id: string): string {
  if (id === 'notice') return enDoc.noticeTitle;
  const f = provisionById.get(id);
  if (!f) return id;
  const p = f.node;
  if (p.kind === 'preamble') return 'Preamble';
  const t = enProvision(p);
  const title = t.title ?? enDoc.attachments[id] ?? '';
  if (p.kind === 'attachment') return title ? `${enNum(p.num)}: ${title}` : enNum(p.num);
  return title ? `${enNum(p.num)} ${title}` : enNum(p.num);
}

/** A short English label for a provision: its title, or the start of its text. */
export function enShortLabel(p: Provision, max = 60): string {
  const t = enProvision(p);
  if (t.title) return t.title.replace(/[.。]$/, '');
  const text = t.text.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > max / 2 ? cut : max)}…`;
}

// Units ------------------------------------------------------------------------------------------------

/** A unit's English name, or undefined when units.json has none. */
export function enUnitName(name: string): string | undefined {
  return edition.units[name];
}

/**
 * Split an English cell into text and unit-name pieces, so names can link to their unit pages.
 * `names` are the Chinese names the model read from the cell; each is looked for by its English name.
 */
export function linkUnitsEn(text: string, names: string[]): ({ text: string } | { text: string; unit: Unit })[] {
  const found = names
    .map((n) => ({ en: enUnitName(n), u: unitByName.get(n) }))
    .filter((x): x is { en: string; u: Unit } => !!x.en && !!x.u)
    // A name may open the cell with a capital ("Relevant enterprises"): match without case, show the cell's own text.
    .map((x) => ({ ...x, at: text.toLowerCase().indexOf(x.en.toLowerCase()) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at || b.en.length - a.en.length);
  const out: ({ text: string } | { text: string; unit: Unit })[] = [];
  let pos = 0;
  for (const f of found) {
    if (f.at < pos) continue;
    if (f.at > pos) out.push({ text: text.slice(pos, f.at) });
    out.push({ text: text.slice(f.at, f.at + f.en.length), unit: f.u });
    pos = f.at + f.en.length;
  }
  if (pos < text.length) out.push({ text: text.slice(pos) });
  return out;
}

// Tables -------------------------------------------------------------------------------------------------

export interface EnTable {
  title: string;
  label?: string;
  unit?: string;
  column(key: string): string;
  category(id: string): string;
  /** English cell, or the Chinese cell when it has no English (`fallback`). */
  cell(rowId: string, key: string): { text: string; fallback: boolean };
  status: Status;
}

export function enTable(tb: Table): EnTable {
  const t = edition.tables[tb.id];
  const cells = new Map<string, Record<string, string>>();
  for (const r of tb.rows) cells.set(r.id, r.cells);
  for (const s of tb.totals) cells.set(s.id, s.cells);
  return {
    title: t?.title ?? tb.title,
    label: t?.label ?? tb.label,
    unit: t?.unit ?? tb.unit,
    column: (key) => t?.columns[key] ?? tb.columns.find((c) => c.key === key)?.label ?? key,
    category: (id) => t?.categories[id] ?? tb.categories.find((c) => c.id === id)?.title ?? id,
    cell: (rowId, key) => {
      const zh = cells.get(rowId)?.[key] ?? '';
      const en = t?.rows[rowId]?.[key] ?? t?.totals[rowId]?.[key];
      if (en !== undefined && t?.status !== 'untranslated') return { text: en, fallback: false };
      return { text: zh, fallback: zh.trim() !== '' };
    },
    status: t?.status ?? 'untranslated',
  };
}

/** A table in English as CSV (UTF-8 with BOM, CRLF): the same rows, ids and numbers as the Chinese CSV. */
export function enTableCsv(tb: Table): string {
  const t = enTable(tb);
  const labels = tb.columns.map((c) => (c.continues ? `${t.column(c.key)} (continued)` : t.column(c.key)));
  const lines = [['id', 'position', 'category', ...labels]];
  for (const r of tb.rows)
    lines.push([r.id, enCite(r.id), r.category ? t.category(r.category) : '', ...tb.columns.map((c) => t.cell(r.id, c.key).text)]);
  for (const s of tb.totals) lines.push([s.id, enCite(s.id), '', ...tb.columns.map((c) => t.cell(s.id, c.key).text)]);
  return csvDocument(lines);
}

// Targets ---------------------------------------------------------------------------------------------

/** English subject of a target, or undefined when targets.json has none. */
export function enTargetSubject(x: Target): string | undefined {
  return edition.targets[x.id]?.subject;
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

const UNIT_EN: Record<string, string> = { '%': '%', '‰': '‰', '位': ' places' };

/** "at least 100", "up 2–3 places", "55% or above": a target's figure in English. */
export function enTargetFigure(x: Target): string {
  const move = targetMove(x);
  const value = x.valueMax !== undefined ? `${x.value}–${x.valueMax}` : `${x.value}`;
  // A change of rank says which way it moves ("up 2–3 places"); without it, "2–3 places" reads as a rank.
  if (move) return `${move} ${value}${(UNIT_EN[x.unit] ?? '').replace(/s$/, x.valueMax === undefined && x.value === 1 ? '' : 's')}`;
  if (x.unit === '位' && x.valueMax === undefined && x.bound === 'exact') return `${ordinal(x.value)} place`;
  const unit = UNIT_EN[x.unit] ?? '';
  if (x.bound === 'more-than') return `more than ${value}${unit}`;
  if (x.bound !== 'at-least') return `${value}${unit}`;
  return unit.startsWith(' ') || unit === '' ? `at least ${value}${unit}` : `${value}${unit} or above`;
}

// Findings ---------------------------------------------------------------------------------------------

/** A finding's description in English, built from the check's kind, place and column (never from its Chinese). */
export function enCheckDescription(c: Check): string {
  const where = enCite(c.where);
  const owner = tableById.get(c.where) ?? tablePartOwner.get(c.where);
  const col = c.column && owner ? `“${enTable(owner).column(c.column)}”` : undefined;
  switch (c.kind) {
    case 'column-total':
      return `${where}: the stated total of the ${col ?? ''} column against the sum of the rows above it`.replace('the  column', 'the column');
    case 'row-total':
      return `${where}: the ${col ?? 'total'} figure against the sum of the row’s other figures`;
    case 'category-count': {
      const cats = new Set(owner?.rows.filter((r) => c.parts.includes(r.id)).map((r) => r.category));
      const only = cats.size === 1 ? [...cats][0] : undefined;
      const cat = only && owner ? enTable(owner).category(only) : undefined;
      return cat
        ? `${where}: the number of items stated for “${cat}” against the rows listed under it`
        : `${where}: the total number of items stated against all the rows listed`;
    }
    case 'field-count-total':
      return `${where}: the technologies named by the field tasks, added up, against the attachment’s list`;
    case 'increment':
      return `${where}: a year’s stated increase against the change in the running total`;
    case 'target-sum':
      return `${where}: the goal against the sum of the figures that break it down`;
    case 'cross-reference':
      return `${where}: the figure in the text against the same figure in the table`;
    case 'enumeration':
      return `${where}: the stated count against the names listed`;
  }
}

// Glossary ---------------------------------------------------------------------------------------------

export interface GlossaryRow {
  zh: string;
  en: string;
  note?: string;
  /** Which part of the document the entry governs. */
  scope: 'plan' | 'attachments' | 'both';
}

/** The published glossary: both files, an entry that is the same in both listed once. */
export function glossaryRows(): GlossaryRow[] {
  const out = new Map<string, GlossaryRow>();
  const add = (e: z.infer<typeof GlossaryEntry>, scope: 'plan' | 'attachments') => {
    const key = `${e.zh}\u0000${e.en}`;
    const prev = out.get(key);
    if (prev) {
      prev.scope = prev.scope === scope ? scope : 'both';
      if (e.note && e.note !== prev.note) prev.note = prev.note ? `${prev.note}; ${e.note}` : e.note;
    } else out.set(key, { ...e, scope });
  };
  for (const e of edition.glossary.plan) add(e, 'plan');
  for (const e of edition.glossary.attachments) add(e, 'attachments');
  return [...out.values()];
}

/** Department names, from units.json, in the order of the units index. */
export function unitNameRows(): { zh: string; en: string | undefined; unit: Unit | undefined }[] {
  return Object.keys(edition.units).map((zh) => ({ zh, en: enUnitName(zh), unit: unitByName.get(zh) }))
    .concat(plan.units.filter((u) => !(u.name in edition.units)).map((u) => ({ zh: u.name, en: undefined, unit: u })));
}

/** How a unit's English name was checked against published sources (unit-sources.json); undefined: not checked. */
export function nameCheck(zh: string): NameCheck | undefined {
  return edition.unitSources.names[zh];
}

/** The bodies of the notice's copy list (抄送), Chinese and English side by side, in the document's order. */
export function ccNameRows(): { zh: string; en: string | undefined }[] {
  return doc.cc.map((zh, i) => ({ zh, en: enDoc.cc[i] }));
}

// The edition as data -----------------------------------------------------------------------------------

/** The whole English edition as one JSON document, keyed by model ids, with positions and statuses. */
export function editionJson(site: URL | undefined): unknown {
  const provs = flat.map(({ node, parent }) => {
    const t = enProvision(node);
    return {
      id: node.id,
      parent: parent?.id ?? null,
      kind: node.kind,
      position: enCite(node.id),
      positionZh: node.citation,
      status: t.status,
      title: t.fallback ? null : t.title,
      text: t.fallback ? null : t.text,
      lead: node.lead?.map((n) => enUnitName(n) ?? n),
      cooperating: node.cooperating?.map((n) => enUnitName(n) ?? n),
      url: absolute(permalink('en', node.id), site),
    };
  });
  const tables = plan.tables.map((tb) => {
    const t = enTable(tb);
    return {
      id: tb.id,
      position: enCite(tb.id),
      status: t.status,
      title: t.title,
      label: t.label ?? null,
      unit: t.unit ?? null,
      columns: tb.columns.map((c) => ({ key: c.key, label: t.column(c.key), type: c.type })),
      rows: [...tb.rows, ...tb.totals].map((r) => ({
        id: r.id,
        position: enCite(r.id),
        cells: Object.fromEntries(tb.columns.map((c) => [c.key, t.cell(r.id, c.key).text])),
      })),
    };
  });
  return {
    edition: 'en',
    unofficial: true,
    provenance: edition.meta,
    document: { ...enDoc, docNumberZh: doc.docNumber, titleZh: doc.planTitle, dateSigned: doc.dateSigned },
    provisions: provs,
    tables,
    targets: plan.targets.map((x) => ({
      id: x.id,
      provision: x.provision,
      position: enCite(x.id),
      subject: enTargetSubject(x) ?? null,
      figure: enTargetFigure(x),
      quote: edition.targets[x.id]?.quote ?? null,
      status: edition.targets[x.id] ? 'translated' : 'untranslated',
    })),
    units: plan.units.map((u) => ({ id: u.id, name: enUnitName(u.name) ?? null, nameZh: u.name, nameCheck: nameCheck(u.name) ?? null })),
    glossary: glossaryRows(),
  };
}
