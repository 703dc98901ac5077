import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractDates } from '../analysis/dates/index.js';
import { extractQuantities } from '../analysis/quantities/index.js';
import { citationsFor, type CitedStatement } from './summary.js';

function statement(article: number, text: string, published?: string): CitedStatement {
  return { article, quantities: extractQuantities(text), dates: extractDates(text, published ? { published } : {}) };
}

test('an article that reports the fact without the figure is a partial citation', () => {
  const chosen = statement(1, 'وهي الزيارة الأولى لبوتين إلى كوريا الشمالية منذ 24 عامًا.');
  const other = statement(0, 'وفي أول زيارة يقوم بها إلى كوريا الشمالية وقع بوتين معاهدة استراتيجية.');
  assert.deepEqual(citationsFor(chosen, [chosen, other], new Set()), { full: [1], partial: [0] });
});

test('an article that gives the same figure, hedged or not, is a full citation', () => {
  const chosen = statement(0, 'ووقع الجانبان 15 اتفاقا للتعاون.');
  const same = statement(2, 'ووقع البلدان نحو 15 اتفاقية.');
  const differ = statement(1, 'ووقع الطرفان حوالى عشرة اتفاقات.');
  assert.deepEqual(citationsFor(chosen, [chosen, same, differ], new Set()), { full: [0, 2], partial: [1] });
});

test('an article on the other side of a conflict is not cited at all', () => {
  const chosen = statement(0, 'ووقع الجانبان 15 اتفاقا للتعاون.');
  const differ = statement(1, 'ووقع الطرفان حوالى عشرة اتفاقات.');
  assert.deepEqual(citationsFor(chosen, [chosen, differ], new Set([1])), { full: [0], partial: [] });
});

test('dates: a month holds its days; a statement with no figure is supported by every report of the fact', () => {
  const chosen = statement(0, 'وصل الرئيس إلى هانوي في 20 يونيو 2024.');
  const month = statement(1, 'وصل الرئيس إلى هانوي في يونيو 2024.');
  const other = statement(2, 'وصل الرئيس إلى هانوي في 21 يونيو 2024.');
  assert.deepEqual(citationsFor(chosen, [chosen, month, other], new Set()), { full: [0, 1], partial: [2] });
  const plain = statement(0, 'وصل الرئيس إلى هانوي.');
  assert.deepEqual(citationsFor(plain, [plain, month, other], new Set()), { full: [0, 1, 2], partial: [] });
});
