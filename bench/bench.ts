/**
 * `npm run bench`: speed and memory in domain units (words/s, articles/s, pages/s, MB) on real corpora from
 * ../shared (set TABAYYUN_SHARED to point elsewhere). Sections whose data is absent are skipped and the run exits 0.
 * Each section measures a baseline in the same run, on the same text: these machines are shared, so only figures
 * taken side by side compare. `npm run bench -- text-core` runs one section.
 */
import { findSharedDir } from '../eval/news-corpus.js';
import { printSection, type Figures } from '../eval/report.js';

const shared = findSharedDir();
const only = process.argv.slice(2);
console.log('# tabayyun benchmarks');
console.log(`node ${process.version}, ${process.platform}/${process.arch}; shared data: ${shared ?? 'not found'}`);
if (!shared) {
  console.log('\n../shared/data is not here (set TABAYYUN_SHARED to point at it): nothing to measure.');
  process.exit(0);
}
const want = (key: string) => !only.length || only.includes(key);

if (want('text-core')) {
  const { benchTextCore } = await import('./text-core.js');
  printSection('Text core: normalise + tokenise + stem, one core (all SaudiNewsNet)', benchTextCore(shared));
}
if (want('analysis')) {
  const { benchQuantitiesDates } = await import('./analysis.js');
  printSection('Quantities and dates over all SaudiNewsNet, beside the text core', benchQuantitiesDates(shared));
}
if (want('compare')) {
  const { benchCompare } = await import('./compare.js');
  printSection('compare and pairs', benchCompare(shared));
}
if (want('intake')) {
  const { benchIntake } = await import('./intake.js');
  printSection('Intake: HTML extraction + cleaning, beside Readability alone', benchIntake(shared) as Figures);
}
if (want('cluster')) {
  const { benchCluster } = await import('./cluster.js');
  printSection('Stories: end to end from records (cleaning, analysis, clustering)', benchCluster(shared) as unknown as Figures);
}
