/**
 * Task ownership: the closing parenthetical of a task, in every form plans of the genre print.
 *
 * - （牵头单位：A、B；配合单位：C，D） and （牵头部门：A） → lead / cooperating (`labelled`);
 * - （责任单位：A、B） / （责任部门：…） → one list the document does not split: `responsible`;
 * - （A、B、C等负责） (the State Council form) → `listed`: the units stay `responsible` here; the pipeline
 *   makes the first listed the lead once the document states 列第一位者为牵头单位;
 * - （A、B牵头负责） → every unit listed leads (`listed-lead`), unless the document's 列第一位者为牵头单位
 *   rule is in force: then, as it says, the first listed is the lead and the others cooperate;
 * - （各有关单位） → a bare list of collective units: `responsible` (`unlabelled`).
 *
 * Also: half- and full-width brackets and colons; separators 、，； mixed; "/" for none; leads that act
 * "按职能分别负责" (each within its remit); a jurisdiction prefix written once for a run of units
 * ("自治区发展改革委、国资委" = 自治区发展改革委 + 自治区国资委).
 */
import type { Ownership } from '../model/plan.ts';

/** The last parenthetical of a text, when the text ends with it (one level of nested brackets allowed). */
const CLOSING_PAREN = /[（(]((?:[^（）()]|[（(][^（）()]*[）)])+)[）)]\s*[。.]?\s*$/u;

const LABELLED =
  /^\s*牵头(?:单位|部门)\s*[:：]\s*(.+?)\s*(?:[；;，,]\s*(?:配合|参与|协办)(?:单位|部门)\s*[:：]\s*(.*?)\s*)?$/u;
const RESPONSIBLE = /^\s*责任(?:单位|部门)\s*[:：]\s*(.+?)\s*$/u;
/** "A、B、C等负责。列第一位者为牵头单位，下同" — the list, the verb, and what follows it. */
const LISTED = /^\s*(?:由)?(.+?)(?:等)?(按职责分工负责|按职能分别负责|分别负责|牵头负责|负责)\s*(?:[。；;，,]\s*(.*))?$/u;
/** The sentence that makes the first listed unit the lead of a `listed` statement. */
export const LEAD_RULE = /列(?:在)?第一位(?:的|者)?(?:为|是)牵头(?:单位|部门)/u;

/** Phrases after the leads that say they act separately, each within its own remit. */
const SEPARATELY = /(按职能分别负责|按职责分工负责|按职责分别负责|分别负责)$/u;

/** Prefixes that place a unit in a level of government; a run of units may write one only once. */
const JURISDICTION = ['自治区', '省', '市', '县', '区'];

/** How the name of a unit ends (for lists printed without a label). */
const UNIT_NAME = /(部|委|局|厅|办|院|府|会|室|中心|政府|组|处|所|社|台|行|署|关|队|站|公司|集团|单位|部门|机构|学校|大学|医院|区|县|市|省)$/u;
/** A bare list is taken as units only when every name is collective ("各有关单位", "相关部门"). */
const COLLECTIVE = /^(各|有关|相关|全体)|(单位|部门)$/u;
/** Written in a unit column or list to say "none". */
const NONE = /^[/／\\—-]$|^无$/u;

/**
 * Units that already carry their own prefix do not inherit the run's one. `region` is the short
 * name of the issuing region (e.g. "广西"), read from the issuer, so no place name is built in.
 */
function ownPrefix(unit: string, region: string): boolean {
  return (
    JURISDICTION.some((p) => unit.startsWith(p)) ||
    /^(国家|中国|中央|各|全|相关|有关)/u.test(unit) ||
    (region !== '' && unit.startsWith(region))
  );
}

/** The jurisdiction prefix a name starts with ("自治区", "市"), not counting words such as 市场 or 区域. */
function prefixOf(name: string): string {
  if (/^(市场|区域|省级|市级|县级|区级|县域)/u.test(name)) return '';
  return JURISDICTION.find((p) => name.startsWith(p) && name.length > p.length) ?? '';
}

const runsOf = (list: string) =>
  list.split(/[，,；;]/u).map((run) =>
    run
      .split(/[、]/u)
      .map((n) => n.trim())
      .filter((n) => n && !NONE.test(n)),
  );

/**
 * "A、B，C；D" → names. A document that writes a jurisdiction prefix only on the first name of a run
 * passes it to the others ("自治区发展改革委、国资委" = 自治区发展改革委 + 自治区国资委); a document that
 * repeats it anywhere ("市交通委、市水务局") writes every name in full, so `inherit` is false for it.
 */
export function splitUnits(list: string, region: string, inherit = true): string[] {
  const units: string[] = [];
  for (const names of runsOf(list).map(joinBareLevels)) {
    const prefix = inherit ? prefixOf(names[0] ?? '') : '';
    for (const [i, name] of names.entries()) {
      units.push(i > 0 && prefix && !ownPrefix(name, region) ? prefix + name : name);
    }
  }
  return units;
}

/** Whether any unit statement of the document repeats a jurisdiction prefix within one run of names. */
export function writesPrefixesInFull(texts: string[]): boolean {
  return texts.some((text) => {
    const m = CLOSING_PAREN.exec(text);
    if (!m) return false;
    return runsOf(m[1]!.replace(/(?:牵头|配合|参与|协办|责任)(?:单位|部门)\s*[:：]/gu, '')).some((names) => {
      const prefix = prefixOf(names[0] ?? '');
      return prefix !== '' && names.slice(1).some((n) => prefixOf(n) === prefix);
    });
  });
}

/** The short name of a region from its government's name: 广西壮族自治区人民政府 → 广西. */
export function regionOf(issuer: string): string {
  const m = /^(.+?)(?:壮族|回族|维吾尔|藏族)?(?:自治区|省|市)/u.exec(issuer);
  return m?.[1] ?? '';
}

export interface Found {
  ownership: Ownership;
  /** Where the statement starts in the text. */
  index: number;
  /** The statement itself says that the first listed unit leads (列第一位者为牵头单位). */
  statesLeadRule: boolean;
}

const owned = (form: Ownership['form'], statement: string, roles: Partial<Pick<Ownership, 'lead' | 'cooperating' | 'responsible'>>, separately = false): Ownership => ({
  statement,
  form,
  lead: roles.lead ?? [],
  cooperating: roles.cooperating ?? [],
  responsible: roles.responsible ?? [],
  leadsSeparately: separately,
});

/** The units a text closes with, in any of the forms above; null when it closes with none. */
export function findOwnership(text: string, region: string, inherit = true): Found | null {
  const m = CLOSING_PAREN.exec(text);
  if (!m) return null;
  const inner = m[1]!;
  const statement = m[0].trim();
  const at = (ownership: Ownership, statesLeadRule = false): Found | null =>
    ownership.lead.length + ownership.cooperating.length + ownership.responsible.length === 0 ? null : { ownership, index: m.index, statesLeadRule };

  const l = LABELLED.exec(inner);
  if (l) {
    let leadList = l[1]!.trim();
    const separately = SEPARATELY.test(leadList);
    if (separately) leadList = leadList.replace(SEPARATELY, '');
    const lead = splitUnits(leadList, region, inherit);
    if (lead.length === 0) return null;
    return at(owned('labelled', statement, { lead, cooperating: l[2] ? splitUnits(l[2], region, inherit) : [] }, separately));
  }
  const r = RESPONSIBLE.exec(inner);
  if (r) return at(owned('responsible', statement, { responsible: splitUnits(r[1]!, region, inherit) }));
  const ls = LISTED.exec(inner);
  if (ls) {
    const names = splitUnits(ls[1]!, region, inherit);
    if (!names.length || !names.every((n) => UNIT_NAME.test(n) && !/\d/u.test(n))) return null;
    const separately = ls[2] !== '负责' && ls[2] !== '牵头负责';
    if (ls[2] === '牵头负责') return at(owned('listed-lead', statement, { lead: names }));
    return at(owned('listed', statement, { responsible: names }, separately), LEAD_RULE.test(ls[3] ?? ''));
  }
  const names = splitUnits(inner, region, inherit);
  if (names.length && names.every((n) => UNIT_NAME.test(n) && COLLECTIVE.test(n) && !/\d/u.test(n)))
    return at(owned('unlabelled', statement, { responsible: names }));
  return null;
}

/** Whether a paragraph closes with a statement of its units (a task paragraph). */
export function closesWithUnits(text: string): boolean {
  return findOwnership(text, '') !== null;
}

/**
 * The State Council form: once the document says 列第一位者为牵头单位 (in a statement, "下同", or in
 * its notice or preamble), the first unit of that and every later `listed` statement leads and the others
 * cooperate. Before it, or in a document that never says so, the list stays `responsible`.
 */
export function applyLeadRule(tasks: { id: string; found: Found }[], ruleBefore: string | null): void {
  let rule = ruleBefore;
  for (const { id, found } of tasks) {
    if (found.statesLeadRule) rule = id;
    const o = found.ownership;
    // "（A、B牵头负责）" under the rule too: the document says the first listed is *the* lead, 下同.
    if ((o.form !== 'listed' && o.form !== 'listed-lead') || !rule) continue;
    if (o.form === 'listed-lead') o.responsible = o.lead;
    const [first, ...rest] = o.responsible;
    o.lead = [first!];
    o.cooperating = rest;
    o.responsible = [];
    o.leadRule = rule;
  }
}

/** "各市、县科技局" shares one noun between two levels: a bare level ("各市") is not a unit of its own. */
function joinBareLevels(names: string[]): string[] {
  const out: string[] = [];
  for (const p of names) {
    const prev = out.at(-1);
    if (prev !== undefined && /^各?[省市县区]$/u.test(prev)) out[out.length - 1] = `${prev}、${p}`;
    else out.push(p);
  }
  return out;
}

/** Names in a table's unit cell: "市卫生健康委，市医保局" → two; "广西大学等" → 广西大学; "/" → none. */
export function unitsInCell(cell: string): string[] {
  return joinBareLevels(
    cell
      .split(/[、，,；;]/u)
      .map((u) => u.trim().replace(/等$/u, '').trim())
      .filter((u) => u && !NONE.test(u)),
  );
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
