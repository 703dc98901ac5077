import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceInfo } from './features.js';
import { loadGazetteer } from './load.js';
import { applyCueRules } from './rules.js';
import type { Tag } from './types.js';

const gazetteer = loadGazetteer();
const info = (s: string) => sentenceInfo(s.split(' ').map((text) => ({ text })), gazetteer);

test('a quoted name after an organisation head is an organisation', () => {
  const s = 'نشرته صحيفة « نان دان » الناطقة';
  const o = (n: number): Tag[] => Array.from({ length: n }, () => 'O' as Tag);
  assert.deepEqual(applyCueRules(info(s), o(7)), ['O', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'O']);
  // A span of another type over exactly the quoted words is retyped.
  assert.deepEqual(applyCueRules(info(s), ['O', 'O', 'O', 'B-PER', 'I-PER', 'O', 'O']), ['O', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'O']);
  // No head, no rule; a quote that never closes, no rule.
  assert.deepEqual(applyCueRules(info('قال إن « نان دان » الناطقة'), o(7)), o(7));
  assert.deepEqual(applyCueRules(info('صحيفة « نان دان الناطقة'), o(5)), o(5));
});

test('a name split in two by the tagger is joined', () => {
  assert.deepEqual(applyCueRules(info('الرئيس تو لام قال'), ['O', 'B-PER', 'B-PER', 'O']), ['O', 'B-PER', 'I-PER', 'O']);
  assert.deepEqual(applyCueRules(info('مصر و لبنان'), ['B-LOC', 'O', 'B-LOC']), ['B-LOC', 'O', 'B-LOC']);
});
