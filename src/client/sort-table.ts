/**
 * Sortable attachment tables: a header becomes a button that sorts the rows of each category
 * (<tbody>) by that column — ascending, descending, then back to the document's own order.
 * Without JavaScript the table stays in the document's order, as printed.
 */
type State = 'ascending' | 'descending' | 'none';

function key(row: HTMLTableRowElement, col: number): string {
  const cell = row.cells[col];
  return (cell?.querySelector('.cell') ?? cell)?.textContent?.trim() ?? '';
}

function sortTable(table: HTMLTableElement, col: number, state: State): void {
  for (const body of table.tBodies) {
    const rows = [...body.rows].filter((r) => r.id);
    const numeric = rows.every((r) => key(r, col) === '' || !Number.isNaN(Number(key(r, col))));
    const order = [...rows].sort((a, b) => {
      if (state === 'none') return Number(a.dataset.order) - Number(b.dataset.order);
      const x = key(a, col);
      const y = key(b, col);
      const d = numeric ? Number(x) - Number(y) : x.localeCompare(y, document.documentElement.lang);
      return state === 'ascending' ? d : -d;
    });
    body.append(...order);
  }
}

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
  for (const body of table.tBodies) [...body.rows].forEach((r, k) => (r.dataset.order = String(k)));
  const heads = [...(table.tHead?.rows[0]?.cells ?? [])] as HTMLTableCellElement[];
  let col = 0;
  for (const th of heads) {
    const at = col;
    col += th.colSpan;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const next: State = th.ariaSort === 'ascending' ? 'descending' : th.ariaSort === 'descending' ? 'none' : 'ascending';
      heads.forEach((h) => h.removeAttribute('aria-sort'));
      if (next !== 'none') th.ariaSort = next;
      sortTable(table, at, next);
    });
  }
}
