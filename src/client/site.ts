/**
 * The only script the site ships. Everything here is an enhancement: without it every page reads,
 * every link works, and the font size stays at the default.
 *   1. font-size control (persists in localStorage)
 *   2. language switcher keeps the #fragment
 *   3. "copy link" / "copy citation" buttons
 *   4. current-section highlight in the sticky table of contents
 */
const root = document.documentElement;
const body = document.body;

// 1. Font size ------------------------------------------------------------------------------------
const fsButtons = document.querySelectorAll<HTMLButtonElement>('.fs-control button[data-fs]');
function applyFs(size: string) {
  root.setAttribute('data-fs', size);
  fsButtons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.fs === size)));
}
applyFs(root.getAttribute('data-fs') || 'm');
fsButtons.forEach((b) =>
  b.addEventListener('click', () => {
    const size = b.dataset.fs || 'm';
    applyFs(size);
    try {
      localStorage.setItem('gx-fs', size);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
  }),
);

// 2. Language switch keeps the clause the reader is on ---------------------------------------------
/**
 * The clause being read: the deepest citable element (an id and a `data-c` citation, the same id in both
 * languages) at the reading line just below the sticky header, or the #fragment when it is still on screen.
 */
function clauseInView(): string | null {
  const offset = (parseFloat(getComputedStyle(root).scrollPaddingTop) || 0) + 4;
  const hashed = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (hashed) {
    const r = hashed.getBoundingClientRect();
    if (r.bottom > offset && r.top < innerHeight) return hashed.id;
  }
  let best: HTMLElement | null = null;
  for (const el of document.querySelectorAll<HTMLElement>('main [id][data-c], main .pair[id]')) {
    const r = el.getBoundingClientRect();
    if (r.height === 0) continue;
    // Covers the reading line, or is the first one starting below it: deeper elements come later in the DOM.
    if (r.top <= offset && r.bottom > offset) best = el;
    else if (r.top > offset) {
      if (!best) best = el;
      break;
    }
  }
  return best?.id ?? (location.hash ? location.hash.slice(1) : null);
}
document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]').forEach((a) =>
  a.addEventListener('click', () => {
    const id = clauseInView();
    if (id) a.hash = id;
  }),
);

// 3. Copy link / copy citation ---------------------------------------------------------------------
const live = document.getElementById('live');
let liveTimer: number | undefined;
function announce(msg: string) {
  if (!live) return;
  live.textContent = msg;
  live.classList.add('show');
  window.clearTimeout(liveTimer);
  liveTimer = window.setTimeout(() => {
    live.classList.remove('show');
    live.textContent = '';
  }, 4000);
}

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers and non-secure contexts: the textarea fallback.
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    body.appendChild(ta);
    ta.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    ta.remove();
    return ok;
  }
}

/** The text a copy button copies: a link to the item on its own page, or its citation. */
export function copyText(btn: HTMLElement): string | null {
  const item = btn.closest<HTMLElement>('[data-c]');
  const id = item?.dataset.for || item?.id;
  if (!item || !id) return null;
  if (btn.dataset.copy === 'cite') {
    // A column of the side-by-side view carries its own language's prefix; elsewhere the page's.
    const prefix = btn.closest<HTMLElement>('[data-cite-prefix]')?.dataset.citePrefix ?? '';
    return prefix + (item.dataset.c || '');
  }
  const page = btn.closest<HTMLElement>('[data-page]')?.dataset.page || location.pathname;
  return new URL(`${page}#${id}`, location.origin).href;
}

// The buttons exist only when this script runs; without JS the plain "link" remains.
for (const tools of document.querySelectorAll<HTMLElement>('.tools')) {
  for (const kind of ['link', 'cite'] as const) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'tool';
    b.dataset.copy = kind;
    b.textContent = (kind === 'link' ? body.dataset.copyLink : body.dataset.copyCite) || kind;
    tools.append(b);
  }
}

document.addEventListener('click', async (ev) => {
  const btn = (ev.target as HTMLElement).closest<HTMLButtonElement>('button[data-copy]');
  if (!btn) return;
  const text = copyText(btn);
  if (!text) return;
  btn.dataset.copied = text;
  const ok = await writeClipboard(text);
  const tpl = (ok ? body.dataset.copied : body.dataset.copyFailed) || '{text}';
  announce(tpl.replace('{text}', text));
});

// 4. Table of contents: highlight the section being read ------------------------------------------
const tocLinks = Array.from(document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]'));
const tocTargets = tocLinks
  .map((a) => ({ a, el: document.getElementById(decodeURIComponent(a.hash.slice(1))) }))
  .filter((x): x is { a: HTMLAnchorElement; el: HTMLElement } => x.el !== null);

if (tocTargets.length > 0) {
  let ticking = false;
  let current: HTMLAnchorElement | null = null;
  const update = () => {
    ticking = false;
    const offset = parseFloat(getComputedStyle(root).scrollPaddingTop) || 0;
    let active: HTMLAnchorElement | null = null;
    for (const { a, el } of tocTargets) {
      if (el.getBoundingClientRect().top - offset <= 8) active = a;
      else break;
    }
    // A section opened by its link stays current while it is on screen, even near the end of the
    // page where it can never reach the top.
    const hashed = tocTargets.find((x) => location.hash && x.a.hash === location.hash);
    if (hashed) {
      const r = hashed.el.getBoundingClientRect();
      if (r.top >= 0 && r.top < innerHeight) active = hashed.a;
    }
    if (active === current) return;
    current?.removeAttribute('aria-current');
    current = active;
    if (active) {
      active.setAttribute('aria-current', 'location');
      // Keep the highlighted entry visible inside the sticky ToC, without scrolling the page.
      const box = active.closest<HTMLElement>('.toc-scroll');
      if (box && box.scrollHeight > box.clientHeight) {
        const r = active.getBoundingClientRect();
        const b = box.getBoundingClientRect();
        if (r.top < b.top || r.bottom > b.bottom) box.scrollTop += r.top - b.top - b.height / 3;
      }
    }
  };
  const onScroll = () => {
    if (!ticking) {
      ticking = true;
      requestAnimationFrame(update);
    }
  };
  addEventListener('scroll', onScroll, { passive: true });
  addEventListener('hashchange', onScroll);
  update();
}
