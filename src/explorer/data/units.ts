/** Tasks by department: how many tasks each unit leads and how many it cooperates on. */
import type { Plan } from './types';

export interface UnitTaskRow {
  /** Unit id (u_…): its page is unitPath(lang, id) (/units/<slug>/). */
  id: string;
  name: string;
  leads: string[];
  cooperates: string[];
}

/** Units with at least one task, most leads first, then most cooperations, then by name. */
export function unitsData(plan: Plan): UnitTaskRow[] {
  return plan.units
    .filter((u) => u.leads.length + u.cooperates.length > 0)
    .map((u) => ({ id: u.id, name: u.name, leads: [...u.leads], cooperates: [...u.cooperates] }))
    .sort(
      (a, b) =>
        b.leads.length - a.leads.length ||
        b.cooperates.length - a.cooperates.length ||
        a.name.localeCompare(b.name, 'zh-CN'),
    );
}
