/**
 * compareArticles: the articles of one story → what they agree on, what only one says, where they contradict each
 * other, who is named and quoted, when things happened, a cited summary, and how alike each pair is.
 *
 * The passes, in order: statements of each article (./prepare.ts); entities merged across articles
 * (./story-entities.ts); statement vectors (./vectors.ts); quotes grouped across articles (./story-quotes.ts);
 * facts aligned (./align.ts); wire copies (./wire-copies.ts); conflicts inside facts (./conflicts.ts); timeline,
 * summary and pair similarity. Pure: the caller hands in clean text and publication dates.
 */
import type { Entity } from '../analysis/entities/types.js';
import { extractNumbers } from '../analysis/numbers/index.js';
import type { Quantity } from '../analysis/quantities/index.js';
import { TabayyunError } from '../errors.js';
import { normalizeKey } from '../text/normalize.js';
import { ALIGN, alignStatements, type AlignedGroup } from './align.js';
import { profileSimilarity, type ArticleProfile } from './article-similarity.js';
import { comparable, dateConflicts, nameConflicts, quantityConflicts, type FoundConflict, type FoundValue } from './conflicts.js';
import { quantitiesAgree, thousandsAgree } from './quantity-agreement.js';
import { firstClaimConflicts, firstClaims, type FirstClaim } from './first-claims.js';
import { prepareArticle, type PreparedArticle, type Statement } from './prepare.js';
import { sameEntities, sameFrame } from './quantity-frame.js';
import { statementSimilarity } from './similarity.js';
import { storyEntities } from './story-entities.js';
import { clusterQuotes, type ArticleQuote } from './story-quotes.js';
import { citationsFor, pickSummary, summaryLength, type SummaryFact } from './summary.js';
import { buildTimeline } from './timeline.js';
import {
  COMPARISON_VERSION,
  type CompareArticleInput, type ComparedArticle, type Comparison, type ComparisonNote, type Conflict, type ConflictValue, type Fact,
  type FactMention, type PairSimilarity, type QuoteGroup, type QuoteMention, type SummarySentence, type WireCopyGroup,
} from './types.js';
import { contextOf, idfOf, statementTerms, weigh, wordCosine, type Vector } from './vectors.js';
import { copyGroups } from './wire-copies.js';

/** More articles than this are left out (with a note): a story of a hundred reprints needs clustering first. */
export const MAX_ARTICLES = 100;
/** Statements this alike are compared for dates; this alike once names are set aside, for names. */
export const DATE_CONFLICT_SIMILARITY = 0.3;
/** Two statements of one fact less alike than this give no quantity conflict (see factConflicts): the floor at which
 * alignment links two statements for sharing a counted noun. */
export const QUANTITY_CONFLICT_SIMILARITY = ALIGN.figure;
export const NAME_CONFLICT_WORD_SIMILARITY = 0.5;

export interface CompareOptions {
  /** Cut sentences into clauses (default true). */
  clauses?: boolean;
  /** Entities of each article (by id), when the caller has them; otherwise the tagger runs. */
  entities?: ReadonlyMap<string, readonly Entity[]>;
  /** Run the entity tagger when no entities are given (default true). */
  tagEntities?: boolean;
  /** Summary length (default: about five for two articles). */
  summarySentences?: number;
}

function checkInputs(inputs: readonly CompareArticleInput[]): void {
  const seen = new Set<string>();
  for (const a of inputs) {
    if (typeof a.id !== 'string' || a.id === '') throw new TabayyunError('E_BAD_RECORD', 'every article needs an id');
    if (seen.has(a.id)) throw new TabayyunError('E_DUPLICATE_ID', 'two articles have the same id', { id: a.id });
    if (typeof a.text !== 'string') throw new TabayyunError('E_BAD_RECORD', 'article has no text', { id: a.id });
    seen.add(a.id);
  }
}

export function compareArticles(all: readonly CompareArticleInput[], options: CompareOptions = {}): Comparison {
  checkInputs(all);
  const notes: ComparisonNote[] = [];
  const inputs = all.slice(0, MAX_ARTICLES);
  if (all.length > MAX_ARTICLES) {
    notes.push({ code: 'truncated', message: `قورنت أول ${MAX_ARTICLES} مادة فقط من ${all.length}`, articles: all.slice(MAX_ARTICLES).map((a) => a.id) });
  }

  // Statements of every article.
  const prepared: PreparedArticle[] = [];
  let next = 0;
  for (const [k, input] of inputs.entries()) {
    const p = prepareArticle(input, k, next, {
      ...(options.clauses !== undefined ? { clauses: options.clauses } : {}),
      ...(options.entities ? { entities: options.entities } : {}),
      ...(options.tagEntities !== undefined ? { tagEntities: options.tagEntities } : {}),
    });
    next += p.statements.length;
    prepared.push(p);
  }
  const statements = prepared.flatMap((p) => p.statements);
  const ids = prepared.map((p) => p.input.id);
  const label = (k: number) => prepared[k]!.input.outlet ?? ids[k]!;
  addPreparationNotes(prepared, notes);

  // Languages: articles are compared only with articles in the same language.
  const language = prepared.map((p) => p.language);
  const comparable = (a: number, b: number) => language[a] === language[b] && language[a] !== 'und';
  noteLanguages(prepared, notes);

  // Entities across articles, then vectors.
  const entityIndex = storyEntities(prepared.map((p) => ({ id: p.input.id, entities: p.entities })));
  const canonicalOf = (s: Statement, e: Entity) => entityIndex.canonicalOf(ids[s.article]!, e.start, e.end);
  const context = contextOf(statements);
  const bags = statements.map((s) => statementTerms(s, context, (e) => canonicalOf(s, e)));
  const idf = idfOf(bags);
  const vectors: Vector[] = bags.map((b) => weigh(b, idf));

  // Quotes across articles: the same words join their statements into one fact.
  const articleQuotes: ArticleQuote[] = prepared.flatMap((p) => p.quotes.map((quote) => {
    const q: ArticleQuote = { article: p.index, quote };
    const sp = quote.speaker;
    if (sp) {
      const k = entityIndex.canonicalOf(p.input.id, sp.start, sp.end);
      if (k !== undefined) q.speakerEntity = k;
      const inside = p.entities.filter((e) => e.start >= sp.start && e.end <= sp.end);
      const named = inside.find((e) => e.type === 'PER') ?? inside.find((e) => e.type === 'ORG');
      const entity = named && entityIndex.canonicalOf(p.input.id, named.start, named.end);
      if (named && entity !== undefined) q.speakerIdentity = { entity, type: named.type as 'PER' | 'ORG' };
    }
    return q;
  }));
  const quoteClusters = clusterQuotes(articleQuotes, prepared.map((p) => p.input.text), context);
  const statementOfQuote = (q: ArticleQuote) => {
    const at = q.quote.content.start;
    return prepared[q.article]!.statements.find((s) => s.start <= at && at < Math.max(s.end, s.start + 1))
      ?? prepared[q.article]!.statements.find((s) => s.sentenceStart <= at && at < s.sentenceEnd);
  };
  const links: Array<[number, number]> = [];
  for (const c of quoteClusters) {
    const ss = c.quotes.map(statementOfQuote);
    for (let x = 1; x < ss.length; x++) {
      const a = ss[0]; const b = ss[x];
      if (a && b && a.article !== b.article && comparable(a.article, b.article)) links.push([a.id, b.id]);
    }
  }

  const groups = alignStatements({ statements, vectors, comparable, articleCount: prepared.length, links });
  const copies = copyGroups(prepared.map((p) => p.input.text));
  const wireCopies = wireCopyGroups(prepared, copies.groupOf, copies.overlaps);
  const independentOf = (articles: Iterable<number>) => new Set([...articles].map((k) => copies.groupOf[k])).size;

  // Facts, in story order (first article first, then by position).
  const ordered = groups
    .map((g) => ({ g, first: Math.min(...g.statements) }))
    .sort((a, b) => a.first - b.first)
    .map((x) => x.g);
  const facts: Fact[] = [];
  const conflicts: Conflict[] = [];
  const factOfStatement = new Map<number, string>();
  const summaryFacts: SummaryFact[] = [];
  const articleHas = new Map<string, boolean>();
  for (const e of entityIndex.entities.entries()) for (const a of e[1].articles) articleHas.set(`${ids.indexOf(a)}:${e[0]}`, true);
  const figureStrangers = strangersByFigures(prepared);
  const sentenceKeys = new Map<string, string>();
  const nameContext = {
    canonicalOf,
    articleNames: (article: number, k: number) => articleHas.get(`${article}:${k}`) === true,
    isDateline: (s: Statement, e: Entity) => isDateline(prepared[s.article]!.input.text, e),
    sentenceKey: (s: Statement) => {
      const key = `${s.article}:${s.sentenceStart}`;
      let k = sentenceKeys.get(key);
      if (k === undefined) {
        k = ` ${normalizeKey(prepared[s.article]!.input.text.slice(s.sentenceStart, s.sentenceEnd)).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
        sentenceKeys.set(key, k);
      }
      return k;
    },
  };

  for (const group of ordered) {
    if (group.statements.every((i) => statements[i]!.words.length === 0)) continue;
    const id = `f${facts.length + 1}`;
    const members = group.statements.map((i) => statements[i]!);
    const articleSet = [...new Set(members.map((s) => s.article))].sort((a, b) => a - b);
    const fact: Fact = {
      id,
      status: articleSet.length > 1 ? 'shared' : 'unique',
      articles: articleSet.map((k) => ids[k]!),
      independent: independentOf(articleSet),
      mentions: members.map((s) => mention(s, prepared, group)),
    };
    if (members.length > 1) fact.cohesion = cohesion(group, vectors, statements);
    for (const s of members) factOfStatement.set(s.id, id);
    for (const found of factConflicts(members, group, vectors, nameContext, prepared.map((p) => p.input.text), figureStrangers)) {
      const cid = `c${conflicts.length + 1}`;
      const conflict = toConflict(cid, id, found, ids, label);
      const groupsOf = new Set(found.values.map((v) => copies.groupOf[v.statement.article]));
      if (found.values.length > 1 && groupsOf.size === 1) conflict.withinCopies = true;
      conflicts.push(conflict);
      (fact.conflicts ??= []).push(cid);
      fact.status = 'conflict';
    }
    facts.push(fact);
    summaryFacts.push({
      index: facts.length - 1,
      statements: group.statements.filter((i) => !group.repeats.has(i)),
      articles: articleSet,
      independent: fact.independent,
      conflict: fact.status === 'conflict',
    });
  }

  const quotes = quoteGroups(quoteClusters, prepared, ids, label, factOfStatement, statementOfQuote, conflicts, facts);
  const timeline = buildTimeline(prepared.map((p) => ({
    id: p.input.id, text: p.input.text, statements: p.statements, ...(p.input.published ? { published: p.input.published } : {}),
  })), (s) => factOfStatement.get(s));
  const wordCount = (i: number) => statements[i]!.words.length;
  const picks = pickSummary(summaryFacts, vectors, wordCount, options.summarySentences ?? summaryLength(prepared.length));
  const summary: SummarySentence[] = picks
    .map((p) => {
      const s = statements[p.statement]!;
      const fact = facts[p.fact]!;
      const group = summaryFacts[p.fact]!;
      const disputed = (fact.conflicts ?? []).map((id) => conflicts.find((x) => x.id === id)!).filter((x) => x && inSentence(x, s, ids));
      const cited = citationsFor(s, group.statements.map((i) => statements[i]!), opposedTo(s.article, disputed, ids));
      const out: SummarySentence = {
        text: prepared[s.article]!.input.text.slice(s.start, s.end),
        article: ids[s.article]!,
        start: s.start,
        end: s.end,
        fact: fact.id,
        citations: cited.full.map((k) => ids[k]!),
      };
      if (cited.partial.length) out.partialCitations = cited.partial.map((k) => ids[k]!);
      if (disputed.length) out.conflict = disputed[0]!.id;
      return { out, order: s.id };
    })
    .sort((a, b) => a.order - b.order)
    .map((x) => x.out);

  const similarity = pairSimilarities(prepared, vectors, entityIndex.entities, ids, groups, statements, copies.groupOf);
  const articles: ComparedArticle[] = prepared.map((p) => {
    const a: ComparedArticle = {
      id: p.input.id,
      language: p.language,
      text: p.input.text,
      sentences: p.sentences.length,
      statements: p.statements.length - p.statements.filter((s) => groups.some((g) => g.repeats.has(s.id))).length,
    };
    if (p.input.outlet) a.outlet = p.input.outlet;
    if (p.input.title) a.title = p.input.title;
    if (p.input.published) a.published = p.input.published;
    if (p.input.agency) a.agency = p.input.agency;
    const group = wireCopies.find((w) => w.articles.includes(a.id));
    if (group && group.original !== a.id) a.copyOf = group.original;
    return a;
  });
  if (prepared.length === 1) {
    notes.push({ code: 'single-article', message: 'مادة واحدة فقط: لا شيء تقارن به؛ تُعرض وقائعها وحدها', articles: ids });
  }
  return {
    version: COMPARISON_VERSION,
    articles,
    facts,
    conflicts,
    wireCopies,
    entities: entityIndex.entities,
    quotes,
    timeline,
    summary,
    similarity,
    notes,
  };
}

/** The conflict is about what this sentence says: one of its values lies in the sentence. */
function inSentence(c: Conflict, s: Statement, ids: readonly string[]): boolean {
  return c.values.some((v) => v.article === ids[s.article] && v.start >= s.start && v.end <= s.end);
}

/**
 * Articles on the other side of one of the conflicts about a sentence of `article`: they give a figure, date, name or
 * speaker that `article` does not. Sides are told apart by the value read (or, without one, the words as written).
 */
function opposedTo(article: number, disputed: readonly Conflict[], ids: readonly string[]): Set<number> {
  const opposed = new Set<number>();
  const side = (v: ConflictValue) => String(v.value ?? normalizeKey(v.text));
  for (const c of disputed) {
    const mine = new Set(c.values.filter((v) => v.article === ids[article]).map(side));
    if (!mine.size) continue;
    for (const v of c.values) {
      if (v.article === ids[article] || mine.has(side(v))) continue;
      const k = ids.indexOf(v.article);
      if (k >= 0 && !c.values.some((w) => w.article === v.article && mine.has(side(w)))) opposed.add(k);
    }
  }
  return opposed;
}

function mention(s: Statement, prepared: readonly PreparedArticle[], group: AlignedGroup): FactMention {
  const text = prepared[s.article]!.input.text;
  const m: FactMention = {
    article: prepared[s.article]!.input.id,
    text: text.slice(s.start, s.end),
    start: s.start,
    end: s.end,
    sentence: { start: s.sentenceStart, end: s.sentenceEnd },
  };
  if (group.repeats.has(s.id)) m.repeat = true;
  return m;
}

function cohesion(group: AlignedGroup, vectors: readonly Vector[], statements: readonly Statement[]): number {
  let sum = 0;
  let count = 0;
  const ids = group.statements;
  for (let x = 0; x < ids.length; x++) {
    for (let y = x + 1; y < ids.length; y++) {
      if (statements[ids[x]!]!.article === statements[ids[y]!]!.article) continue;
      sum += statementSimilarity(vectors[ids[x]!]!, vectors[ids[y]!]!);
      count++;
    }
  }
  return count ? Math.round((sum / count) * 1000) / 1000 : 1;
}

/**
 * A place named at the head of an article and followed by a date, an agency or a dash is where the report was filed
 * ("الكويت 25 شوال 1436 هـ … واس", "الرياض (رويترز) -"), not a place the report is about. Intake cuts datelines from
 * the text it cleans (ingest/clean/dateline.ts); this catches them in raw text handed straight to compareArticles.
 */
export function isDateline(text: string, e: Entity): boolean {
  if (e.type !== 'LOC' || e.start > 60) return false;
  const before = text.slice(0, e.start);
  if (/[.!؟?:«»"]/u.test(before) || before.trim().split(/\s+/u).filter(Boolean).length > 4) return false;
  return /^\s*(?:[-–—:(/]|\d|[٠-٩]|واس\b)/u.test(text.slice(e.end, e.end + 12));
}

/** "163 آخرون", "ثلاث أخرى": the noun counted is an earlier one ("others"), so two such figures need not count one thing. */
const RELATIVE_HEADS = new Set(['اخر']);

/** Figures an article must give before sharing none of them says something (see strangersByFigures). */
export const STRANGER_FIGURES = 3;
/** …and share fewer than this share of the smaller article's figures (one or two may match by chance: 1.79%). */
export const STRANGER_SHARE = 0.15;

/**
 * Pairs of articles that give several figures each and next to none in common: two reports of one event repeat some
 * of its numbers (the index close, the toll, the date of the session), while two closes of two markets, two sessions
 * of one market or two days of a festival's statistics share a template and a chance figure at most. Their figures
 * are not compared.
 */
export function strangersByFigures(prepared: readonly PreparedArticle[]): (a: number, b: number) => boolean {
  const values = prepared.map((p) => new Set(p.quantities.filter((q) => Number.isFinite(q.value) && q.value !== 1).map((q) => Math.round(q.value * 1000) / 1000)));
  return (a, b) => {
    const va = values[a]!; const vb = values[b]!;
    if (STRANGER_FIGURES <= 0 || va.size < STRANGER_FIGURES || vb.size < STRANGER_FIGURES) return false;
    let shared = 0;
    for (const v of va) if (vb.has(v)) shared++;
    return shared < Math.max(1, STRANGER_SHARE * Math.min(va.size, vb.size));
  };
}

/**
 * Two statements that each cite numbered things (decisions, resolutions, items: "قرار مجلس الشورى رقم (60/33)") and
 * not the same one are two items of a list written alike, not two accounts of one; two that each give the time of
 * day of what they report ("بحلول الساعة 0633 بتوقيت جرينتش") and not the same time are two moments of a market or
 * a count. Nothing in them is compared.
 */
function differentItems(a: Statement, b: Statement, texts: readonly string[], cache: Map<string, { ids: Set<number>; clocks: Set<number> }>): boolean {
  // Read once per sentence: the clauses of one sentence share it.
  const of = (s: Statement) => {
    const key = `${s.article}:${s.sentenceStart}`;
    let found = cache.get(key);
    if (!found) {
      const numbers = extractNumbers(texts[s.article]!.slice(s.sentenceStart, s.sentenceEnd));
      found = {
        ids: new Set(numbers.filter((n) => n.role === 'identifier').map((n) => n.value)),
        clocks: new Set(numbers.filter((n) => n.role === 'clock').map((n) => n.value)),
      };
      cache.set(key, found);
    }
    return found;
  };
  const fa = of(a); const fb = of(b);
  const disjoint = (x: Set<number>, y: Set<number>) => x.size > 0 && y.size > 0 && ![...x].some((v) => y.has(v));
  return disjoint(fa.ids, fb.ids) || disjoint(fa.clocks, fb.clocks);
}

/**
 * Conflicts between the statements of one fact from different articles. A figure conflicts only when the other
 * article gives no agreeing figure for the same thing anywhere in the fact (one outlet may give the toll twice, once
 * rounded); each thing counted is reported once per pair of articles, from the most alike pair of statements; and
 * the two statements must be alike at all (QUANTITY_CONFLICT_SIMILARITY): a big fact holds several sub-facts, and
 * "two others" in one and "163 others" in another are two counts, not one disputed count — figures of "others"
 * (RELATIVE_HEADS) are never compared, and an ambiguous thousands separator is read both ways (thousandsAgree).
 * Two figures, or two dates, must also have a word in common beside them (quantity-frame.ts); two articles that are
 * strangers for figures (strangersByFigures) are not compared figure by figure; and statements about two numbered items
 * or two times of day (differentItems) are not compared at all.
 * These gates sit here, not in quantityConflicts, because the stance model's features call quantityConflicts on
 * single sentence pairs: moving them there changes a trained model's inputs, so it goes with a retrain.
 */
function factConflicts(members: readonly Statement[], group: AlignedGroup, vectors: readonly Vector[], nameContext: Parameters<typeof nameConflicts>[2], texts: readonly string[], strangers: (a: number, b: number) => boolean = () => false): FoundConflict[] {
  const out: FoundConflict[] = [];
  const identifiers = new Map<string, { ids: Set<number>; clocks: Set<number> }>();
  const seen = new Set<string>();
  const figures = new Map<string, { conflict: FoundConflict; sim: number }>();
  const sims = new Map<string, number>();
  const simOf = (p: Statement, q: Statement) => {
    const key = p.id < q.id ? `${p.id}:${q.id}` : `${q.id}:${p.id}`;
    let v = sims.get(key);
    if (v === undefined) { v = statementSimilarity(vectors[p.id]!, vectors[q.id]!); sims.set(key, v); }
    return v;
  };
  /** The highest similarity of `s` to a statement of `article` in this fact. */
  const bestIn = (st: Statement, article: number) => Math.max(0, ...members.filter((m) => m.article === article && !group.repeats.has(m.id)).map((m) => simOf(st, m)));
  const claims = new Map<number, FirstClaim[]>();
  const claimsOf = (st: Statement) => { let c = claims.get(st.id); if (!c) { c = firstClaims(texts[st.article]!, st); claims.set(st.id, c); } return c; };
  const agreesAnywhere = (q: Quantity, article: number) => members.some((m) => m.article === article && !group.repeats.has(m.id)
    && m.quantities.some((r) => comparable(q, r) !== undefined && quantitiesAgree(q, r)));
  for (let x = 0; x < members.length; x++) {
    for (let y = x + 1; y < members.length; y++) {
      const a = members[x]!; const b = members[y]!;
      if (a.article === b.article || group.repeats.has(a.id) || group.repeats.has(b.id)) continue;
      // Similarities (and numbered items) are worked out only for pairs that could hold a conflict: a big fact has many
      // pairs.
      const figuresBoth = a.quantities.length > 0 && b.quantities.length > 0;
      const datesBoth = a.dates.length > 0 && b.dates.length > 0;
      const namesBoth = a.entities.length > 0 && b.entities.length > 0;
      const claimsBoth = claimsOf(a).length > 0 && claimsOf(b).length > 0;
      if (!(figuresBoth || datesBoth || namesBoth || claimsBoth) || differentItems(a, b, texts, identifiers)) continue;
      const sim = figuresBoth || datesBoth ? simOf(a, b) : 0;
      if (figuresBoth && sim >= QUANTITY_CONFLICT_SIMILARITY && !strangers(a.article, b.article)) {
        // Two figures are one disputed count only between statements that are each other's closest in the fact:
        // "more than 1,000 pray here daily" and "15 worshippers were killed" share a noun, not a fact.
        const candidates = quantityConflicts(a, b);
        const closest = candidates.length > 0 && sim >= bestIn(a, b.article) && sim >= bestIn(b, a.article);
        for (const f of closest ? candidates : []) {
          const [va, vb] = f.values as [FoundValue, FoundValue];
          const qa = a.quantities.find((q) => q.start === va.start)!;
          const qb = b.quantities.find((q) => q.start === vb.start)!;
          if (RELATIVE_HEADS.has(qa.head ?? '') || RELATIVE_HEADS.has(qb.head ?? '')) continue;
          if (thousandsAgree(qa, qb) || agreesAnywhere(qa, b.article) || agreesAnywhere(qb, a.article)) continue;
          if (!sameFrame(a, qa, b, qb) || !sameEntities(a, texts[a.article]!, b, texts[b.article]!)) continue;
          const key = `${Math.min(a.article, b.article)}:${Math.max(a.article, b.article)}:${f.about ?? ''}`;
          const held = figures.get(key);
          if (!held || sim > held.sim) figures.set(key, { conflict: f, sim });
        }
      }
      const found: FoundConflict[] = [];
      if (datesBoth && sim >= DATE_CONFLICT_SIMILARITY) {
        for (const f of dateConflicts(a, b, texts)) {
          const [va, vb] = f.values as [FoundValue, FoundValue];
          // As with figures: two days of one fact are one disputed date only when the words beside them share one
          // ("حفل السباق الـ 8 … يوم السبت" and "حفل السباق الـ 7 يوم الجمعة" do; "اقرتها الحكومة الأحد" and
          // "طالب رئيس مجلس النواب أمس الاثنين" do not).
          if (sameFrame(va.statement, va, vb.statement, vb)) found.push(f);
        }
      }
      if (namesBoth && wordCosine(vectors[a.id]!, vectors[b.id]!) >= NAME_CONFLICT_WORD_SIMILARITY) found.push(...nameConflicts(a, b, nameContext));
      found.push(...firstClaimConflicts(a, claimsOf(a), texts[a.article]!, b, claimsOf(b), texts[b.article]!));
      for (const f of found) {
        const key = `${f.kind}:${f.values.map((v) => `${v.statement.article}@${v.start}`).sort().join('|')}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(f);
      }
    }
  }
  const quantity = [...figures.values()].map((h) => h.conflict);
  quantity.sort((p, q) => p.values[0]!.statement.id - q.values[0]!.statement.id || p.values[0]!.start - q.values[0]!.start);
  return [...quantity, ...out];
}

function toConflict(id: string, fact: string, f: FoundConflict, ids: readonly string[], label: (k: number) => string): Conflict {
  const c: Conflict = {
    id,
    kind: f.kind,
    fact,
    values: f.values.map((v) => {
      const out: Conflict['values'][number] = { article: ids[v.statement.article]!, text: v.text, start: v.start, end: v.end };
      if (v.value !== undefined) out.value = v.value;
      if (v.approximate) out.approximate = true;
      if (v.min !== undefined) out.min = v.min;
      if (v.max !== undefined) out.max = v.max;
      return out;
    }),
    note: f.note(label),
  };
  if (f.about) c.about = f.about;
  return c;
}

function quoteGroups(
  clusters: ReturnType<typeof clusterQuotes>,
  prepared: readonly PreparedArticle[],
  ids: readonly string[],
  label: (k: number) => string,
  factOfStatement: ReadonlyMap<number, string>,
  statementOf: (q: ArticleQuote) => Statement | undefined,
  conflicts: Conflict[],
  facts: Fact[],
): QuoteGroup[] {
  const out: QuoteGroup[] = [];
  const sorted = [...clusters].sort((a, b) => firstOf(a) - firstOf(b));
  function firstOf(c: (typeof clusters)[number]): number {
    return Math.min(...c.quotes.map((q) => q.article * 1e9 + q.quote.start));
  }
  for (const c of sorted) {
    const id = `q${out.length + 1}`;
    const mentions: QuoteMention[] = c.quotes.map((q) => {
      const text = prepared[q.article]!.input.text;
      const m: QuoteMention = {
        article: ids[q.article]!,
        text: text.slice(q.quote.start, q.quote.end),
        start: q.quote.start,
        end: q.quote.end,
        kind: q.quote.kind,
        content: { start: q.quote.content.start, end: q.quote.content.end },
      };
      if (q.quote.speaker) m.speaker = { text: q.quote.speaker.text, start: q.quote.speaker.start, end: q.quote.speaker.end, ...(q.quote.speaker.key ? { key: q.quote.speaker.key } : {}) };
      if (q.quote.verb) m.verb = { text: q.quote.verb.text, start: q.quote.verb.start, end: q.quote.verb.end };
      return m;
    });
    const group: QuoteGroup = { id, articles: [...new Set(mentions.map((m) => m.article))], mentions };
    const speakers = mentions.map((m) => m.speaker?.text).filter((s): s is string => s !== undefined);
    if (speakers.length) {
      const counts = new Map<string, number>();
      for (const s of speakers) counts.set(s, (counts.get(s) ?? 0) + 1);
      group.speaker = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
    }
    if (c.attribution) {
      const [x, y] = c.attribution;
      const qa = c.quotes[x]!; const qb = c.quotes[y]!;
      const sa = statementOf(qa); const sb = statementOf(qb);
      const fact = (sa && factOfStatement.get(sa.id)) ?? (sb && factOfStatement.get(sb.id));
      const spans = (vs: ReadonlyArray<{ article: string; start: number; end: number }>) => vs.map((v) => `${v.article}@${v.start}-${v.end}`).sort().join('|');
      const same = qa.quote.speaker && qb.quote.speaker
        ? conflicts.find((c) => spans(c.values) === spans([qa, qb].map((q) => ({ article: ids[q.article]!, start: q.quote.speaker!.start, end: q.quote.speaker!.end }))))
        : undefined;
      if (same) {
        // The same two speakers already stand in a conflict (another group of their words, or the names themselves).
        group.conflict = same.id;
      } else if (fact && qa.quote.speaker && qb.quote.speaker) {
        const cid = `c${conflicts.length + 1}`;
        conflicts.push({
          id: cid,
          kind: 'attribution',
          fact,
          about: 'المتحدث',
          values: [qa, qb].map((q) => ({ article: ids[q.article]!, text: q.quote.speaker!.text, start: q.quote.speaker!.start, end: q.quote.speaker!.end })),
          note: `الكلام نفسه منسوب في ${label(qa.article)} إلى «${qa.quote.speaker.text}» وفي ${label(qb.article)} إلى «${qb.quote.speaker.text}»`,
        });
        group.conflict = cid;
        const f = facts.find((x) => x.id === fact);
        if (f) { (f.conflicts ??= []).push(cid); f.status = 'conflict'; }
      }
    }
    out.push(group);
  }
  return out;
}

function wireCopyGroups(prepared: readonly PreparedArticle[], groupOf: readonly number[], overlaps: ReadonlyMap<string, { jaccard: number; containment: number }>): WireCopyGroup[] {
  const byGroup = new Map<number, number[]>();
  groupOf.forEach((g, k) => byGroup.set(g, [...(byGroup.get(g) ?? []), k]));
  const out: WireCopyGroup[] = [];
  for (const members of byGroup.values()) {
    if (members.length < 2) continue;
    const time = (k: number) => { const p = prepared[k]!.input.published; const ms = p ? Date.parse(p) : NaN; return Number.isFinite(ms) ? ms : Infinity; };
    const original = [...members].sort((a, b) => time(a) - time(b) || a - b)[0]!;
    let best = 0;
    for (const a of members) for (const b of members) if (a < b) best = Math.max(best, overlaps.get(`${a}:${b}`)?.jaccard ?? 0);
    out.push({ original: prepared[original]!.input.id, articles: members.map((k) => prepared[k]!.input.id), similarity: Math.round(best * 1000) / 1000 });
  }
  return out;
}

function pairSimilarities(
  prepared: readonly PreparedArticle[],
  vectors: readonly Vector[],
  entities: Comparison['entities'],
  ids: readonly string[],
  groups: readonly AlignedGroup[],
  statements: readonly Statement[],
  groupOf: readonly number[],
): PairSimilarity[] {
  const profiles: ArticleProfile[] = prepared.map((p) => {
    const vector = new Map<string, number>();
    for (const s of p.statements) for (const [t, x] of vectors[s.id]!) vector.set(t, (vector.get(t) ?? 0) + x);
    let n = 0;
    for (const x of vector.values()) n += x * x;
    n = Math.sqrt(n) || 1;
    for (const [t, x] of vector) vector.set(t, x / n);
    const days = new Set<string>();
    for (const d of p.dates) if (d.value && d.grain === 'day') days.add(d.value);
    const profile: ArticleProfile = { places: new Map(), names: new Map(), days, vector, statements: p.statements.length };
    if (p.input.published) profile.published = p.input.published;
    return profile;
  });
  entities.forEach((e, k) => {
    for (const v of e.variants) {
      for (const o of v.articles) {
        const profile = profiles[ids.indexOf(o.article)]!;
        const map = e.type === 'LOC' ? profile.places : profile.names;
        map.set(k, (map.get(k) ?? 0) + 1);
      }
    }
  });
  const out: PairSimilarity[] = [];
  for (let a = 0; a < prepared.length; a++) {
    for (let b = a + 1; b < prepared.length; b++) {
      const shared = { a: 0, b: 0 };
      for (const g of groups) {
        const arts = new Set(g.statements.map((i) => statements[i]!.article));
        if (!arts.has(a) || !arts.has(b)) continue;
        for (const i of g.statements) {
          if (statements[i]!.article === a) shared.a++;
          else if (statements[i]!.article === b) shared.b++;
        }
      }
      const sim: PairSimilarity = { a: ids[a]!, b: ids[b]!, ...profileSimilarity(profiles[a]!, profiles[b]!, shared) };
      if (groupOf[a] === groupOf[b]) sim.copy = true;
      out.push(sim);
    }
  }
  return out;
}

function addPreparationNotes(prepared: readonly PreparedArticle[], notes: ComparisonNote[]): void {
  const empty = prepared.filter((p) => p.statements.length === 0).map((p) => p.input.id);
  if (empty.length) notes.push({ code: 'no-sentences', message: 'لا جمل في هذه المواد: لم يُقارن منها شيء', articles: empty });
  const truncated = prepared.filter((p) => p.truncated > 0).map((p) => p.input.id);
  if (truncated.length) notes.push({ code: 'truncated', message: 'مواد طويلة جدا: قورنت جملها الأولى فقط', articles: truncated });
  const entityFailure = prepared.find((p) => p.failures.some((f) => f.pass === 'entities'));
  if (entityFailure) notes.push({ code: 'entities-unavailable', message: `تعذر استخراج الأسماء: ${entityFailure.failures.find((f) => f.pass === 'entities')!.message}` });
  const quoteFailure = prepared.find((p) => p.failures.some((f) => f.pass === 'quotes'));
  if (quoteFailure) notes.push({ code: 'quotes-unavailable', message: `تعذر استخراج الاقتباسات: ${quoteFailure.failures.find((f) => f.pass === 'quotes')!.message}` });
  const undated = prepared.filter((p) => !p.input.published && p.dates.some((d) => d.unresolved)).map((p) => p.input.id);
  if (undated.length) notes.push({ code: 'no-date', message: 'تاريخ النشر مجهول: بقيت التواريخ النسبية (أمس، الخميس) بلا حل', articles: undated });
}

function noteLanguages(prepared: readonly PreparedArticle[], notes: ComparisonNote[]): void {
  const counts = new Map<string, number>();
  for (const p of prepared) if (p.statements.length) counts.set(p.language, (counts.get(p.language) ?? 0) + 1);
  if (counts.size <= 1) return;
  const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const others = prepared.filter((p) => p.statements.length && p.language !== main).map((p) => p.input.id);
  notes.push({
    code: 'language',
    message: `مواد بلغة غير لغة أغلب المواد (${main}): قورنت جملها بمواد لغتها فقط، وتدخل في الأسماء والتواريخ`,
    articles: others,
  });
}
