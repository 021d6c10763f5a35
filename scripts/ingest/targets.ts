/**
 * Stage 6, targets: the figures the plan commits to, each pointing to the clause that states it.
 *
 * - goal: the numbered items of a provision whose title names 目标 ("突破 100 项重大技术");
 * - indicator: "…提高到 55%以上", "…前移 2—3 位", "覆盖率达 80%以上" in that provision's own text, and, where it
 *   has no numbered goals, the counts it sets ("培育 100 家产业链优质企业", "龙头企业 2 家", "注册证超 500 件");
 * - field-count: "…等 24 项技术" in a task whose title names a field;
 * - milestone: "2018 年末实现新增…500 家，…数量达到 1700 家。其中甲、乙、丙 3 市…分别达到 600、300 和 200 家",
 *   and "2018 年实施…329 项" in a work plan.
 */
import type { Provision, Target } from '../model/plan.ts';

const UNIT = '项|个|家|名|位|人|所|座|件|款|台|套|条|种|户|亿千瓦|万千瓦|千瓦|亿元|万元|元|%|％';
const NUM = '\\d+(?:\\.\\d+)?';
const GOAL_TITLE = new RegExp(`^(\\D*?)\\s*(${NUM})\\s*(${UNIT})\\s*(.+)$`, 'u');
const DEADLINE = /到\s*(\d{4})\s*年/u;
/** The verbs of a change of rank, and which way each moves. */
const RANK_MOVES: Record<string, 'up' | 'down'> = { 前移: 'up', 后移: 'down' };
const INDICATOR = new RegExp(
  `([^，。；：]*?)(提高到|提升到|达到|增长到|降低到|下降到|前移|后移|超过|达(?!到))\\s*(${NUM})(?:\\s*[—–\\-~～至]\\s*(${NUM}))?\\s*(${UNIT})(以上)?`,
  'gu',
);
/** Verbs that state a count to reach without a number of their own ("培育 100 家…", "打造 5 家以上…"). */
const COUNT_VERB = '新增|新建|组建|培育|打造|建设|建成|引育|创建|引进|转化|突破|制定|形成|认定|推动';
/** "培育100家产业链优质企业", "打造5家以上上市企业"; "、10家以上产业链骨干企业" continues a list. */
const COUNT = new RegExp(`(?:${COUNT_VERB}|、)(超过|超|不少于)?\\s*(${NUM})\\s*(${UNIT})(以上)?([^，。；]*?)(?=[，。；]|、\\s*\\d|$)`, 'gu');
/** The figure after what it counts: "建设高端医疗器械产业集聚区3个", "…的龙头企业2家", "新增…注册证超500件". */
const TRAILING = new RegExp(`(?:^|[，；、的])([^，。；、\\d的]{2,24}?)\\s*(超过|超|不少于)?\\s*(${NUM})\\s*(${UNIT})(以上)?(?=[，。；]|$)`, 'gu');
/** A deadline: "到 2020 年", "2027 年前". */
const DEADLINES = /到\s*(\d{4})\s*年|(\d{4})\s*年前/gu;

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

/** The year of the last deadline phrase before `index` in `text` ("到 2023 年，…", "2027 年前，…"). */
function deadlineBefore(text: string, index: number): number | undefined {
  let year: number | undefined;
  for (const m of text.matchAll(DEADLINES)) {
    if (m.index! >= index) break;
    year = Number(m[1] ?? m[2]);
  }
  return year;
}

/** What a figure counts, without the words around it that are not the thing ("其中", "推动", "力争"…). */
function cleanSubject(raw: string): string {
  let t = raw
    .replace(/^.*?到\s*\d{4}\s*年/u, '')
    .replace(/^(其中|力争|使|推动|全区|全省|全市|要)+/u, '')
    .replace(/(力争|均|将|要)+$/u, '')
    .trim();
  for (const verb of COUNT_VERB.split('|')) if (t.startsWith(verb)) t = t.slice(verb.length);
  // "具有…能力的自主创新企业" counts the firms.
  if (t.includes('的')) t = t.slice(t.lastIndexOf('的') + 1);
  return t.trim();
}

interface Figure {
  at: number;
  end: number;
  subject: string;
  value: string;
  valueMax?: string;
  verb?: string;
  unit: string;
  /** 以上, 不少于: at least; 超过, 超: more than. */
  bound?: 'at-least' | 'more-than';
}

const boundOf = (word: string | undefined, yishang: string | undefined): Figure['bound'] =>
  word === '超过' || word === '超' ? 'more-than' : word === '不少于' || yishang ? 'at-least' : undefined;

/**
 * Every figure a goals clause commits to, in text order: a measure and its verb ("科技进步贡献率提高到 55%以上",
 * "排名前移 2—3 位", "覆盖率达 80%以上"), and, where the clause has no numbered goals of its own, the counts it
 * sets ("培育 100 家产业链优质企业", "龙头企业 2 家"). Not read: "about" (左右), "respectively" (分别: the values
 * would be misassigned), and a figure that only describes something else ("年产值超 100 亿元、…的龙头企业").
 */
function figuresOf(text: string, counts: boolean): Figure[] {
  const found: Figure[] = [];
  const taken = (at: number) => found.some((f) => at >= f.at && at < f.end);
  const after = (end: number) => text.slice(end);
  const skip = (subject: string, end: number) =>
    /^\s*左右/u.test(after(end)) || /分别$/u.test(subject.trim()) || /^、[^，。；]*的/u.test(after(end));
  for (const m of text.matchAll(INDICATOR)) {
    const end = m.index! + m[0].length;
    const at = end - m[0].length + m[1]!.length + m[2]!.length;
    if (skip(m[1]!, end)) continue;
    found.push({ at, end, subject: m[1]!, verb: m[2]!, value: m[3]!, ...(m[4] ? { valueMax: m[4] } : {}), unit: m[5]!, bound: boundOf(m[2], m[6]) });
  }
  if (counts) {
    for (const m of text.matchAll(COUNT)) {
      const end = m.index! + m[0].length - m[5]!.length;
      const at = m.index!;
      if (taken(at + m[0].indexOf(m[2]!)) || skip(m[5]!, end)) continue;
      found.push({ at, end: m.index! + m[0].length, subject: m[5]!, value: m[2]!, unit: m[3]!, bound: boundOf(m[1], m[4]) });
    }
    for (const m of text.matchAll(TRAILING)) {
      const at = m.index! + m[0].indexOf(m[1]!);
      const end = m.index! + m[0].length;
      if (taken(end - 1) || taken(at) || skip(m[1]!, end)) continue;
      found.push({ at, end, subject: m[1]!, value: m[3]!, unit: m[4]!, bound: boundOf(m[2], m[5]) });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

function indicatorTargets(goals: Provision, counts: boolean): Target[] {
  const out: Target[] = [];
  for (const f of figuresOf(goals.text, counts)) {
    const subject = cleanSubject(f.subject);
    if (!subject) continue;
    const deadline = deadlineBefore(goals.text, f.at);
    // The sentence (or line) that holds the figure; clauseAround() trims what it returns.
    const start = Math.max(goals.text.lastIndexOf('。', f.at), goals.text.lastIndexOf('；', f.at), goals.text.lastIndexOf('\n', f.at)) + 1;
    out.push({
      id: `${goals.id}__ind_${out.length + 1}`,
      kind: 'indicator',
      provision: goals.id,
      citation: goals.citation,
      subject,
      value: num(f.value),
      ...(f.valueMax ? { valueMax: num(f.valueMax) } : {}),
      ...(f.verb && RANK_MOVES[f.verb] ? { move: RANK_MOVES[f.verb] } : {}),
      unit: unitOf(f.unit),
      bound: f.valueMax ? 'range' : (f.bound ?? 'exact'),
      ...(deadline ? { deadline } : {}),
      quote: clauseAround(goals.text.slice(start, f.end), f.at - start, f.end - start),
      source: goals.source,
    });
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
    if (p.title && /目标/u.test(p.title) && !p.id.startsWith('att_')) {
      // Counts in the clause's own text are read only where it has no numbered goals that state them.
      const goals = goalTargets(p);
      const ind = indicatorTargets(p, goals.length === 0);
      targets.push(...ind, ...baselineTargets(ind, seen), ...goals);
    }
    seen.push(p);
    const f = fieldCountTarget(p);
    if (f) targets.push(f);
    if (p.id.startsWith('att_')) targets.push(...milestoneTargets(p));
  });
  return targets;
}
