import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { scalePlan, toChinese } from '../../../scripts/bench/synthetic.ts';
import { chineseNumber, readNumbering } from '../../../scripts/model/numbering.ts';
import { ingest } from '../../../scripts/ingest/pipeline.ts';
import { SEED, root } from './helpers.ts';

describe('synthetic plans for the benchmark', { timeout: 60_000 }, () => {
  it('writes Chinese numerals that the parser reads back', () => {
    for (const n of [1, 9, 10, 11, 20, 21, 99, 100, 101, 110, 115, 120, 999]) expect(chineseNumber(toChinese(n))).toBe(n);
    expect(readNumbering('一百零一、现实基础')).toMatchObject({ style: 'cn-dun', value: 101 });
  });

  it('scales the seed into a larger plan in the same conventions', () => {
    const plan = ingest(new TextEncoder().encode(scalePlan(readFileSync(root + SEED, 'utf8'), 3)), 'x3');
    expect(plan.provisions.filter((p) => p.kind === 'part')).toHaveLength(12);
    expect(plan.tables[0]!.rows).toHaveLength(123 + 2 * 62);
  });
});
