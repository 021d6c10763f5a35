/**
 * Stage 6, targets: the figures the plan commits to, each pointing to the clause that states it.
 *
 * - goal: the numbered items of a provision whose title names 目标 ("突破 100 项重大技术");
 * - indicator: "…提高到 55%以上", "…前移 2—3 位" in that provision's own text;
 * - field-count: "…等 24 项技术" in a task whose title names a field;
 * - milestone: "2018 年末实现新增…500 家，…数量达到 1700 家。其中甲、乙、丙 3 市…分别达到 600、300 和 200 家",
 *   and "2018 年实施…329 项" in a work plan.
 */
import type { Provision, Target } from '../model/plan.ts';

const UNIT = '项|个|家|名|位|人|所|座|亿元|万元|元|%|％';
const NUM = '\\d+(?:\\.\\d+)?';
const GOAL_TITLE = new RegExp(`^(\\D*?)\\s*(${NUM})\\s*(${UNIT})\\s*(.+)$`, 'u');
const DEADLINE = /到\s*(\d{4})\s*年/u;
/** The verbs of a change of rank, and which way each moves. */
const RANK_MOVES: Record<string, 'up' | 'down'> = { 前移: 'up', 后移: 'down' };
const INDICATOR = new RegExp(
  `([^，。；：]*?)(提高到|提升到|达到|增长到|降低到|下降到|前移|后移)\\s*(${NUM})(?:\\s*[—–\\-~～至]\\s*(${NUM}))?\\s*(${UNIT})(以上)?`,
  'gu',
);

function sentences(text: string): string[] {
  return text.split(/(?<=[。；])/u).map((s) => s.trim()).filter(Boolean);
}

function walk(ps: Provision[], f: (p: Provision, parent?: Provision) => void, parent?: Provision): void {
  for (const p of ps) {
    f(p, parent);
    walk(p.children, f, p);
  }
}

const num = (s: string) => Number(s);
const unitOf = (s: string) => (s === '％' ? '%' : s);

function goalTargets(goals: Provision): Target[] {
  const out: Target[] = [];
  const parentDeadline = DEADLINE.exec(goals.text)?.[1];
  for (const item of goals.children) {
    const m = item.title ? GOAL_TITLE.exec(item.title) : null;
    if (!m) continue;
    const value = num(m[2]!);
    const unit = unitOf(m[3]!);
    const stated = sentences(item.text).find((s) => new RegExp(`${m[2]}\\s*${m[3]}`, 'u').test(s));
    const deadline = DEADLINE.exec(stated ?? '')?.[1] ?? DEADLINE.exec(item.text)?.[1] ?? parentDeadline;
    const atLeast = stated ? new RegExp(`${m[2]}\\s*${m[3]}以上`, 'u').test(stated) : false;
    out.push({
      id: `${item.id}__tgt`,
      kind: 'goal',
      provision: item.id,
      citation: item.citation,
      subject: m[4]!.trim(),
      value,
      unit,
      bound: atLeast ? 'at-least' : 'exact',
      ...(deadline ? { deadline: Number(deadline) } : {}),
      quote: stated ?? item.title!,
      source: item.source,
    });
  }
  return out;
}

/** The clause that holds a match, with the "到 YYYY 年" phrase before it when it is close by. */
export function clauseAround(s: string, start: number, end: number): string {
  const before = s.slice(0, start);
  const deadline = before.search(/(力争)?到\s*\d{4}\s*年[^，。；：]{0,4}[，]?[^，。；：]*$/u);
  const stop = Math.max(before.lastIndexOf('，'), before.lastIndexOf('：'), before.lastIndexOf('；'));
  const from = deadline >= 0 && deadline < stop ? deadline : stop + 1;
  return s.slice(from, end).trim();
}

function indicatorTargets(goals: Provision): Target[] {
  const out: Target[] = [];
  let k = 0;
  for (const s of sentences(goals.text)) {
    const deadline = DEADLINE.exec(s)?.[1];
    for (const m of s.matchAll(INDICATOR)) {
      k++;
      const subject = m[1]!
        .replace(/^.*?到\s*\d{4}\s*年/u, '')
        .replace(/^(力争|使|全区|全省|全市)+/u, '')
        .trim();
      out.push({
        id: `${goals.id}__ind_${k}`,
        kind: 'indicator',
        provision: goals.id,
        citation: goals.citation,
        subject,
        value: num(m[3]!),
        ...(m[4] ? { valueMax: num(m[4]) } : {}),
        ...(RANK_MOVES[m[2]!] ? { move: RANK_MOVES[m[2]!] } : {}),
        unit: unitOf(m[5]!),
        bound: m[4] ? 'range' : m[6] ? 'at-least' : 'exact',
        ...(deadline ? { deadline: Number(deadline) } : {}),
        quote: clauseAround(s, m.index!, m.index! + m[0].length),
        source: goals.source,
      });
    }
  }
  return out;
}

const FIELD_COUNT = new RegExp(`(${NUM})\\s*项(?:关键)?技术`, 'u');

function fieldCountTarget(task: Provision): Target | null {
  if (!task.lead || !task.title || !/领域$/u.test(task.title)) return null;
  const s = sentences(task.text).find((x) => FIELD_COUNT.test(x));
  const m = s ? FIELD_COUNT.exec(s) : null;
  if (!s || !m) return null;
  return {
    id: `${task.id}__tgt`,
    kind: 'field-count',
    provision: task.id,
    citation: task.citation,
    subject: '技术',
    value: num(m[1]!),
    unit: '项',
    bound: 'exact',
    field: task.title,
    quote: s,
    source: task.source,
  };
}

const YEAR_SENTENCE = /(\d{4})\s*年(末|底)?/u;
const NEW_FIGURE = new RegExp(`新增([^，。；\\d]*?)\\s*(${NUM})\\s*(${UNIT})`, 'u');
const TOTAL_FIGURE = new RegExp(`([^，。；]*?)(?:数量|总数|总量)达到\\s*(${NUM})\\s*(${UNIT})`, 'u');
const PLANNED_FIGURE = new RegExp(`(\\d{4})\\s*年实施([^，。；\\d]*?)\\s*(${NUM})\\s*(${UNIT})`, 'gu');
const PLACES = new RegExp(`其中((?:[\\p{Script=Han}]{2,4}、)+[\\p{Script=Han}]{2,4})\\s*\\d+\\s*[市县区]的?([^，。；]*?)(?:数量)?分别达到\\s*((?:${NUM}\\s*[、和及]\\s*)+${NUM})\\s*(${UNIT})`, 'u');

function milestoneTargets(p: Provision): Target[] {
  const out: Target[] = [];
  const text = p.text;
  const year = YEAR_SENTENCE.exec(text);
  const base = { provision: p.id, citation: p.citation, source: p.source };
  if (year && /^\s*\d{4}\s*年(末|底)/u.test(text)) {
    const deadline = Number(year[1]);
    const n = NEW_FIGURE.exec(text);
    if (n)
      out.push({ ...base, id: `${p.id}__new`, kind: 'milestone', subject: n[1]!.trim(), value: num(n[2]!), unit: unitOf(n[3]!), bound: 'exact', deadline, measure: 'new', quote: sentences(text)[0]! });
    const t = TOTAL_FIGURE.exec(text);
    if (t)
      out.push({ ...base, id: `${p.id}__total`, kind: 'milestone', subject: (n?.[1] ?? t[1]!).replace(/^.*?全(区|省|市)/u, '').trim() || t[1]!.trim(), value: num(t[2]!), unit: unitOf(t[3]!), bound: 'exact', deadline, measure: 'cumulative', quote: sentences(text)[0]! });
    const pl = PLACES.exec(text);
    if (pl) {
      const places = pl[1]!.split('、');
      const values = pl[3]!.split(/[、和及]/u).map((x) => num(x.trim()));
      if (places.length === values.length)
        places.forEach((place, k) =>
          out.push({ ...base, id: `${p.id}__place_${k + 1}`, kind: 'milestone', subject: (n?.[1] ?? '').trim() || pl[2]!.trim(), value: values[k]!, unit: unitOf(pl[4]!), bound: 'exact', deadline, measure: 'cumulative', place, quote: sentences(text).find((s) => s.includes(pl[0]!.slice(0, 6))) ?? pl[0]! }),
        );
    }
  }
  let k = 0;
  for (const m of text.matchAll(PLANNED_FIGURE)) {
    k++;
    out.push({ ...base, id: `${p.id}__plan_${m[1]}`, kind: 'milestone', subject: m[2]!.trim(), value: num(m[3]!), unit: unitOf(m[4]!), bound: 'exact', deadline: Number(m[1]), measure: 'planned', quote: sentences(text).find((s) => s.includes(m[0])) ?? m[0] });
  }
  void k;
  return out;
}

/**
 * Where a headline indicator stands before the plan: the first earlier clause that names the same
 * measure (its first four characters) with a figure in the same unit ("科技进步贡献率达到 52.35%",
 * "综合科技创新水平指数…位居全国第 25 位").
 */
function baselineTargets(indicators: Target[], earlier: Provision[]): Target[] {
  const out: Target[] = [];
  for (const ind of indicators) {
    const key = ind.subject.replace(/^(全区|全省|全市)/u, '').slice(0, 4);
    if (key.length < 4) continue;
    const figure = new RegExp(`(?:第\\s*)?(${NUM})\\s*${ind.unit === '%' ? '[%％]' : ind.unit}`, 'u');
    for (const p of earlier) {
      const s = sentences(p.text).find((x) => x.includes(key) && figure.test(x.slice(x.indexOf(key))));
      if (!s) continue;
      const from = s.indexOf(key);
      const m = figure.exec(s.slice(from))!;
      const asOf = /(\d{4})\s*年/u.exec(s.slice(0, from + m.index))?.[1];
      out.push({
        id: `${ind.id}__base`,
        kind: 'baseline',
        provision: p.id,
        citation: p.citation,
        subject: ind.subject,
        value: num(m[1]!),
        unit: ind.unit,
        bound: 'exact',
        baselineOf: ind.id,
        ...(asOf ? { asOf: Number(asOf) } : {}),
        quote: clauseAround(s, from, from + m.index + m[0].length),
        source: p.source,
      });
      break;
    }
  }
  return out;
}

export function extractTargets(provisions: Provision[]): Target[] {
  const targets: Target[] = [];
  const seen: Provision[] = [];
  walk(provisions, (p) => {
    if (p.title && /目标/u.test(p.title) && p.children.length && !p.id.startsWith('att_')) {
      const ind = indicatorTargets(p);
      targets.push(...ind, ...baselineTargets(ind, seen), ...goalTargets(p));
    }
    seen.push(p);
    const f = fieldCountTarget(p);
    if (f) targets.push(f);
    if (p.id.startsWith('att_')) targets.push(...milestoneTargets(p));
  });
  return targets;
}
