import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dotList, dotTables, TermWeights, topListEntries, unitList } from './weights.js';

// (+ 0 turns -0 into 0: JSON has no negative zero, and weights are never -0 in use.)
const ops = fc.array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.double({ min: -5, max: 5, noNaN: true }).map((w) => w + 0)), { maxLength: 300 });

function build(list: Array<[number, number]>): { table: TermWeights; oracle: Map<number, number> } {
  const table = new TermWeights();
  const oracle = new Map<number, number>();
  for (const [k, w] of list) {
    table.add(k, w);
    oracle.set(k, (oracle.get(k) ?? 0) + w);
  }
  return { table, oracle };
}

test('the table agrees with a Map on every key, its size and its norm', () => {
  fc.assert(fc.property(ops, (list) => {
    const { table, oracle } = build(list);
    assert.equal(table.size, oracle.size);
    for (let k = 0; k <= 200; k++) assert.equal(table.get(k), oracle.get(k) ?? 0);
    const norm = Math.sqrt([...oracle.values()].reduce((s, w) => s + w * w, 0));
    assert.ok(Math.abs(table.norm() - norm) < 1e-9);
  }));
});

test('large keys (30-bit term hashes) and growth past many resizes', () => {
  const table = new TermWeights();
  for (let i = 0; i < 5000; i++) table.add((i * 2654435761) & 0x3fffffff, 1);
  assert.equal(table.size, 5000);
  assert.equal(table.get((1234 * 2654435761) & 0x3fffffff), 1);
  assert.equal(table.get(7), 0);
});

test('prune keeps the heaviest entries, ties broken by key', () => {
  const { table } = build([[1, 1], [2, 5], [3, 3], [4, 5], [5, 0.5]]);
  table.prune(3);
  assert.deepEqual(table.sorted(), [[2, 5], [4, 5], [3, 3]]);
});

test('save and restore slot for slot: same entries, same iteration order', () => {
  fc.assert(fc.property(ops, (list) => {
    const { table } = build(list);
    const copy = TermWeights.fromFlat(JSON.parse(JSON.stringify(table.toFlat())) as number[]);
    const order = (t: TermWeights) => { const out: number[][] = []; t.forEach((k, w) => out.push([k, w])); return out; };
    assert.deepEqual(order(copy), order(table));
    assert.equal(copy.norm(), table.norm());
  }));
});

test('a damaged saved table is refused, never looped on', () => {
  assert.throws(() => TermWeights.fromFlat([17, 0, 1, 1]));
  assert.throws(() => TermWeights.fromFlat([16, 99, 1, 1]));
  // More than half full would break the probing invariant.
  const full = [16];
  for (let i = 0; i < 9; i++) full.push(i, i, 1);
  assert.throws(() => TermWeights.fromFlat(full));
});

test('dot products agree with a naive sum', () => {
  fc.assert(fc.property(ops, ops, (a, b) => {
    const ta = build(a);
    const tb = build(b);
    let naive = 0;
    for (const [k, w] of ta.oracle) naive += w * (tb.oracle.get(k) ?? 0);
    assert.ok(Math.abs(dotTables(ta.table, tb.table) - naive) < 1e-9);
    const list = unitList(ta.oracle);
    let naiveList = 0;
    list.keys.forEach((k, i) => { naiveList += list.weights[i]! * (tb.oracle.get(k) ?? 0); });
    assert.ok(Math.abs(dotList(list, tb.table) - naiveList) < 1e-9);
  }));
});

test('unitList has length 1 (or is empty) and topListEntries ranks by weight', () => {
  const list = unitList(new Map([[1, 3], [2, 4]]));
  assert.ok(Math.abs(list.weights[0]! ** 2 + list.weights[1]! ** 2 - 1) < 1e-12);
  assert.deepEqual(topListEntries(list, 1).map((e) => e[0]), [2]);
  assert.deepEqual(unitList(new Map()), { keys: [], weights: [] });
});
