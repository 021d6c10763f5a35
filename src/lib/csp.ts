/**
 * Inline scripts and styles the site writes itself. Astro's CSP hashes the scripts and styles it bundles;
 * text a component writes inline is hashed here and added to the page's policy (Astro.csp), so the policy
 * never needs 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';

/** The CSP source for exactly this element text: `sha256-<base64>`. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * Before first paint: mark JS as available and apply the saved font size (see src/client/site.ts). Base.astro
 * puts it first in <body>, after the policy <meta> Astro writes at the end of <head>, so the policy covers it.
 */
export const EARLY_SCRIPT =
  "(function(d){d.classList.add('js');try{var f=localStorage.getItem('gx-fs');if(f==='s'||f==='m'||f==='l')d.setAttribute('data-fs',f);}catch(e){}})(document.documentElement);";
