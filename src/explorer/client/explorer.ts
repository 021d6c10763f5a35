/**
 * The explorer's island (vanilla TS). Without it the page already shows every chart, table and list.
 *   1. filters: read from / written to the URL query; dim non-matching marks and table rows, narrow the list
 *   2. tooltips on hover, keyboard focus and touch (first tap shows, second follows the link); Esc closes
 *   3. one Tab stop per chart; arrow keys, Home and End move between its marks
 */
import { FACET_KEYS, matches, type FilterState } from '../data/facets';

const root = document.querySelector<HTMLElement>('[data-ex]');
if (root) init(root);

function init(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('[data-ex-form]');
  const box = root.querySelector<HTMLElement>('[data-ex-filters]');
  const list = root.querySelector<HTMLDetailsElement>('[data-ex-list]');
  const count = root.querySelector<HTMLElement>('[data-ex-count]');
  const none = root.querySelector<HTMLElement>('[data-ex-none]');
  const all = [...root.querySelectorAll<HTMLElement | SVGElement>('[data-f]')];
  const toks = new Map(all.map((el) => [el, (el.dataset.f ?? '').split(' ').filter(Boolean)]));
  // Text drawn on a mark (heat cells, tiles) dims with it.
  const onMark = new Map<string, Element[]>();
  root.querySelectorAll('[data-for]').forEach((t) => {
    const k = t.getAttribute('data-for')!;
    onMark.set(k, [...(onMark.get(k) ?? []), t]);
  });
  const select = (k: string) => form?.elements.namedItem(k) as HTMLSelectElement | null;

  function read(): FilterState {
    const q = new URLSearchParams(location.search);
    const f: FilterState = {};
    for (const k of FACET_KEYS) {
      const v = q.get(k);
      const s = select(k);
      // Only values the page offers: a stale or mistyped link falls back to "all".
      if (v && s && [...s.options].some((o) => o.value === v)) f[k] = v;
    }
    return f;
  }

  function apply(f: FilterState, push: boolean) {
    const active = FACET_KEYS.some((k) => f[k]);
    for (const k of FACET_KEYS) {
      const s = select(k);
      if (s) s.value = f[k] ?? '';
    }
    let shown = 0;
    for (const el of all) {
      const t = toks.get(el)!;
      if (el.tagName === 'LI') {
        const ok = !active || matches(t, f, true);
        (el as HTMLElement).hidden = !ok;
        if (ok) shown++;
      } else {
        const dim = active && !matches(t, f, false);
        el.classList.toggle('ex-dim', dim);
        onMark.get(el.getAttribute('data-key') ?? '')?.forEach((x) => x.classList.toggle('ex-dim', dim));
      }
    }
    root.querySelectorAll<HTMLElement>('[data-ex-group]').forEach((g) => {
      const n = g.querySelectorAll('li:not([hidden])').length;
      g.hidden = n === 0;
      const c = g.querySelector('[data-ex-gcount]');
      if (c) c.textContent = String(n);
    });
    const total = root.querySelectorAll('li[data-f]').length;
    if (count && box)
      count.textContent = (active ? box.dataset.countSome! : box.dataset.countAll!).replace('{n}', String(active ? shown : total)).replace('{total}', String(total));
    if (none) none.hidden = shown > 0 || !active;
    if (list && active) list.open = true;
    if (push) {
      const q = new URLSearchParams();
      for (const k of FACET_KEYS) if (f[k]) q.set(k, f[k]!);
      const qs = q.toString();
      history.replaceState(null, '', `${location.pathname}${qs ? `?${qs}` : ''}${location.hash}`);
    }
    // The language switch keeps the view.
    document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]').forEach((a) => {
      a.search = location.search;
    });
  }

  form?.addEventListener('change', () => {
    const f: FilterState = {};
    for (const k of FACET_KEYS) {
      const v = select(k)?.value;
      if (v) f[k] = v;
    }
    apply(f, true);
  });
  form?.addEventListener('submit', (e) => e.preventDefault());
  root.querySelector('[data-ex-reset]')?.addEventListener('click', () => apply({}, true));
  apply(read(), false);

  // Tooltips --------------------------------------------------------------------------------------------
  let current: Element | null = null;
  let touch = false;
  let armed = false;
  const markOf = (e: Event) => (e.target as Element | null)?.closest?.('a.ex-mark') ?? null;
  function show(m: Element) {
    const fig = m.closest('figure');
    const tip = fig?.querySelector<HTMLElement>('.ex-tip');
    if (!fig || !tip) return;
    hide();
    current = m;
    m.classList.add('ex-on');
    tip.textContent = m.getAttribute('data-tip');
    tip.hidden = false;
    const fr = fig.getBoundingClientRect();
    const r = m.getBoundingClientRect();
    const w = tip.offsetWidth;
    const left = Math.min(Math.max(r.left - fr.left + r.width / 2 - w / 2, 0), Math.max(fr.width - w, 0));
    const above = r.top - fr.top - tip.offsetHeight - 8;
    tip.style.left = `${left}px`;
    tip.style.top = `${above >= 0 ? above : r.bottom - fr.top + 8}px`;
  }
  function hide() {
    current?.classList.remove('ex-on');
    current = null;
    root.querySelectorAll<HTMLElement>('.ex-tip').forEach((t) => (t.hidden = true));
  }
  root.addEventListener('pointerdown', (e) => {
    touch = e.pointerType !== 'mouse';
    const m = markOf(e);
    armed = !!m && m === current;
  });
  root.addEventListener('pointerover', (e) => {
    const m = markOf(e);
    if (m && e.pointerType === 'mouse') show(m);
  });
  root.querySelectorAll('figure').forEach((f) => f.addEventListener('pointerleave', (e) => e.pointerType === 'mouse' && hide()));
  root.addEventListener('focusin', (e) => {
    const m = markOf(e);
    if (m) show(m);
    else hide();
  });
  root.addEventListener('click', (e) => {
    const m = markOf(e);
    // Touch: the first tap on a mark shows its tooltip; a second tap follows the link.
    if (m && touch && !armed) {
      e.preventDefault();
      show(m);
    }
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && current) hide();
  });

  // One Tab stop per chart, arrow keys inside -------------------------------------------------------------
  root.querySelectorAll('svg.ex-svg').forEach((svg) => {
    const marks = [...svg.querySelectorAll<SVGAElement>('a.ex-mark')];
    marks.forEach((m, i) => m.setAttribute('tabindex', i === 0 ? '0' : '-1'));
    svg.addEventListener('focusin', (e) => {
      const m = markOf(e);
      if (m) marks.forEach((x) => x.setAttribute('tabindex', x === m ? '0' : '-1'));
    });
    svg.addEventListener('keydown', (e) => {
      const ke = e as KeyboardEvent;
      const i = marks.indexOf(markOf(ke) as SVGAElement);
      if (i < 0) return;
      const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -i, End: marks.length - 1 - i };
      const d = step[ke.key];
      if (d === undefined) return;
      ke.preventDefault();
      marks[Math.min(Math.max(i + d, 0), marks.length - 1)]!.focus();
    });
  });
}
