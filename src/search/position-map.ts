/**
 * The citation → place map behind "search by position and number" (see src/search/position.ts).
 * Built from the plan model alone: every provision, table and table row by the citation the site prints,
 * plus the forms people type ("三、", "第三部分", "附表", "附件2 序号3") and the document number.
 */
import type { Plan, Provision } from '../../scripts/model/plan';
import { normaliseCitation, type Position, type PositionMap } from './position';

export interface PositionsInput {
  plan: Plan;
  /** Chinese-site path + fragment of a model id. */
  urlOf: (id: string) => string;
  /** Path of the page that prints the document number (the notice). */
  noticeUrl: string;
}

export function buildPositions({ plan, urlOf, noticeUrl }: PositionsInput): PositionMap {
  const entries: Record<string, Position> = {};
  const add = (key: string, pos: Position) => {
    const k = normaliseCitation(key);
    // A lone character ("三") is a word to search for, not a place.
    if ([...k].length < 2) return;
    // First come wins: provisions before the tables that share their citation ("附件1").
    entries[k] ??= pos;
  };

  const walk = (nodes: Provision[]) => {
    for (const p of nodes) {
      const pos: Position = { id: p.id, url: urlOf(p.id), label: p.title ? `${p.citation} ${p.title}` : p.citation };
      add(p.citation, pos);
      if (p.kind === 'part') {
        // "三、", and "附件4 一、" inside an attachment.
        add(`${p.citation}${p.num.endsWith('、') ? '、' : ''}`, pos);
        if (/^[一二三四五六七八九十]+$/.test(p.citation)) add(`第${p.citation}部分`, pos);
      }
      walk(p.children);
    }
  };
  walk(plan.provisions);

  for (const tb of plan.tables) {
    const tpos: Position = { id: tb.id, url: urlOf(tb.id), label: `${tb.citation} ${tb.title}` };
    add(tb.citation, tpos);
    // A caption label used once in the document ("附表") names its table on its own.
    if (tb.label && plan.tables.filter((x) => x.label === tb.label).length === 1) add(tb.label, tpos);
    const nums = new Map<string, number>();
    for (const r of tb.rows) nums.set(r.num, (nums.get(r.num) ?? 0) + 1);
    for (const r of tb.rows) {
      const label = `${r.citation} ${rowName(tb.columns, r.cells)}`.trim();
      const rpos: Position = { id: r.id, url: urlOf(r.id), label };
      add(r.citation, rpos);
      // "附件2 序号3" when the numbers do not restart per category.
      if (nums.get(r.num) === 1) add(`${tb.citation}序号${r.num}`, rpos);
    }
  }

  if (plan.document.docNumber && plan.document.noticeText !== undefined)
    add(plan.document.docNumber, { id: '', url: noticeUrl, label: `${plan.document.docNumber} ${plan.document.noticeTitle ?? ''}`.trim() });
  return { version: 1, entries };
}

/** The first text cell of a row: what the row is about ("南宁", "汽车领域", "国家科技基地"). */
export function rowName(columns: Plan['tables'][number]['columns'], cells: Record<string, string>): string {
  const col = columns.find((c) => c.type === 'text' && (cells[c.key] ?? '').trim() !== '');
  return col ? (cells[col.key] ?? '').trim() : '';
}
