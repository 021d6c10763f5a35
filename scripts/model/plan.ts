/**
 * The plan model: one schema, imported by every stage of the ingest and by the site.
 *
 * Ids follow the Akoma Ntoso eId style (`part_3__sec_1__item_2`): ASCII, built only from the
 * document's own numbering, so they are the same in every build and every language.
 */
import { z } from 'zod';

/** Where something stands in the source file (1-based lines), so findings and errors can cite it. */
export const SourceSpan = z.object({
  line: z.number().int().positive(),
  endLine: z.number().int().positive(),
});
export type SourceSpan = z.infer<typeof SourceSpan>;

/** Numbering styles of Chinese official documents, outermost first (GB/T 9704 convention). */
export const NumberingStyle = z.enum(['cn-dun', 'cn-paren', 'arabic-dot', 'arabic-paren']);
export type NumberingStyle = z.infer<typeof NumberingStyle>;

/**
 * How the document states who carries a task. Decides which roles can be read from it:
 * - `labelled`: （牵头单位：A；配合单位：B） or （牵头部门：A） — leads and cooperating units as labelled;
 * - `responsible`: （责任单位：A、B） / （责任部门：…） — one list the document does not split: all `responsible`;
 * - `listed`: the State Council form （A、B、C等负责）. When the document states 列第一位者为牵头单位 the first
 *   listed unit is the lead and the rest cooperate (`leadRule` says where it is stated); otherwise all `responsible`;
 * - `listed-lead`: （A、B牵头负责） — every unit listed leads;
 * - `unlabelled`: a parenthetical that is only a list of units, such as （各有关单位） — all `responsible`;
 * - `table`: no parenthetical in the text; the units are in a row of a 任务分工表 attachment (`row`).
 */
export const OwnershipForm = z.enum(['labelled', 'responsible', 'listed', 'listed-lead', 'unlabelled', 'table']);
export type OwnershipForm = z.infer<typeof OwnershipForm>;

/**
 * Who carries a task, in three roles: `lead` (牵头), `cooperating` (配合) and `responsible` (a list the
 * document names without saying who leads — never split by guessing). Any role may be empty, but not all three.
 */
export const Ownership = z.object({
  /** The parenthetical as printed, page-break joins mended. Absent when the units come from a table row (`form: table`). */
  statement: z.string().optional(),
  form: OwnershipForm,
  lead: z.array(z.string()),
  cooperating: z.array(z.string()),
  responsible: z.array(z.string()),
  /** Set when the leads act "each within its remit" (按职能分别负责) rather than jointly. */
  leadsSeparately: z.boolean(),
  /** For `listed` with a lead: the provision whose statement says the first listed unit leads (列第一位者为牵头单位). */
  leadRule: z.string().optional(),
  /** For `table`: the id of the 任务分工表 row (with its continuation lines) that gives the units. */
  row: z.string().optional(),
});
export type Ownership = z.infer<typeof Ownership>;

/**
 * `paragraph`: an unnumbered paragraph that is a task of its own (it ends in a unit parenthetical, as in
 * plans whose sections hold plain paragraphs rather than numbered items). Its id is its position among
 * the paragraphs of its numbered parent: `part_1__sec_2__para_3` is the third paragraph of 一（二）.
 */
export const ProvisionKind = z.enum(['part', 'section', 'item', 'subitem', 'attachment', 'preamble', 'paragraph']);
export type ProvisionKind = z.infer<typeof ProvisionKind>;

export type Provision = {
  id: string;
  kind: ProvisionKind;
  /** Numbering as printed: "三、", "（一）", "1.", "附件4". Empty for the preamble. */
  num: string;
  /** Position as a person cites it: "三（一）1", "附件4 二（三）". */
  citation: string;
  /** Lead-in title ("汽车领域"), or null when the item opens straight into its text. */
  title: string | null;
  /** Body text; paragraphs separated by "\n". The ownership parenthetical stays in the text. */
  text: string;
  /**
   * Present on tasks (provisions with an `ownership`): the units of the three roles, the same lists as
   * `ownership.lead` / `.cooperating` / `.responsible`.
   */
  lead?: string[];
  cooperating?: string[];
  responsible?: string[];
  ownership?: Ownership;
  /** Ids of tables printed within this provision (attachments). */
  tables?: string[];
  source: SourceSpan;
  children: Provision[];
};

export const Provision: z.ZodType<Provision> = z.lazy(() =>
  z.object({
    id: z.string().regex(/^[a-z0-9_]+$/),
    kind: ProvisionKind,
    num: z.string(),
    citation: z.string(),
    title: z.string().nullable(),
    text: z.string(),
    lead: z.array(z.string()).optional(),
    cooperating: z.array(z.string()).optional(),
    responsible: z.array(z.string()).optional(),
    ownership: Ownership.optional(),
    tables: z.array(z.string()).optional(),
    source: SourceSpan,
    children: z.array(Provision),
  }),
);

export const TargetKind = z.enum([
  'goal', // a numbered action goal ("突破 100 项重大技术")
  'indicator', // a headline indicator of the goals ("科技进步贡献率提高到 55%以上")
  'field-count', // the number of technologies a field task names ("等 24 项技术")
  'milestone', // a dated figure in a work plan ("2018 年末…新增…500 家")
  'baseline', // where an indicator stands when the plan is written ("科技进步贡献率达到 52.35%")
]);
export type TargetKind = z.infer<typeof TargetKind>;

export const Target = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  kind: TargetKind,
  /** The provision that states it. */
  provision: z.string(),
  citation: z.string(),
  /** What is counted or measured, in the document's words ("重大技术", "科技进步贡献率"). */
  subject: z.string(),
  value: z.number(),
  /** Upper end when the document gives a range ("前移 2—3 位"). */
  valueMax: z.number().optional(),
  /** When the figure is a change of rank, which way it moves: "前移" up, "后移" down ("排名前移 2—3 位"). */
  move: z.enum(['up', 'down']).optional(),
  unit: z.string(),
  /** "at-least" when the document says 以上 or 不少于; "more-than" when it says 超过 or 超 ("超 500 件"). */
  bound: z.enum(['at-least', 'more-than', 'exact', 'range']),
  /** Year by which it is to be reached, when the document says so. */
  deadline: z.number().int().optional(),
  /** For milestones: whether the figure is an increment (新增) or a running total (达到). */
  measure: z.enum(['new', 'cumulative', 'planned']).optional(),
  /** For milestones broken down by place. */
  place: z.string().optional(),
  /** For field counts: the field named by the task's title. */
  field: z.string().optional(),
  /** For baselines: the indicator target it is the starting point of, and the year it refers to if stated. */
  baselineOf: z.string().optional(),
  asOf: z.number().int().optional(),
  /** The sentence that states it, exactly as printed. */
  quote: z.string(),
  source: SourceSpan,
});
export type Target = z.infer<typeof Target>;

export const ColumnType = z.enum(['seq', 'text', 'number', 'units']);
export const Column = z.object({
  key: z.string().regex(/^[a-z0-9_]+$/),
  label: z.string(),
  type: ColumnType,
  /** Unit read from the header ("数量 (个)" → "个") or from a unit line above the table. */
  unit: z.string().optional(),
  /** Set on a column whose header cell is blank, printed as part of the column before it. */
  continues: z.string().optional(),
});
export type Column = z.infer<typeof Column>;

export const TableCategory = z.object({
  id: z.string(),
  num: z.string(),
  title: z.string(),
  source: SourceSpan,
});
export type TableCategory = z.infer<typeof TableCategory>;

/**
 * A line printed under a row as part of it: the source merged (rowspan) the row's first cells (序号,
 * 工作事项) over several lines and did not repeat them, so the line has fewer cells. Only the cells it
 * prints are kept, under the columns they align with; nothing is copied down from the row.
 */
export const TableRowLine = z.object({
  cells: z.record(z.string(), z.string()),
  values: z.record(z.string(), z.number()),
  units: z.record(z.string(), z.array(z.string())).optional(),
  source: SourceSpan,
});
export type TableRowLine = z.infer<typeof TableRowLine>;

export const TableRow = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  /** 序号 as printed. */
  num: z.string(),
  category: z.string().optional(),
  cells: z.record(z.string(), z.string()),
  /** Parsed numbers of the number columns. */
  values: z.record(z.string(), z.number()),
  /** Units named in `units` columns, normalised. */
  units: z.record(z.string(), z.array(z.string())).optional(),
  /** Lines printed under this row that belong to it (merged first cells not repeated), in order. */
  continued: z.array(TableRowLine).optional(),
  /**
   * Column keys whose cell this row does not print because a merged cell above covers it, mapped to the id
   * of the row that prints it (附件1's 一级指标 spanning a group of indicator rows). The cell itself stays empty.
   */
  spannedFrom: z.record(z.string(), z.string()).optional(),
  /** For a 任务分工表 row: the task (provision id) whose units it gives. */
  task: z.string().optional(),
  citation: z.string(),
  source: SourceSpan,
});
export type TableRow = z.infer<typeof TableRow>;

export const StatedTotal = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  /** "附件2 合计": how a person cites the total row. */
  citation: z.string(),
  /** The 合计 row exactly as printed (cells joined by a tab). */
  text: z.string(),
  cells: z.record(z.string(), z.string()),
  /** Totals per number column. */
  values: z.record(z.string(), z.number()),
  /** Totals stated in words per category ("核心技术 44 项"), keyed by category id, plus "all". */
  byCategory: z.record(z.string(), z.number()).optional(),
  source: SourceSpan,
});
export type StatedTotal = z.infer<typeof StatedTotal>;

export const Table = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  /** The provision (attachment or its part) the table belongs to. */
  provision: z.string(),
  title: z.string(),
  /** A caption label printed above the title, such as 附表. */
  label: z.string().optional(),
  unit: z.string().optional(),
  columns: z.array(Column),
  categories: z.array(TableCategory),
  rows: z.array(TableRow),
  totals: z.array(StatedTotal),
  citation: z.string(),
  source: SourceSpan,
});
export type Table = z.infer<typeof Table>;

export const Check = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  kind: z.enum([
    'column-total', // a 合计 row against the sum of the rows above it
    'row-total', // a 合计 column against the sum of the row's other figures
    'category-count', // "核心技术 44 项" against the rows listed under 核心技术
    'field-count-total', // the technologies the field tasks name against the attachment's list
    'increment', // a year's 新增 against the change in the running total
    'target-sum', // a goal against the attachment or milestones that break it down
    'cross-reference', // a figure in the text against the same figure in a table
    'enumeration', // "甲、乙、丙、丁4个" against the names listed
  ]),
  /** "equals", or "at-least" when the document's goal says 以上 (the parts may exceed it). */
  relation: z.enum(['equals', 'at-least']),
  /** What is compared, in plain Chinese, for the site to show. */
  description: z.string(),
  /** The id (provision, target, row or total) where the document states the figure. */
  where: z.string(),
  citation: z.string(),
  stated: z.number(),
  computed: z.number(),
  /** Ids whose figures were added up. */
  parts: z.array(z.string()),
  /** For table checks: the column key whose figure is checked. */
  column: z.string().optional(),
  agrees: z.boolean(),
  source: SourceSpan,
});
export type Check = z.infer<typeof Check>;

export const Attachment = z.object({
  id: z.string(),
  num: z.number().int().positive(),
  title: z.string(),
});

/**
 * What the document's text says about itself, and nothing more: a field the text does not print is
 * absent (a web copy without 文号, an attachment printed alone without its covering notice or date).
 */
export const DocumentMeta = z.object({
  /** 份号 printed at the top, if any. */
  copyNumber: z.string().optional(),
  /** 发文机关: from the 版头, the title ("某某关于…"), or the signature. */
  issuer: z.string().optional(),
  /** 发文字号, wherever it is printed (before or after the title). */
  docNumber: z.string().optional(),
  /** The title of the covering notice (通知), or of the document when it is issued directly ("某某印发《…》"). */
  noticeTitle: z.string().optional(),
  /** The plan's own title; a title printed over two lines is joined. */
  planTitle: z.string(),
  /** 主送 (empty when the text names no addressees) */
  addressees: z.array(z.string()),
  /** The covering notice's body; absent when there is no notice. */
  noticeText: z.string().optional(),
  /** The names the document is signed with, as printed above the date (several for a joint document). */
  signatories: z.array(z.string()).optional(),
  /** 成文日期, ISO — after the notice or at the end of the body, wherever the text prints it. */
  dateSigned: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** 印发日期, ISO */
  datePrinted: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** 公开方式 ("主动公开"), or the note "此件公开发布" */
  disclosure: z.string().optional(),
  /** 抄送 */
  cc: z.array(z.string()),
  /** 印发机关 */
  printingOffice: z.string().optional(),
  /** Set when the text is an attachment printed alone: it opens with the label 附件 and has no covering notice. */
  attachmentOnly: z.boolean().optional(),
  attachments: z.array(Attachment),
  source: z.object({ file: z.string(), sha256: z.string(), lines: z.number().int() }),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

export const Unit = z.object({
  /** `u_` + the first 8 hex digits of the SHA-256 of the name: ASCII, and the same in every build. */
  id: z.string().regex(/^u_[0-9a-f]{8}$/),
  name: z.string(),
  /** Task ids this unit leads / cooperates on / is named responsible for (a list the document does not split). */
  leads: z.array(z.string()),
  cooperates: z.array(z.string()),
  responsible: z.array(z.string()),
  /** Table row ids naming this unit in a 牵头 (lead), 配合 (cooperating) or 责任 (responsible) column. */
  leadsRows: z.array(z.string()),
  cooperatesRows: z.array(z.string()),
  responsibleRows: z.array(z.string()),
});
export type Unit = z.infer<typeof Unit>;

export const Plan = z.object({
  schemaVersion: z.literal(1),
  document: DocumentMeta,
  provisions: z.array(Provision),
  targets: z.array(Target),
  tables: z.array(Table),
  units: z.array(Unit),
  checks: z.array(Check),
  /** The checks whose stated figure differs from the sum of its parts. */
  findings: z.array(Check),
});
export type Plan = z.infer<typeof Plan>;
