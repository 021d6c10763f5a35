/**
 * Stage 2, blocks: text → a flat list of source blocks, using unified + remark-parse.
 *
 * Markdown heading depth, bold and list syntax in the source are artefacts of the PDF
 * conversion and inconsistent, so they are not trusted for structure: this stage only asks
 * remark where blocks start and end and what their inline text is. Tab-separated lines are
 * table rows; their cells are read from the source text by node position, because
 * remark-parse drops leading and trailing empty cells.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkCjkFriendly from 'remark-cjk-friendly';
import type { Root, RootContent, Nodes } from 'mdast';

export type BlockKind = 'heading' | 'para' | 'item' | 'rule' | 'row';

export interface Block {
  kind: BlockKind;
  /** Inline text with Markdown emphasis removed; hard line breaks kept as "\n". */
  text: string;
  line: number;
  endLine: number;
  /** Table cells, as printed between tabs (only for rows). */
  cells?: string[];
  /** The source lines of a one-line block, as printed (to recognise page numbers "- 12 -"). */
  raw?: string;
}

/** Plain text of an mdast node: emphasis dropped, hard breaks kept, inline HTML kept literally. */
export function plainText(node: Nodes): string {
  if (node.type === 'break') return '\n';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

const parser = unified().use(remarkParse).use(remarkCjkFriendly);

export function parseMarkdown(text: string): Root {
  return parser.parse(text) as Root;
}

/** Split source lines [from, to] into row blocks (tab-separated cells, as printed). */
function rowBlocks(lines: string[], from: number, to: number): Block[] {
  const out: Block[] = [];
  for (let n = from; n <= to; n++) {
    const raw = lines[n - 1] ?? '';
    if (raw.trim() === '') continue;
    const cells = raw.replace(/\s+$/u, (m) => m.replace(/[^\t]/g, '')).split('\t').map((c) => c.trim());
    out.push({ kind: 'row', text: raw.trim(), line: n, endLine: n, cells });
  }
  return out;
}

function spanOf(node: RootContent | Nodes): [number, number] {
  const p = node.position;
  if (!p) throw new Error('remark node without position');
  return [p.start.line, p.end.line];
}

function fromNode(node: RootContent, lines: string[]): Block[] {
  const [line, endLine] = spanOf(node);
  switch (node.type) {
    case 'heading':
      return [{ kind: 'heading', text: plainText(node), line, endLine }];
    case 'thematicBreak':
      return [{ kind: 'rule', text: '', line, endLine }];
    case 'list': {
      // A list item is one block; its marker is read from the source, since remark renumbers.
      // A nested list (an indented "2." under "- 附件：1.") is the same sequence to the
      // document: it becomes item blocks of its own, after its parent's text.
      return node.children.flatMap((item): Block[] => {
        const [l, e] = spanOf(item);
        const src = lines.slice(l - 1, e).join('\n');
        if (src.includes('\t')) return rowBlocks(lines, l, e);
        const marker = /^\s*(\d+[.)．]|[-*+])\s*/.exec(lines[l - 1] ?? '')?.[1] ?? '';
        const own = item.children.filter((c) => c.type !== 'list');
        const nested = item.children.filter((c) => c.type === 'list').flatMap((c) => fromNode(c, lines));
        const body = own.map((c) => plainText(c as Nodes)).join('\n');
        const prefix = /^\d/.test(marker) ? `${marker} ` : '';
        const end = own.length ? spanOf(own.at(-1)!)[1] : l;
        return [{ kind: 'item' as const, text: prefix + body, line: l, endLine: end, raw: (lines[l - 1] ?? '').trim() }, ...nested];
      });
    }
    case 'paragraph':
    case 'html':
    case 'code':
    case 'blockquote':
    case 'table': {
      const src = lines.slice(line - 1, endLine).join('\n');
      if (src.includes('\t')) return rowBlocks(lines, line, endLine);
      // Code and raw HTML are not Markdown in a policy text: keep their source literally.
      const text = node.type === 'paragraph' || node.type === 'blockquote' ? plainText(node) : src;
      return [{ kind: 'para', text, line, endLine, raw: src.trim() }];
    }
    default: {
      const src = lines.slice(line - 1, endLine).join('\n');
      return [{ kind: 'para', text: src, line, endLine }];
    }
  }
}

export function toBlocks(text: string): Block[] {
  const lines = text.split('\n');
  return parseMarkdown(text).children.flatMap((n) => fromNode(n, lines));
}
