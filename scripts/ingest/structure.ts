/**
 * Stage 4b, structure: normalised blocks → document metadata, the provision tree and raw tables.
 *
 * The front matter (front.ts) says where the plan's own text begins; then come its body, an optional
 * signature and date, the 附件 list, the attachments and the 抄送/印发 lines. Each is recognised by its
 * own form, not by position or Markdown heading level.
 */
import type { Provision, ProvisionKind, NumberingStyle } from '../model/plan.ts';
import type { Block } from './blocks.ts';
import { LineError } from './errors.ts';
import { isoDate, readFront, readSignature, splitNames, type FrontMatter, type Signature } from './front.ts';
import { closesWithUnits } from './ownership.ts';
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

export interface Structure extends FrontMatter {
  issuer?: string;
  attachments: AttachmentEntry[];
  cc: string[];
  printingOffice?: string;
  datePrinted?: string;
  provisions: Provision[];
  tables: RawTable[];
}

const PRINT_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*印发$/u;
const ATTACHMENT_LIST = /^附件\s*[:：]\s*(.*)$/su;
/** "附件1", or "附件1 标题" on one line (a caption). */
const ATTACHMENT_LABEL = /^附件\s*(\d+)\s*(.*)$/su;
const TABLE_LABEL = /^附表\s*(\d*)$/u;
const UNIT_LINE = /^[（(]\s*单位\s*[:：]\s*(.+?)\s*[）)]$/u;
const CC = /^抄送\s*[:：]\s*(.*)$/su;


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

/** What a provision holds, in printed order: its own paragraphs and its numbered children. */
type Segment = { para: string; line: number; endLine: number } | { child: Provision };

interface Frame {
  node: Provision;
  rank: number;
  segments: Segment[];
  /** The provision's text began on its own numbering line ("1.加强…。"), not on lines after a heading. */
  runIn: boolean;
}

const isPara = (s: Segment): s is { para: string; line: number; endLine: number } => 'para' in s;

/**
 * A provision's segments → its text and children. A provision whose paragraphs carry at most one unit
 * statement, at their end, and no numbered children keeps them all as its text (it is the task). Otherwise
 * its paragraphs from the first task paragraph or child on become provisions of their own (kind
 * `paragraph`), so each task is citable and the printed order survives: `…__para_k` is the k-th paragraph
 * of the provision, counting the ones kept as its text.
 */
export function settle(node: Provision, segments: Segment[]): void {
  const paras = segments.filter(isPara);
  const tasks = paras.filter((p) => closesWithUnits(p.para));
  const hasChildren = segments.length > paras.length;
  if (!hasChildren && (tasks.length === 0 || (tasks.length === 1 && tasks[0] === paras.at(-1)))) {
    node.text = paras.map((p) => p.para).join('\n');
    return;
  }
  const text: string[] = [];
  const children: Provision[] = [];
  let k = 0;
  let split = false;
  for (const seg of segments) {
    if (!isPara(seg)) {
      split = true;
      children.push(seg.child);
      continue;
    }
    k++;
    if (!split && !closesWithUnits(seg.para)) {
      text.push(seg.para);
      continue;
    }
    split = true;
    children.push({
      id: `${node.id}__para_${k}`,
      kind: 'paragraph',
      num: '',
      citation: `${node.citation}第${k}段`,
      title: null,
      text: seg.para,
      source: { line: seg.line, endLine: seg.endLine },
      children: [],
    });
  }
  node.text = text.join('\n');
  node.children = children;
}

/**
 * Builds one provision tree (the plan body, or one attachment) from numbered and plain blocks.
 * Paragraphs go to the innermost open provision — except after a run-in task ("1.…（责任单位：…）"),
 * which its own line completes: what follows belongs to the provision above it. Numbering closes every
 * provision at its level or below.
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
    if (parent) parent.segments.push({ child: node });
    else (this.container ? this.container.children : this.roots).push(node);
    this.stack.push({ node, rank, segments: text ? [{ para: text, line: block.line, endLine: block.endLine }] : [], runIn: text !== '' });
  }

  addText(block: Block): void {
    let top = this.stack.at(-1);
    while (top && top.runIn && top.segments.length === 1 && isPara(top.segments[0]!) && closesWithUnits(top.segments[0].para)) {
      this.closeTo(top.rank);
      top = this.stack.at(-1);
    }
    if (top) {
      top.segments.push({ para: block.text, line: block.line, endLine: block.endLine });
      top.node.source.endLine = Math.max(top.node.source.endLine, block.endLine);
    } else this.rootParas.push(block.text);
  }

  /** Close frames at `rank` or deeper (rank -1 closes all). */
  closeTo(rank: number): void {
    while (this.stack.length && this.stack.at(-1)!.rank >= rank) {
      const f = this.stack.pop()!;
      settle(f.node, f.segments);
      const parent = this.stack.at(-1);
      if (parent) parent.node.source.endLine = Math.max(parent.node.source.endLine, f.node.source.endLine);
    }
  }

  finish(): void {
    this.closeTo(-1);
  }
}

/** A caption naming an attachment by number: a "附件1" line, "附件1 标题", or a table row holding only that. */
function attachmentCaption(b: Block): { num: number; title: string } | null {
  const text = b.kind === 'row' ? (b.cells!.filter(Boolean).length === 1 ? b.cells![0]! : '') : b.text;
  const m = ATTACHMENT_LABEL.exec(text.trim());
  if (!m) return null;
  return { num: Number(m[1]), title: m[2]!.replace(/\n/g, '').trim() };
}

export function structure(blocks: Block[]): Structure {
  const front = readFront(blocks);
  let i = front.bodyStart;
  const at = () => blocks[i];
  let signature: Signature | null = null;

  const body = new TreeBuilder('', '');
  for (const p of front.bodyLead) body.rootParas.push(p);
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
      // The signature and date may stand between the attachment list and the attachments.
      const sig = at() && readSignature(blocks, i);
      if (sig) {
        signature = sig;
        i += sig.consumed;
      }
      break;
    }
    if (b.kind === 'rule' || CC.test(b.text) || attachmentCaption(b)) break;
    const sig = readSignature(blocks, i);
    if (sig) {
      // Signed at the end of the body (a document issued without a covering notice).
      signature = sig;
      i += sig.consumed - 1;
      continue;
    }
    const n = b.kind === 'row' ? null : readNumbering(b.text);
    if (n) {
      body.open(b, n);
      sawNumbered = true;
    } else if (b.kind === 'row') {
      throw new LineError(b.line, 'a table row in the body of the plan, outside any attachment');
    } else body.addText(b);
  }
  body.finish();
  if (!sawNumbered) throw new LineError(front.planLine, 'no recognisable structure: the plan has no numbered provisions (一、 （一） 1.)');

  const provisions: Provision[] = [];
  if (body.rootParas.length) {
    provisions.push({
      id: 'preamble',
      kind: 'preamble',
      num: '',
      citation: '序言',
      title: null,
      text: body.rootParas.join('\n'),
      source: { line: front.headEndLine + 1, endLine: (body.roots[0]?.source.line ?? front.headEndLine + 2) - 1 },
      children: [],
    });
  }
  provisions.push(...body.roots);

  // Attachments: begun by a 附件 N label (alone, with its title, or as a table's caption row) or by
  // their title as the list gives it.
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
  const startAttachment = (num: number, title: string, b: Block) => {
    closeAttachment();
    started.add(num);
    const node: Provision = {
      id: `att_${num}`,
      kind: 'attachment',
      num: `附件${num}`,
      citation: `附件${num}`,
      title,
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
  };
  for (; i < blocks.length; i++) {
    const b = at()!;
    if (b.kind === 'rule' || CC.test(b.text)) break;
    const caption = attachmentCaption(b);
    if (caption && !started.has(caption.num) && (attachments.length === 0 || attachments.some((a) => a.num === caption.num))) {
      table = null;
      if (!caption.title) {
        label = caption.num;
        continue;
      }
      const listed = attachments.find((a) => a.num === caption.num);
      startAttachment(caption.num, listed?.title ?? caption.title, b);
      // A caption printed as a table's first row is that table's title too.
      if (b.kind === 'row') tableTitle = caption.title;
      continue;
    }
    if (b.kind !== 'row') table = null;
    const entry = b.kind === 'row' ? undefined : attachments.find((a) => !started.has(a.num) && sameWords(a.title, b.text));
    const labelled = label === null || b.kind === 'row' || readNumbering(b.text) ? undefined : attachments.find((a) => a.num === label);
    if (entry || labelled) {
      if (entry && label !== null && label !== entry.num)
        throw new LineError(b.line, `labelled 附件 ${label} but titled as 附件 ${entry.num} in the list`);
      const e = entry ?? labelled!;
      startAttachment(e.num, e.title, b);
      continue;
    }
    if (!cur) {
      if (attachments.length === 0) break;
      throw new LineError(b.line, `text after the attachment list that does not begin any listed attachment: "${b.text.slice(0, 30)}"`);
    }
    const att: { builder: TreeBuilder; node: Provision; tableCount: number } = cur;
    att.node.source.endLine = b.endLine;
    const tl = TABLE_LABEL.exec(b.text);
    if (tl && b.kind !== 'row') {
      tableLabel = b.text.replace(/\s+/gu, '');
      att.builder.closeTo(-1); // a schedule table belongs to the attachment, not its last section
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
    if (b.kind === 'row' && !table && b.cells!.filter(Boolean).length === 1 && b.cells![0] && !readNumbering(b.cells![0])) {
      // A caption printed as the table's first row ("某某表（2023年版）" with the other cells empty).
      tableTitle = (attachmentCaption(b)?.title || b.cells![0]).trim();
      continue;
    }
    if (b.kind === 'row') {
      if (!table) {
        att.tableCount++;
        const owner = att.builder.current ?? att.node;
        table = {
          id: `${att.node.id}__tbl_${att.tableCount}`,
          provision: owner.id,
          citation: tableLabel
            ? `${att.node.citation} ${tableLabel}`
            : att.tableCount === 1
              ? att.node.citation
              : `${att.node.citation} 表${att.tableCount}`,
          title: tableTitle ?? att.node.title ?? '',
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
    if (n) att.builder.open(b, n);
    else att.builder.addText(b);
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

  const signatories = front.signatories ?? (signature?.signatories.length ? signature.signatories : undefined);
  const dateSigned = front.dateSigned ?? signature?.dateSigned;
  const disclosure = front.disclosure ?? signature?.disclosure;
  const issuer =
    front.titleIssuer ?? front.issuerHeader ?? (signatories?.length ? signatories.join('、') : undefined);
  return {
    ...(front.copyNumber ? { copyNumber: front.copyNumber } : {}),
    ...(front.issuerHeader ? { issuerHeader: front.issuerHeader } : {}),
    ...(issuer ? { issuer } : {}),
    ...(front.attachmentOnly ? { attachmentOnly: true } : {}),
    ...(front.docNumber ? { docNumber: front.docNumber } : {}),
    ...(front.noticeTitle ? { noticeTitle: front.noticeTitle } : {}),
    planTitle: front.planTitle,
    addressees: front.addressees,
    ...(front.noticeText !== undefined ? { noticeText: front.noticeText } : {}),
    ...(signatories ? { signatories } : {}),
    ...(dateSigned ? { dateSigned } : {}),
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
