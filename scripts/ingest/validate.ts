/**
 * Stage 7, validate: recompute every total and count the document states.
 *
 * A disagreement is a finding — both numbers, what they are and where — never a build failure
 * and never a correction: the document is authoritative, and the site shows both.
 */
import type { Check, Provision, Table, Target } from '../model/plan.ts';

type Relation = Check['relation'];

function agrees(stated: number, computed: number, relation: Relation): boolean {
  // Figures are integers or one-decimal shares; compare with a tolerance for float sums.
  return relation === 'at-least' ? computed >= stated - 1e-9 : Math.abs(stated - computed) < 1e-9;
}

function check(c: Omit<Check, 'agrees'>): Check {
  return { ...c, agrees: agrees(c.stated, c.computed, c.relation) };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export function tableChecks(t: Table): Check[] {
  const out: Check[] = [];
  for (const total of t.totals) {
    for (const col of t.columns) {
      const stated = total.values[col.key];
      if (stated === undefined) continue;
      const parts = t.rows.filter((r) => r.values[col.key] !== undefined);
      const computed = sum(parts.map((r) => r.values[col.key]!));
      out.push(
        check({
          id: `${total.id}__${col.key}`,
          kind: 'column-total',
          relation: 'equals',
          description: `${t.citation}“${col.label}”栏的合计与各行之和`,
          where: total.id,
          citation: total.citation,
          stated,
          computed,
          parts: parts.map((r) => r.id),
          column: col.key,
          source: total.source,
        }),
      );
    }
    for (const [cat, stated] of Object.entries(total.byCategory ?? {})) {
      const category = t.categories.find((c) => c.id === cat);
      const parts = cat === 'all' ? t.rows : t.rows.filter((r) => r.category === cat);
      out.push(
        check({
          id: `${total.id}__count_${cat === 'all' ? 'all' : cat.split('__').at(-1)}`,
          kind: 'category-count',
          relation: 'equals',
          description: category ? `${t.citation}“${category.title}”所列项数` : `${t.citation}所列总项数`,
          where: total.id,
          citation: `${t.citation} 合计`,
          stated,
          computed: parts.length,
          parts: parts.map((r) => r.id),
          source: total.source,
        }),
      );
    }
  }
  // A 合计 column: each row's figures against its stated sum.
  const sumCol = t.columns.find((c) => c.type === 'number' && /^(合计|小计|总计)$/u.test(c.label.trim()));
  if (sumCol) {
    const addends = t.columns.filter((c) => c.type === 'number' && c !== sumCol && !c.continues);
    for (const r of [...t.rows, ...t.totals]) {
      const stated = r.values[sumCol.key];
      if (stated === undefined) continue;
      const computed = sum(addends.map((c) => r.values[c.key] ?? 0));
      const label = 'num' in r ? `${r.citation}` : `${t.citation} 合计`;
      out.push(
        check({
          id: `${r.id}__sum`,
          kind: 'row-total',
          relation: 'equals',
          description: `${label}：“${sumCol.label}”与${addends.map((c) => `“${c.label}”`).join('、')}之和`,
          where: r.id,
          citation: label,
          stated,
          computed,
          parts: addends.map((c) => `${r.id}:${c.key}`),
          column: sumCol.key,
          source: r.source,
        }),
      );
    }
  }
  return out;
}

/** The figure a table gives in total: its stated item count, else its first stated number column. */
function tableTotal(t: Table): { value: number; id: string } | null {
  const total = t.totals[0];
  if (!total) return null;
  if (total.byCategory?.all !== undefined) return { value: total.byCategory.all, id: total.id };
  const col = t.columns.find((c) => total.values[c.key] !== undefined && !/^\d{4}/u.test(c.label));
  return col ? { value: total.values[col.key]!, id: total.id } : null;
}

/** The attachment that breaks a goal down is titled after it: "突破 100 项重大技术" → "突破 100 项重大技术计划". */
function attachmentFor(goal: Provision, provisions: Provision[]): Provision | undefined {
  const key = (goal.title ?? '').replace(/\s+/gu, '');
  if (!key) return undefined;
  return provisions.find((p) => p.kind === 'attachment' && (p.title ?? '').replace(/\s+/gu, '').startsWith(key));
}

function findProvision(ps: Provision[], id: string): Provision | undefined {
  for (const p of ps) {
    if (p.id === id) return p;
    const c = findProvision(p.children, id);
    if (c) return c;
  }
  return undefined;
}

function within(id: string, rootId: string): boolean {
  return id === rootId || id.startsWith(`${rootId}__`);
}

export function targetChecks(targets: Target[], tables: Table[], provisions: Provision[]): Check[] {
  const out: Check[] = [];
  const fieldCounts = targets.filter((t) => t.kind === 'field-count');
  for (const goal of targets.filter((t) => t.kind === 'goal')) {
    const gp = findProvision(provisions, goal.provision);
    const att = gp && attachmentFor(gp, provisions);
    if (!att) continue;
    const relation: Relation = goal.bound === 'at-least' ? 'at-least' : 'equals';
    const attTables = tables.filter((t) => within(t.provision, att.id));
    const tt = attTables.map(tableTotal).find(Boolean);
    if (tt) {
      out.push(
        check({
          id: `${goal.id}__vs_${tt.id.replace(/__total.*$/u, '')}`,
          kind: 'target-sum',
          relation,
          description: `行动目标“${gp!.title}”与${att.citation}所列合计`,
          where: goal.id,
          citation: goal.citation,
          stated: goal.value,
          computed: tt.value,
          parts: [tt.id],
          source: goal.source,
        }),
      );
      // The technologies the field tasks name, against the attachment's list of the same.
      if (fieldCounts.length && fieldCounts.every((f) => f.unit === goal.unit) && /技术/u.test(goal.subject)) {
        out.push(
          check({
            id: `${goal.id}__fields_vs_${att.id}`,
            kind: 'field-count-total',
            relation: 'equals',
            description: `各领域任务所列技术项数之和与${att.citation}所列合计`,
            where: tt.id,
            citation: `${att.citation} 合计`,
            stated: tt.value,
            computed: sum(fieldCounts.map((f) => f.value)),
            parts: fieldCounts.map((f) => f.id),
            source: attTables[0]!.totals[0]!.source,
          }),
        );
      }
    }
    // Work plans: the yearly milestones that break the goal down.
    const inAtt = targets.filter((t) => t.kind === 'milestone' && within(t.provision, att.id) && !t.place);
    const news = inAtt.filter((t) => t.measure === 'new');
    const planned = inAtt.filter((t) => t.measure === 'planned');
    const parts = news.length ? news : planned;
    if (parts.length) {
      out.push(
        check({
          id: `${goal.id}__vs_${att.id}_years`,
          kind: 'target-sum',
          relation,
          description: `行动目标“${gp!.title}”与${att.citation}分年度目标之和`,
          where: goal.id,
          citation: goal.citation,
          stated: goal.value,
          computed: sum(parts.map((t) => t.value)),
          parts: parts.map((t) => t.id),
          source: goal.source,
        }),
      );
    }
    // Running totals against yearly increments.
    const cumulative = inAtt.filter((t) => t.measure === 'cumulative').sort((a, b) => (a.deadline ?? 0) - (b.deadline ?? 0));
    for (let k = 1; k < cumulative.length; k++) {
      const cur = cumulative[k]!;
      const prev = cumulative[k - 1]!;
      const inc = news.find((n) => n.deadline === cur.deadline);
      if (!inc) continue;
      out.push(
        check({
          id: `${inc.id}__increment`,
          kind: 'increment',
          relation: 'equals',
          description: `${cur.deadline}年新增数与${prev.deadline}—${cur.deadline}年累计数之差`,
          where: inc.id,
          citation: inc.citation,
          stated: inc.value,
          computed: cur.value - prev.value,
          parts: [cur.id, prev.id],
          source: inc.source,
        }),
      );
    }
    // Yearly figures in the text against the same year's column total in the schedule table.
    for (const pl of planned) {
      for (const t of attTables) {
        const col = t.columns.find((c) => new RegExp(`^${pl.deadline}\\s*年`, 'u').test(c.label));
        const total = t.totals[0];
        if (!col || !total || total.values[col.key] === undefined) continue;
        out.push(
          check({
            id: `${pl.id}__vs_${t.id}`,
            kind: 'cross-reference',
            relation: 'equals',
            description: `${pl.deadline}年目标：正文所列与${t.citation}合计`,
            where: pl.id,
            citation: pl.citation,
            stated: pl.value,
            computed: total.values[col.key]!,
            parts: [total.id],
            source: pl.source,
          }),
        );
      }
    }
  }
  return out;
}

const ENUMERATION = /((?:[\p{Script=Han}]{2,4}、)+[\p{Script=Han}]{2,4})\s*(\d+)\s*(个|市|家|所)/gu;

/** "依托南宁、柳州、桂林、北海4个国家级高新区": the count against the names listed. */
export function enumerationChecks(provisions: Provision[]): Check[] {
  const out: Check[] = [];
  const visit = (p: Provision) => {
    let k = 0;
    for (const m of p.text.matchAll(ENUMERATION)) {
      const names = m[1]!.split('、');
      const stated = Number(m[2]);
      // "突破 100 项重大技术、创建 100 个…" is a list of goals, not a count of names: a count far
      // from the length of the list is not an enumeration.
      if (stated > names.length * 2 + 2) continue;
      k++;
      // Leading words of the sentence can cling to the first name ("依托南宁"); count names, not characters.
      out.push(
        check({
          id: `${p.id}__enum_${k}`,
          kind: 'enumeration',
          relation: 'equals',
          description: `“${m[0]}”：所列名称个数`,
          where: p.id,
          citation: p.citation,
          stated,
          computed: names.length,
          parts: [],
          source: p.source,
        }),
      );
    }
    p.children.forEach(visit);
  };
  provisions.forEach(visit);
  return out;
}
