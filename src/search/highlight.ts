/**
 * On a clause page opened from a search result (`?hl=石墨烯#part_3__sec_1__item_10`): mark the query in the
 * clause and bring it into view. The whole query is marked when the clause has it; otherwise each further
 * `hl` term (words the search matched). Matching ignores spaces and Latin case, and may cross inline
 * elements (a unit name that is a link). Does nothing on pages opened any other way.
 */
import { isUsefulTerm } from './terms';

const SKIP = 'script, style, noscript, .tools, mark.search-hl, [aria-hidden="true"]';

/** Wrap every occurrence of each term inside `root` in <mark class="search-hl">. Returns the marks. */
export function markTerms(root: Element, terms: string[]): HTMLElement[] {
  const wanted = terms.map((t) => t.replace(/\s+/g, '').toLowerCase()).filter(Boolean);
  if (wanted.length === 0) return [];
  // The text of root without whitespace, and where each of its characters sits in the DOM.
  const at: { node: Text; offset: number }[] = [];
  let flat = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const text = n.data;
    for (let i = 0; i < text.length; i++) {
      if (/\s/.test(text[i]!)) continue;
      at.push({ node: n, offset: i });
      flat += text[i]!.toLowerCase();
    }
  }
  const ranges: [number, number][] = [];
  for (const w of wanted) {
    for (let i = flat.indexOf(w); i >= 0; i = flat.indexOf(w, i + w.length)) ranges.push([i, i + w.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const kept: [number, number][] = [];
  for (const r of ranges) if (!kept.length || r[0] >= kept[kept.length - 1]![1]) kept.push(r);

  const marks: HTMLElement[] = [];
  // Last match first, last node first: splitting a text node keeps its earlier offsets valid.
  for (let k = kept.length - 1; k >= 0; k--) {
    const [start, end] = kept[k]!;
    const pieces: { node: Text; from: number; to: number }[] = [];
    for (let i = start; i < end; i++) {
      const { node, offset } = at[i]!;
      const last = pieces[pieces.length - 1];
      if (last && last.node === node) last.to = offset + 1;
      else pieces.push({ node, from: offset, to: offset + 1 });
    }
    for (let j = pieces.length - 1; j >= 0; j--) {
      const { node, from, to } = pieces[j]!;
      const mid = node.splitText(from);
      mid.splitText(to - from);
      const mark = document.createElement('mark');
      mark.className = 'search-hl';
      mid.replaceWith(mark);
      mark.append(mid);
      marks.unshift(mark);
    }
  }
  return marks;
}

function run() {
  const terms = new URLSearchParams(location.search).getAll('hl').map((t) => t.trim()).filter(Boolean);
  if (terms.length === 0) return;
  const id = decodeURIComponent(location.hash.slice(1));
  const scope = (id && document.getElementById(id)) || document.querySelector('main');
  if (!scope) return;
  const [query, ...matched] = terms;
  let marks = markTerms(scope, [query!]);
  // Not verbatim: the query's own words ("柳州 2019年"), then the words the search matched.
  if (marks.length === 0) marks = markTerms(scope, query!.split(/\s+/).filter(isUsefulTerm));
  if (marks.length === 0) marks = markTerms(scope, matched.filter(isUsefulTerm));
  const first = marks[0];
  if (!first) return;
  const r = first.getBoundingClientRect();
  if (r.top < 0 || r.bottom > window.innerHeight) first.scrollIntoView({ block: 'center' });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
else run();
