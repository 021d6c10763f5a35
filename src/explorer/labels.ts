/**
 * Chart labels in the page's language. English comes from the English edition (content/en/*.json, keyed
 * by the model's ids); where a label has no translation the Chinese is used and recorded in `missing`,
 * so the page can say so.
 */
import type { Lang } from '../i18n';

export interface EnBundle {
  tables?: Record<string, { title?: string; columns?: Record<string, string>; categories?: Record<string, string>; rows?: Record<string, Record<string, string>> }>;
  units?: Record<string, string>;
  targets?: Record<string, { subject: string; quote?: string }>;
  provisions?: Record<string, { title: string | null }>;
}

export class Labels {
  readonly missing = new Set<string>();
  private cityEn = new Map<string, string>();

  constructor(
    readonly lang: Lang,
    private en: EnBundle = {},
  ) {}

  private pick(zh: string, en: string | null | undefined, what: string): string {
    if (this.lang === 'zh-CN') return zh;
    if (en) return en;
    if (zh) this.missing.add(what);
    return zh;
  }

  /** A field task's title ("汽车领域" → "Automotive"); `short` drops the generic "sector"/"field" word. */
  field(provisionId: string, zh: string, short = true): string {
    const t = this.pick(zh, this.en.provisions?.[provisionId]?.title, `provision:${provisionId}`);
    return short && this.lang === 'en' ? t.replace(/\s+(sector|field)$/i, '') : t;
  }
  provision(id: string, zh: string): string {
    return this.pick(zh, this.en.provisions?.[id]?.title, `provision:${id}`);
  }
  unit(name: string): string {
    return this.pick(name, this.en.units?.[name], `unit:${name}`);
  }
  units(names: string[]): string {
    return names.map((n) => this.unit(n)).join(this.lang === 'en' ? '; ' : '、');
  }
  cell(tableId: string, rowId: string, col: string, zh: string): string {
    if (!zh) return zh;
    return this.pick(zh, this.en.tables?.[tableId]?.rows?.[rowId]?.[col], `cell:${rowId}:${col}`);
  }
  column(tableId: string, key: string, zh: string): string {
    return this.pick(zh, this.en.tables?.[tableId]?.columns?.[key], `column:${tableId}:${key}`);
  }
  tableTitle(tableId: string, zh: string): string {
    return this.pick(zh, this.en.tables?.[tableId]?.title, `table:${tableId}`);
  }
  category(tableId: string, catId: string, zh: string): string {
    return this.pick(zh, this.en.tables?.[tableId]?.categories?.[catId], `category:${catId}`);
  }
  target(id: string, zh: string): string {
    return this.pick(zh, this.en.targets?.[id]?.subject, `target:${id}`);
  }
  /** City names: the English of attachment 5's city column, registered by `learnCity`. */
  learnCity(zh: string, en: string | undefined) {
    if (en) this.cityEn.set(zh, en);
  }
  city(zh: string): string {
    return this.pick(zh, this.cityEn.get(zh), `city:${zh}`);
  }
}
