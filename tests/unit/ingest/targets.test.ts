/**
 * Targets read from a goals clause in any plan of the genre: its figures with their verbs ("达到 70%"),
 * the counts it sets ("培育 100 家…"), their deadlines, and what is left unread. Sentences are our own words.
 */
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../../scripts/ingest/targets.ts';
import type { Provision } from '../../../scripts/model/plan.ts';
import { SEED, ingestFile } from './helpers.ts';

// A real provision's shape (source span, citation), with our own title and text.
const shape = ingestFile(SEED).provisions.find((p) => p.kind === 'part')!;
const goals = (text: string, children: Provision[] = []): Provision => ({ ...shape, id: 'part_1', title: '主要目标', text, children });
const read = (text: string) => extractTargets([goals(text)]).map((t) => [t.subject, t.value, t.bound, t.unit, t.deadline ?? null]);

describe('targets of a goals clause without numbered goals', () => {
  it('reads figures with their verbs and counts with theirs, in text order', () => {
    expect(read('到2026年，示范园区覆盖率达到70%，培育20家以上骨干企业，建设示范基地3个。')).toEqual([
      ['示范园区覆盖率', 70, 'exact', '%', 2026],
      ['骨干企业', 20, 'at-least', '家', 2026],
      ['示范基地', 3, 'exact', '个', 2026],
    ]);
  });

  it('takes each figure’s deadline from the last one stated before it ("到 YYYY 年", "YYYY 年前")', () => {
    expect(read('2025年前，新增试点单位超50个。2030年前，试点单位覆盖率达90%以上。').map((t) => t[4])).toEqual([2025, 2030]);
  });

  it('"more than" (超过, 超) is not "at least" (以上, 不少于)', () => {
    expect(read('到2026年，新增专利超200件，产值超过30亿元，新建实验室5个以上。')).toEqual([
      ['专利', 200, 'more-than', '件', 2026],
      ['产值', 30, 'more-than', '亿元', 2026],
      ['实验室', 5, 'at-least', '个', 2026],
    ]);
  });

  it('a list of counts after one verb, and "no fewer than"', () => {
    expect(read('到2026年，引育5家以上龙头企业、10家以上配套企业，推动制定不少于8项地方标准。')).toEqual([
      ['龙头企业', 5, 'at-least', '家', 2026],
      ['配套企业', 10, 'at-least', '家', 2026],
      ['地方标准', 8, 'at-least', '项', 2026],
    ]);
  });

  it('leaves out "about", "respectively" and a figure that only describes something else', () => {
    expect(read('到2026年，总产值稳定在30亿元左右。')).toEqual([]);
    expect(read('到2026年，满意度达到90%左右。')).toEqual([]);
    expect(read('到2026年，甲、乙两类覆盖率分别达到60%和50%。')).toEqual([]);
    expect(read('到2026年，培育年产值超10亿元、具有竞争力的领军企业4家。')).toEqual([['领军企业', 4, 'exact', '家', 2026]]);
  });

  it('reads no counts where the clause has numbered goals that state them (the seed’s form)', () => {
    const seed = ingestFile(SEED);
    const withGoals = seed.targets.filter((t) => t.kind === 'goal');
    expect(withGoals.length).toBeGreaterThan(0);
    // The seed's goals clause names its five goals' counts in its text too; they are goals, not indicators.
    expect(seed.targets.filter((t) => t.kind === 'indicator').map((t) => t.subject)).toEqual(['综合科技创新水平在全国排名', '科技进步贡献率']);
  });
});
