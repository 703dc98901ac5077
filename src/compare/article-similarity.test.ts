import assert from 'node:assert/strict';
import { test } from 'node:test';
import { profileSimilarity, type ArticleProfile } from './article-similarity.js';

function profile(extra: Partial<ArticleProfile> = {}): ArticleProfile {
  return { places: new Map([[1, 2]]), names: new Map([[2, 1]]), days: new Set(), vector: new Map([['x', 1]]), statements: 2, ...extra };
}

test('time is unknown, not zero, when neither dated events nor both publication dates are known', () => {
  const s = profileSimilarity(profile(), profile({ published: '2024-06-20' }), { a: 2, b: 2 });
  assert.equal(s.time, null);
  // Everything else identical: the overall is 1, the missing dimension does not drag it down.
  assert.equal(s.overall, 1);
});

test('publication dates a day apart give time 0.5; shared dated days give 1', () => {
  assert.equal(profileSimilarity(profile({ published: '2024-06-20' }), profile({ published: '2024-06-21' }), { a: 2, b: 2 }).time, 0.5);
  const days = new Set(['2024-06-20']);
  assert.equal(profileSimilarity(profile({ days }), profile({ days }), { a: 2, b: 2 }).time, 1);
  assert.equal(profileSimilarity(profile({ days }), profile({ days: new Set(['2024-06-01']) }), { a: 2, b: 2 }).time, 0);
});
