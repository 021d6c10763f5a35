import { describe, expect, it } from 'vitest';
import { nameSlug, unitSlugs, SLUG_PATTERN, type Sluggable } from '../../../scripts/model/slug.ts';
import { ingestFile, MINI, SEED } from '../ingest/helpers.ts';

const seed = ingestFile(SEED);
const mini = ingestFile(MINI);

describe('unit slugs: readable, ASCII, stable, unique', () => {
  it('spells a name in toneless pinyin, one hyphen per syllable', () => {
    expect(nameSlug('自治区科技厅')).toBe('zi-zhi-qu-ke-ji-ting');
    expect(nameSlug('国家税务总局广西壮族自治区税务局')).toBe('guo-jia-shui-wu-zong-ju-guang-xi-zhuang-zu-zi-zhi-qu-shui-wu-ju');
    // Polyphones are read in context; ü is written v; 西安 and 县 stay apart.
    expect(nameSlug('重庆银行')).toBe('chong-qing-yin-hang');
    expect(nameSlug('绿色办公室')).toBe('lv-se-ban-gong-shi');
    expect(nameSlug('西安市')).not.toBe(nameSlug('县市'));
  });

  it('keeps ASCII letters and digits, drops punctuation, and never returns an empty slug', () => {
    expect(nameSlug('各市、县科技局')).toBe('ge-shi-xian-ke-ji-ju');
    expect(nameSlug('中国（广西）自由贸易试验区')).toBe('zhong-guo-guang-xi-zi-you-mao-yi-shi-yan-qu');
    expect(nameSlug('ＡＢＣ公司２号')).toBe('abc-gong-si-2-hao');
    expect(nameSlug('G20 峰会')).toBe('g20-feng-hui');
    expect(nameSlug('（）·')).toBe('unit');
  });

  for (const [label, plan] of [['the seed', seed], ['the mini plan', mini]] as const) {
    it(`gives every unit of ${label} a distinct ASCII slug that cannot be taken for an id`, () => {
      const slugs = unitSlugs(plan.units);
      expect(slugs.size).toBe(plan.units.length);
      expect(new Set(slugs.values()).size).toBe(plan.units.length);
      for (const [id, slug] of slugs) {
        expect(slug, id).toMatch(SLUG_PATTERN);
        expect(slug).not.toMatch(/^u_/);
      }
    });
  }

  it('gives the same slugs in every run and whatever the order of the units', () => {
    const a = unitSlugs(seed.units);
    const b = unitSlugs([...ingestFile(SEED).units].reverse());
    expect([...b].sort()).toEqual([...a].sort());
  });

  it('disambiguates homophones by their own ids, the same whichever comes first', () => {
    const units: Sluggable[] = [
      { id: 'u_1234abcd', name: '公示办' },
      { id: 'u_9876fedc', name: '公式办' },
      { id: 'u_55555555', name: '公示局' },
    ];
    const slugs = unitSlugs(units);
    expect(slugs.get('u_1234abcd')).toBe('gong-shi-ban-1234');
    expect(slugs.get('u_9876fedc')).toBe('gong-shi-ban-9876');
    expect(slugs.get('u_55555555')).toBe('gong-shi-ju');
    expect([...unitSlugs([...units].reverse())].sort()).toEqual([...slugs].sort());
    // Ids that share their first four digits get all eight.
    const close = unitSlugs([{ id: 'u_1234abcd', name: '公示办' }, { id: 'u_1234ef01', name: '公式办' }]);
    expect([...close.values()].sort()).toEqual(['gong-shi-ban-1234abcd', 'gong-shi-ban-1234ef01']);
  });

  it('applies a valid editorial override and refuses an invalid one', () => {
    const units: Sluggable[] = [{ id: 'u_00000001', name: '长沙市人民政府' }];
    expect(unitSlugs(units, { 长沙市人民政府: 'changsha-shi' }).get('u_00000001')).toBe('changsha-shi');
    expect(() => unitSlugs(units, { 长沙市人民政府: 'Chang Sha' })).toThrow(/not \[a-z0-9\] words/);
    // An override equal to another unit's slug joins its homophones (both disambiguated)...
    const two: Sluggable[] = [...units, { id: 'u_00000002', name: '自治区科技厅' }];
    // (their ids share the first four digits, so both get all eight).
    expect([...unitSlugs(two, { 长沙市人民政府: 'zi-zhi-qu-ke-ji-ting' }).values()].sort()).toEqual([
      'zi-zhi-qu-ke-ji-ting-00000001',
      'zi-zhi-qu-ke-ji-ting-00000002',
    ]);
    // ...and one that lands on a disambiguated slug is refused, not silently shared.
    const homophones: Sluggable[] = [{ id: 'u_1234abcd', name: '公示办' }, { id: 'u_9876fedc', name: '公式办' }, ...units];
    expect(() => unitSlugs(homophones, { 长沙市人民政府: 'gong-shi-ban-1234' })).toThrow(/would share the slug "gong-shi-ban-1234"/);
  });
});
