import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TabayyunError } from '../../errors.js';
import { NORMALIZER_VERSION } from '../../text/normalize.js';
import { StoryClusterer } from './engine.js';
import { CLUSTER_STATE_FORMAT, restoreState, saveState } from './state.js';

function sample(): Record<string, unknown> {
  const c = new StoryClusterer();
  c.add({ id: 'a', title: 'وزارة الصحة تسجل إصابات جديدة بفيروس كورونا في الرياض', text: 'أعلنت وزارة الصحة تسجيل إصابات جديدة بفيروس كورونا في مدينة الرياض اليوم وتابعت المخالطين.', time: 0 });
  return JSON.parse(JSON.stringify(saveState(c))) as Record<string, unknown>;
}

function refused(json: unknown, pattern: RegExp): void {
  assert.throws(() => restoreState(json), (e: unknown) => e instanceof TabayyunError && e.code === 'E_PARSE' && pattern.test(e.message));
}

test('the state records its format and the versions of the text rules its keys were made with', () => {
  const s = sample();
  assert.equal(s['format'], CLUSTER_STATE_FORMAT);
  assert.equal(s['normalizerVersion'], NORMALIZER_VERSION);
  assert.equal(restoreState(s).seq, 1);
});

test('a state made by another normaliser is refused with a reason', () => {
  refused({ ...sample(), normalizerVersion: NORMALIZER_VERSION + 1 }, /normalizerVersion/);
});

test('other formats, versions and damaged states are refused', () => {
  refused(null, /not a JSON object/);
  refused({ ...sample(), format: 'something-else' }, /not a cluster state/);
  refused({ ...sample(), version: 99 }, /format version/);
  refused({ ...sample(), seq: -1 }, /seq/);
  refused({ ...sample(), stories: [{ id: 1 }] }, /story is damaged/);
  refused({ ...sample(), postings: [[1, ['x']]] }, /postings/);
  refused({ ...sample(), pairStats: { docs: 1 } }, /word-pair stats/);
  const s = sample();
  const entries = s['copyEntries'] as Array<Record<string, unknown>>;
  entries[0]!['signature'] = [1, 2, 3];
  refused(s, /signature/);
});

test('thresholds can be changed on restore; the representation cannot', () => {
  const c = restoreState(sample(), { joinThreshold: 0.5, leadTerms: 3 });
  assert.equal(c.options.joinThreshold, 0.5);
  assert.equal(c.options.leadTerms, new StoryClusterer().options.leadTerms);
});
