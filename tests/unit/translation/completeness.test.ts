/**
 * The English edition covers the Chinese model exactly: every provision, table part, target and
 * attachment has an English unit or an explicit "untranslated" status, and nothing else is keyed.
 */
import { describe, expect, it } from 'vitest';
import { doc, flat, plan } from '../../../src/lib/plan';
import { edition, hasEnglish, enProvision, paragraphs } from '../../../src/lib/english';

const provisionIds = flat.map((f) => f.node.id);

describe('English edition: completeness against the Chinese model', () => {
  it('every provision id has an English unit or an explicit "untranslated" status, and there are no extra ids', () => {
    const keyed = Object.keys(edition.provisions);
    expect(provisionIds.filter((id) => !(id in edition.provisions))).toEqual([]);
    expect(keyed.filter((id) => !provisionIds.includes(id))).toEqual([]);
    // The two files split the ids by part: plan text in one, attachments in the other, none in both.
    expect(keyed.length).toBe(provisionIds.length);
  });

  it('reports the status of every unit (translated / reviewed / untranslated)', () => {
    const counts: Record<string, number> = {};
    for (const id of provisionIds) counts[edition.provisions[id]!.status] = (counts[edition.provisions[id]!.status] ?? 0) + 1;
    console.log(`[translation] ${provisionIds.length} provisions: ${JSON.stringify(counts)}`);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(provisionIds.length);
  });

  it('a translated unit has a title exactly when the Chinese has one, and as many paragraphs', () => {
    const bad: string[] = [];
    for (const { node } of flat) {
      const t = edition.provisions[node.id]!;
      if (t.status === 'untranslated') continue;
      if ((t.title === null) !== (node.title === null)) bad.push(`${node.id}: title`);
      if (paragraphs(t.text).length !== paragraphs(node.text).length) bad.push(`${node.id}: paragraphs ${paragraphs(node.text).length} → ${paragraphs(t.text).length}`);
      if (t.title !== null && t.title.trim() === '') bad.push(`${node.id}: empty title`);
      if (node.text.trim() !== '' && t.text.trim() === '') bad.push(`${node.id}: empty text`);
    }
    expect(bad).toEqual([]);
  });

  it('an untranslated unit falls back to the Chinese text, flagged, never silently', () => {
    const p = flat.find((f) => f.node.text.trim() !== '')!.node;
    const ghost = { ...p, id: 'no_such_provision' };
    expect(enProvision(ghost)).toEqual({ title: p.title, text: p.text, status: 'untranslated', fallback: true });
    const translated = enProvision(p);
    expect(translated.fallback).toBe(edition.provisions[p.id]!.status === 'untranslated');
  });

  it('every table has English headers, categories, cells and totals for exactly its own ids', () => {
    const bad: string[] = [];
    expect(Object.keys(edition.tables).sort()).toEqual(plan.tables.map((t) => t.id).sort());
    for (const tb of plan.tables) {
      const t = edition.tables[tb.id]!;
      if (t.status === 'untranslated') continue;
      const keys = tb.columns.map((c) => c.key);
      for (const k of keys) if (!t.columns[k]) bad.push(`${tb.id}: column ${k}`);
      for (const k of Object.keys(t.columns)) if (!keys.includes(k)) bad.push(`${tb.id}: extra column ${k}`);
      for (const c of tb.categories) if (!t.categories[c.id]) bad.push(`${c.id}: category`);
      for (const k of Object.keys(t.categories)) if (!tb.categories.some((c) => c.id === k)) bad.push(`${tb.id}: extra category ${k}`);
      const parts = [...tb.rows.map((r) => [r.id, r.cells] as const), ...tb.totals.map((s) => [s.id, s.cells] as const)];
      for (const [id, cells] of parts) {
        const en = t.rows[id] ?? t.totals[id];
        if (!en) { bad.push(`${id}: missing`); continue; }
        for (const k of keys) if ((cells[k] ?? '').trim() !== '' && (en[k] ?? '').trim() === '') bad.push(`${id}.${k}: no English`);
        for (const k of Object.keys(en)) if (!keys.includes(k)) bad.push(`${id}: extra column ${k}`);
      }
      const ids = new Set(parts.map(([id]) => id));
      for (const id of [...Object.keys(t.rows), ...Object.keys(t.totals)]) if (!ids.has(id)) bad.push(`${tb.id}: extra row ${id}`);
      if (tb.label && !t.label) bad.push(`${tb.id}: label`);
      if (tb.unit && !t.unit) bad.push(`${tb.id}: unit`);
    }
    expect(bad).toEqual([]);
  });

  it('every target has English (subject, quote), and there are no extra ids', () => {
    expect(plan.targets.filter((x) => !edition.targets[x.id]).map((x) => x.id)).toEqual([]);
    expect(Object.keys(edition.targets).filter((id) => !plan.targets.some((x) => x.id === id))).toEqual([]);
  });

  it('every unit of the model has an English name in units.json, and units.json names only units of the model', () => {
    expect(plan.units.filter((u) => !edition.units[u.name]).map((u) => u.name)).toEqual([]);
    expect(Object.keys(edition.units).filter((n) => !plan.units.some((u) => u.name === n))).toEqual([]);
  });

  it('the document metadata is translated, and each attachment has one English title wherever it appears', () => {
    const d = edition.document;
    expect(d.addressees.length).toBe(doc.addressees.length);
    expect(d.cc.length).toBe(doc.cc.length);
    expect(Boolean(d.disclosure)).toBe(Boolean(doc.disclosure));
    expect(Boolean(d.printingOffice)).toBe(Boolean(doc.printingOffice));
    expect(paragraphs(d.noticeText).length).toBe(paragraphs(doc.noticeText ?? '').length);
    for (const a of doc.attachments) {
      expect(d.attachments[a.id], a.id).toBeTruthy();
      const p = flat.find((f) => f.node.id === a.id)?.node;
      // The notice's list and the attachment's own heading print the same Chinese title: one English title.
      if (p && p.title === a.title) expect(edition.provisions[a.id]!.title, a.id).toBe(d.attachments[a.id]);
      const tb = plan.tables.find((t) => t.provision === a.id && t.title === a.title);
      if (tb) expect(edition.tables[tb.id]!.title, tb.id).toBe(d.attachments[a.id]);
    }
    expect(Object.keys(d.attachments).sort()).toEqual(doc.attachments.map((a) => a.id).sort());
  });

  it('provenance says which document it translates, who or what made it, when, and that the Chinese text prevails', () => {
    expect(hasEnglish).toBe(true);
    expect(edition.meta?.document).toEqual({ docNumber: doc.docNumber, planTitle: doc.planTitle });
    if (!edition.meta) return;
    expect(edition.meta.producedBy.length).toBeGreaterThan(10);
    expect(edition.meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(edition.meta.notice).toMatch(/unofficial/i);
    expect(edition.meta.notice).toMatch(/Chinese text prevails/i);
  });
});
