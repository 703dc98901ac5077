/**
 * Evaluation of the number, quantity and date passes on data nobody here wrote:
 *
 * 1. Duckling's Arabic test corpora (../shared/data/duckling-ar, BSD-3; a copy is committed in
 *    test/fixtures/duckling-ar): for each phrase, the longest mention our extractor finds must carry Duckling's
 *    value (and, for time, its grain, resolved against Duckling's reference time 2013-02-12T04:30-02:00). Where
 *    Duckling reads a date forward (a bare weekday, a date without a year) and we read it in the past, as news
 *    is read, the phrase is counted by our reading when our extractor's forward reading gives Duckling's value,
 *    and it is listed.
 * 2. Wojood's public NER sample (../shared/data/ner-wojood-sample, research use, never committed): exact span F1
 *    of DATE and CARDINAL on val (and train, which the rules were tuned on).
 *
 * `evaluateNumbersDates(sharedDir)` reads the folders; `scoreDuckling` and `scoreWojood` are the pure scorers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractNumbers } from '../src/analysis/numbers/index.js';
import { extractQuantities, type Quantity } from '../src/analysis/quantities/index.js';
import { extractDates, type DateMention } from '../src/analysis/dates/index.js';
import { sharedDataPath } from './shared-data.js';

export interface DucklingExample {
  expected: Record<string, unknown>;
  phrases: string[];
}
export interface DucklingDimension {
  examples: DucklingExample[];
  negative_examples?: string[];
}
export interface DucklingCorpus {
  reference_time: string;
  dimensions: Record<string, DucklingDimension>;
}

export interface DimensionScore {
  dimension: string;
  phrases: number;
  correct: number;
  accuracy: number;
  /** Phrases counted by our (past-biased) reading where Duckling reads forward. */
  readingDifferences: Array<{ phrase: string; ours: string; duckling: string }>;
  failures: Array<{ phrase: string; got: string; expected: string }>;
  /** Negative examples (must yield nothing) that we got right, out of how many. */
  negatives?: { passed: number; total: number };
}

export interface DucklingReport {
  dimensions: DimensionScore[];
  /** Time phrases whose expected value is an interval (not in the time figure; reported for information). */
  timeIntervals: { phrases: number; correct: number };
  notes: string[];
}

function longest<T extends { start: number; end: number }>(items: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const it of items) if (!best || it.end - it.start > best.end - best.start) best = it;
  return best;
}

const close = (a: number | undefined, b: number | undefined): boolean =>
  a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

// --- numerals and ordinals ---------------------------------------------------------------------------------

function scoreNumbers(name: string, dim: DucklingDimension, ordinal: boolean): DimensionScore {
  const s = emptyScore(name);
  for (const ex of dim.examples) {
    const want = ex.expected['value'] as number;
    for (const phrase of ex.phrases) {
      s.phrases++;
      const ms = extractNumbers(phrase).filter((m) => (ordinal ? m.kind === 'ordinal' : m.kind !== 'ordinal'));
      const m = longest(ms);
      if (m && close(m.value, want)) s.correct++;
      else s.failures.push({ phrase, got: m ? `${m.text} = ${m.value}` : 'nothing', expected: String(want) });
    }
  }
  return finish(s);
}

// --- quantities --------------------------------------------------------------------------------------------

const MONEY_UNITS: Record<string, string> = {
  Dollar: 'USD', Cent: 'cent', EUR: 'EUR', Pound: 'pound', GBP: 'GBP', KWD: 'KWD', LBP: 'LBP', EGP: 'EGP', QAR: 'QAR',
  SAR: 'SAR', JOD: 'JOD', ILS: 'ILS',
};
const UNIT_NAMES: Record<string, string> = {
  Celsius: 'celsius', Fahrenheit: 'fahrenheit', Degree: 'degree', Millilitre: 'ml', Litre: 'l', Gallon: 'gal',
  Hectolitre: 'hl', Ounce: 'oz', Cup: 'cup', ...MONEY_UNITS,
};

/** Phrases where we read the text differently from Duckling and are confident Duckling is wrong, with why. */
const DUCKLING_WRONG: Record<string, string> = {
  '45 درجه مئوية': '"درجة مئوية" is a degree Celsius; Duckling keeps the generic degree',
};

function describeQuantity(q: Quantity | undefined): string {
  if (!q) return 'nothing';
  const range = q.min !== undefined || q.max !== undefined ? ` [${q.min ?? ''}, ${q.max ?? ''}]` : '';
  return `${q.text} = ${q.value}${range} ${q.unit ?? ''}${q.base ? ` (${q.base.value} ${q.base.unit})` : ''}${q.headText ? ` of ${q.headText}` : ''}`;
}

function quantityMatches(dimension: string, q: Quantity | undefined, e: Record<string, unknown>): boolean {
  if (!q) return false;
  const unit = e['unit'] as string;
  if (dimension === 'duration') return q.kind === 'duration' && q.unit === unit && close(q.value, e['value'] as number);
  if (unit === 'Gram') {
    if (q.base?.unit !== 'g' || !close(q.base.value, e['value'] as number)) return false;
  } else if (q.unit !== UNIT_NAMES[unit]) {
    return false;
  } else if ('value' in e) {
    if (!close(q.value, e['value'] as number)) return false;
  }
  if ('from' in e || 'to' in e) {
    if ('from' in e && !close(q.min, e['from'] as number)) return false;
    if ('to' in e && !close(q.max, e['to'] as number)) return false;
  }
  const product = e['product'];
  if (typeof product === 'string' && q.headText !== product) return false;
  return true;
}

function scoreQuantities(name: string, dim: DucklingDimension): DimensionScore {
  const s = emptyScore(name);
  for (const ex of dim.examples) {
    for (const phrase of ex.phrases) {
      s.phrases++;
      const q = longest(extractQuantities(phrase, { implicitOne: true }));
      if (quantityMatches(name, q, ex.expected)) s.correct++;
      else if (DUCKLING_WRONG[phrase] && q) {
        s.correct++;
        s.readingDifferences.push({ phrase, ours: describeQuantity(q), duckling: `${JSON.stringify(ex.expected)}: ${DUCKLING_WRONG[phrase]}` });
      } else s.failures.push({ phrase, got: describeQuantity(q), expected: JSON.stringify(ex.expected) });
    }
  }
  if (dim.negative_examples) {
    const passed = dim.negative_examples.filter((p) => extractQuantities(p, { implicitOne: true }).length === 0).length;
    s.negatives = { passed, total: dim.negative_examples.length };
  }
  return finish(s);
}

// --- time --------------------------------------------------------------------------------------------------

/** Our ISO value as Duckling writes it: the start of the period, at the reference time's offset. */
export function toDucklingInstant(value: string, offset: string): string | undefined {
  const off = offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  let ms: number;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(value))) ms = Date.UTC(Number(m[1]), 0, 1);
  else if ((m = /^(\d{4})-(\d{2})$/.exec(value))) ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, 1);
  else if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    const jan4 = Date.UTC(Number(m[1]), 0, 4);
    const dow = (new Date(jan4).getUTCDay() + 6) % 7;
    ms = jan4 - dow * 86_400_000 + (Number(m[2]) - 1) * 7 * 86_400_000;
  } else if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/.exec(value))) {
    ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
    const zone = m[7];
    if (zone !== undefined) {
      const z = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
      ms += (off - z) * 60_000; // the same instant, on the reference clock
    }
  } else return undefined;
  const d = new Date(ms);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}T${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}${offset}`;
}

function timeOf(m: DateMention | undefined, offset: string): string {
  if (!m || m.value === null) return 'nothing';
  return `${toDucklingInstant(m.value, offset)} (${m.grain})`;
}

function scoreTime(dim: DucklingDimension, reference: string): { score: DimensionScore; intervals: { phrases: number; correct: number } } {
  const s = emptyScore('time');
  const intervals = { phrases: 0, correct: 0 };
  const offset = reference.slice(19);
  for (const ex of dim.examples) {
    const e = ex.expected;
    for (const phrase of ex.phrases) {
      if (e['type'] === 'interval') {
        intervals.phrases++;
        const m = longest(extractDates(phrase, { published: reference }));
        if (m && m.value && toDucklingInstant(m.value, offset) === e['from']) intervals.correct++;
        continue;
      }
      s.phrases++;
      const want = `${e['value'] as string} (${e['grain'] as string})`;
      const m = longest(extractDates(phrase, { published: reference }));
      const got = timeOf(m, offset);
      if (got === want) { s.correct++; continue; }
      const forward = timeOf(longest(extractDates(phrase, { published: reference, direction: 'future' })), offset);
      if (forward === want && got !== 'nothing') {
        s.correct++;
        s.readingDifferences.push({ phrase, ours: got, duckling: want });
      } else {
        s.failures.push({ phrase, got: m ? `${m.text} → ${got}` : got, expected: want });
      }
    }
  }
  if (dim.negative_examples) {
    const passed = dim.negative_examples.filter((p) => extractDates(p, { published: reference }).length === 0).length;
    s.negatives = { passed, total: dim.negative_examples.length };
  }
  return { score: finish(s), intervals };
}

function emptyScore(dimension: string): DimensionScore {
  return { dimension, phrases: 0, correct: 0, accuracy: 0, readingDifferences: [], failures: [] };
}

function finish(s: DimensionScore): DimensionScore {
  s.accuracy = s.phrases === 0 ? 0 : s.correct / s.phrases;
  return s;
}

export function scoreDuckling(corpus: DucklingCorpus): DucklingReport {
  const d = corpus.dimensions;
  const dims: DimensionScore[] = [];
  if (d['numeral']) dims.push(scoreNumbers('numeral', d['numeral'], false));
  if (d['numeral_EG']) dims.push(scoreNumbers('numeral_EG', d['numeral_EG'], false));
  if (d['ordinal']) dims.push(scoreNumbers('ordinal', d['ordinal'], true));
  for (const name of ['amount_of_money', 'quantity', 'duration', 'temperature', 'volume']) {
    if (d[name]) dims.push(scoreQuantities(name, d[name]!));
  }
  let timeIntervals = { phrases: 0, correct: 0 };
  if (d['time']) {
    const t = scoreTime(d['time'], corpus.reference_time);
    dims.push(t.score);
    timeIntervals = t.intervals;
  }
  return {
    dimensions: dims,
    timeIntervals,
    notes: [
      'phone_number is out of scope (a phone number is not a quantity).',
      'time: value-type phrases only; interval phrases are listed apart.',
    ],
  };
}

// --- Wojood span F1 ----------------------------------------------------------------------------------------

export interface SpanScore {
  type: string;
  gold: number;
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
  /** F1 when any overlap counts (a looser view of the same predictions). */
  overlapF1: number;
  /** 95% bootstrap interval of the exact F1 (1,000 resamples of sentences, fixed seed). */
  f1Ci95: [number, number];
}

export interface WojoodReport {
  sentences: number;
  scores: SpanScore[];
}

interface Sentence {
  tokens: string[];
  tags: string[][];
}

function readConll(text: string): Sentence[] {
  const out: Sentence[] = [];
  let cur: Sentence = { tokens: [], tags: [] };
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (!line.trim()) {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], tags: [] };
      continue;
    }
    const parts = line.split(/\s+/);
    cur.tokens.push(parts[0]!);
    cur.tags.push(parts.slice(1));
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

type TokenSpan = [number, number];

function goldSpans(s: Sentence, type: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let i = 0;
  while (i < s.tokens.length) {
    if (s.tags[i]!.includes('B-' + type)) {
      let j = i + 1;
      while (j < s.tokens.length && s.tags[j]!.includes('I-' + type)) j++;
      spans.push([i, j - 1]);
      i = j;
    } else i++;
  }
  return spans;
}

/** Token span covering a character span of the space-joined sentence. */
function toTokenSpan(offsets: Array<[number, number]>, start: number, end: number): TokenSpan | undefined {
  let a = -1;
  let b = -1;
  for (let k = 0; k < offsets.length; k++) {
    const [s, e] = offsets[k]!;
    if (a < 0 && e > start) a = k;
    if (s < end) b = k;
  }
  return a >= 0 && b >= a ? [a, b] : undefined;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

const CALENDAR_DURATIONS = new Set(['day', 'week', 'month', 'year', 'decade', 'century']);

/**
 * Our DATE and CARDINAL spans on one sentence, mapped to Wojood's categories: DATE covers dates and calendar
 * durations (Wojood tags "12 عاما" DATE, like OntoNotes), without the approximator we keep in a quantity's span;
 * CARDINAL is a number that is not part of a date, an amount of money or a percentage, nor an identifier.
 */
export function predictSpans(text: string): { DATE: Array<{ start: number; end: number }>; CARDINAL: Array<{ start: number; end: number }> } {
  const dates = extractDates(text).map((m) => ({ start: m.start, end: m.end }));
  const quantities = extractQuantities(text);
  const numbers = extractNumbers(text);
  for (const q of quantities) {
    if (q.kind !== 'duration' || !CALENDAR_DURATIONS.has(q.unit ?? '') || dates.some((d) => overlaps(d, q))) continue;
    const n = numbers.find((m) => m.start >= q.start && m.end <= q.end);
    dates.push({ start: n ? n.start : q.start, end: q.end });
  }
  // Money, percentages and clock durations are other categories (MONEY, PERCENT, TIME).
  const taken = [...dates, ...quantities.filter((q) => q.kind === 'money' || q.kind === 'percent' || q.kind === 'duration')];
  const cardinals = numbers
    .filter((n) => n.kind === 'cardinal' && !n.role && !taken.some((t) => overlaps(t, n)))
    .map((n) => ({ start: n.start, end: n.end }));
  return { DATE: dates, CARDINAL: cardinals };
}

const NO_SPACE_BEFORE = new Set([')', ']', '}', '.', ',', '،', '؛', ';', ':', '!', '?', '؟', '»', '%', '٪']);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '«']);
const DIGIT_JOINERS = new Set(['/', ',', '.', ':', '-']);
const isDigits = (t: string | undefined): boolean => t !== undefined && /^[0-9\u0660-\u0669\u06f0-\u06f9]+$/.test(t);

/**
 * The running text of a tokenised sentence: Wojood separates every mark ("21 / 8 / 1943", "( 1948 )", "1 , 787"),
 * which the original text did not; marks go back against their neighbours, as a reader would have seen them.
 */
export function detokenize(tokens: readonly string[]): { text: string; offsets: Array<[number, number]> } {
  let text = '';
  const offsets: Array<[number, number]> = [];
  for (let k = 0; k < tokens.length; k++) {
    const cur = tokens[k]!;
    const prev = tokens[k - 1];
    let space = k > 0;
    if (NO_SPACE_BEFORE.has(cur) || (prev !== undefined && NO_SPACE_AFTER.has(prev))) space = false;
    if (DIGIT_JOINERS.has(cur) && isDigits(prev) && (isDigits(tokens[k + 1]) || tokens[k + 1] === '(')) space = false;
    if (prev !== undefined && DIGIT_JOINERS.has(prev) && (isDigits(cur) || cur === '(') && isDigits(tokens[k - 2])) space = false;
    if (space) text += ' ';
    offsets.push([text.length, text.length + cur.length]);
    text += cur;
  }
  return { text, offsets };
}

export function scoreWojood(conll: string): WojoodReport {
  const sentences = readConll(conll);
  const types = ['DATE', 'CARDINAL'] as const;
  const acc = Object.fromEntries(types.map((t) => [t, { gold: 0, pred: 0, tp: 0, oGoldHit: 0, oPredHit: 0 }])) as Record<string, { gold: number; pred: number; tp: number; oGoldHit: number; oPredHit: number }>;
  const perSentence = Object.fromEntries(types.map((t) => [t, [] as Array<[number, number, number]>])) as Record<string, Array<[number, number, number]>>;
  for (const s of sentences) {
    const { text, offsets } = detokenize(s.tokens);
    const pred = predictSpans(text);
    for (const type of types) {
      const gold = goldSpans(s, type);
      const predicted = pred[type].map((p) => toTokenSpan(offsets, p.start, p.end)).filter((x): x is TokenSpan => x !== undefined);
      const a = acc[type]!;
      a.gold += gold.length;
      a.pred += predicted.length;
      const key = (x: TokenSpan): string => `${x[0]}:${x[1]}`;
      const goldKeys = new Set(gold.map(key));
      let tp = 0;
      for (const p of predicted) if (goldKeys.has(key(p))) tp++;
      a.tp += tp;
      perSentence[type]!.push([tp, predicted.length, gold.length]);
      const ov = (x: TokenSpan, y: TokenSpan): boolean => x[0] <= y[1] && y[0] <= x[1];
      a.oGoldHit += gold.filter((g) => predicted.some((p) => ov(g, p))).length;
      a.oPredHit += predicted.filter((p) => gold.some((g) => ov(g, p))).length;
    }
  }
  const scores = types.map((type): SpanScore => {
    const a = acc[type]!;
    const precision = a.pred ? a.tp / a.pred : 0;
    const recall = a.gold ? a.tp / a.gold : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    const op = a.pred ? a.oPredHit / a.pred : 0;
    const or = a.gold ? a.oGoldHit / a.gold : 0;
    return {
      type, gold: a.gold, predicted: a.pred, truePositives: a.tp, precision, recall, f1,
      overlapF1: op + or ? (2 * op * or) / (op + or) : 0, f1Ci95: bootstrapF1(perSentence[type]!),
    };
  });
  return { sentences: sentences.length, scores };
}

/** 95% interval of F1 over sentence resamples; a fixed-seed generator keeps the report reproducible. */
function bootstrapF1(rows: ReadonlyArray<[number, number, number]>, rounds = 1000): [number, number] {
  if (rows.length === 0) return [0, 0];
  let seed = 0x2545f491;
  const rand = (): number => {
    seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
    return (seed >>> 0) / 0x100000000;
  };
  const f1s: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let tp = 0, pred = 0, gold = 0;
    for (let k = 0; k < rows.length; k++) {
      const row = rows[Math.floor(rand() * rows.length)]!;
      tp += row[0]; pred += row[1]; gold += row[2];
    }
    f1s.push(pred + gold ? (2 * tp) / (pred + gold) : 0);
  }
  f1s.sort((x, y) => x - y);
  return [f1s[Math.floor(0.025 * rounds)]!, f1s[Math.floor(0.975 * rounds)]!];
}

// --- I/O -----------------------------------------------------------------------------------------------------

export interface NumbersDatesEvaluation {
  duckling: DucklingReport | null;
  /** Why Duckling's corpus was not scored (folder absent). */
  ducklingSkipped?: string;
  wojood: { val: WojoodReport; train: WojoodReport } | null;
  wojoodSkipped?: string;
}

/** Scores both corpora from the shared folder (../shared); a missing folder gives null with a reason. */
export function evaluateNumbersDates(sharedDir: string): NumbersDatesEvaluation {
  const out: NumbersDatesEvaluation = { duckling: null, wojood: null };
  const duck = sharedDataPath(sharedDir, 'duckling-ar');
  const duckFile = duck && join(duck, 'duckling_ar_corpus.json');
  if (duckFile && existsSync(duckFile)) out.duckling = scoreDuckling(JSON.parse(readFileSync(duckFile, 'utf8')) as DucklingCorpus);
  else out.ducklingSkipped = `no duckling-ar corpus under ${sharedDir}`;
  const woj = sharedDataPath(sharedDir, 'ner-wojood-sample');
  if (woj && existsSync(join(woj, 'val.txt')) && existsSync(join(woj, 'train.txt'))) {
    out.wojood = { val: scoreWojood(readFileSync(join(woj, 'val.txt'), 'utf8')), train: scoreWojood(readFileSync(join(woj, 'train.txt'), 'utf8')) };
  } else out.wojoodSkipped = `no ner-wojood-sample under ${sharedDir}`;
  return out;
}

const pct = (x: number): string => (100 * x).toFixed(1) + '%';

/** A plain-text report: the figures, then every reading difference and failure. */
export function formatNumbersDates(ev: NumbersDatesEvaluation, verbose = false): string {
  const lines: string[] = [];
  if (ev.duckling) {
    lines.push('Duckling Arabic corpora (phrase accuracy):');
    for (const d of ev.duckling.dimensions) {
      const neg = d.negatives ? `, negatives ${d.negatives.passed}/${d.negatives.total}` : '';
      const diff = d.readingDifferences.length ? `, ${d.readingDifferences.length} by our reading` : '';
      lines.push(`  ${d.dimension.padEnd(16)} ${pct(d.accuracy).padStart(6)}  (${d.correct}/${d.phrases}${diff}${neg})`);
    }
    const ti = ev.duckling.timeIntervals;
    lines.push(`  time intervals (start only, not in the figure): ${ti.correct}/${ti.phrases}`);
    for (const d of ev.duckling.dimensions) {
      for (const r of d.readingDifferences) lines.push(`  [${d.dimension}] reading: ${r.phrase} → ours ${r.ours}; Duckling ${r.duckling}`);
      if (verbose) for (const f of d.failures) lines.push(`  [${d.dimension}] FAIL: ${f.phrase} → ${f.got}; expected ${f.expected}`);
    }
  } else lines.push(`Duckling: skipped (${ev.ducklingSkipped})`);
  if (ev.wojood) {
    for (const [split, r] of [['val', ev.wojood.val], ['train', ev.wojood.train]] as const) {
      lines.push(`Wojood ${split} (${r.sentences} sentences), exact span F1:`);
      for (const s of r.scores) {
        lines.push(`  ${s.type.padEnd(9)} F1 ${s.f1.toFixed(3)} [95% CI ${s.f1Ci95[0].toFixed(2)}–${s.f1Ci95[1].toFixed(2)}]  P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}  (gold ${s.gold}, predicted ${s.predicted}, overlap F1 ${s.overlapF1.toFixed(3)})`);
      }
    }
  } else lines.push(`Wojood: skipped (${ev.wojoodSkipped})`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const shared = process.argv[2] ?? join(process.cwd(), '..', 'shared');
  console.log(formatNumbersDates(evaluateNumbersDates(shared), process.argv.includes('--verbose')));
}
