/** Tasks by department: how many tasks each unit leads, cooperates on, and is named responsible for. */
import type { Plan } from './types';

export interface UnitTaskRow {
  /** Unit id (u_…): its page is unitPath(lang, id) (/units/<slug>/). */
  id: string;
  name: string;
  leads: string[];
  cooperates: string[];
  /** Tasks whose units the document lists without saying who leads (责任单位, …等负责). */
  responsible: string[];
}

/** Units with at least one task, most leads first, then most cooperations, then most responsibilities, then by name. */
export function unitsData(plan: Plan): UnitTaskRow[] {
  return plan.units
    .map((u) => ({ id: u.id, name: u.name, leads: [...u.leads], cooperates: [...u.cooperates], responsible: [...(u.responsible ?? [])] }))
    .filter((u) => u.leads.length + u.cooperates.length + u.responsible.length > 0)
    .sort(
      (a, b) =>
        b.leads.length - a.leads.length ||
        b.cooperates.length - a.cooperates.length ||
        b.responsible.length - a.responsible.length ||
        a.name.localeCompare(b.name, 'zh-CN'),
    );
}
