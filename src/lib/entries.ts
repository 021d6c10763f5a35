import { getCollection, type CollectionEntry } from 'astro:content';

export type Entry = CollectionEntry<'plan'>;

/** The document's parts in reading order: notice, preamble, parts, attachments. */
export async function getEntries(): Promise<Entry[]> {
  const all = await getCollection('plan');
  return all.sort((a, b) => a.data.order - b.data.order);
}

export function entryId(e: Entry): string {
  return e.data.id ?? e.id;
}

/** "三、主要任务", "附件1 突破 100 项重大技术计划", "序言": the number as printed, then the title. */
export function entryLabel(e: Entry): string {
  const { num, title, citation, kind } = e.data;
  if (kind === 'notice') return title ?? citation;
  if (!title) return num ? `${num}` : citation;
  if (!num) return title;
  // Numbers printed with their own punctuation ("三、") join directly; others ("附件1") take a space.
  return /[、．.）)]$/.test(num) ? `${num}${title}` : `${num} ${title}`;
}

/** The heading text of an entry: as entryLabel, but the notice shows only its title. */
export const entryHeading = entryLabel;
