/**
 * Within one document: which mentions name the same entity. A full name introduces a person (الرئيس الروسي فلاديمير
 * بوتين); later the text calls him by part of it (بوتين). Rules, from safest to riskiest:
 *
 * 1. name: the same words once titles are stripped and spelling is folded (nameKey).
 * 2. variant: another spelling of the whole name (sameName: نغوين فو ترونغ / نوين فو ترونغ).
 * 3. surname: the mention is the last word(s) of a longer PER name (بوتين → فلاديمير بوتين، لام → تو لام،
 *    ترونغ → نغوين فو ترونغ), spelled the same or as a variant.
 * 4. family-name: the mention is the first word(s) of a longer PER name whose first word is a Korean or Chinese
 *    family name (كيم → كيم جونغ أون).
 * 5. first-name: the mention is the first word(s) of a longer PER name otherwise. Riskier: given names are shared
 *    by many people (محمد، فلاديمير), and in Arabic news a person is rarely called by the given name alone, except
 *    royals (الملك سلمان). So it links only when exactly one PER name in the document starts with it, that name
 *    comes before the mention, and no entity of the document has the word anywhere else.
 *
 * Rules 3–5 need one candidate: a partial mention that fits two people (كيم with كيم جونغ أون and كيم يو جونغ) is
 * left on its own, marked `ambiguous`. Types must agree (MISC agrees with anything: taggers hesitate over it), and
 * partial rules apply to PER only: كوريا is not كوريا الشمالية.
 */
import type { EntityType, Mention } from '../entities/types.js';
import { compareNameWords, nameKey, nameWords } from './same-name.js';
import { FAMILY_FIRST_NAMES, stripTitles } from './titles.js';

export type LinkRule = 'name' | 'variant' | 'surname' | 'family-name' | 'first-name' | 'ambiguous' | 'new';

export interface LinkedMention extends Mention {
  /** Key of the entity within the document: nameKey of its fullest name. */
  key: string;
  /** How the mention was attached to its entity ('new' for the mention that introduced it). */
  rule: LinkRule;
}

/** One entity of a document: its mentions (indices into the input) and its fullest name. */
export interface DocumentEntity {
  key: string;
  type: EntityType;
  /** The fullest mention's text, as in the document. */
  canonical: string;
  /** Folded words of the fullest name, titles stripped. */
  words: string[];
  mentions: number[];
}

/** Folded words of a mention with titles stripped: what the linking rules compare. */
export function mentionWords(text: string): string[] {
  return stripTitles(nameWords(text));
}

export function typesAgree(a: EntityType, b: EntityType): boolean {
  return a === b || a === 'MISC' || b === 'MISC';
}

interface Cluster extends DocumentEntity {
  /** Distinct word lists seen, to compare new spellings against every one. */
  spellings: string[][];
  /** The rule that attached each spelling (same index): a later mention spelled the same way inherits it. */
  spellingRules: LinkRule[];
  firstStart: number;
  typeCounts: Map<EntityType, number>;
}

/** Only `same` is read here: the matcher may stop a pair as soon as it cannot pass (the decision is unchanged). */
const DECISION = { decisionOnly: true } as const;

function wordsEqual(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/** True when `part` is the same name as the words of `full` from `from` (spelling variants allowed). */
function matchesAt(part: readonly string[], full: readonly string[], from: number): boolean {
  const slice = full.slice(from, from + part.length);
  return slice.length === part.length && (wordsEqual(part, slice) || compareNameWords(part, slice, DECISION).same);
}

/** Words that start a patronymic: what follows names the father (or mother), not the person. */
const PATRONYMIC = new Set(['بن', 'ابن', 'بنت', 'ولد']);

/** Which partial rule, if any, attaches `part` (fewer words) to the name `full`. */
export function partialRule(part: readonly string[], full: readonly string[]): 'surname' | 'family-name' | 'first-name' | null {
  if (part.length === 0 || part.length >= full.length) return null;
  // After بن (son of) the rest of the chain is the father's name, another man: سلمان بن عبدالعزيز is not the surname of
  // محمد بن سلمان بن عبدالعزيز, nor سلمان of محمد بن سلمان.
  const before = full[full.length - part.length - 1];
  if (matchesAt(part, full, full.length - part.length) && !(before !== undefined && PATRONYMIC.has(before))) return 'surname';
  if (matchesAt(part, full, 0)) return FAMILY_FIRST_NAMES.has(full[0]!) ? 'family-name' : 'first-name';
  return null;
}

function addMention(cluster: Cluster, index: number, words: string[], mention: Mention, rule: LinkRule): void {
  cluster.mentions.push(index);
  if (!cluster.spellings.some((s) => wordsEqual(s, words))) {
    cluster.spellings.push(words);
    cluster.spellingRules.push(rule === 'new' ? 'name' : rule);
  }
  cluster.typeCounts.set(mention.type, (cluster.typeCounts.get(mention.type) ?? 0) + 1);
  cluster.firstStart = Math.min(cluster.firstStart, mention.start);
}

function majorityType(counts: Map<EntityType, number>, fallback: EntityType): EntityType {
  let best = fallback;
  let bestCount = -1;
  for (const [type, count] of counts) {
    // MISC loses ties: a more specific type seen as often is more informative.
    if (count > bestCount || (count === bestCount && best === 'MISC')) { best = type; bestCount = count; }
  }
  return best;
}

/**
 * Links the mentions of one document into entities. Returns the mentions in input order, each with its entity
 * key and the rule that attached it, and the entities.
 */
export function linkMentions(mentions: readonly Mention[]): { mentions: LinkedMention[]; entities: DocumentEntity[] } {
  const words = mentions.map((m) => mentionWords(m.text));
  // Fuller names first, so that partial mentions find the name they abbreviate wherever it stands.
  const order = mentions.map((_, i) => i).sort((i, j) => words[j]!.length - words[i]!.length || mentions[i]!.start - mentions[j]!.start);
  const clusters: Cluster[] = [];
  const rules: LinkRule[] = new Array<LinkRule>(mentions.length).fill('new');
  const clusterOf: number[] = new Array<number>(mentions.length).fill(-1);

  for (const i of order) {
    const m = mentions[i]!;
    const w = words[i]!;
    let target = -1;
    let rule: LinkRule = 'new';
    if (w.length > 0) {
      target = clusters.findIndex((c) => typesAgree(c.type, m.type) && c.spellings.some((s) => wordsEqual(s, w)));
      if (target >= 0) {
        const c = clusters[target]!;
        rule = c.spellingRules[c.spellings.findIndex((s) => wordsEqual(s, w))]!;
      }
      if (target < 0) {
        target = clusters.findIndex((c) => typesAgree(c.type, m.type) && c.spellings.some((s) => s.length > 0 && compareNameWords(w, s, DECISION).same));
        if (target >= 0) rule = 'variant';
      }
      if (target < 0 && (m.type === 'PER' || m.type === 'MISC')) {
        const found = partialTarget(clusters, w, m, words, mentions);
        target = found.target;
        rule = found.rule;
      }
    }
    if (target < 0) {
      clusters.push({ key: w.length > 0 ? w.join(' ') : nameKey(m.text), type: m.type, canonical: m.text, words: w, mentions: [],
        spellings: [], spellingRules: [], firstStart: m.start, typeCounts: new Map() });
      target = clusters.length - 1;
      if (rule !== 'ambiguous') rule = 'new';
    }
    addMention(clusters[target]!, i, w, m, rule);
    rules[i] = rule;
    clusterOf[i] = target;
  }

  for (const c of clusters) c.type = majorityType(c.typeCounts, c.type);
  const linked = mentions.map((m, i) => ({ ...m, key: clusters[clusterOf[i]!]!.key, rule: rules[i]! }));
  const entities = clusters.map(({ key, type, canonical, words: w, mentions: ms }) => ({ key, type, canonical, words: w,
    mentions: [...ms].sort((a, b) => mentions[a]!.start - mentions[b]!.start) }));
  return { mentions: linked, entities };
}

function partialTarget(clusters: Cluster[], w: string[], m: Mention, words: string[][], mentions: readonly Mention[]): { target: number; rule: LinkRule } {
  const strong: number[] = [];
  const firstName: number[] = [];
  clusters.forEach((c, k) => {
    if (c.type !== 'PER' || c.words.length <= w.length) return;
    const r = partialRule(w, c.words);
    if (r === 'surname' || r === 'family-name') strong.push(k);
    else if (r === 'first-name') firstName.push(k);
  });
  if (strong.length === 1) {
    const k = strong[0]!;
    return { target: k, rule: partialRule(w, clusters[k]!.words)! };
  }
  if (strong.length > 1) return { target: -1, rule: 'ambiguous' };
  if (firstName.length > 1) return { target: -1, rule: 'ambiguous' };
  if (firstName.length === 1) {
    const c = clusters[firstName[0]!]!;
    const introducedBefore = c.firstStart < m.start;
    // The word must not occur in any other entity of the document, in any position.
    const elsewhere = mentions.some((other, j) => {
      const ow = words[j]!;
      if (other === m || wordsEqual(ow, w)) return false;
      const inCluster = c.mentions.includes(j) || wordsEqual(ow, c.words);
      return !inCluster && ow.some((x) => w.includes(x));
    });
    if (introducedBefore && !elsewhere) return { target: firstName[0]!, rule: 'first-name' };
  }
  return { target: -1, rule: 'new' };
}

/**
 * Document keys for the mentions of one document, in order (the `DocumentKeyer` shape of ../entities/keys.ts):
 * the keys of `linkMentions`, so the tagger's entities share keys by the name-variant and partial-name rules.
 */
export function linkedKeys(mentions: readonly Mention[]): string[] {
  return linkMentions(mentions).mentions.map((m) => m.key);
}
