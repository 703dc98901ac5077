import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatConll, readConllTokens } from './conll.js';

test('first column only, blank lines between sentences, CRLF and BOM tolerated', () => {
  const text = '\uFEFFبوتين B-PER x\r\nفي O\r\n\r\n\r\nموسكو\n';
  const sentences = readConllTokens(text);
  assert.deepEqual(sentences, [['بوتين', 'في'], ['موسكو']]);
  assert.equal(formatConll(sentences, [['B-PER', 'O'], ['B-LOC']]), 'بوتين\tB-PER\nفي\tO\n\nموسكو\tB-LOC\n\n');
});
