/**
 * Learns the letter costs of the name-variant matcher (src/analysis/names/letter-costs.generated.ts).
 *
 * Data: NETransliteration-COLING2018's Wikidata file (Steve Ash et al., CC0 1.0),
 * ../shared/data/name-variants/netransliteration-wikidata/wd_arabic.normalized.aligned.tokens: English name token →
 * Arabic spelling. ONLY the tokens that fall in the tuning half of variant_groups.dev.jsonl (splitHalf(en) === 0,
 * eval/names-quotes.ts) are read, so neither the test half nor the held-back groups feed the table; of
 * variant_groups.dev.jsonl only the English tokens are read (to pick those lines), none of its Arabic spellings.
 *
 * The CC0 file gives one Arabic spelling per English token, so it has almost no Arabic/Arabic variant pairs. The
 * English token is used as a pivot instead:
 * 1. A joint letter-chunk model (m2m alignment, as in Jiampojamarn et al. 2007) is fitted by EM: an English unit (one
 *    letter or a listed digraph: sh, ch, ng, ee, doubled letters …) is written as zero, one or two Arabic letters,
 *    and an Arabic letter may be written for nothing in the English (a prothetic alef, a hamza).
 * 2. From the expected counts, for each position in the word (first letter, inside, last letter) and each English
 *    unit u, q(x | u) is the chance that u is written as the Arabic letter x (or as nothing, x = ε).
 * 3. Two Arabic letters x and y are variants of one another as far as one English unit is written as either: their
 *    similarity is the cosine of their profiles over units, S(x, y) / √(S(x, x) S(y, y)) with
 *    S(x, y) = Σ_u n(u) q(x | u) q(y | u), and the cost of writing y for x is 1 − that cosine. A letter against ε is
 *    the cost of dropping or adding it. ج / غ (both g) come out cheap, و / ي (o, u against i, e) dear.
 * Position tables are smoothed towards the whole-word table (SMOOTHING pseudo-counts per unit).
 *
 * Deterministic: fixed initialisation, fixed number of EM iterations, sorted output.
 *   node dist/scripts/train-names.js            writes the table
 *   node dist/scripts/train-names.js --print    prints it instead
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { findSharedDir, sharedDataPath } from '../eval/shared-data.js';
import { loadVariantGroups, splitHalf } from '../eval/name-variant-groups.js';
import { NAME_LETTERS, foldNameWord } from '../src/analysis/names/fold.js';

const OUTPUT = new URL('../../src/analysis/names/letter-costs.generated.ts', import.meta.url);
const ITERATIONS = 30;
/** Pseudo-counts pulling each position table towards the whole-word table. */
const SMOOTHING = 2;
/** Expected counts under this are treated as alignment noise and dropped before the similarities. */
const MIN_COUNT = 0.5;

/** English digraphs that are one sound and may be written as one Arabic letter (or two). Doubled letters too. */
const DIGRAPHS = new Set([
  'sh', 'ch', 'th', 'kh', 'gh', 'ph', 'ng', 'ck', 'zh', 'dj', 'dh', 'qu', 'sc', 'cz', 'sz', 'cs', 'ts', 'tz', 'tch',
  'ou', 'ee', 'oo', 'ai', 'ay', 'ei', 'ey', 'ie', 'au', 'aw', 'ow', 'oi', 'oy', 'ea', 'ue', 'ui', 'eu', 'ia', 'io',
]);

const EPSILON = '';
type Position = 0 | 1 | 2;
const POSITIONS = ['initial', 'medial', 'final'] as const;

export interface TrainingPair {
  en: string;
  ar: string;
}

function foldEnglish(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
}

/** The CC0 pairs whose English token is in the tuning half of the dev groups. */
export function readTrainingPairs(sharedDir: string): TrainingPair[] {
  const groups = loadVariantGroups(sharedDir);
  const file = sharedDataPath(sharedDir, 'name-variants', 'netransliteration-wikidata', 'wd_arabic.normalized.aligned.tokens');
  if (!groups || !file) throw new Error(`name-variants data not found under ${sharedDir}`);
  const tuning = new Set(groups.filter((g) => splitHalf(g.en) === 0).map((g) => g.en));
  const pairs: TrainingPair[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [english, letters] = line.split('\t');
    if (!english || !letters || !tuning.has(english)) continue;
    const en = foldEnglish(english);
    const ar = foldNameWord(letters.replace(/ /g, ''));
    if (en && ar && [...ar].every((c) => NAME_LETTERS.includes(c))) pairs.push({ en, ar });
  }
  return pairs.sort((a, b) => (a.en < b.en ? -1 : a.en > b.en ? 1 : a.ar < b.ar ? -1 : 1));
}

/** English units starting at i: the letter, and digraphs/trigraphs listed or doubled. */
function englishUnits(en: string, i: number): string[] {
  const out = [en[i]!];
  if (i + 1 < en.length) {
    const two = en.slice(i, i + 2);
    if (DIGRAPHS.has(two) || two[0] === two[1]) out.push(two);
  }
  if (i + 2 < en.length && DIGRAPHS.has(en.slice(i, i + 3))) out.push(en.slice(i, i + 3));
  return out;
}

interface Step {
  /** English characters consumed, Arabic characters consumed, the unit key. */
  di: number;
  dj: number;
  key: string;
}

function steps(en: string, ar: string, i: number, j: number): Step[] {
  const out: Step[] = [];
  const units = i < en.length ? englishUnits(en, i) : [];
  for (const u of units) {
    for (let k = 0; k <= 2 && j + k <= ar.length; k++) out.push({ di: u.length, dj: k, key: `${u}\t${ar.slice(j, j + k)}` });
  }
  if (j < ar.length) out.push({ di: 0, dj: 1, key: `\t${ar[j]}` });
  return out;
}

/** Expected counts of (unit, Arabic chunk, position) for one pair under the model `p` (forward-backward). */
function expectedCounts(pair: TrainingPair, p: Map<string, number>, counts: Map<string, number>): void {
  const { en, ar } = pair;
  const n = en.length;
  const m = ar.length;
  const W = m + 1;
  const alpha = new Float64Array((n + 1) * W);
  const beta = new Float64Array((n + 1) * W);
  alpha[0] = 1;
  const stepCache: Step[][] = [];
  for (let i = 0; i <= n; i++) for (let j = 0; j <= m; j++) stepCache[i * W + j] = steps(en, ar, i, j);
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const a = alpha[i * W + j]!;
      if (a === 0) continue;
      for (const s of stepCache[i * W + j]!) alpha[(i + s.di) * W + j + s.dj]! += a * (p.get(s.key) ?? 0);
    }
  }
  const total = alpha[n * W + m]!;
  if (total === 0) return;
  beta[n * W + m] = 1;
  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      if (i === n && j === m) continue;
      let b = 0;
      for (const s of stepCache[i * W + j]!) b += (p.get(s.key) ?? 0) * beta[(i + s.di) * W + j + s.dj]!;
      beta[i * W + j] = b;
    }
  }
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const a = alpha[i * W + j]!;
      if (a === 0) continue;
      for (const s of stepCache[i * W + j]!) {
        const w = (a * (p.get(s.key) ?? 0) * beta[(i + s.di) * W + j + s.dj]!) / total;
        if (w === 0) continue;
        const position: Position = j === 0 ? 0 : j + s.dj === m ? 2 : 1;
        const key = `${s.key}\t${position}`;
        counts.set(key, (counts.get(key) ?? 0) + w);
      }
    }
  }
}

/** Fits the joint chunk model by EM; returns the expected counts of the last iteration, by position. */
export function fitAlignment(pairs: readonly TrainingPair[], iterations = ITERATIONS): Map<string, number> {
  // Uniform start over every step seen in the data.
  let p = new Map<string, number>();
  for (const pair of pairs) {
    for (let i = 0; i <= pair.en.length; i++) for (let j = 0; j <= pair.ar.length; j++) for (const s of steps(pair.en, pair.ar, i, j)) p.set(s.key, 1);
  }
  let counts = new Map<string, number>();
  for (let it = 0; it < iterations; it++) {
    counts = new Map();
    for (const pair of pairs) expectedCounts(pair, p, counts);
    const byKey = new Map<string, number>();
    let total = 0;
    for (const [k, c] of counts) {
      const key = k.slice(0, k.lastIndexOf('\t'));
      byKey.set(key, (byKey.get(key) ?? 0) + c);
      total += c;
    }
    p = new Map();
    for (const [k, c] of byKey) p.set(k, c / total);
  }
  return counts;
}

export interface LetterCosts {
  /** Per position, LETTERS.length² substitution costs (row: one spelling's letter, column: the other's). */
  substitution: number[][];
  /** Per position, the cost of one letter present in one spelling and absent in the other. */
  gap: number[][];
  /** Per position, how often each letter was seen there (expected count, rounded): how far its costs can be trusted. */
  evidence: number[][];
}

/** Turns the expected counts into the cost tables (see the header). */
export function costsFromCounts(counts: Map<string, number>): LetterCosts {
  const L = NAME_LETTERS.length;
  const index = (chunk: string) => (chunk === EPSILON ? L : chunk.length === 1 ? NAME_LETTERS.indexOf(chunk) : -1);
  // n[pos][unit][outcome] with outcome 0..L-1 letters, L = ε, L+1 = any two-letter chunk.
  const perPosition: Array<Map<string, Float64Array>> = [new Map(), new Map(), new Map()];
  const whole = new Map<string, Float64Array>();
  const add = (m: Map<string, Float64Array>, unit: string, o: number, c: number) => {
    let row = m.get(unit);
    if (!row) m.set(unit, (row = new Float64Array(L + 2)));
    row[o]! += c;
  };
  for (const [k, c] of counts) {
    const [unit, chunk, pos] = k.split('\t') as [string, string, string];
    if (unit === '') continue; // Arabic letters written for nothing: no English unit to pivot on.
    const i = index(chunk);
    const o = i === -1 ? L + 1 : i;
    add(perPosition[Number(pos)]!, unit, o, c);
    add(whole, unit, o, c);
  }
  const substitution: number[][] = [];
  const gap: number[][] = [];
  const evidence: number[][] = [];
  for (let pos = 0; pos < 3; pos++) {
    const seen = new Float64Array(L);
    for (const row of perPosition[pos]!.values()) for (let x = 0; x < L; x++) seen[x]! += row[x]!;
    evidence.push([...seen].map((x) => Math.round(x)));
    const S = new Float64Array((L + 1) * (L + 1));
    for (const [unit, full] of whole) {
      const local = perPosition[pos]!.get(unit) ?? new Float64Array(L + 2);
      const fullTotal = full.reduce((s, x) => s + x, 0);
      const localTotal = local.reduce((s, x) => s + x, 0);
      const q = new Float64Array(L + 1);
      for (let o = 0; o <= L; o++) {
        const c = local[o]! >= MIN_COUNT ? local[o]! : 0;
        const prior = full[o]! >= MIN_COUNT ? full[o]! / fullTotal : 0;
        q[o] = (c + SMOOTHING * prior) / (localTotal + SMOOTHING);
      }
      const weight = localTotal + SMOOTHING * 0.1;
      for (let x = 0; x <= L; x++) {
        if (q[x] === 0) continue;
        for (let y = 0; y <= L; y++) S[x * (L + 1) + y]! += weight * q[x]! * q[y]!;
      }
    }
    const cost = (x: number, y: number) => {
      const d = Math.sqrt(S[x * (L + 1) + x]! * S[y * (L + 1) + y]!);
      return d === 0 ? 1 : round(1 - S[x * (L + 1) + y]! / d);
    };
    const sub: number[] = [];
    for (let x = 0; x < L; x++) for (let y = 0; y < L; y++) sub.push(x === y ? 0 : cost(x, y));
    substitution.push(sub);
    gap.push(Array.from({ length: L }, (_, x) => cost(x, L)));
  }
  return { substitution, gap, evidence };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function render(costs: LetterCosts, pairs: number): string {
  const rows = (table: number[]) => {
    const L = NAME_LETTERS.length;
    const out: string[] = [];
    for (let x = 0; x < table.length / L; x++) out.push(`    ${table.slice(x * L, x * L + L).join(', ')},`);
    return out.join('\n');
  };
  const block = (name: string, tables: number[][]) =>
    `export const ${name}: ReadonlyArray<ReadonlyArray<number>> = [\n${tables.map((t, i) => `  // ${POSITIONS[i]}\n  [\n${rows(t)}\n  ],`).join('\n')}\n];\n`;
  return `// Generated by \`npm run train:names\` (scripts/train-names.ts); do not edit.
// Learned from ${pairs} English → Arabic name pairs of NETransliteration-COLING2018's Wikidata file
// (Steve Ash et al., https://github.com/steveash/NETransliteration-COLING2018), released under CC0 1.0; only the
// English tokens of the tuning half of the name-variant groups were read. This table carries the same CC0 dedication.
// Rows and columns follow NAME_LETTERS (./fold.ts); positions: first letter, inside, last letter.

/** Cost of writing one letter for another, per position (row-major, NAME_LETTERS² entries each). */
${block('LEARNED_SUBSTITUTION', costs.substitution)}
/** Cost of a letter present in one spelling and absent from the other, per position. */
${block('LEARNED_GAP', costs.gap)}
/** How often each letter was seen at each position in the training pairs (expected count). */
${block('LEARNED_EVIDENCE', costs.evidence)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { print: { type: 'boolean', default: false } } });
  const shared = findSharedDir();
  if (!shared) throw new Error('../shared not found');
  const pairs = readTrainingPairs(shared);
  const costs = costsFromCounts(fitAlignment(pairs));
  const text = render(costs, pairs.length);
  if (values.print) console.log(text);
  else {
    writeFileSync(OUTPUT, text);
    console.log(`wrote ${OUTPUT.pathname} from ${pairs.length} pairs`);
  }
}
