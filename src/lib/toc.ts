import type { Lang } from '../i18n';
import { localize } from '../i18n';
import { provisionById, shortLabel, entryPath, type Provision } from './plan';
import { entryId, entryLabel, type Entry } from './entries';
import { enEntryLabel, enNum, enShortLabel } from './english';

export interface TocNode {
  href: string;
  label: string;
  /** Printed number, shown before the label. */
  num?: string;
  children?: TocNode[];
  /** This node is the page being read. */
  current?: boolean;
}

function provLabel(p: Provision, lang: Lang): { num: string; label: string } {
  if (lang === 'en') return { num: p.num ? `${enNum(p.num)} ` : '', label: enShortLabel(p, 48) };
  return { num: p.num, label: shortLabel(p, 16) };
}

/** An entry's label in the page's language. */
export function entryLabelIn(lang: Lang, e: Entry): string {
  return lang === 'en' ? enEntryLabel(entryId(e)) : entryLabel(e);
}

/** Anchors inside one entry: its sections, and their numbered items. */
export function inPageToc(id: string, maxDepth = 3, base = '', lang: Lang = 'zh-CN'): TocNode[] {
  const top = provisionById.get(id);
  if (!top) return [];
  const walk = (nodes: Provision[], depth: number): TocNode[] =>
    nodes.map((p) => ({
      href: `${base}#${p.id}`,
      ...provLabel(p, lang),
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
      label: entryLabelIn(lang, e),
      current,
      children: current ? inPageToc(id, 3, '', lang) : undefined,
    };
  });
}
