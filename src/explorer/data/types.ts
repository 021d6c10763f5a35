/**
 * Chart data: plain numbers, each carrying the id of the clause, table row, stated total, target or
 * check it comes from (`source`), so a chart, its table, its downloads and its links share one origin.
 */
import type { Check, Column, Plan, Provision, Table, TableRow, Target, Unit } from '../../../scripts/model/plan';

export type { Check, Column, Plan, Provision, Table, TableRow, Target, Unit };

/** The editorial file content/editorial/technology-fields.json. */
export interface TechFieldMapping {
  about: string;
  about_en: string;
  reviewed: string;
  rows: { row: string; title: string; field: string; note?: string; note_en?: string }[];
}

/** A stated total next to the sum the explorer computes from its parts. */
export interface StatedVsComputed {
  stated: number;
  computed: number;
  /** Where the document states the figure (total row, target or check id). */
  source: string;
  /** The check that compares them, when the ingest made one. */
  check?: string;
  /** True when this disagreement is one of the model's findings. */
  finding: boolean;
}
