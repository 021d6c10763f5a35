/** Static paths shared by the Chinese and English route files. */
import { getEntries, entryId } from './entries';
import { plan, unitSlug, type Unit } from './plan';

export async function entryPaths() {
  const entries = await getEntries();
  return entries.map((entry) => ({ params: { id: entryId(entry) }, props: { entry } }));
}

/**
 * Unit pages at their readable slug, and at their former id-based URL (`/units/u_075c8f63/`) a redirect to it,
 * so links made before the slugs keep working.
 */
export function unitPaths(): { params: { id: string }; props: { unit: Unit; redirect: boolean } }[] {
  return plan.units.flatMap((unit) => [
    { params: { id: unitSlug.get(unit.id)! }, props: { unit, redirect: false } },
    { params: { id: unit.id }, props: { unit, redirect: true } },
  ]);
}
