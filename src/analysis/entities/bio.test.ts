import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { spansFromTags, tagsFromSpans } from './bio.js';
import { ENTITY_TYPES, TAGS } from './types.js';

test('spans follow conlleval: B starts, I continues its own type only', () => {
  assert.deepEqual(spansFromTags(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC']), [
    { start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }, { start: 4, end: 6, type: 'LOC' },
  ]);
  // A stray I- starts an entity (as conlleval counts it); an I- of another type ends the previous one.
  assert.deepEqual(spansFromTags(['O', 'I-ORG', 'I-PER']), [{ start: 1, end: 2, type: 'ORG' }, { start: 2, end: 3, type: 'PER' }]);
  // Classes that are not ours read as O.
  assert.deepEqual(spansFromTags(['B-DATE', 'I-DATE', 'B-MISC']), [{ start: 2, end: 3, type: 'MISC' }]);
});

test('tags → spans → tags is the identity on valid BIO sequences', () => {
  const validSeq = fc.array(fc.tuple(fc.constantFrom(...ENTITY_TYPES, null), fc.integer({ min: 1, max: 3 })), { maxLength: 12 }).map((runs) => {
    const tags: string[] = [];
    for (const [type, len] of runs) for (let i = 0; i < len; i++) tags.push(type ? `${i === 0 ? 'B' : 'I'}-${type}` : 'O');
    return tags;
  });
  fc.assert(fc.property(validSeq, (tags) => {
    assert.deepEqual(tagsFromSpans(tags.length, spansFromTags(tags)), tags);
  }));
  assert.equal(TAGS.length, 9);
});
