/** `npm run eval`: every quality figure on the open data in ../shared/data (a section is skipped when its data is absent). */
import { findSharedDir } from './saudinewsnet.js';
import { printSection } from './report.js';

const shared = findSharedDir();
console.log('# tabayyun evaluation');
console.log(`shared data: ${shared ?? 'not found'}`);
if (!shared) {
  console.log('\n../shared/data is not here (set TABAYYUN_SHARED to point at it): nothing to evaluate.');
  process.exit(0);
}
