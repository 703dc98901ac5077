import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newsFaneSplit, parseColumns, readNewsFane, readWojood, reattachClitics } from './corpora.js';

// Lines written for this test in each corpus's format (no corpus text is copied here).
const NEWSFANE = [
  '\uFEFF\u200Eقال\tO', 'وزير\tO', 'خارجية\tO', 'مصر\tB-Nation', 'ل\tO', 'الصحفيين\tO', 'ان\tO', 'و\tO',
  'حدة\tO', 'ه\tO', 'مع\tO', 'شركة\tB-Commercial', 'ارامكو\tI-Commercial', 'و\tO', 'العرب\tB-Group', '.\tO', '',
  'زار\tO', 'سامي\tB-Politician', 'حداد\tI-Politician', 'ملعب\tB-Building-Grounds', 'القاهرة\tI-Building-Grounds', '',
].join('\n');

test('NewsFANE classes collapse to ours; BOM and LRM are not part of tokens', () => {
  const [first, second] = readNewsFane(NEWSFANE);
  assert.equal(first!.tokens[0], 'قال');
  assert.equal(first!.tags[3], 'B-LOC');
  assert.deepEqual(first!.tags.slice(11, 13), ['B-ORG', 'I-ORG']);
  assert.equal(first!.tags[14], 'B-MISC');
  assert.deepEqual(second!.tags, ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC']);
});

test('clitics are written back onto their words, taking the host word\'s tag', () => {
  const [first] = readNewsFane(NEWSFANE);
  const glued = reattachClitics(first!);
  assert.deepEqual(glued.tokens, ['قال', 'وزير', 'خارجية', 'مصر', 'للصحفيين', 'ان', 'وحدته', 'مع', 'شركة', 'ارامكو', 'والعرب', '.']);
  assert.deepEqual(glued.tags, ['O', 'O', 'O', 'B-LOC', 'O', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'B-MISC', 'O']);
});

test('Wojood: nested levels are read per type, unmapped types dropped, outermost kept', () => {
  const text = [
    'مدير B-OCC', 'بلدية I-OCC B-ORG', 'رام I-OCC I-ORG B-GPE', 'الله I-OCC I-ORG I-GPE', 'زار O', 'القدس B-GPE',
    'يوم B-DATE', 'الأحد I-DATE', '', 'قال O', 'أحمد B-PERS', 'سالم I-PERS', '',
  ].join('\n');
  const [a, b] = readWojood(text);
  assert.deepEqual(a!.tags, ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-LOC', 'O', 'O']);
  assert.deepEqual(b!.tags, ['O', 'B-PER', 'I-PER']);
});

test('columns: blank lines end sentences, whatever the separator', () => {
  assert.deepEqual(parseColumns('a B-X\tC\n\n\nb O\n').map((s) => s.tokens), [['a'], ['b']]);
});

test('NewsFANE split: 50-sentence blocks, one in ten held out for test and one for dev', () => {
  const counts = { train: 0, dev: 0, test: 0 };
  for (let i = 0; i < 5000; i++) counts[newsFaneSplit(i)]++;
  assert.deepEqual(counts, { train: 4000, dev: 500, test: 500 });
  assert.equal(newsFaneSplit(449), 'dev');
  assert.equal(newsFaneSplit(450), 'test');
  assert.equal(newsFaneSplit(499), 'test');
  assert.equal(newsFaneSplit(500), 'train');
});
