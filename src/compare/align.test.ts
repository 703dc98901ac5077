import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignStatements } from './align.js';
import type { Statement } from './prepare.js';
import { weigh, type Vector } from './vectors.js';

function statement(id: number, article: number): Statement {
  return { id, article, sentence: id, start: 0, end: 1, sentenceStart: 0, sentenceEnd: 1, words: [], quantities: [], dates: [], entities: [] };
}

/** Unit vectors from term lists (every term weight 1). */
function align(articles: string[][][]) {
  const statements: Statement[] = [];
  const vectors: Vector[] = [];
  articles.forEach((terms, article) => terms.forEach((t) => {
    statements.push(statement(statements.length, article));
    vectors.push(weigh(new Map(t.map((x) => [x, 1])), new Map()));
  }));
  const groups = alignStatements({ statements, vectors, comparable: () => true, articleCount: articles.length });
  return groups.filter((g) => g.statements.length > 1).map((g) => [...g.statements].sort((a, b) => a - b));
}

test('a one-sided best match is no link: no star of one sentence pulling in several of the other article', () => {
  // Article 1's three statements each have statement 0 as their best match; statement 0's own best is 1.
  const groups = align([
    [['w:a', 'w:b', 'w:c', 'w:d', 'w:e', 'w:f']],
    [['w:a', 'w:b', 'w:c', 'w:x1', 'w:x2', 'w:x3'], ['w:a', 'w:b', 'w:y1', 'w:y2', 'w:y3', 'w:y4'], ['w:a', 'w:b', 'w:z1', 'w:z2', 'w:z3', 'w:z4']],
  ]);
  assert.deepEqual(groups, [[0, 1]]);
});

test('a different figure of the same counted noun links, unless the other article gives the same figure elsewhere', () => {
  const ten = ['q:اتفاق', 'n:10:اتفاق', 'w:وقع', 'w:تعاون', 'w:تعليم'];
  const fifteen = ['q:اتفاق', 'n:15:اتفاق', 'w:شهد', 'w:زيارة', 'w:طاقة'];
  assert.deepEqual(align([[ten], [fifteen, ['w:other', 'w:words', 'w:here']]]), [[0, 1]]);
  // The second article also says 10 agreements: the 15 is another count, not this fact.
  const alsoTen = ['q:اتفاق', 'n:10:اتفاق', 'w:مذكرة', 'w:تفاهم', 'w:قطاع'];
  const groups = align([[ten], [fifteen, alsoTen]]);
  assert.ok(!groups.some((g) => g.includes(0) && g.includes(1)));
});
