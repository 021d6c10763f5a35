/**
 * Search records for the reported results (the outcomes layer): one per reported figure and language, landing
 * on the report under its clause (`…#result_r01`), filterable as type=result and by year and city. Their
 * context says they are third-party reports, not the document.
 * Pure: the built outcomes views in, records out. scripts/search/build-index.ts adds them to the index.
 */
import type { SearchRecord } from './records';
import { publisherOf, reportElementId, reportsOf, valueText, type OutcomesView } from '../outcomes/model';
import { ot } from '../i18n/outcomes';

export interface OutcomeRecordsInput {
  zh: OutcomesView;
  en?: OutcomesView;
  /** Chinese-site path + fragment of a model id. */
  urlOf: (id: string) => string;
  toEnglish: (path: string) => string;
}

export function outcomeRecords({ zh, en, urlOf, toEnglish }: OutcomeRecordsInput): SearchRecord[] {
  const out: SearchRecord[] = [];
  for (const v of [zh, en]) {
    if (!v) continue;
    const lang = v.lang;
    for (const row of v.rows) {
      for (const x of reportsOf(row)) {
        const r = x.report;
        const page = urlOf(row.t.id).split('#')[0]!;
        const url = `${page}#${reportElementId(r)}`;
        const value = valueText(lang, r);
        const yearText = ot(lang, 'report.year', { year: r.year });
        const note = lang === 'en' ? r.noteEn : r.note;
        out.push({
          url: lang === 'en' ? toEnglish(url) : url,
          content: [`${row.subject} ${value} ${yearText}`, r.quote, [publisherOf(lang, r), r.publisher, r.published ?? ''].filter((x, i, all) => x && all.indexOf(x) === i).join(' '), note ?? ''].filter(Boolean).join('\n'),
          language: lang === 'en' ? 'en' : 'zh-cn',
          meta: {
            title: `${ot(lang, 'layer.label')} · ${row.cite} ${row.subject}${lang === 'en' ? ': ' : '：'}${value}${lang === 'en' ? ` (${r.year})` : `（${yearText}）`}`,
            id: reportElementId(r),
            citation: row.t.citation,
            context: `${ot(lang, 'layer.label')}${lang === 'en' ? ' — ' : '，'}${ot(lang, 'layer.notDoc')}`,
          },
          filters: {
            type: ['result'],
            year: [String(r.year)],
            ...(row.t.place ? { city: [row.t.place] } : {}),
          },
        });
      }
    }
  }
  return out;
}
