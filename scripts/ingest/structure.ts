/**
 * Stage 4, structure: normalised blocks → document metadata, the provision tree and raw tables.
 *
 * The parts of an official document come in a fixed order (版头, 发文字号, 标题, 主送, 正文, 成文日期,
 * 附件说明, 附件, 抄送, 印发机关和印发日期); each is recognised by its own form, not by position.
 */
import type { Provision, ProvisionKind, NumberingStyle } from '../model/plan.ts';
import type { Block } from './blocks.ts';
import { LineError } from './errors.ts';
import { readNumbering, splitLeadIn, STYLE_RANK, type Numbering } from '../model/numbering.ts';
import { sameWords } from './normalise.ts';

export interface RawTable {
  id: string;
  provision: string;
  citation: string;
  title: string;
  label?: string;
  unit?: string;
  rows: Block[];
}

export interface AttachmentEntry {
  num: number;
  title: string;
  line: number;
}

export interface Structure {
  copyNumber?: string;
  issuerHeader?: string;
  issuer: string;
  docNumber: string;
  noticeTitle: string;
  planTitle: string;
  addressees: string[];
  noticeText: string;
  dateSigned: string;
  disclosure?: string;
  attachments: AttachmentEntry[];
  cc: string[];
  printingOffice?: string;
  datePrinted?: string;
  provisions: Provision[];
  tables: RawTable[];
}

const DOC_NUMBER = /^\S{1,20}[〔［\[(（]\s*\d{4}\s*[〕］\])）]\s*\d+\s*号$/u;
const DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/u;
const PRINT_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*印发$/u;
const DISCLOSURE = /^[（(]\s*公开方式\s*[:：]\s*(.+?)\s*[）)]$/u;
const ATTACHMENT_LIST = /^附件\s*[:：]\s*(.*)$/su;
const ATTACHMENT_LABEL = /^附件\s*(\d+)$/u;
const TABLE_LABEL = /^附表\s*(\d*)$/u;
const UNIT_LINE = /^[（(]\s*单位\s*[:：]\s*(.+?)\s*[）)]$/u;
const CC = /^抄送\s*[:：]\s*(.*)$/su;

export function isoDate(m: RegExpExecArray): string {
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

const SEGMENT: Record<NumberingStyle, string> = {
  'cn-dun': 'part',
  'cn-paren': 'sec',
  'arabic-dot': 'item',
  'arabic-paren': 'subitem',
};
const KIND: Record<NumberingStyle, ProvisionKind> = {
  'cn-dun': 'part',
  'cn-paren': 'section',
  'arabic-dot': 'item',
  'arabic-paren': 'subitem',
};

/** Split "甲，乙，丙。" lists (主送, 抄送) into names. */
export function splitNames(s: string): string[] {
  return s
    .split(/[，,。；;\n]/u)
    .map((x) => x.trim())
    .filter(Boolean);
}

interface Frame {
  node: Provision;
  rank: number;
  paras: string[];
}

/**
 * Builds one provision tree (the plan body, or one attachment) from numbered and plain blocks.
 * Paragraphs go to the innermost open provision; numbering closes every provision at its level or below.
 */
class TreeBuilder {
  readonly roots: Provision[] = [];
  private stack: Frame[] = [];
  private seen = new Map<string, number>();
  readonly rootParas: string[] = [];

  constructor(
    private readonly idPrefix: string,
    private readonly citationPrefix: string,
    private readonly container?: Provision,
  ) {}

  get current(): Provision | undefined {
    return this.stack.at(-1)?.node ?? this.container;
  }

  open(block: Block, n: Numbering): void {
    const rank = STYLE_RANK[n.style];
    this.closeTo(rank);
    const parent = this.stack.at(-1);
    const seg = `${SEGMENT[n.style]}_${n.value}`;
    const id = parent ? `${parent.node.id}__${seg}` : this.idPrefix ? `${this.idPrefix}__${seg}` : seg;
    const prior = this.seen.get(id);
    if (prior !== undefined)
      throw new LineError(block.line, `numbering "${n.printed}" repeats the one on line ${prior} at the same level`);
    this.seen.set(id, block.line);
    const citation = parent
      ? parent.node.citation + n.label
      : this.citationPrefix
        ? `${this.citationPrefix} ${n.label}`
        : n.label;
    const { title, text } = splitLeadIn(n.rest, n.style);
    const node: Provision = {
      id,
      kind: KIND[n.style],
      num: n.printed,
      citation,
      title,
      text: '',
      source: { line: block.line, endLine: block.endLine },
      children: [],
    };
    (parent ? parent.node.children : this.container ? this.container.children : this.roots).push(node);
    this.stack.push({ node, rank, paras: text ? [text] : [] });
  }

  addText(block: Block): void {
    const top = this.stack.at(-1);
    if (top) {
      top.paras.push(block.text);
      top.node.source.endLine = Math.max(top.node.source.endLine, block.endLine);
    } else this.rootParas.push(block.text);
  }

  /** Close frames at `rank` or deeper (Infinity-safe: rank -1 closes all). */
  closeTo(rank: number): void {
    while (this.stack.length && this.stack.at(-1)!.rank >= rank) {
      const f = this.stack.pop()!;
      f.node.text = f.paras.join('\n');
      const parent = this.stack.at(-1);
      if (parent) parent.node.source.endLine = Math.max(parent.node.source.endLine, f.node.source.endLine);
    }
  }

  finish(): void {
    this.closeTo(-1);
  }
}

export function structure(blocks: Block[]): Structure {
  let i = 0;
  const at = () => blocks[i];
  const firstLine = blocks[0]?.line ?? 1;

  // 份号 and 版头
  let copyNumber: string | undefined;
  let issuerHeader: string | undefined;
  while (i < blocks.length && !DOC_NUMBER.test(at()!.text)) {
    const b = at()!;
    if (/^\d{4,}$/.test(b.text) && !copyNumber) copyNumber = b.text;
    else if (/文件$/u.test(b.text)) issuerHeader = b.text;
    i++;
    if (i > 12) break;
  }
  if (i >= blocks.length || !DOC_NUMBER.test(at()!.text))
    throw new LineError(firstLine, 'no recognisable structure: no document number (发文字号, e.g. 某政发〔2018〕1号) near the top');
  const docNumber = at()!.text.replace(/\s+/gu, '');
  i++;

  const titleBlock = at();
  if (!titleBlock || titleBlock.kind === 'row') throw new LineError(blocks[i - 1]!.endLine, 'no notice title after the document number');
  const noticeTitle = titleBlock.text;
  i++;
  const issuer =
    /^(.+?)关于/u.exec(noticeTitle)?.[1] ?? (issuerHeader ? issuerHeader.replace(/文件$/u, '').replace(/\s+/gu, '') : '');
  if (!issuer) throw new LineError(titleBlock.line, 'cannot tell the issuing body: the title does not read "某某关于……" and there is no 版头');

  // 主送 and the notice body, up to 成文日期
  let addressees: string[] = [];
  const notice: string[] = [];
  let dateSigned = '';
  for (; i < blocks.length; i++) {
    const b = at()!;
    const d = DATE.exec(b.text);
    if (d) {
      dateSigned = isoDate(d);
      i++;
      break;
    }
    if (!addressees.length && notice.length === 0) {
      const [first, ...rest] = b.text.split('\n');
      if (first && /[:：]$/u.test(first)) {
        addressees = splitNames(first.replace(/[:：]$/u, ''));
        if (rest.length) notice.push(rest.join('\n'));
        continue;
      }
    }
    if (b.kind === 'heading' && notice.length > 0) break; // a plan title before any date
    notice.push(b.text);
  }
  if (!dateSigned) throw new LineError(titleBlock.line, 'no date signed (成文日期, e.g. 2018年11月19日) after the notice');
  let disclosure: string | undefined;
  const disc = at() && DISCLOSURE.exec(at()!.text);
  if (disc) {
    disclosure = disc[1];
    i++;
  }

  // The plan itself
  const planBlock = at();
  if (!planBlock) throw new LineError(blocks.at(-1)!.endLine, 'the document ends before the plan begins');
  const named = /《(.+?)》/u.exec(notice.join(''))?.[1];
  const planTitle = planBlock.text.replace(/\n/g, '');
  if (named && !sameWords(named, planTitle) && planBlock.kind !== 'heading')
    throw new LineError(planBlock.line, `expected the plan title 《${named}》 here`);
  i++;

  const body = new TreeBuilder('', '');
  const tables: RawTable[] = [];
  let attachments: AttachmentEntry[] = [];
  let sawNumbered = false;
  for (; i < blocks.length; i++) {
    const b = at()!;
    const list = ATTACHMENT_LIST.exec(b.text);
    if (list && (b.kind === 'item' || b.kind === 'para')) {
      const read = readAttachmentList(blocks, i, list[1]!);
      attachments = read.entries;
      i += read.consumed;
      break;
    }
    if (b.kind === 'rule' || CC.test(b.text)) break;
    const n = b.kind === 'row' ? null : readNumbering(b.text);
    if (n) {
      body.open(b, n);
      sawNumbered = true;
    } else if (b.kind === 'row') {
      throw new LineError(b.line, 'a table row in the body of the plan, outside any attachment');
    } else body.addText(b);
  }
  body.finish();
  if (!sawNumbered) throw new LineError(planBlock.line, 'no recognisable structure: the plan has no numbered provisions (一、 （一） 1.)');

  const provisions: Provision[] = [];
  if (body.rootParas.length) {
    provisions.push({
      id: 'preamble',
      kind: 'preamble',
      num: '',
      citation: '序言',
      title: null,
      text: body.rootParas.join('\n'),
      source: { line: planBlock.endLine + 1, endLine: (body.roots[0]?.source.line ?? planBlock.endLine + 2) - 1 },
      children: [],
    });
  }
  provisions.push(...body.roots);

  // Attachments, matched to the list by title (a 附件 N label is optional)
  let cur: { builder: TreeBuilder; node: Provision; tableCount: number } | null = null;
  let label: number | null = null;
  let tableLabel: string | null = null;
  let tableTitle: string | null = null;
  let tableUnit: string | undefined;
  let table: RawTable | null = null;
  const started = new Set<number>();
  const closeAttachment = () => {
    if (!cur) return;
    cur.builder.finish();
    cur.node.text = cur.builder.rootParas.join('\n');
    cur = null;
  };
  for (; i < blocks.length; i++) {
    const b = at()!;
    if (b.kind !== 'row') table = null;
    if (b.kind === 'rule' || CC.test(b.text)) break;
    const lab = ATTACHMENT_LABEL.exec(b.text);
    if (lab) {
      label = Number(lab[1]);
      continue;
    }
    const entry = b.kind === 'row' ? undefined : attachments.find((a) => !started.has(a.num) && sameWords(a.title, b.text));
    if (entry) {
      if (label !== null && label !== entry.num)
        throw new LineError(b.line, `labelled 附件 ${label} but titled as 附件 ${entry.num} in the list`);
      closeAttachment();
      started.add(entry.num);
      const node: Provision = {
        id: `att_${entry.num}`,
        kind: 'attachment',
        num: `附件${entry.num}`,
        citation: `附件${entry.num}`,
        title: entry.title,
        text: '',
        tables: [],
        source: { line: b.line, endLine: b.endLine },
        children: [],
      };
      provisions.push(node);
      cur = { builder: new TreeBuilder(node.id, node.citation, node), node, tableCount: 0 };
      label = null;
      tableLabel = tableTitle = null;
      tableUnit = undefined;
      continue;
    }
    if (!cur) {
      if (attachments.length === 0) break;
      throw new LineError(b.line, `text after the attachment list that does not begin any listed attachment: "${b.text.slice(0, 30)}"`);
    }
    cur.node.source.endLine = b.endLine;
    const tl = TABLE_LABEL.exec(b.text);
    if (tl && b.kind !== 'row') {
      tableLabel = b.text.replace(/\s+/gu, '');
      cur.builder.closeTo(-1); // a schedule table belongs to the attachment, not its last section
      continue;
    }
    if (tableLabel && !tableTitle && b.kind !== 'row') {
      tableTitle = b.text;
      continue;
    }
    const unit = UNIT_LINE.exec(b.text);
    if (unit && b.kind !== 'row') {
      tableUnit = unit[1];
      continue;
    }
    if (b.kind === 'row') {
      if (!table) {
        cur.tableCount++;
        const owner = cur.builder.current ?? cur.node;
        table = {
          id: `${cur.node.id}__tbl_${cur.tableCount}`,
          provision: owner.id,
          citation: tableLabel
            ? `${cur.node.citation} ${tableLabel}`
            : cur.tableCount === 1
              ? cur.node.citation
              : `${cur.node.citation} 表${cur.tableCount}`,
          title: tableTitle ?? cur.node.title ?? '',
          ...(tableLabel ? { label: tableLabel } : {}),
          ...(tableUnit ? { unit: tableUnit } : {}),
          rows: [],
        };
        (owner.tables ??= []).push(table.id);
        tables.push(table);
        tableLabel = tableTitle = null;
        tableUnit = undefined;
      }
      table.rows.push(b);
      continue;
    }
    const n = readNumbering(b.text);
    if (n) cur.builder.open(b, n);
    else cur.builder.addText(b);
  }
  closeAttachment();
  const missing = attachments.filter((a) => !started.has(a.num));
  if (missing.length)
    throw new LineError(missing[0]!.line, `attachment ${missing[0]!.num} 《${missing[0]!.title}》 is listed but its text was not found`);

  // 抄送, 印发机关, 印发日期
  let cc: string[] = [];
  let printingOffice: string | undefined;
  let datePrinted: string | undefined;
  for (; i < blocks.length; i++) {
    const b = at()!;
    const c = CC.exec(b.text);
    if (c) cc = splitNames(c[1]!);
    const p = PRINT_DATE.exec(b.text);
    if (p) {
      datePrinted = isoDate(p);
      const prev = blocks.slice(0, i).reverse().find((x) => x.kind !== 'rule');
      if (prev && !/[，。：:]/u.test(prev.text) && !CC.test(prev.text)) printingOffice = prev.text;
    }
  }

  return {
    ...(copyNumber ? { copyNumber } : {}),
    ...(issuerHeader ? { issuerHeader } : {}),
    issuer,
    docNumber,
    noticeTitle,
    planTitle,
    addressees,
    noticeText: notice.join('\n'),
    dateSigned,
    ...(disclosure ? { disclosure } : {}),
    attachments,
    cc,
    ...(printingOffice ? { printingOffice } : {}),
    ...(datePrinted ? { datePrinted } : {}),
    provisions,
    tables,
  };
}

/**
 * "附件：1. 甲" then "2. 乙" … → entries, and how many blocks they took. The entries may be
 * separate list items or lines of one paragraph. One unnumbered entry means a single attachment.
 */
function readAttachmentList(blocks: Block[], start: number, firstText: string): { entries: AttachmentEntry[]; consumed: number } {
  const line = blocks[start]!.line;
  const lines = firstText.split('\n').map((l) => l.trim()).filter(Boolean);
  const first = readNumbering(lines[0] ?? '');
  if (!first) return { entries: lines[0] ? [{ num: 1, title: lines[0], line }] : [], consumed: 1 };
  const entries: AttachmentEntry[] = [];
  const accept = (text: string, at: number): boolean => {
    const n = readNumbering(text);
    const expect = entries.length ? entries.at(-1)!.num + 1 : first.value;
    if (!n || n.style !== first.style || n.value !== expect) return false;
    entries.push({ num: n.value, title: n.rest.trim(), line: at });
    return true;
  };
  for (const [k, l] of lines.entries()) if (!accept(l, line + k)) break;
  let j = start + 1;
  for (; j < blocks.length; j++) {
    const b = blocks[j]!;
    if (b.kind === 'row' || !b.text.split('\n').every((l) => accept(l.trim(), b.line))) break;
  }
  return { entries, consumed: j - start };
}
