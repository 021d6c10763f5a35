import { zhCN, type UiKey } from './zh-CN';
import { en } from './en';
import { href, sitePath } from '../lib/deploy';

export type Lang = 'zh-CN' | 'en';
export const LANGS: Lang[] = ['zh-CN', 'en'];
export const DEFAULT_LANG: Lang = 'zh-CN';
export type Vars = Record<string, string | number>;

/**
 * A lookup over one dictionary per language: the string in `lang` (falling back to the default
 * language's), with `{name}` placeholders filled. Every UI dictionary of the site goes through this.
 */
export function translator<K extends string>(dictionaries: Record<Lang, Record<K, string>>) {
  return (lang: Lang, key: K, vars: Vars = {}): string => {
    const s = dictionaries[lang][key] || dictionaries[DEFAULT_LANG][key];
    return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
  };
}

/** Look up a site UI string and fill `{name}` placeholders. */
export const t = translator<UiKey>({ 'zh-CN': zhCN, en });

/**
 * URL of a page in a language, under the site's base: `/plan/part_3/` → `/en/plan/part_3/`
 * (→ `/gx/plan-2018/en/plan/part_3/` when built with BASE_PATH=/gx/plan-2018/). Every internal link goes
 * through here (or permalink()/unitPath(), which use it). `path` must start with "/".
 */
export function localize(lang: Lang, path: string): string {
  if (!path.startsWith('/')) throw new Error(`path must be absolute: ${path}`);
  return href(lang === DEFAULT_LANG ? path : `/en${path}`);
}

/** The language and language-neutral site path of a URL made by localize(). */
export function unlocalize(url: string): { lang: Lang; path: string } {
  const path = sitePath(url);
  if (path === undefined) throw new Error(`not under the site's base: ${url}`);
  if (path === '/en' || path.startsWith('/en/')) return { lang: 'en', path: path.slice(3) || '/' };
  return { lang: 'zh-CN', path };
}

export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'zh-CN' : 'en';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Format an ISO date (YYYY-MM-DD) the way each language writes it. */
export function formatDate(lang: Lang, iso: string): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return t(lang, 'date', { y, m, d, month: MONTHS[m - 1] ?? '' });
}

export type { UiKey };
