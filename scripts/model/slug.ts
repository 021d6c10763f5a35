/**
 * Readable, stable URL slugs for units (departments), from their Chinese names:
 * 自治区科技厅 → `zi-zhi-qu-ke-ji-ting`.
 *
 * The rule, deterministic and the same in every build and language (it reads nothing but the names):
 * 1. NFKC-normalise the name (full-width letters and digits become ASCII).
 * 2. Every Han character becomes its toneless pinyin syllable (pinyin-pro, which reads polyphones in context;
 *    ü is written `v`). A run of ASCII letters and digits is one token, lower-cased. Anything else (、（）·
 *    spaces) only separates tokens.
 * 3. Tokens are joined with `-`. One hyphen per syllable, not per word: word boundaries need a dictionary whose
 *    answers change between versions, a syllable does not; and hyphens keep `xi-an` (西安) apart from `xian` (县).
 * 4. A name with no token at all gets `unit`.
 * 5. Units whose slugs coincide (homophones) each get `-` and the first 4 hex digits of their own id appended
 *    (8 if the 4 still coincide): every one of them, so the result never depends on the order of the units.
 * 6. An editorial override (name → slug) replaces step 2–4 for a name the library reads wrongly; it must
 *    itself be a valid slug. Used sparingly: see content/editorial/unit-slugs.json.
 *
 * Slugs are ASCII `[a-z0-9]+(-[a-z0-9]+)*`; they never contain `_`, so they cannot clash with unit ids (`u_…`).
 */
import { pinyin } from 'pinyin-pro';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const HAN = /\p{Script=Han}/u;

/** The slug of one name, before disambiguation (steps 1–4). */
export function nameSlug(name: string): string {
  const text = name.normalize('NFKC');
  const syllables = pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' });
  const chars = [...text];
  const tokens: string[] = [];
  // pinyin-pro returns one entry per Han character and one per run of other characters.
  let at = 0;
  for (const s of syllables) {
    const ch = chars[at] ?? '';
    if (HAN.test(ch)) {
      at += 1;
      const ascii = s.toLowerCase().replace(/[^a-z0-9]/g, '');
      if (ascii) tokens.push(ascii);
    } else {
      at += [...s].length;
      tokens.push(...s.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean));
    }
  }
  return tokens.join('-') || 'unit';
}

export interface Sluggable {
  id: string;
  name: string;
}

/** Hex digits of an id (`u_6dcd6775` → `6dcd6775`), for disambiguation. */
function idDigits(id: string): string {
  return id.toLowerCase().replace(/^[a-z]+_/, '').replace(/[^a-z0-9]/g, '');
}

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return m;
}

/**
 * Slugs of every unit of a plan, by unit id (steps 1–6 above). Throws when an override is not a valid slug or
 * when two units still share a slug (only possible with overrides or ids that are not unique).
 */
export function unitSlugs(units: readonly Sluggable[], overrides: Readonly<Record<string, string>> = {}): Map<string, string> {
  for (const [name, slug] of Object.entries(overrides)) {
    if (!SLUG_PATTERN.test(slug)) throw new Error(`unit slug override for "${name}": "${slug}" is not [a-z0-9] words joined by "-"`);
  }
  const base = (u: Sluggable) => overrides[u.name] ?? nameSlug(u.name);
  const out = new Map<string, string>();
  for (const [slug, group] of groupBy(units, base)) {
    if (group.length === 1) {
      out.set(group[0]!.id, slug);
      continue;
    }
    const short = (u: Sluggable) => `${slug}-${idDigits(u.id).slice(0, 4)}`;
    const clash = new Set(group.map(short)).size < group.length;
    for (const u of group) out.set(u.id, clash ? `${slug}-${idDigits(u.id).slice(0, 8)}` : short(u));
  }
  const seen = new Map<string, string>();
  for (const [id, slug] of out) {
    const other = seen.get(slug);
    if (other !== undefined) throw new Error(`units ${other} and ${id} would share the slug "${slug}"`);
    seen.set(slug, id);
  }
  return out;
}
