/**
 * Letter cues of foreign names written in Arabic script: letters Arabic does not have (گ پ چ ڤ ژ), clusters that
 * transliterations produce (نغ for -ng, تش for ch, دج, ثي…), and endings of Slavic, Caucasian, Persian and other
 * surnames and place names (ـسكي، ـوف، ـوفا، ـيتش، ـينكو، ـيان، ـشvili، ـستان، ـغراد، ـبورغ). Each is a feature for
 * the tagger, which learns how much each one is worth; none decides alone (تشرين is an Arabic month).
 */

const FOREIGN_LETTERS = /[گپچڤژ]/;
const CLUSTERS: ReadonlyArray<[string, RegExp]> = [
  ['ng', /نغ(?:$|[^اوي])|نج$/],
  ['tsh', /تش/],
  ['v', /ف[يا]?ل|في[تش]/],
  ['ou', /يو|وي[^ن]/],
];
const ENDINGS: ReadonlyArray<[string, RegExp]> = [
  ['sky', /(?:سكي|سكا|تسكي|نسكي)$/],
  ['ov', /(?:وف|وفا|يف|يفا|ييف|وفيتش)$/],
  ['ich', /(?:يتش|فيتش|فيش|يش)$/],
  ['enko', /(?:ينكو|نكو|تشوك|يوك)$/],
  ['yan', /(?:يان|يانتس)$/],
  ['shvili', /(?:شفيلي|دزه|اذه)$/],
  ['stan', /ستان$/],
  ['grad', /(?:غراد|جراد|بورغ|بورج|فيل|لاند|تون|ستر)$/],
  ['o', /[^ا]و$/],
  ['i-vowel', /[بتثجحخدذرزسشصضطظعغفقكلمنه]ي$/],
];

/** Foreign-name cue names for a word's DEFAULT key (letters as written: گ پ چ ڤ survive normalisation). */
export function foreignCues(key: string): string[] {
  const out: string[] = [];
  if (key.length < 2) return out;
  if (FOREIGN_LETTERS.test(key)) out.push('letter');
  for (const [name, re] of CLUSTERS) if (re.test(key)) out.push(name);
  for (const [name, re] of ENDINGS) if (re.test(key)) out.push(`end-${name}`);
  // Transliterations spell vowels out: a high share of long vowels (ا و ي) is a cue of its own.
  let vowels = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 0x627 || c === 0x648 || c === 0x64a) vowels++;
  }
  if (key.length >= 5 && vowels * 2 >= key.length) out.push('vowel-rich');
  return out;
}
