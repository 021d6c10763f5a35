/**
 * The search page's script. State lives in the URL (`?q=…&lead=…&year=…&in=…`), so a search can be shared
 * and reopened. A query that names a position ("三（一）7", "附件5 附表", the 文号) opens that place.
 *
 * Pagefind is opened in its own worker (pagefind-client.ts), one index per language: the Chinese index is searched
 * whatever the page's language, and English pages can also search the translation.
 */
import { findPosition, looksLikePosition, type PositionMap } from './position';
import { excerptPieces, highlightTerms, printsQuery, resultHref, type Piece } from './terms';
import { openIndex, type FilterCounts, type IndexLang, type PagefindInstance, type Result, type ResultData } from './pagefind-client';

type Lang = 'zh-CN' | 'en';

interface Config {
  lang: Lang;
  strings: Record<string, string>;
  labels: Record<string, string>;
  filterKeys: string[];
  /** Every filter value, in zh-CN collation (made at build time). */
  order: string[];
  bundle: string;
  positions: string;
  english: boolean;
}

const PAGE = 20;
const cfg = JSON.parse(document.getElementById('search-config')!.textContent!) as Config;
const root = document.querySelector<HTMLElement>('[data-search]')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = root.querySelector<HTMLInputElement>('#sp-q')!;
const status = root.querySelector<HTMLElement>('[data-status]')!;
const jumpBox = root.querySelector<HTMLElement>('[data-jump]')!;
const list = root.querySelector<HTMLOListElement>('[data-results]')!;
const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
const filterBox = root.querySelector<HTMLElement>('[data-filters]')!;
const groups = root.querySelector<HTMLElement>('[data-filter-groups]')!;
const clear = root.querySelector<HTMLButtonElement>('[data-clear]')!;

function s(key: string, vars: Record<string, string | number> = {}): string {
  return (cfg.strings[key] ?? key).replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
}

/** The site's base path ("/", or "/gx/plan-2018/" when built for one), as the build wrote it. */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A site path (as the build writes them, under the base) in the page's language. */
function localize(path: string): string {
  if (cfg.lang !== 'en' || !path.startsWith(BASE)) return path;
  return `${BASE}en/${path.slice(BASE.length)}`;
}

// Pagefind ------------------------------------------------------------------------------------------
const instances = new Map<IndexLang, Promise<PagefindInstance>>();

function pagefind(lang: IndexLang): Promise<PagefindInstance> {
  let p = instances.get(lang);
  if (!p) {
    p = openIndex(lang, { bundle: cfg.bundle, options: { excerptLength: 40 } });
    instances.set(lang, p);
    p.catch(() => instances.delete(lang));
  }
  return p;
}

let positionMap: Promise<PositionMap> | undefined;
function positions(): Promise<PositionMap> {
  positionMap ??= fetch(cfg.positions).then((r) => {
    if (!r.ok) throw new Error(`${cfg.positions}: ${r.status}`);
    return r.json() as Promise<PositionMap>;
  });
  positionMap.catch(() => (positionMap = undefined));
  return positionMap;
}

const filterTotals = new Map<IndexLang, Promise<FilterCounts>>();
/** Every filter value with its count in the whole index (loads the filter chunks, once). */
function totals(lang: IndexLang, pf: PagefindInstance) {
  let t = filterTotals.get(lang);
  if (!t) {
    t = pf.filters();
    filterTotals.set(lang, t);
    t.catch(() => filterTotals.delete(lang));
  }
  return t;
}

function pfFilters(selected: Record<string, string[]>): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(selected).map(([k, vs]) => [k, { any: vs }]));
}

// State <-> URL --------------------------------------------------------------------------------------
function selectedFilters(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const box of groups.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
    (out[box.name] ??= []).push(box.value);
  }
  return out;
}

function scopeChoice(): string {
  return root.querySelector<HTMLInputElement>('input[name=in]:checked')?.value ?? '';
}

/** Which index to search: Chinese unless an English page asks for (or types) English. */
function indexFor(q: string): IndexLang {
  if (cfg.lang !== 'en' || !cfg.english) return 'zh-cn';
  const choice = scopeChoice();
  if (choice === 'zh' || choice === 'en') return choice === 'zh' ? 'zh-cn' : 'en';
  return q && !/\p{Script=Han}/u.test(q) ? 'en' : 'zh-cn';
}

function writeUrl(q: string, filters: Record<string, string[]>) {
  const p = new URLSearchParams();
  if (q) p.set('q', q);
  const scope = scopeChoice();
  if (scope) p.set('in', scope);
  for (const k of cfg.filterKeys) for (const v of filters[k] ?? []) p.append(k, v);
  const qs = p.toString();
  const url = `${location.pathname}${qs ? `?${qs}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
}

/** Filters named in the URL, applied before the first search renders its checkboxes. */
let pendingFilters: Record<string, string[]> = {};

function readUrl() {
  const p = new URLSearchParams(location.search);
  input.value = p.get('q') ?? '';
  const scope = p.get('in') ?? '';
  for (const r of root.querySelectorAll<HTMLInputElement>('input[name=in]')) r.checked = r.value === scope;
  pendingFilters = {};
  for (const k of cfg.filterKeys) {
    const vs = p.getAll(k).filter(Boolean);
    if (vs.length) pendingFilters[k] = vs;
  }
}

// Rendering -----------------------------------------------------------------------------------------
/**
 * Filter values with equal counts in the build's zh-CN (pinyin) order; a value it lacks after those, by code point.
 * (A zh-CN collator made here takes tens of milliseconds on a phone.)
 */
const rank = new Map(cfg.order.map((v, i) => [v, i]));
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byName = (a: string, b: string) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || byCodePoint(a, b);

function filterLabel(key: string, value: string): string {
  if (key === 'type') return s(`type.${value}`);
  return cfg.labels[value] ?? value;
}

function renderFilters(counts: Record<string, Record<string, number>>, selected: Record<string, string[]>) {
  const open = new Set([...groups.querySelectorAll<HTMLDetailsElement>('details[open]')].map((d) => d.dataset.key));
  groups.replaceChildren();
  let any = false;
  for (const key of cfg.filterKeys) {
    const chosen = new Set(selected[key] ?? []);
    const values = Object.entries(counts[key] ?? {}).filter(([v, n]) => n > 0 || chosen.has(v));
    for (const v of chosen) if (!values.some(([x]) => x === v)) values.push([v, 0]);
    if (values.length === 0) continue;
    any = true;
    values.sort((a, b) => (key === 'year' ? byCodePoint(a[0], b[0]) : b[1] - a[1] || byName(a[0], b[0])));
    const details = document.createElement('details');
    details.className = 'sp-group';
    details.dataset.key = key;
    details.open = chosen.size > 0 || open.has(key) || (values.length <= 6 && key !== 'cooperating');
    const summary = document.createElement('summary');
    summary.textContent = chosen.size > 0 ? `${s(`filter.${key}`)} · ${chosen.size}` : s(`filter.${key}`);
    const ul = document.createElement('ul');
    for (const [value, n] of values) {
      const li = document.createElement('li');
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = value;
      box.checked = chosen.has(value);
      const text = document.createElement('span');
      const shown = filterLabel(key, value);
      text.textContent = shown;
      if (key !== 'type' && key !== 'year' && shown === value && cfg.lang !== 'zh-CN') text.lang = 'zh-CN';
      const count = document.createElement('span');
      count.className = 'sp-n';
      count.textContent = `（${n}）`;
      if (cfg.lang === 'en') count.textContent = ` (${n})`;
      label.append(box, text, count);
      li.append(label);
      ul.append(li);
    }
    details.append(summary, ul);
    groups.append(details);
  }
  filterBox.hidden = !any;
  clear.hidden = Object.keys(selected).length === 0;
}

/** Excerpt from Pagefind, rebuilt as text so only <mark> survives (see excerptPieces). */
function excerptNode(pieces: Piece[]): HTMLElement {
  const p = document.createElement('p');
  p.className = 'sp-excerpt';
  for (const piece of pieces) {
    if (piece.mark) {
      const m = document.createElement('mark');
      m.textContent = piece.text;
      p.append(m);
    } else p.append(piece.text);
  }
  return p;
}

function resultItem(d: ResultData, q: string, idx: IndexLang): HTMLLIElement {
  const li = document.createElement('li');
  li.dataset.id = d.meta.id ?? '';
  const h = document.createElement('h3');
  const a = document.createElement('a');
  const pieces = excerptPieces(d.excerpt);
  a.href = resultHref(d.url, highlightTerms(q, pieces));
  const citation = d.meta.citation ?? '';
  const title = d.meta.title ?? d.url;
  if (citation && title.startsWith(citation)) {
    const pos = document.createElement('span');
    pos.className = 'sp-pos';
    pos.textContent = citation;
    a.append(pos, title.slice(citation.length).trim());
  } else a.append(title);
  if (idx === 'zh-cn' && cfg.lang !== 'zh-CN') a.lang = 'zh-CN';
  h.append(a);
  if (cfg.lang === 'en') {
    const tag = document.createElement('span');
    tag.className = 'sp-tag';
    tag.textContent = s(idx === 'zh-cn' ? 'search.resultLang.zh' : 'search.resultLang.en');
    h.append(tag);
  }
  li.append(h);
  if (d.meta.context) {
    const ctx = document.createElement('p');
    ctx.className = 'sp-ctx';
    ctx.textContent = d.meta.context;
    if (idx === 'zh-cn' && cfg.lang !== 'zh-CN') ctx.lang = 'zh-CN';
    li.append(ctx);
  }
  const ex = excerptNode(pieces);
  if (idx === 'zh-cn' && cfg.lang !== 'zh-CN') ex.lang = 'zh-CN';
  li.append(ex);
  return li;
}

// Searching ------------------------------------------------------------------------------------------
/** How many of the best results are checked for the query as printed. */
const RERANK = 30;

/**
 * The results in the order they are shown, placed one by one as soon as each one's place is certain, so the
 * first result shows when its own fragment is in rather than when all of them are.
 *
 * Among the best results, those that print every part of the query as typed come first, in Pagefind's order;
 * the rest keep theirs. Pagefind splits Chinese into words and ranks records that share some of the words;
 * a reader who types a name or a phrase as printed ("国家税务总局广西壮族自治区税务局") means the places that
 * print it. Going down Pagefind's order, a result that prints the query is next in line at once; one that does
 * not waits until every result of the checked head has been read.
 */
async function* rankedResults(results: Result[], q: string): AsyncGenerator<{ result: Result; data: ResultData }> {
  const head = q.trim() && results.length > 1 ? results.slice(0, RERANK) : [];
  // The first fragment is requested alone, the rest of the head once it is in: asked for together, they share
  // the worker and the network, and the first result waits for all of them to start (measured: ~80 ms later).
  const pending: Promise<ResultData>[] = head.slice(0, 1).map((r) => r.data());
  // The document comes first: reported results (third-party, type=result) follow the clauses they are about.
  const held: Record<'docOther' | 'resultPrints' | 'resultOther', { result: Result; data: ResultData }[]> = {
    docOther: [],
    resultPrints: [],
    resultOther: [],
  };
  for (const [i, result] of head.entries()) {
    const data = await pending[i]!;
    if (i === 0) pending.push(...head.slice(1).map((r) => r.data()));
    const prints = printsQuery(data.content, q);
    const isResult = (data.filters?.type ?? []).includes('result');
    if (prints && !isResult) yield { result, data };
    else held[isResult ? (prints ? 'resultPrints' : 'resultOther') : 'docOther'].push({ result, data });
  }
  yield* held.docOther;
  yield* held.resultPrints;
  yield* held.resultOther;
  for (const result of results.slice(head.length)) yield { result, data: await result.data() };
}

/**
 * How long results are placed before the browser is let draw them. Twenty placed at once made one long task and
 * one long frame on a phone's CPU (Lighthouse's mobile preset counts this machine's times four times over), and a
 * tap waits for both. In slices of a few milliseconds each stays short; a fast computer needs one or two.
 */
const SLICE_MS = 6;

/** Resolves once the browser has drawn what was just added (at once when the page is hidden and draws nothing). */
function drawn(): Promise<void> {
  return new Promise((resolve) => {
    if (document.hidden) setTimeout(resolve, 0);
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

let seq = 0;
let current: { ranked: AsyncGenerator<{ result: Result; data: ResultData }>; total: number; q: string; idx: IndexLang; shown: number } | undefined;

/**
 * Show the next page of results, each as soon as it is ready. The first page replaces the previous search's
 * list when its first result is in (so the list never flashes empty while typing).
 */
async function showMore(focusFirst: boolean, replace = false) {
  if (!current) return;
  const my = seq;
  const page = current;
  more.hidden = true;
  let placed = 0;
  let slice = performance.now();
  while (placed < PAGE) {
    const next = await page.ranked.next();
    if (my !== seq) return;
    if (next.done) break;
    const item = resultItem(next.value.data, page.q, page.idx);
    if (replace && placed === 0) list.replaceChildren();
    list.append(item);
    if (focusFirst && placed === 0) item.querySelector('a')?.focus();
    placed++;
    if (placed < PAGE && performance.now() - slice > SLICE_MS) {
      await drawn();
      if (my !== seq) return;
      slice = performance.now();
    }
  }
  if (replace && placed === 0) list.replaceChildren();
  page.shown += placed;
  const left = page.total - page.shown;
  more.hidden = left <= 0;
  more.textContent = s('search.more', { n: Math.min(left, PAGE) });
}

/** Filter counts for the current query, from Pagefind's own counts in its search response. */
async function filterCounts(pf: PagefindInstance, idx: IndexLang, q: string, selected: Record<string, string[]>) {
  // Pagefind counts a filter only once that filter's chunk is loaded: load them (once per index) now that
  // the results are on screen, then ask again. Within a group with a choice, its other values are counted
  // as if the choice were not made (OR within a group).
  await totals(idx, pf);
  const res = await pf.search(q || null, { filters: pfFilters(selected) });
  const counts = { ...res.filters };
  for (const key of Object.keys(selected)) {
    const others = Object.fromEntries(Object.entries(selected).filter(([k]) => k !== key));
    counts[key] = (await pf.search(q || null, { filters: pfFilters(others) })).filters[key] ?? {};
  }
  return counts;
}

/**
 * Run the search the form describes. With `jump`, a query that names a position opens that place
 * (Enter in the box, or a `?q=` URL from the header form) instead of listing results.
 */
async function run(jump: boolean) {
  const my = ++seq;
  const q = input.value.trim();
  const selected = Object.keys(pendingFilters).length ? pendingFilters : selectedFilters();
  pendingFilters = {};
  writeUrl(q, selected);
  root.dataset.state = 'busy';
  root.dataset.query = q;
  const idx = indexFor(q);
  const fresh = !instances.has(idx);
  const position = q !== '' && looksLikePosition(q);
  // The index starts loading at once (unless the query is likely to jump), alongside the position map.
  const loading = position ? undefined : pagefind(idx);

  let pos: ReturnType<typeof findPosition>;
  if (position) {
    try {
      pos = findPosition(await positions(), q);
    } catch {
      pos = undefined;
    }
  }
  if (my !== seq) return;
  if (pos && jump) {
    status.textContent = s('search.jumping', { label: pos.label });
    location.replace(localize(pos.url));
    return;
  }
  jumpBox.replaceChildren();
  jumpBox.hidden = !pos;
  if (pos) {
    const a = document.createElement('a');
    a.href = localize(pos.url);
    a.textContent = s('search.jump', { label: pos.label });
    jumpBox.append(a);
  }

  const nFilters = Object.values(selected).reduce((n, vs) => n + vs.length, 0);
  let pf: PagefindInstance;
  try {
    if (fresh) status.textContent = s('search.loading');
    pf = await (loading ?? pagefind(idx));
  } catch {
    if (my === seq) {
      status.textContent = s('search.loadFailed');
      root.dataset.state = 'error';
    }
    return;
  }

  try {
    if (!q && nFilters === 0) {
      const all = await totals(idx, pf);
      if (my !== seq) return;
      list.replaceChildren();
      more.hidden = true;
      current = undefined;
      status.textContent = s('search.empty');
      renderFilters(all, {});
      root.dataset.state = 'done';
      return;
    }

    const res = await pf.search(q || null, { filters: pfFilters(selected) });
    if (my !== seq) return;
    const n = res.results.length;
    status.textContent =
      n === 0
        ? nFilters > 0
          ? s('search.noneFiltered')
          : s('search.none', { q })
        : nFilters > 0
          ? s(n === 1 ? 'search.countFiltered.one' : 'search.countFiltered', { n, f: nFilters })
          : s(n === 1 ? 'search.count.one' : 'search.count', { n });
    current = { ranked: rankedResults(res.results, q), total: n, q, idx, shown: 0 };
    await showMore(false, true);
    if (my !== seq) return;

    // Counts come second, so the results show first.
    const counts = await filterCounts(pf, idx, q, selected);
    if (my !== seq) return;
    renderFilters(counts, selected);
    root.dataset.state = 'done';
  } catch {
    // A fragment or chunk that fails to load (the site redeployed under the page): say so, keep the box usable.
    if (my === seq) {
      status.textContent = s('search.loadFailed');
      root.dataset.state = 'error';
    }
  }
}

let timer: number | undefined;
function schedule() {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => void run(false), 250);
}

input.addEventListener('input', schedule);
form.addEventListener('submit', (e) => {
  e.preventDefault();
  window.clearTimeout(timer);
  void run(true);
});
form.addEventListener('change', (e) => {
  const t = e.target as HTMLInputElement;
  if (t.type === 'checkbox' || t.name === 'in') {
    window.clearTimeout(timer);
    void run(false);
  }
});
clear.addEventListener('click', () => {
  for (const b of groups.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) b.checked = false;
  void run(false).then(() => input.focus());
});
more.addEventListener('click', () => void showMore(true));

// Keyboard: ↓ from the box into the results, ↑/↓ between results, Esc back to the box (twice clears it).
function resultLinks(): HTMLAnchorElement[] {
  return [...list.querySelectorAll<HTMLAnchorElement>('h3 a')];
}
root.addEventListener('keydown', (e) => {
  const t = e.target as HTMLElement;
  const links = resultLinks();
  const i = links.indexOf(t as HTMLAnchorElement);
  if (t === input && e.key === 'ArrowDown' && links[0]) {
    e.preventDefault();
    links[0].focus();
  } else if (t === input && e.key === 'Escape' && input.value) {
    e.preventDefault();
    input.value = '';
    void run(false);
  } else if (i >= 0 && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
    e.preventDefault();
    const next = e.key === 'ArrowDown' ? links[i + 1] : i === 0 ? input : links[i - 1];
    next?.focus();
  } else if (i >= 0 && e.key === 'Escape') {
    e.preventDefault();
    input.focus();
  }
});

window.addEventListener('popstate', () => {
  readUrl();
  void run(false);
});

readUrl();
void run(input.value.trim() !== '');
