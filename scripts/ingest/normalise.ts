/**
 * Stage 3, normalise: undo what the PDF conversion did to the text, and nothing more.
 * - spaces between two CJK characters (line wraps inside a title or a word) are removed;
 * - stray page-number lines ("- 3 -", "— 12 —") are dropped;
 * - paragraphs split by a page break mid-sentence or mid-word are joined again.
 * The document's wording, punctuation widths and numbers are left as printed.
 */
import type { Block } from './blocks.ts';

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201d\\u2014\\u2026';
const cjkGap = new RegExp(`([${CJK}])[ \\u00a0\\u3000]+(?=[${CJK}])`, 'gu');

/** Remove line-wrap spaces between CJK characters; trim each line. */
export function normaliseText(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(cjkGap, '$1').replace(/[ \u00a0]+$/u, '').replace(/^[ \u00a0]+/u, ''))
    .join('\n');
}

/** Compare two strings as printed but ignoring all white space (PDF line wraps). */
export function sameWords(a: string, b: string): boolean {
  return a.replace(/\s+/gu, '') === b.replace(/\s+/gu, '');
}

const PAGE_NUMBER = /^[-—–－]\s*\d{1,3}\s*[-—–－]$/u;

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/** A block ends mid-sentence when its last character is not closing punctuation. */
const CLOSING = /[。；！？：）)」』”’》】〕\]…]$/u;

/** Lines that stand alone by nature though they end in no punctuation: dates, bare numbers. */
const STANDALONE = /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\S{0,4}|\d+)$/u;

export function endsMidSentence(text: string): boolean {
  const t = text.trimEnd();
  return t !== '' && !CLOSING.test(t) && !STANDALONE.test(t);
}

/** A block that opens a numbered provision, label or list entry cannot be a continuation. */
const OPENS_ITEM = /^(?:——|[一二三四五六七八九十百零〇]+、|[（(][一二三四五六七八九十百零〇]+[）)]|\d{1,3}\s*[.．、](?!\d)|[（(]\d{1,3}[）)]|附件|附表)/u;

/**
 * A short line without any punctuation past its number is a heading, a title line, a label or a
 * signature ("（一）指导思想", "附件", "国务院关于加快推进农业机械化和"), not a sentence a page break cut:
 * it is never joined to the next paragraph (a title over two lines is the front matter's to join).
 */
export function headingLike(text: string): boolean {
  const rest = text.replace(/^(?:[一二三四五六七八九十百零〇]+、|[（(][一二三四五六七八九十百零〇\d]+[）)]|\d{1,3}\s*[.．、])/u, '');
  return rest.length <= 60 && !/[，。；：、,.;:！？]/u.test(rest);
}

export function joinText(a: string, b: string): string {
  // Latin words split across the break need their space back; CJK text does not.
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

/**
 * Join a paragraph with the next one when a page break cut it: the first ends mid-sentence and the
 * second does not open a numbered item. Headings, rules and table rows are never joined.
 */
export function joinPageBreaks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out.at(-1);
    if (
      prev &&
      (prev.kind === 'para' || prev.kind === 'item') &&
      b.kind === 'para' &&
      endsMidSentence(prev.text) &&
      !headingLike(prev.text) &&
      !(headingLike(b.text) && !CLOSING.test(b.text.trimEnd())) &&
      !OPENS_ITEM.test(b.text) &&
      !STANDALONE.test(b.text.trim()) &&
      !/\n/.test(prev.text)
    ) {
      out[out.length - 1] = { ...prev, text: joinText(prev.text, b.text), endLine: b.endLine };
      continue;
    }
    out.push(b);
  }
  return out;
}

export function normaliseBlocks(blocks: Block[]): Block[] {
  const cleaned = blocks
    .map((b) => (b.kind === 'row' ? b : { ...b, text: normaliseText(b.text) }))
    .filter((b) => !((b.kind === 'para' || b.kind === 'item') && isPageNumber(b.raw ?? b.text)));
  return joinPageBreaks(cleaned);
}
