/**
 * Copyright and terms footers: "جميع الحقوق محفوظة", "©", "حقوق النشر", "شروط الاستخدام", and the disclaimer "الآراء
 * الواردة … لا تعبر عن رأي …". A strong marker removes a line of any length among the last three content lines
 * (the seed 001's footer is one long line); higher up only a short line goes, since a report may quote the phrase.
 * A removed footer often names its owner ("حقوق النشر © 2009-2024 لشركة نجوم مصرية®", "© 2024 Al Arabiya", "جميع
 * المحتويات المنشورة على موقع …"): that name becomes the `outlet` when the page gives none (see copyrightOwner).
 */
import { contentLines, hasPhrase, keyOf, lineKey, remove, wordsOf } from './helpers.js';
import type { CleanPass } from './types.js';

const STRONG = ['جميع الحقوق محفوظة', 'جميع الحقوق محفوظه', 'الحقوق محفوظة', 'حقوق النشر محفوظة', 'حقوق الطبع محفوظة', 'حقوق النشر', 'حقوق الطبع والنشر', 'all rights reserved', 'copyright'].map(lineKey);
const TERMS = ['شروط الاستخدام', 'شروط الخدمة', 'سياسة الخصوصية', 'بيان الخصوصية', 'اتفاقية الاستخدام', 'terms of use', 'privacy policy'].map(lineKey);
const DISCLAIMER = /(الاراء|المقالات|التعليقات|المواد) .{0,60}(لا تعبر|لا تعكس|لا تمثل) .{0,30}(راي|اراء|وجهه نظر|وجهة نظر)/u;
/** Every marker above contains one of these (raw text, before normalisation). */
const MAYBE = /©|حقوق|copyright|rights|شروط|سياس|بيان|اتفاقي|terms|privacy|تعبر|تعكس|تمثل/iu;
const TAIL_LINES = 3;
const MAX_WORDS_ELSEWHERE = 15;

export const copyright: CleanPass = (ctx) => {
  const lines = contentLines(ctx);
  const tail = new Set(lines.slice(-TAIL_LINES));
  for (const i of lines) {
    const text = ctx.lines[i]!.text;
    const words = wordsOf(ctx, i);
    // A long line far from the end cannot be a footer; do not key it.
    if (!tail.has(i) && words > 40) continue;
    // Cheap test on the raw line first: most lines have none of the words the markers are made of.
    if (!MAYBE.test(text)) continue;
    const key = keyOf(ctx, i);
    const strong = text.includes('©') || hasPhrase(key, STRONG) !== undefined;
    const terms = words <= 8 && hasPhrase(key, TERMS) !== undefined;
    const disclaimer = DISCLAIMER.test(key) && (tail.has(i) || words <= 40);
    if ((strong && (tail.has(i) || words <= MAX_WORDS_ELSEWHERE)) || terms || disclaimer) {
      remove(ctx, i, 'copyright');
      const owner = copyrightOwner(text);
      if (owner) ctx.meta.outlet ??= owner;
    }
  }
};

/** A name: one to four words, letters only (Arabic or Latin, with inner dots, dashes and ampersands). */
const NAME = String.raw`([\p{L}][\p{L}\p{M}.&'-]*(?:[ \u00a0][\p{L}][\p{L}\p{M}.&'-]*){0,3})`;
/** Company words that come before a name and are not part of it. */
const COMPANY = String.raw`(?:ل?(?:شركة|شركه|مؤسسة|مؤسسه|مجموعة|مجموعه|موقع|صحيفة|صحيفه|جريدة|جريده|قناة|قناه)\s+)?`;
const OWNER_PATTERNS: readonly RegExp[] = [
  // "حقوق النشر © 2009-2024 لشركة نجوم مصرية®"، "© 2024 الجزيرة"، "Copyright © 2024 Al Arabiya"
  new RegExp(String.raw`©\s*(?:[0-9٠-٩]{4}\s*(?:[-–/]\s*[0-9٠-٩]{4})?\s*)?ل?\s*${COMPANY}${NAME}`, 'u'),
  // "جميع المحتويات المنشورة على موقع نجوم مصرية"
  new RegExp(String.raw`(?:المنشورة|المنشوره)\s+(?:على|في)\s+موقع\s+${NAME}`, 'u'),
  // "جميع الحقوق محفوظة لـ الشرق الأوسط"، "الحقوق محفوظة لموقع …"
  new RegExp(String.raw`محفوظ[ةه]\s+(?:لـ\s*|ل)${COMPANY}${NAME}`, 'u'),
];
/** Words that end a name read off a footer: what follows the owner, not part of it. */
const NAME_STOP = new Set(['جميع', 'كل', 'لا', 'لن', 'هي', 'هو', 'من', 'في', 'على', 'عن', 'تعبر', 'تعكس', 'الحقوق', 'حقوق', 'تمثل', 'محفوظة', 'محفوظه', 'لإدارة', 'لادارة', 'للنشر', 'للإعلام', 'للاعلام', 'all', 'rights', 'inc', 'ltd', 'llc']);

/** The owner a copyright footer names, trimmed of the words that follow it; undefined when none is clear. */
export function copyrightOwner(line: string): string | undefined {
  for (const pattern of OWNER_PATTERNS) {
    const m = pattern.exec(line);
    if (!m) continue;
    const words: string[] = [];
    for (const w of m[1]!.split(/[\s\u00a0]+/u)) {
      const bare = w.replace(/[®™.]+$/u, '');
      if (NAME_STOP.has(bare.toLowerCase()) || bare === '') break;
      words.push(bare);
      if (bare !== w) break; // "مصرية®": the mark closes the name
    }
    const name = words.join(' ');
    if (name.length >= 2 && !/^(?:جميع|الحقوق|حقوق)$/u.test(name)) return name;
  }
  return undefined;
}
