/**
 * Task ownership: the closing parenthetical "（牵头单位：A、B；配合单位：C，D）" of a task.
 *
 * Variants handled: half- and full-width brackets and colons; no 配合 part; leads that act
 * "按职能分别负责" (each within its remit); a jurisdiction prefix written once for a run of
 * units ("自治区发展改革委、国资委" = 自治区发展改革委 + 自治区国资委).
 */
import type { Ownership } from '../model/plan.ts';

const STATEMENT =
  /[（(]\s*牵头单位\s*[:：]\s*([^（）()]+?)\s*(?:[；;]\s*配合单位\s*[:：]\s*([^（）()]*?)\s*)?[）)]\s*[。.]?\s*$/u;

/** Phrases after the leads that say they act separately, each within its own remit. */
const SEPARATELY = /(按职能分别负责|按职责分工负责|按职责分别负责|分别负责)$/u;

/** Prefixes that place a unit in a level of government; a run of units may write one only once. */
const JURISDICTION = ['自治区', '省', '市', '县', '区'];

/**
 * Units that already carry their own prefix do not inherit the run's one. `region` is the short
 * name of the issuing region (e.g. "广西"), read from the issuer, so no place name is built in.
 */
function ownPrefix(unit: string, region: string): boolean {
  return (
    JURISDICTION.some((p) => unit.startsWith(p)) ||
    /^(国家|中国|中央|各|全)/u.test(unit) ||
    (region !== '' && unit.startsWith(region))
  );
}

export function splitUnits(list: string, region: string): string[] {
  const units: string[] = [];
  for (const run of list.split(/[，,]/u)) {
    const names = run
      .split(/[、]/u)
      .map((n) => n.trim())
      .filter(Boolean);
    const prefix = JURISDICTION.find((p) => names[0]?.startsWith(p) && names[0].length > p.length) ?? '';
    for (const [i, name] of names.entries()) {
      units.push(i > 0 && prefix && !ownPrefix(name, region) ? prefix + name : name);
    }
  }
  return units;
}

/** The short name of a region from its government's name: 广西壮族自治区人民政府 → 广西. */
export function regionOf(issuer: string): string {
  const m = /^(.+?)(?:壮族|回族|维吾尔|藏族)?(?:自治区|省|市)/u.exec(issuer);
  return m?.[1] ?? '';
}

export function findOwnership(text: string, region: string): { ownership: Ownership; index: number } | null {
  const m = STATEMENT.exec(text);
  if (!m) return null;
  let leadList = m[1]!.trim();
  const separately = SEPARATELY.test(leadList);
  if (separately) leadList = leadList.replace(SEPARATELY, '');
  const lead = splitUnits(leadList, region);
  if (lead.length === 0) return null;
  return {
    index: m.index,
    ownership: {
      statement: m[0].trim(),
      form: 'labelled',
      lead,
      cooperating: m[2] ? splitUnits(m[2], region) : [],
      responsible: [],
      leadsSeparately: separately,
    },
  };
}

/**
 * One body, one name: where the document writes a unit both with the region's full name and with
 * its short name ("国家税务总局广西壮族自治区税务局" / "国家税务总局广西税务局"), the short form is an
 * alias of the full one. Only names the document itself writes both ways are merged.
 */
export function regionAliases(names: Iterable<string>, issuer: string): Map<string, string> {
  const full = /^(.+?(?:自治区|省|市))/u.exec(issuer)?.[1] ?? '';
  const short = regionOf(issuer);
  const aliases = new Map<string, string>();
  if (!full || !short || full === short) return aliases;
  const all = new Set(names);
  for (const name of all) {
    if (!name.includes(full)) continue;
    const alias = name.split(full).join(short);
    if (alias !== name && all.has(alias)) aliases.set(alias, name);
  }
  return aliases;
}
