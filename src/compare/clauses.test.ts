import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../text/tokenize.js';
import { splitClauses } from './clauses.js';

const clauses = (text: string) => splitClauses(tokenize(text)).map((s) => text.slice(s.start, s.end));

test('a sentence that packs two facts is cut at "، و" (000 sentence 2)', () => {
  const text = 'وتوجّه بوتين إلى فيتنام، بعد قمة مع زعيم كوريا الشمالية كيم جونغ أون في بيونغ يانغ، ووصفت الخارجية الأمريكية تعميق العلاقات الروسية الكورية الشمالية بالأمر «المقلق للغاية».';
  assert.deepEqual(clauses(text), [
    'وتوجّه بوتين إلى فيتنام، بعد قمة مع زعيم كوريا الشمالية كيم جونغ أون في بيونغ يانغ',
    'ووصفت الخارجية الأمريكية تعميق العلاقات الروسية الكورية الشمالية بالأمر «المقلق للغاية».',
  ]);
});

test('a root و (وقّع) after a fronted adverbial is not a conjunction', () => {
  const text = 'وفي أول زيارة يقوم بها إلى كوريا الشمالية الأربعاء، وقّع بوتين معاهدة استراتيجية مع كيم.';
  assert.equal(clauses(text).length, 1);
});

test('a list continued with "، والرئيس" stays whole', () => {
  const text = 'وفي هانوي سوف يجتمع بوتين مع أقوى سياسي في فيتنام، الأمين العام للحزب الشيوعي نوين فو ترونغ، والرئيس الجديد تو لام ومسؤولين آخرين.';
  assert.equal(clauses(text).length, 1);
});

test('short sides are not cut off, and "؛" cuts', () => {
  assert.equal(clauses('قال الوزير، وأضاف.').length, 1);
  assert.equal(clauses('ارتفعت أسعار النفط في الأسواق العالمية اليوم؛ وتراجعت أسعار الذهب في أسواق لندن ونيويورك').length, 2);
});

test('a reporting participle after a comma opens a second claim; قائلا does not, and a closing quote mark stays', () => {
  assert.deepEqual(clauses('وأوضح مدير إدارة العمليات أنه تم ضبط سيارتي نقل في وادي زقلة، مشيراً إلى أن الإدارة تكثف نشاطها خلال هذه الأيام.'), [
    'وأوضح مدير إدارة العمليات أنه تم ضبط سيارتي نقل في وادي زقلة',
    'مشيراً إلى أن الإدارة تكثف نشاطها خلال هذه الأيام.',
  ]);
  assert.equal(clauses('وفي نفس السياق فقد نددت السفارة الأميركية في البلاد بالزيارة، قائلة إنه “لا ينبغي لأي دولة أن تمنح بوتين منصة”.').length, 1);
  assert.equal(clauses('وصف بوتين الاتفاقية الجديدة بأنها “وثيقة ثورية تاريخية”، معربًا عن أنها تشمل التزامًا بالمساعدة المتبادلة.')[0], 'وصف بوتين الاتفاقية الجديدة بأنها “وثيقة ثورية تاريخية”');
});
