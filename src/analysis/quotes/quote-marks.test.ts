import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_QUOTE_CHARS, pairQuoteMarks } from './quote-marks.js';

const inner = (text: string) => pairQuoteMarks(text).map((p) => text.slice(p.open + 1, p.close));

test('pairs guillemets, curly and straight quotes', () => {
  assert.deepEqual(inner('قال إن «الجانبين يريدان» ذلك'), ['الجانبين يريدان']);
  assert.deepEqual(inner('قائلة إنه “لا ينبغي لأي دولة” أمس'), ['لا ينبغي لأي دولة']);
  assert.deepEqual(inner('وصفها بأنها "وثيقة ثورية" فقط'), ['وثيقة ثورية']);
  assert.deepEqual(inner('«أ» و«ب»'), ['أ', 'ب']);
});

test('mirrored marks from right-to-left keyboards open a quotation', () => {
  assert.deepEqual(inner('قال: »لن نتراجع« ثم غادر'), ['لن نتراجع']);
  assert.deepEqual(inner('قال: ”لن نتراجع“ ثم غادر'), ['لن نتراجع']);
});

test('a stray closing mark or an unclosed opening mark pairs with nothing', () => {
  // Seed 000: «…» lost its opening mark before ليس موجّهاً: the stray » must not pair with the next «.
  assert.deepEqual(inner('ليس موجّهاً ضد أي دولة ثالثة» ويسهم في «السلام والاستقرار» في المنطقة'), ['السلام والاستقرار']);
  assert.deepEqual(inner('قال «لن نتراجع عن موقفنا'), []);
});

test('a quotation never crosses a line break nor exceeds the length cap', () => {
  assert.deepEqual(inner('قال «لن\nنتراجع»'), []);
  const long = `«${'كلمة '.repeat(MAX_QUOTE_CHARS)}»`;
  assert.deepEqual(pairQuoteMarks(long), []);
});

test('property: pairs are ordered, disjoint, on one line, and sit on quotation marks', () => {
  const piece = fc.constantFrom('«', '»', '“', '”', '"', '„', ' ', '\n', 'قال', 'إن', 'كلمة', '،', '.');
  fc.assert(fc.property(fc.array(piece, { maxLength: 80 }), (parts) => {
    const text = parts.join('');
    const pairs = pairQuoteMarks(text);
    let previous = -1;
    for (const p of pairs) {
      assert.ok(p.open > previous && p.close > p.open);
      assert.ok('«»“”"„'.includes(text[p.open]!) && '«»“”"'.includes(text[p.close]!));
      assert.ok(!text.slice(p.open, p.close).includes('\n'));
      previous = p.close;
    }
  }), { numRuns: 500 });
});
