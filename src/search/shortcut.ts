/**
 * "/" or Ctrl+K / ⌘K: focus the search box (the page's own on the search page), or open the search page.
 * The search page's URL is the action of the page's search form (the header's, or the search page's own).
 */
document.addEventListener('keydown', (e) => {
  if (e.defaultPrevented || e.isComposing || e.altKey) return;
  const t = e.target as Element | null;
  const typing = t?.closest?.('input, textarea, select, [contenteditable]:not([contenteditable="false"])');
  const slash = e.key === '/' && !typing && !e.ctrlKey && !e.metaKey;
  const k = (e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey);
  if (!slash && !k) return;
  e.preventDefault();
  const box =
    document.querySelector<HTMLInputElement>('[data-search-input="page"]') ??
    document.querySelector<HTMLInputElement>('[data-search-input="header"]');
  if (box && box.offsetParent !== null) {
    box.focus();
    box.select();
  } else {
    const form = document.querySelector<HTMLFormElement>('form[role="search"]');
    if (form) location.href = form.action;
  }
});
