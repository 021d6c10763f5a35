/**
 * npm run bench: speed and size figures, printed as a report. Goals are checked here, by a
 * person reading the numbers, never by timed assertions in tests. Page, search and Lighthouse
 * figures need a built site (`npm run build`); Lighthouse runs through npx (`LIGHTHOUSE=0` skips it).
 */
import { benchIngest } from './bench/ingest.ts';
import { benchPages } from './bench/pages.ts';
import { benchSearch } from './bench/search.ts';
import { benchLighthouse } from './bench/lighthouse.ts';

const sections: string[][] = [
  benchIngest('seeds/000_2e82e574e34112c7.txt'),
  benchPages('dist'),
  await benchSearch('dist'),
  await benchLighthouse('dist'),
];
console.log(sections.map((s) => s.join('\n')).join('\n\n'));
