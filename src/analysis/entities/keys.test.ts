import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentKeys, mentionKey } from './keys.js';
import type { EntityType, Mention } from './types.js';

const m = (text: string, type: EntityType = 'PER'): Mention => ({ text, type, start: 0, end: text.length });

test('mention keys fold spelling and read لل as the article', () => {
  assert.equal(mentionKey('للحزب الشيوعي'), mentionKey('الحزب الشيوعي'));
  assert.equal(mentionKey('كوريا الشمالية'), mentionKey('كوريا  الشماليه'));
});

test('partial mentions of a person take the fuller name\'s key', () => {
  const keys = documentKeys([m('فلاديمير بوتين'), m('بوتين'), m('تو لام'), m('لام'), m('كيم جونغ أون'), m('كيم'), m('موسكو', 'LOC')]);
  assert.equal(keys[1], keys[0]);
  assert.equal(keys[3], keys[2]);
  assert.equal(keys[5], keys[4]);
  assert.equal(keys[6], 'موسكو');
});

test('a surname shared by two people stays unlinked', () => {
  const keys = documentKeys([m('جو بايدن'), m('هنتر بايدن'), m('بايدن')]);
  assert.equal(keys[2], 'بايدن');
  // A place is never linked to a person who bears its name.
  assert.equal(documentKeys([m('جورج واشنطن'), m('واشنطن', 'LOC')])[1], 'واشنطن');
});
