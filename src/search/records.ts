/**
 * Search records: one per provision (tasks included), per table row and per stated total, plus the notice.
 * Each record is a Pagefind custom record whose url is the item's permalink (page + "#id"), so a result
 * lands on the exact clause, and whose title is the item's position as a person cites it ("三（一）7 电子信息领域").
 *
 * Why records and not pages: Pagefind ranks pages, then lists a few sub-results in page order; on this
 * document that put the right clause first for under a third of realistic queries (issue 5). With one
 * record per clause, the clause itself is what gets ranked.
 *
 * Pure: plan model (+ optional English edition) in, records out. `build-index.ts` writes them.
 */
import type { Column, Plan, Provision, Table } from '../../scripts/model/plan';
import type { DocumentText, ProvisionText, TableText } from '../../scripts/model/translation';
import { rowName } from './position-map';
import { FULL_NAMES_LABEL } from './terms';

export type SearchLanguage = 'zh-cn' | 'en';

/** Filter keys, in the order the search page shows them. */
export const FILTER_KEYS = ['type', 'part', 'attachment', 'field', 'lead', 'cooperating', 'responsible', 'city', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Values of the "type" filter. */
export type RecordType = 'provision' | 'task' | 'row' | 'result';

export interface SearchRecord {
  url: string;
  content: string;
  language: SearchLanguage;
  meta: {
    /** Position + title: "三（一）7 电子信息领域". */
    title: string;
    /** Model id: the element id the url's fragment points at ("" for a whole page). */
    id: string;
    /** Position alone: "三（一）7". */
    citation: string;
    /** Where it sits: "三、主要任务 › （一）组织重大产业科技攻关". */
    context: string;
  };
  filters: Partial<Record<FilterKey, string[]>>;
}

/** The English edition, when content/en/ has it. Every part is optional. */
export interface EnglishEdition {
  document?: DocumentText;
  provisions?: Record<string, ProvisionText>;
  tables?: Record<string, TableText>;
  /** Chinese unit name → English name. */
  units?: Record<string, string>;
}

export interface RecordsInput {
  plan: Plan;
  /** Chinese-site path + fragment of a model id ("/plan/part_3/#part_3__sec_1__item_7"). */
  urlOf: (id: string) => string;
  /** Path of the notice page. */
  noticeUrl: string;
  /** Site path in English for a Chinese-site path ("/plan/x/#y" → "/en/plan/x/#y"). */
  toEnglish: (path: string) => string;
  en?: EnglishEdition;
}

const SEP = ' › ';

/** "三、主要任务", "（一）组织重大产业科技攻关", "附件1 突破 100 项重大技术计划": a heading as printed. */
export function heading(p: Provision): string {
  if (!p.title) return p.num || p.citation;
  if (!p.num) return p.title;
  return /[、．.）)]$/.test(p.num) ? `${p.num}${p.title}` : `${p.num} ${p.title}`;
}

/** Years a text names ("2018 年", "2020年"). */
function yearsIn(text: string): string[] {
  return [...text.matchAll(/((?:19|20)\d{2})\s*年/g)].map((m) => m[1]!);
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs.filter((x) => x !== ''))];
}

/** Unit names a record must be found by, though the text prints them shortened ("工业和信息化厅"). */
function missingNames(text: string, names: string[]): string[] {
  return uniq(names.filter((n) => !text.includes(n)));
}

/** The line that gives shortened unit names in full ("单位全称：自治区工业和信息化厅"), or "". */
function fullNames(names: string[], lang: SearchLanguage): string {
  if (names.length === 0) return '';
  return `${FULL_NAMES_LABEL[lang]}${names.join(lang === 'en' ? '; ' : '、')}`;
}

/** Header text without its unit: "数量 (个)" → "数量". */
function plainLabel(c: Column): string {
  return c.label.replace(/\s*[（(][^）)]*[）)]\s*$/, '').trim();
}

/** A column that names cities (设区市). */
function isCityColumn(c: Column): boolean {
  return c.type === 'text' && /市$/.test(plainLabel(c));
}

/** A row as one line of text: text cells as printed, numbers and units with their header. */
function rowText(tb: Table, cells: Record<string, string>, colLabel: (c: Column) => string, unitLabel: (c: Column) => string): string {
  const parts: string[] = [];
  for (const c of tb.columns) {
    const v = (cells[c.key] ?? '').trim();
    if (c.type === 'seq' || v === '') continue;
    if (c.type === 'number') parts.push(`${colLabel(c)} ${v}${unitLabel(c) ? ` ${unitLabel(c)}` : ''}`);
    else if (c.type === 'units') parts.push(`${colLabel(c)}：${v}`);
    else parts.push(v);
  }
  return parts.join('\n');
}

export function buildRecords({ plan, urlOf, noticeUrl, toEnglish, en }: RecordsInput): SearchRecord[] {
  const out: SearchRecord[] = [];
  const enUnit = (name: string) => en?.units?.[name] ?? name;

  // Fields: the titles of the tasks that name a count of technologies for one field ("汽车领域").
  const fieldOfProvision = new Map<string, string>();
  for (const t of plan.targets) if (t.kind === 'field-count' && t.field) fieldOfProvision.set(t.provision, t.field);
  const fields = new Set(fieldOfProvision.values());

  // Per-provision facts from the targets: deadlines and places.
  const yearsOf = new Map<string, string[]>();
  const placesOf = new Map<string, string[]>();
  for (const t of plan.targets) {
    if (t.deadline) yearsOf.set(t.provision, [...(yearsOf.get(t.provision) ?? []), String(t.deadline)]);
    if (t.place) placesOf.set(t.provision, [...(placesOf.get(t.provision) ?? []), t.place]);
  }

  // Rows → units named as lead / cooperating / responsible there.
  const rowLead = new Map<string, string[]>();
  const rowCoop = new Map<string, string[]>();
  const rowResp = new Map<string, string[]>();
  for (const u of plan.units) {
    for (const r of u.leadsRows) rowLead.set(r, [...(rowLead.get(r) ?? []), u.name]);
    for (const r of u.cooperatesRows) rowCoop.set(r, [...(rowCoop.get(r) ?? []), u.name]);
    for (const r of u.responsibleRows ?? []) rowResp.set(r, [...(rowResp.get(r) ?? []), u.name]);
  }

  const walk = (nodes: Provision[], ancestors: Provision[]) => {
    for (const p of nodes) {
      const top = ancestors[0] ?? p;
      const inAttachment = top.kind === 'attachment';
      const lead = p.lead ?? [];
      const coop = p.cooperating ?? [];
      const resp = p.responsible ?? [];
      const body = [p.title ?? '', p.text].filter(Boolean).join('\n');
      const extra = missingNames(body, [...lead, ...coop, ...resp]);
      const filters: SearchRecord['filters'] = {
        type: [lead.length + resp.length > 0 ? 'task' : 'provision'],
        [inAttachment ? 'attachment' : 'part']: [heading(top)],
        field: fieldOfProvision.has(p.id) ? [fieldOfProvision.get(p.id)!] : fields.has(p.title ?? '') ? [p.title!] : [],
        lead,
        cooperating: coop,
        responsible: resp,
        city: uniq(placesOf.get(p.id) ?? []),
        year: uniq([...yearsIn(body), ...(yearsOf.get(p.id) ?? [])]).sort(),
      };
      const context = ancestors.map(heading).join(SEP);
      const url = urlOf(p.id);
      out.push({
        url,
        content: [body, fullNames(extra, 'zh-cn')].filter(Boolean).join('\n'),
        language: 'zh-cn',
        meta: { title: p.title ? `${p.citation} ${p.title}` : p.citation, id: p.id, citation: p.citation, context },
        filters: clean(filters),
      });

      const t = en?.provisions?.[p.id];
      if (t && t.status !== 'untranslated' && (t.title || t.text)) {
        const enBody = [t.title ?? '', t.text].filter(Boolean).join('\n');
        const enExtra = missingNames(enBody, [...lead, ...coop, ...resp].map(enUnit));
        out.push({
          url: toEnglish(url),
          content: [enBody, fullNames(enExtra, 'en')].filter(Boolean).join('\n'),
          language: 'en',
          meta: {
            title: t.title ? `${p.citation} ${t.title}` : p.citation,
            id: p.id,
            citation: p.citation,
            context: ancestors.map((a) => en?.provisions?.[a.id]?.title ?? heading(a)).join(SEP),
          },
          filters: clean(filters),
        });
      }
      walk(p.children, [...ancestors, p]);
    }
  };
  walk(plan.provisions, []);

  /** The top-level provision (part or attachment) that holds a provision. */
  const topOf = (id: string): Provision => plan.provisions.find((p) => p.id === id || hasDescendant(p, id))!;

  for (const tb of plan.tables) {
    const top = topOf(tb.provision);
    const where = top.kind === 'attachment' ? 'attachment' : 'part';
    const enTb = en?.tables?.[tb.id];
    const cityCol = tb.columns.find(isCityColumn);
    const yearCols = tb.columns.filter((c) => c.type === 'number' && /^(?:19|20)\d{2}\s*年$/.test(plainLabel(c)));
    const seqCol = tb.columns.find((c) => c.type === 'seq');
    const catTitle = new Map(tb.categories.map((c) => [c.id, c.title]));
    const tableHeading = `${tb.citation} ${tb.title}`.trim();
    const unitOf = (c: Column) => c.unit ?? tb.unit ?? '';

    const addRow = (r: { id: string; cells: Record<string, string>; units?: Record<string, string[]>; category?: string }, citation: string, isTotal: boolean) => {
      const url = urlOf(r.id);
      const lead = isTotal ? [] : (rowLead.get(r.id) ?? []);
      const coop = isTotal ? [] : (rowCoop.get(r.id) ?? []);
      const resp = isTotal ? [] : (rowResp.get(r.id) ?? []);
      const name = isTotal ? '' : rowName(tb.columns, r.cells);
      // A total's words sit in the 序号 column ("合计：核心技术 44 项，…").
      const seqText = isTotal && seqCol ? (r.cells[seqCol.key] ?? '').trim() : '';
      const text = [seqText, rowText(tb, r.cells, plainLabel, unitOf)].filter(Boolean).join('\n');
      const extra = missingNames(text, Object.values(r.units ?? {}).flat());
      const cat = r.category ? catTitle.get(r.category) : undefined;
      const filters: SearchRecord['filters'] = {
        type: ['row'],
        [where]: [heading(top)],
        field: fields.has(name) ? [name] : [],
        lead,
        cooperating: coop,
        responsible: resp,
        city: cityCol && !isTotal ? uniq([(r.cells[cityCol.key] ?? '').trim()]) : [],
        year: uniq([
          ...yearCols.filter((c) => (r.cells[c.key] ?? '').trim() !== '').map((c) => plainLabel(c).replace(/\s*年$/, '')),
          ...yearsIn(text),
        ]).sort(),
      };
      out.push({
        url,
        content: [text, fullNames(extra, 'zh-cn')].filter(Boolean).join('\n'),
        language: 'zh-cn',
        meta: { title: name ? `${citation} ${name}` : citation, id: r.id, citation, context: [tableHeading, cat].filter(Boolean).join(SEP) },
        filters: clean(filters),
      });

      const enCells = isTotal ? enTb?.totals[r.id] : enTb?.rows[r.id];
      if (enTb && enTb.status !== 'untranslated' && enCells) {
        const enSeq = isTotal && seqCol ? (enCells[seqCol.key] ?? '').trim() : '';
        const enText = [enSeq, rowText(tb, enCells, (c) => enTb.columns[c.key] ?? plainLabel(c), () => '')].filter(Boolean).join('\n');
        const enName = isTotal ? '' : rowName(tb.columns, enCells);
        const enExtra = missingNames(enText, [...lead, ...coop].map(enUnit));
        out.push({
          url: toEnglish(url),
          content: [enText, fullNames(enExtra, 'en')].filter(Boolean).join('\n'),
          language: 'en',
          meta: {
            title: enName ? `${citation} ${enName}` : citation,
            id: r.id,
            citation,
            context: [enTb.title, r.category ? enTb.categories[r.category] : undefined].filter(Boolean).join(SEP),
          },
          filters: clean(filters),
        });
      }
    };

    for (const r of tb.rows) addRow(r, r.citation, false);
    for (const s of tb.totals) addRow(s, `${tb.citation} 合计`, true);
  }

  // The notice: the covering letter that prints the document number (a document printed without one has no notice page).
  const d = plan.document;
  if (d.noticeText === undefined) return out;
  out.push({
    url: noticeUrl,
    content: [d.noticeTitle, d.docNumber, d.addressees.join('，'), d.noticeText, d.issuer].join('\n'),
    language: 'zh-cn',
    meta: { title: d.noticeTitle ?? d.planTitle, id: '', citation: d.docNumber ?? '', context: '' },
    filters: {},
  });
  if (en?.document) {
    const e = en.document;
    out.push({
      url: toEnglish(noticeUrl),
      content: [e.noticeTitle, e.docNumber, e.addressees.join(', '), e.noticeText, e.issuer].join('\n'),
      language: 'en',
      meta: { title: e.noticeTitle, id: '', citation: d.docNumber ?? '', context: '' },
      filters: {},
    });
  }
  return out;
}

function hasDescendant(p: Provision, id: string): boolean {
  return p.children.some((c) => c.id === id || hasDescendant(c, id));
}

/**
 * Every value of the records' filters (but type and year), in zh-CN (pinyin) collation: the search page lists
 * values with equal counts in this order. Collating in the browser would build a zh-CN collator there, which
 * takes tens of milliseconds on a phone.
 */
export function filterValueOrder(records: SearchRecord[]): string[] {
  const values = new Set<string>();
  for (const r of records) {
    for (const [key, vs] of Object.entries(r.filters)) if (key !== 'type' && key !== 'year') for (const v of vs ?? []) values.add(v);
  }
  return [...values].sort(new Intl.Collator('zh-CN').compare);
}

/** Drop empty filter lists (Pagefind would index an empty key). */
function clean(f: SearchRecord['filters']): SearchRecord['filters'] {
  const out: SearchRecord['filters'] = {};
  for (const k of FILTER_KEYS) if (f[k] && f[k]!.length > 0) out[k] = f[k];
  return out;
}

/**
 * English display labels for filter values (which are the Chinese names the records carry): units, fields,
 * parts and attachments, cities. Values without a translation are left out and show in Chinese.
 */
export function englishFilterLabels(plan: Plan, en: EnglishEdition | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!en) return out;
  Object.assign(out, en.units ?? {});
  const walk = (nodes: Provision[], depth: number) => {
    for (const p of nodes) {
      const t = en.provisions?.[p.id]?.title;
      if (t && depth === 0) out[heading(p)] = p.kind === 'attachment' ? `${t} (${p.citation})` : `${p.citation}. ${t}`;
      walk(p.children, depth + 1);
    }
  };
  walk(plan.provisions, 0);
  for (const t of plan.targets) {
    const title = t.kind === 'field-count' && t.field ? en.provisions?.[t.provision]?.title : undefined;
    if (title && t.field) out[t.field] = title;
  }
  for (const tb of plan.tables) {
    const cityCol = tb.columns.find(isCityColumn);
    const enTb = en.tables?.[tb.id];
    if (!cityCol || !enTb) continue;
    for (const r of tb.rows) {
      const zh = (r.cells[cityCol.key] ?? '').trim();
      const e = enTb.rows[r.id]?.[cityCol.key];
      if (zh && e) out[zh] = e;
    }
  }
  return out;
}
