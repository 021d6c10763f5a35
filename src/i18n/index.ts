import { zhCN, type UiKey } from './zh-CN';
import { en } from './en';

export type Lang = 'zh-CN' | 'en';
export const LANGS: Lang[] = ['zh-CN', 'en'];
export const DEFAULT_LANG: Lang = 'zh-CN';
/** Language the document content is written in. */
export const CONTENT_LANG: Lang = 'zh-CN';

const dictionaries: Record<Lang, Record<UiKey, string>> = { 'zh-CN': zhCN, en };

/** Look up a UI string and fill `{name}` placeholders. */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  const s = dictionaries[lang][key] ?? dictionaries[DEFAULT_LANG][key];
  return s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
}

/** Site path for a language: `/plan/part_3/` → `/en/plan/part_3/`. `path` must start and end with "/". */
export function localize(lang: Lang, path: string): string {
  if (!path.startsWith('/')) throw new Error(`path must be absolute: ${path}`);
  return lang === DEFAULT_LANG ? path : `/en${path}`;
}

/** The language-neutral path of a localized path. */
export function unlocalize(path: string): { lang: Lang; path: string } {
  if (path === '/en' || path.startsWith('/en/')) return { lang: 'en', path: path.slice(3) || '/' };
  return { lang: 'zh-CN', path };
}

export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'zh-CN' : 'en';
}

/** Whether content in `lang` is available (only Chinese for now). */
export function hasContent(lang: Lang): boolean {
  return lang === CONTENT_LANG;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Format an ISO date (YYYY-MM-DD) the way each language writes it. */
export function formatDate(lang: Lang, iso: string): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return t(lang, 'date', { y, m, d, month: MONTHS[m - 1] ?? '' });
}

export type { UiKey };
