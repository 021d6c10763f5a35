import type { Lang } from '../i18n';
import { localize } from '../i18n';
import { provisionById, shortLabel, entryPath, type Provision } from './plan';
import { entryId, entryLabel, type Entry } from './entries';

export interface TocNode {
  href: string;
  label: string;
  /** Printed number, shown before the label. */
  num?: string;
  children?: TocNode[];
  /** This node is the page being read. */
  current?: boolean;
}

function provLabel(p: Provision): { num: string; label: string } {
  return { num: p.num, label: shortLabel(p, 16) };
}

/** Anchors inside one entry: its sections, and their numbered items. */
export function inPageToc(id: string, maxDepth = 3, base = ''): TocNode[] {
  const top = provisionById.get(id);
  if (!top) return [];
  const walk = (nodes: Provision[], depth: number): TocNode[] =>
    nodes.map((p) => ({
      href: `${base}#${p.id}`,
      ...provLabel(p),
      children: depth < maxDepth && p.children.length > 0 ? walk(p.children, depth + 1) : undefined,
    }));
  return walk(top.node.children, 2);
}

/** The whole plan's contents, with the current entry expanded into in-page anchors. */
export function fullToc(lang: Lang, entries: Entry[], currentId?: string): TocNode[] {
  return entries.map((e) => {
    const id = entryId(e);
    const current = id === currentId;
    return {
      href: localize(lang, entryPath(id)),
      label: entryLabel(e),
      current,
      children: current ? inPageToc(id) : undefined,
    };
  });
}
