/**
 * A distinctive phrase for every search record: a 6–10 character run of its own text that no other record
 * of the same language contains, the kind of phrase a reader copies from the page to find it again.
 */
import type { SearchRecord } from '../../../src/search/records';

/** Characters a phrase must not span: punctuation and spaces break a phrase in two. */
const BREAK = /[\s\p{P}\p{S}]/u;

export interface Phrase {
  id: string;
  url: string;
  title: string;
  phrase: string;
}

/**
 * For each record, the first run of whole words, `min`..`max` characters long (longest tried first), of its
 * content, without punctuation, that no other record contains. A record with no such run (a table row "汽车领域 / 10 个 /
 * 相关重点企业" whose every piece occurs elsewhere) gets two of its pieces joined by a space, chosen so that
 * no other record contains both; a record that shares all its text with another ("工作措施") gets none.
 */
export function distinctivePhrases(records: SearchRecord[], min = 6, max = 10): { found: Phrase[]; none: SearchRecord[] } {
  const found: Phrase[] = [];
  const none: SearchRecord[] = [];
  for (const r of records) {
    const others = records.filter((o) => o !== r && o.language === r.language).map((o) => o.content);
    const runs = r.content.split(BREAK).filter((s) => [...s].length >= 2);
    const phrase = uniqueRun(runs, others, min, max) ?? uniquePair(runs, others, max);
    if (phrase) found.push({ id: r.meta.id, url: r.url, title: r.meta.title, phrase });
    else none.push(r);
  }
  return { found, none };
}

const words = new Intl.Segmenter('zh', { granularity: 'word' });

/** Runs of whole words (as a reader selects them), `min`..`max` characters long, longest first. */
function wordWindows(run: string, min: number, max: number): string[] {
  const ws = [...words.segment(run)].map((w) => w.segment);
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    let s = '';
    for (let j = i; j < ws.length; j++) {
      s += ws[j];
      const n = [...s].length;
      if (n > max) break;
      if (n >= min) out.push(s);
    }
  }
  return out.sort((a, b) => [...b].length - [...a].length);
}

function uniqueRun(runs: string[], others: string[], min: number, max: number): string | undefined {
  for (const run of runs) {
    for (const cand of wordWindows(run, min, max)) {
      if (!others.some((o) => o.includes(cand))) return cand;
    }
  }
  return undefined;
}

function uniquePair(runs: string[], others: string[], max: number): string | undefined {
  const pieces = [...new Set(runs.map((r) => [...r].slice(0, max).join('')))];
  for (let i = 0; i < pieces.length; i++) {
    for (let j = i + 1; j < pieces.length; j++) {
      const a = pieces[i]!;
      const b = pieces[j]!;
      if (!others.some((o) => o.includes(a) && o.includes(b))) return `${a} ${b}`;
    }
  }
  return undefined;
}
