/**
 * Synthetic plans k times the size of a real one, for measuring how ingest cost grows.
 * The plan body is repeated with its parts renumbered (一、… 四、 → 五、… 八、 …), and the first
 * attachment table's rows are repeated with their 序号 continued, so the result is still a
 * well-formed document in the same conventions.
 */
const DIGITS = '零一二三四五六七八九';

/** 1 … 999 → Chinese numerals (十一, 二十, 一百零五). */
export function toChinese(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  const rest = n % 100;
  const head = `${DIGITS[Math.floor(n / 100)]}百`;
  if (rest === 0) return head;
  return rest < 10 ? `${head}零${DIGITS[rest]}` : `${head}${rest < 20 ? '一' : ''}${toChinese(rest)}`;
}

export function scalePlan(text: string, k: number): string {
  const lines = text.split('\n');
  const firstPart = lines.findIndex((l) => /^#*\s*(\*\*)?一、/u.test(l.trim()));
  const listAt = lines.findIndex((l) => /附件[:：]/u.test(l));
  if (firstPart < 0 || listAt < 0) throw new Error('not a plan in the expected conventions');
  const body = lines.slice(firstPart, listAt);
  const partRe = /^(#*\s*(?:\*\*)?)([一二三四五六七八九十百零]+)、/u;
  const parts = body.filter((l) => partRe.test(l.trim())).length;
  const copies: string[] = [];
  for (let c = 0; c < k; c++) {
    let n = 0;
    copies.push(
      ...body.map((l) => (partRe.test(l.trim()) ? l.replace(partRe, (_m, pre) => `${pre}${toChinese(c * parts + ++n)}、`) : l)),
    );
  }
  const tail = lines.slice(listAt);
  // Continue the first table's last category k times.
  const totalAt = tail.findIndex((l) => /^合计[:：]/u.test(l));
  let rows: string[] = [];
  if (totalAt > 0) {
    const before = tail.slice(0, totalAt);
    const lastCat = before.map((l) => /^\s*[一二三四五六七八九十]+、/u.test(l.replace(/^\t/, ''))).lastIndexOf(true);
    const catRows = before.slice(lastCat + 1).filter((l) => /^\d+\t/.test(l));
    let seq = catRows.length;
    for (let c = 1; c < k; c++) rows.push(...catRows.map((l) => l.replace(/^\d+/, String(++seq))));
  }
  const out = [...lines.slice(0, firstPart), ...copies, ...(totalAt > 0 ? [...tail.slice(0, totalAt), ...rows, ...tail.slice(totalAt)] : tail)];
  return out.join('\n');
}
