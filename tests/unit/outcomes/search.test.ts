/** Reported figures are search records of their own: type=result, landing on the report under its clause. */
import { describe, expect, it } from 'vitest';
import { outcomeRecords } from '../../../src/search/outcome-records';
import { loadFile, loadPlan, view } from './helpers';

describe('outcome search records', () => {
  const file = loadFile();
  const plan = loadPlan();
  const records = outcomeRecords({
    zh: view(plan, file, 'zh-CN'),
    en: view(plan, file, 'en'),
    urlOf: (id) => `/plan/x/#${id}`,
    toEnglish: (p) => `/en${p}`,
  });

  it('one record per reported figure and language, filterable as results by year', () => {
    expect(records).toHaveLength(file.outcomes.length * 2);
    for (const r of records) {
      expect(r.filters.type).toEqual(['result']);
      expect(r.filters.year).toHaveLength(1);
    }
  });

  it('each lands on its report element and holds the exact quote, the value and the publisher', () => {
    for (const o of file.outcomes) {
      const zh = records.find((r) => r.language === 'zh-cn' && r.meta.id === `result_${o.id}`)!;
      expect(zh.url).toBe(`/plan/x/#result_${o.id}`);
      expect(zh.content).toContain(o.quote);
      expect(zh.content).toContain(String(o.value));
      expect(zh.content).toContain(o.publisher);
      expect(zh.meta.context).toContain('非文件内容');
      const en = records.find((r) => r.language === 'en' && r.meta.id === `result_${o.id}`)!;
      expect(en.url).toBe(`/en/plan/x/#result_${o.id}`);
      expect(en.meta.context).toContain('not part of the document');
    }
  });

  it('city milestones carry their city as a filter', () => {
    const nanning = records.filter((r) => r.filters.city?.includes('南宁'));
    expect(nanning.length).toBe(file.outcomes.filter((o) => /place_1$/.test(o.target)).length * 2);
  });
});
