/** `npm run bench`: speed and memory in domain units on real corpora from ../shared (skipped when absent). */
import { findSharedDir } from '../eval/saudinewsnet.js';
import { printSection } from '../eval/report.js';
import { benchTextCore } from './text-core.js';

const shared = findSharedDir();
console.log('# tabayyun benchmarks');
console.log(`node ${process.version}, ${process.platform}/${process.arch}; shared data: ${shared ?? 'not found'}`);
if (!shared) {
  console.log('\n../shared/data is not here (set TABAYYUN_SHARED to point at it): nothing to measure.');
  process.exit(0);
}
printSection('Text core: normalise + tokenise + stem, one core', benchTextCore(shared));
