/** npm run outcomes:schema → content/editorial/outcomes.schema.json from the zod schema (a unit test checks it is current). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { outcomesJsonSchema } from './model/outcomes.ts';

const out = join(import.meta.dirname, '..', 'content', 'editorial', 'outcomes.schema.json');
writeFileSync(out, outcomesJsonSchema());
console.log(`[outcomes] schema → ${out}`);
