/**
 * UI strings of the search feature (header search box, search page, results), in both languages.
 * Kept apart from the site dictionaries so the search feature owns its words; same `{name}` placeholders.
 */
import { translator, type Lang } from './index';

const zhCN = {
  'search.title': '搜索',
  'search.description': '在《{title}》全文中搜索条款、任务和附件表格行，或输入位置（如 三（一）7、附件2）直接跳转。',
  'search.label': '搜索本方案',
  'search.placeholder': '词语、部门、城市，或 三（一）7、附件2',
  'search.submit': '搜索',
  'search.hint': '按 / 或 Ctrl+K 可随时从任何页面进入搜索。输入条款位置（如 三（一）7、附件5 附表）或文号可直接跳转。按 ↓ 进入结果列表。',
  'search.noscript':
    '搜索需要启用 JavaScript。未启用时，可以打开“全文”页面，用浏览器的页内查找（Ctrl+F）；也可以从目录逐条浏览。',
  'search.noscript.document': '打开全文（可用 Ctrl+F 查找）',
  'search.noscript.contents': '浏览目录',
  'search.loading': '正在载入搜索索引…',
  'search.loadFailed': '搜索索引载入失败。请刷新页面重试，或打开全文用 Ctrl+F 查找。',
  'search.results': '搜索结果',
  'search.count': '找到 {n} 条结果',
  'search.count.one': '找到 1 条结果',
  'search.countFiltered': '找到 {n} 条结果（已按 {f} 项条件筛选）',
  'search.countFiltered.one': '找到 1 条结果（已按 {f} 项条件筛选）',
  'search.none': '没有找到与“{q}”相符的内容。',
  'search.noneFiltered': '在所选筛选条件下没有结果。可以取消部分筛选条件。',
  'search.empty': '输入词语开始搜索，或在下方按筛选条件浏览。',
  'search.more': '再显示 {n} 条',
  'search.jump': '转到 {label}',
  'search.jumping': '正在转到 {label}…',
  'search.filters': '筛选',
  'search.clearFilters': '清除全部筛选',
  'search.filterCount': '{label}（{n}）',
  'search.scope': '搜索范围',
  'search.scope.zh': '中文原文',
  'search.scope.en': '英文译文',
  'search.scope.auto': '自动（按输入文字）',
  'search.resultLang.zh': '中文原文',
  'search.resultLang.en': '英文译文',
  'search.header.label': '站内搜索',
  'search.header.placeholder': '搜索（按 /）',
  'filter.type': '类型',
  'filter.part': '正文部分',
  'filter.attachment': '附件',
  'filter.field': '领域',
  'filter.lead': '牵头单位',
  'filter.cooperating': '配合单位',
  'filter.responsible': '责任单位（未分牵头、配合）',
  'filter.city': '设区市',
  'filter.year': '年份',
  'type.provision': '条款',
  'type.task': '任务（有牵头单位）',
  'type.row': '附件表格行',
  'type.result': '实施结果（第三方报道）',
} as const;

export type SearchKey = keyof typeof zhCN;

const en: Record<SearchKey, string> = {
  'search.title': 'Search',
  'search.description':
    'Search the clauses, tasks and attachment table rows of the {title}, or type a position (such as 三（一）7 or Attachment 2) to go straight to it.',
  'search.label': 'Search this plan',
  'search.placeholder': 'A term, department, city, or 三（一）7, Attachment 2',
  'search.submit': 'Search',
  'search.hint':
    'Press / or Ctrl+K on any page to search. Type a position (三（一）7, 附件5 附表) or the document number to go straight to it. Press ↓ to move into the results. Chinese text is searched in the Chinese original whatever the interface language.',
  'search.noscript':
    'Search needs JavaScript. Without it, open the full-text page and use your browser’s find-in-page (Ctrl+F), or browse the table of contents.',
  'search.noscript.document': 'Open the full text (use Ctrl+F)',
  'search.noscript.contents': 'Browse the contents',
  'search.loading': 'Loading the search index…',
  'search.loadFailed': 'The search index could not be loaded. Reload the page, or open the full text and use Ctrl+F.',
  'search.results': 'Results',
  'search.count': '{n} results',
  'search.count.one': '1 result',
  'search.countFiltered': '{n} results (filtered)',
  'search.countFiltered.one': '1 result (filtered)',
  'search.none': 'Nothing matches “{q}”.',
  'search.noneFiltered': 'No results with the selected filters. Try removing some.',
  'search.empty': 'Type a term to search, or browse with the filters below.',
  'search.more': 'Show {n} more',
  'search.jump': 'Go to {label}',
  'search.jumping': 'Going to {label}…',
  'search.filters': 'Filters',
  'search.clearFilters': 'Clear all filters',
  'search.filterCount': '{label} ({n})',
  'search.scope': 'Search in',
  'search.scope.zh': 'Chinese original',
  'search.scope.en': 'English translation',
  'search.scope.auto': 'Automatic (by what you type)',
  'search.resultLang.zh': 'Chinese original',
  'search.resultLang.en': 'English translation',
  'search.header.label': 'Site search',
  'search.header.placeholder': 'Search (press /)',
  'filter.type': 'Type',
  'filter.part': 'Part of the plan',
  'filter.attachment': 'Attachment',
  'filter.field': 'Field',
  'filter.lead': 'Lead unit',
  'filter.cooperating': 'Cooperating unit',
  'filter.responsible': 'Responsible unit (lead not stated)',
  'filter.city': 'City',
  'filter.year': 'Year',
  'type.provision': 'Provision',
  'type.task': 'Task (has a lead unit)',
  'type.row': 'Attachment table row',
  'type.result': 'Reported result (third party)',
};

const dictionaries: Record<Lang, Record<SearchKey, string>> = { 'zh-CN': zhCN, en };

/** A search UI string in `lang`, `{name}` placeholders filled. */
export const st = translator(dictionaries);

/** The strings the search page's script needs, for one language. */
export function searchStrings(lang: Lang): Record<SearchKey, string> {
  return { ...dictionaries[lang] };
}
