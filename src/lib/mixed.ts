/**
 * Chinese inside English text. An English page names Chinese things in their own script (a programme's name,
 * a publisher, a term being explained); WCAG 3.1.2 wants each such part marked with its language, so that a
 * screen reader switches voice and a browser picks a Chinese font. Pure: used by components and tests.
 */

/** Han characters, and the full-width punctuation and brackets that belong to Chinese text. */
const CHINESE_RUN = /([\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+)/u;

/**
 * Whether a label is Chinese only (Han, with no Latin letters beside it): such a label can carry lang="zh-CN" as a
 * whole where it cannot be cut into runs (an SVG <text>, an <option>). HTML entities do not count as letters.
 */
export function chineseOnly(text: string): boolean {
  return /\p{Script=Han}/u.test(text) && !/[A-Za-z]/.test(text.replace(/&\w+;/g, ''));
}

export interface Run {
  text: string;
  zh: boolean;
}

/** The text cut into runs of Chinese (Han and full-width punctuation) and of the rest, in order. */
export function langRuns(text: string): Run[] {
  return text
    .split(CHINESE_RUN)
    .map((part, i) => ({ text: part, zh: i % 2 === 1 }))
    .filter((r) => r.text !== '');
}
