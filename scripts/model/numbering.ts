/**
 * The numbering conventions of Chinese official documents (GB/T 9704): 一、 > （一） > 1. > （1）.
 * The hierarchy of a plan is read from these, never from Markdown heading depth or bold.
 */
import type { NumberingStyle } from './plan.ts';

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Chinese numeral (一 … 九十九, 百) → number; NaN when it is not one. */
export function chineseNumber(s: string): number {
  if (s === '') return NaN;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch in DIGITS) current = DIGITS[ch]!;
    else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else return NaN;
  }
  return total + current;
}

export const STYLE_RANK: Record<NumberingStyle, number> = {
  'cn-dun': 0,
  'cn-paren': 1,
  'arabic-dot': 2,
  'arabic-paren': 3,
};

export interface Numbering {
  style: NumberingStyle;
  /** As printed, including its punctuation: "三、", "(一) ", "1. " (trailing space trimmed). */
  printed: string;
  value: number;
  /** How it reads inside a citation: "三", "（一）", "1", "（1）". */
  label: string;
  /** The text after the number. */
  rest: string;
}

const PATTERNS: { style: NumberingStyle; re: RegExp; label: (m: RegExpExecArray) => string; value: (m: RegExpExecArray) => number }[] = [
  {
    style: 'cn-dun',
    re: /^([一二三四五六七八九十百零〇]+)、\s*/u,
    value: (m) => chineseNumber(m[1]!),
    label: (m) => m[1]!,
  },
  {
    style: 'cn-paren',
    re: /^[（(]\s*([一二三四五六七八九十百零〇]+)\s*[）)]\s*/u,
    value: (m) => chineseNumber(m[1]!),
    label: (m) => `（${m[1]!}）`,
  },
  {
    // "1." or "1．" or "1、" — but not a decimal ("3.5") and not a year ("2018年").
    style: 'arabic-dot',
    re: /^(\d{1,3})\s*[.．、](?!\d)\s*/u,
    value: (m) => Number(m[1]),
    label: (m) => m[1]!,
  },
  {
    style: 'arabic-paren',
    re: /^[（(]\s*(\d{1,3})\s*[）)]\s*/u,
    value: (m) => Number(m[1]),
    label: (m) => `（${m[1]!}）`,
  },
];

export function readNumbering(text: string): Numbering | null {
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (m) {
      const rest = text.slice(m[0].length);
      if (rest.trim() === '') continue; // a bare number is not a provision
      return { style: p.style, printed: m[0].trimEnd(), value: p.value(m), label: p.label(m), rest };
    }
  }
  return null;
}

/** A lead-in title is a short first sentence with no comma: "汽车领域。", "市场主导、政府引导。". */
const MAX_TITLE = 40;

export function splitLeadIn(rest: string, style: NumberingStyle): { title: string | null; text: string } {
  const trimmed = rest.trim();
  const stop = trimmed.indexOf('。');
  if (stop < 0) {
    // "一、现实基础": a heading without a full stop is all title, for the outer levels.
    if ((style === 'cn-dun' || style === 'cn-paren') && trimmed.length <= MAX_TITLE && !/[，；]/u.test(trimmed))
      return { title: trimmed, text: '' };
    return { title: null, text: trimmed };
  }
  const first = trimmed.slice(0, stop);
  if (first.length > 0 && first.length <= MAX_TITLE && !/[，；：,;:]/u.test(first)) {
    return { title: first, text: trimmed.slice(stop + 1).trim() };
  }
  return { title: null, text: trimmed };
}
