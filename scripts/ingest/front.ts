/**
 * Stage 4a, front matter: what the document says about itself before (and after) the plan's text —
 * 份号, 版头, 发文字号, titles, 主送, the covering notice, signature and 成文日期, 公开方式.
 *
 * Real copies put these in many orders: the 文号 before or after the title, a title over two lines,
 * no covering notice at all (a document issued directly, or an attachment printed alone and opening
 * with 附件), the signature and date after the body. Each part is recognised by its own form, never by
 * its position or its Markdown heading level, and a part the text does not print is left absent.
 */
import type { Block } from './blocks.ts';
import { LineError } from './errors.ts';
import { readNumbering } from '../model/numbering.ts';

export const DOC_NUMBER = /^\S{1,20}[〔［\[(（]\s*\d{4}\s*[〕］\])）]\s*\d+\s*号$/u;
export const DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/u;
const DISCLOSURE = /^[（(]\s*公开方式\s*[:：]\s*(.+?)\s*[）)]$/u;
/** "（此件公开发布）", the State Council's note in place of a 公开方式 line. */
const DISCLOSURE_NOTE = /^[（(]\s*(此件.{2,8})\s*[）)]$/u;
const ATTACHMENT_ONLY = /^附件\s*\d*$/u;
/** How a title ends: the kind of document, or a closing bracket such as "（2018—2020年）". */
const TITLE_END = /(通知|意见|方案|计划|规划|办法|细则|决定|纲要|措施|要点|规定|条例|报告|函|批复|指南|清单|[）)》])$/u;
/** A title's second line that is only its period: "（2021-2023年）". */
const TITLE_YEARS = /^[（(][^（）()]*\d{4}[^（）()]*[）)]$/u;
/** Names that end a body's name: how a signature line is split into several signatories. */
const BODY_NAME = /(委员会|政府|办公厅|办公室|局|厅|委|办|院|部|署|会|室|中心|集团|公司)$/u;

export function isoDate(m: RegExpExecArray): string {
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

/** Split "甲，乙，丙。" lists (主送, 抄送) into names. */
export function splitNames(s: string): string[] {
  return s
    .split(/[，,。；;\n]/u)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** What the front matter and signature say about the document (only what the text has). */
export interface FrontMatter {
  copyNumber?: string;
  issuerHeader?: string;
  attachmentOnly?: boolean;
  docNumber?: string;
  noticeTitle?: string;
  planTitle: string;
  addressees: string[];
  noticeText?: string;
  signatories?: string[];
  dateSigned?: string;
  disclosure?: string;
}

export interface Front extends FrontMatter {
  /** The issuer as the title says it ("某某关于…", "某某印发《…》"), if it does. */
  titleIssuer?: string;
  /** Index of the first block of the plan's own text (its preamble or first part). */
  bodyStart: number;
  /** Preamble text printed in the same block as the addressees (a document without a notice). */
  bodyLead: string[];
  /** Line of the plan title (the document's title when it has no covering notice). */
  planLine: number;
  /** Last line before the plan's own text: the end of its title, or of the addressees. */
  headEndLine: number;
}

/** A line that can be (part of) a title: no sentence punctuation, no numbering, not a date or 文号. */
function titleLike(b: Block | undefined): boolean {
  if (!b || b.kind === 'row' || b.kind === 'rule') return false;
  const t = b.text.replace(/\n/g, '');
  return (
    t.length > 0 &&
    t.length <= 120 &&
    !/[。；;：:！？]/u.test(t) &&
    !readNumbering(t) &&
    !DATE.test(t) &&
    !DOC_NUMBER.test(t) &&
    !/^附件/u.test(t)
  );
}

/** A title from block `i`, joining a second line when the first stops mid-phrase or the second is its years. */
export function readTitle(blocks: Block[], i: number): { text: string; line: number; next: number } | null {
  const first = blocks[i];
  if (!titleLike(first)) return null;
  let text = first!.text.replace(/\n/g, '');
  let j = i + 1;
  while (j < blocks.length && titleLike(blocks[j]) && (!TITLE_END.test(text) || TITLE_YEARS.test(blocks[j]!.text))) {
    text += blocks[j]!.text.replace(/\n/g, '');
    j++;
    if (j - i >= 3) break;
  }
  return { text, line: first!.line, next: j };
}

function disclosureOf(b: Block | undefined): string | undefined {
  if (!b || b.kind === 'row') return undefined;
  return DISCLOSURE.exec(b.text)?.[1] ?? DISCLOSURE_NOTE.exec(b.text)?.[1];
}

/** A line of a signature: a body's name (or several, space-separated), no punctuation. */
function signatureLike(b: Block): boolean {
  if (b.kind === 'row' || b.kind === 'rule') return false;
  const t = b.text.replace(/\n/g, '');
  return t.length > 0 && t.length <= 60 && !/[，。：；、,.:;（）()]/u.test(t) && !readNumbering(t) && !/^\d+$/.test(t);
}

/** "广州市卫生健康委员会 广州市财政局" → two names; "广西壮族自治区 人民政府" stays one (a wrapped name). */
function signatories(b: Block): string[] {
  const raw = (b.raw ?? b.text).replace(/[#*]/g, '').trim();
  const parts = raw.split(/[ \u00a0\u3000]+/u).filter(Boolean);
  return parts.length > 1 && parts.every((p) => BODY_NAME.test(p) && p.length >= 4) ? parts : [b.text.replace(/\s+/gu, '')];
}

export interface Signature {
  signatories: string[];
  dateSigned: string;
  disclosure?: string;
  /** Blocks it takes, from the first signature line to the date (and a 公开方式 line after it). */
  consumed: number;
}

/** Signature lines (up to four) followed by a 成文日期 line, starting at block `i`; null when there are none. */
export function readSignature(blocks: Block[], i: number): Signature | null {
  let k = i;
  const names: string[] = [];
  while (k < blocks.length && k - i < 4 && !DATE.test(blocks[k]!.text) && signatureLike(blocks[k]!)) names.push(...signatories(blocks[k++]!));
  const d = blocks[k] && blocks[k]!.kind !== 'row' ? DATE.exec(blocks[k]!.text) : null;
  if (!d) return null;
  k++;
  const disclosure = disclosureOf(blocks[k]);
  if (disclosure) k++;
  return { signatories: names, dateSigned: isoDate(d), ...(disclosure ? { disclosure } : {}), consumed: k - i };
}

const isPart = (b: Block) => b.kind !== 'row' && readNumbering(b.text)?.style === 'cn-dun';

export function readFront(blocks: Block[]): Front {
  const firstLine = blocks[0]?.line ?? 1;
  let i = 0;
  let copyNumber: string | undefined;
  let issuerHeader: string | undefined;
  let attachmentOnly = false;
  let docNumber: string | undefined;
  // 份号, 版头, 文号 and a lone 附件 label, in whatever order they come before the title.
  for (; i < blocks.length && i < 12; i++) {
    const b = blocks[i]!;
    const t = b.text.replace(/\s+/gu, '');
    if (b.kind === 'rule') continue;
    if (/^\d{4,}$/.test(t) && !copyNumber && !docNumber) copyNumber = t;
    else if (/文件$/u.test(t) && t.length <= 40 && !/[，。：；]/u.test(t)) issuerHeader = t.replace(/文件$/u, '');
    else if (ATTACHMENT_ONLY.test(t) && !docNumber) attachmentOnly = true;
    else if (DOC_NUMBER.test(t) && !docNumber) docNumber = t;
    else break;
  }
  const title = readTitle(blocks, i);
  if (!title)
    throw new LineError(
      blocks[i]?.line ?? firstLine,
      'no recognisable structure: the document opens with no title (a line without sentence punctuation) after its 文号 or 版头',
    );
  i = title.next;
  if (!docNumber && blocks[i] && DOC_NUMBER.test(blocks[i]!.text.replace(/\s+/gu, ''))) docNumber = blocks[i++]!.text.replace(/\s+/gu, '');

  // 主送: a line ending in a colon; the rest of its block is the first paragraph after it.
  let addressees: string[] = [];
  const opening: string[] = [];
  const addr = blocks[i];
  if (addr && addr.kind !== 'row' && !readNumbering(addr.text)) {
    const [first, ...rest] = addr.text.split('\n');
    if (first && /[:：]$/u.test(first) && !/[。；]/u.test(first)) {
      addressees = splitNames(first.replace(/[:：]$/u, ''));
      if (rest.length) opening.push(rest.join('\n'));
      i++;
    }
  }
  const titleIssuer = /^(?!关于)([^《》]+?)(?:关于|印发)/u.exec(title.text)?.[1];

  // A covering notice ends with its signature and date before the plan's first part; a document
  // issued directly (an 意见, or an attachment alone) goes straight into its preamble and parts.
  let end = i;
  while (end < blocks.length && !isPart(blocks[end]!) && !readSignature(blocks, end)) end++;
  const signature = end < blocks.length && !isPart(blocks[end]!) ? readSignature(blocks, end) : null;
  const base = {
    ...(copyNumber ? { copyNumber } : {}),
    ...(issuerHeader ? { issuerHeader } : {}),
    ...(attachmentOnly ? { attachmentOnly } : {}),
    ...(docNumber ? { docNumber } : {}),
    ...(titleIssuer ? { titleIssuer } : {}),
    addressees,
  };
  if (!signature) {
    const named = /印发\s*《(.+?)》/u.exec(title.text)?.[1];
    return {
      ...base,
      ...(named ? { noticeTitle: title.text } : {}),
      planTitle: named ?? title.text,
      bodyStart: i,
      bodyLead: opening,
      planLine: title.line,
      headEndLine: blocks[i - 1]!.endLine,
    };
  }
  const notice = [...opening, ...blocks.slice(i, end).map((b) => b.text)];
  let next = end + signature.consumed;
  let disclosure = signature.disclosure;
  if (!disclosure && disclosureOf(blocks[next])) disclosure = disclosureOf(blocks[next++]);
  const plan = readTitle(blocks, next);
  if (!plan) {
    const named = /《(.+?)》/u.exec(title.text + notice.join(''))?.[1];
    throw new LineError(blocks[next]?.line ?? blocks.at(-1)!.endLine, named ? `expected the plan title 《${named}》 here` : 'expected the plan title after the notice');
  }
  return {
    ...base,
    noticeTitle: title.text,
    planTitle: plan.text,
    noticeText: notice.join('\n'),
    ...(signature.signatories.length ? { signatories: signature.signatories } : {}),
    dateSigned: signature.dateSigned,
    ...(disclosure ? { disclosure } : {}),
    bodyStart: plan.next,
    bodyLead: [],
    planLine: plan.line,
    headEndLine: blocks[plan.next - 1]!.endLine,
  };
}
