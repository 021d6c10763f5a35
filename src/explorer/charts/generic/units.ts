/**
 * Who carries the tasks, for any plan: per unit, the tasks it leads and cooperates on (two-sided bars) and,
 * where the document lists units without saying who leads (责任单位, …等负责), the tasks it is named
 * responsible for (bars of their own: that role is never split into lead and cooperating).
 */
import { ex } from '../../../i18n/explorer';
import { unitsData } from '../../data/units';
import { tokens } from '../../data/facets';
import type { Labels } from '../../labels';
import { diverging } from '../../svg/diverging';
import { hbar } from '../../svg/hbar';
import { sources, type BuildContext, type ChartModel, type Col } from '../model';

export function unitsChart(ctx: BuildContext, L: Labels): ChartModel | undefined {
  const lang = ctx.lang;
  const rows = unitsData(ctx.plan);
  if (rows.length === 0) return undefined;
  const paired = rows.filter((r) => r.leads.length + r.cooperates.length > 0);
  const resp = rows.filter((r) => r.responsible.length > 0).sort((a, b) => b.responsible.length - a.responsible.length || a.name.localeCompare(b.name, 'zh-CN'));
  const tasks = new Set(rows.flatMap((r) => r.leads)).size;
  const div = paired.map((r) => ({
    label: L.unit(r.name),
    left: r.leads.length,
    right: r.cooperates.length,
    leftMark: {
      key: `${r.id}:lead`,
      href: ctx.unitHref(r.id),
      tip: ex(lang, 'units.tipLead', { unit: L.unit(r.name), n: r.leads.length }),
      tokens: [...tokens({ lead: [r.id], role: 'lead' })],
    },
    rightMark: {
      key: `${r.id}:coop`,
      href: ctx.unitHref(r.id),
      tip: ex(lang, 'units.tipCoop', { unit: L.unit(r.name), n: r.cooperates.length }),
      tokens: [...tokens({ coop: [r.id], role: 'coop' })],
    },
  }));
  const respBars = resp.map((r) => ({
    key: `${r.id}:resp`,
    href: ctx.unitHref(r.id),
    tip: ex(lang, 'units.tipResp', { unit: L.unit(r.name), n: r.responsible.length }),
    tokens: [...tokens({ resp: [r.id], role: 'resp' })],
    label: L.unit(r.name),
    value: r.responsible.length,
    valueLabel: String(r.responsible.length),
    cls: 'ex-c3',
  }));
  const top = paired[0];
  const topResp = resp[0];
  const respTasks = new Set(resp.flatMap((r) => r.responsible)).size;
  const takeaway = [
    top ? ex(lang, 'units.take', { top: L.unit(top.name), l: top.leads.length, c: top.cooperates.length, k: paired.length, nl: paired.filter((r) => r.leads.length > 0).length }) : '',
    topResp ? ex(lang, 'units.takeResp', { top: L.unit(topResp.name), n: topResp.responsible.length, k: resp.length, tasks: respTasks }) : '',
  ].filter(Boolean).join(lang === 'en' ? ' ' : '');
  const columns: Col[] = [
    { key: 'unit', label: ex(lang, 'col.unitName') },
    { key: 'leads', label: ex(lang, 'col.leads'), num: true },
    { key: 'coops', label: ex(lang, 'col.coops'), num: true },
    ...(resp.length ? [{ key: 'resp', label: ex(lang, 'col.resp'), num: true }] : []),
    { key: 'tasks', label: ex(lang, 'col.tasks'), num: true },
  ];
  const svgs = [
    ...(div.length ? [{ id: 'svg-units', svg: diverging({ id: 'svg-units', labelledBy: 'h-units', rows: div, leftTitle: ex(lang, 'units.left'), rightTitle: ex(lang, 'units.right') }) }] : []),
    ...(respBars.length
      ? [{ id: 'svg-units-resp', ...(div.length ? { caption: ex(lang, 'units.resp') } : {}), svg: hbar({ id: 'svg-units-resp', labelledBy: div.length ? 'cap-svg-units-resp' : 'h-units', rows: respBars }) }]
      : []),
  ];
  return {
    id: 'units',
    title: ex(lang, div.length === 0 ? 'units.titleResp' : resp.length ? 'units.titleAll' : 'units.title'),
    takeaway,
    columns,
    rows: rows.map((r) => ({
      id: r.id,
      href: ctx.unitHref(r.id),
      tokens: tokens({ lead: [r.id], coop: [r.id], ...(resp.length ? { resp: [r.id] } : {}) }),
      cells: {
        unit: L.unit(r.name),
        leads: r.leads.length,
        coops: r.cooperates.length,
        ...(resp.length ? { resp: r.responsible.length } : {}),
        tasks: r.leads.length + r.cooperates.length + r.responsible.length,
      },
    })),
    svgs,
    legend: [
      ...(div.length
        ? [
            { cls: 'ex-c1', label: ex(lang, 'units.left'), kind: 'bar' as const },
            { cls: 'ex-c2', label: ex(lang, 'units.right'), kind: 'bar' as const },
          ]
        : []),
      ...(respBars.length ? [{ cls: 'ex-c3', label: ex(lang, 'units.resp'), kind: 'bar' as const }] : []),
    ],
    notes: [
      ...(div.length ? [{ kind: 'info' as const, text: ex(lang, 'units.note', { tasks }) }] : []),
      ...(respBars.length ? [{ kind: 'info' as const, text: ex(lang, 'units.noteResp') }] : []),
    ],
    sources: sources(ctx, [...new Set(rows.flatMap((r) => [...r.leads, ...r.cooperates, ...r.responsible]).map((id) => id.split('__')[0]!))].sort()),
    marks: div.reduce((a, r) => a + (r.left > 0 ? 1 : 0) + (r.right > 0 ? 1 : 0), 0) + respBars.length,
  };
}
