/**
 * The story's timeline: every resolved date of every article with the statement it dates, grouped by date and
 * fact, in date order. Dates inside quotation marks are left out ("البلدان التي كانت تدور بالأمس في فلك الاتحاد
 * السوفييتي" is a figure of speech, not an event), and so is "this year" / "this month", which dates nothing.
 */
import type { DateMention } from '../analysis/dates/index.js';
import { pairQuoteMarks } from '../analysis/quotes/quote-marks.js';
import type { Statement } from './prepare.js';
import type { TimelineEvent } from './types.js';

export const LABEL_CHARS = 160;

export interface TimelineArticle {
  id: string;
  text: string;
  published?: string;
  statements: readonly Statement[];
}

function label(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= LABEL_CHARS ? t : `${t.slice(0, LABEL_CHARS - 1)}…`;
}

function isThisPeriod(d: DateMention, published: string | undefined): boolean {
  if (!d.relative || !published || !d.value) return false;
  if (d.grain === 'year') return d.value === published.slice(0, 4);
  if (d.grain === 'month') return d.value === published.slice(0, 7);
  return false;
}

export function buildTimeline(articles: readonly TimelineArticle[], factOf: (statement: number) => string | undefined): TimelineEvent[] {
  const events = new Map<string, TimelineEvent>();
  for (const a of articles) {
    const quoted = pairQuoteMarks(a.text);
    for (const s of a.statements) {
      for (const d of s.dates) {
        if (!d.value || isThisPeriod(d, a.published)) continue;
        if (quoted.some((p) => d.start > p.open && d.end <= p.close)) continue;
        const fact = factOf(s.id);
        const key = `${d.value}\u0000${d.until ?? ''}\u0000${fact ?? s.id}`;
        let e = events.get(key);
        if (!e) {
          e = { date: d.value, grain: d.grain, label: label(a.text.slice(s.start, s.end)), articles: [], mentions: [] };
          if (d.until) e.until = d.until;
          if (fact) e.fact = fact;
          events.set(key, e);
        }
        if (!e.articles.includes(a.id)) e.articles.push(a.id);
        e.mentions.push({ article: a.id, text: d.text, start: d.start, end: d.end, statement: { start: s.start, end: s.end }, ...(d.relative ? { relative: true } : {}) });
      }
    }
  }
  return [...events.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}
