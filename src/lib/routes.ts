/** Static paths shared by the Chinese and English route files. */
import { getEntries, entryId } from './entries';
import { plan } from './plan';

export async function entryPaths() {
  const entries = await getEntries();
  return entries.map((entry) => ({ params: { id: entryId(entry) }, props: { entry } }));
}

export function unitPaths() {
  return plan.units.map((unit) => ({ params: { id: unit.id }, props: { unit } }));
}
