/** A comparison as a readable report in Arabic (Markdown): summary, conflicts, shared and unique facts, names, quotes, timeline. */
import type { Comparison, Fact } from './types.js';

/**
 * Differences are found by rules, not read: on stories the clusterer forms, most turn out to be two different things
 * (eval: the pipeline checks in eval/conflict-check-pipeline-*.json), so the page calls them differences to check.
 */
/** How a difference between two copies of one wire text is labelled: one outlet edited the same words. */
export const WITHIN_COPIES = 'تعديل في نسختين من النص نفسه';

/** Differences inside copies of one wire text first (edits of the same words), then the rest in story order. */
export function conflictsInOrder<T extends { withinCopies?: true }>(conflicts: readonly T[]): T[] {
  return [...conflicts.filter((x) => x.withinCopies), ...conflicts.filter((x) => !x.withinCopies)];
}

export const CONFLICT_CAVEAT = 'رُصدت آليا: قد يكون الفرق بين شيئين مختلفين لا تناقضا في رواية واحدة، فراجع كل اختلاف في نصه قبل الاعتماد عليه.';

const KIND_NAMES: Record<string, string> = { quantity: 'رقم', date: 'تاريخ', name: 'اسم', attribution: 'نسبة القول', other: 'أخرى' };
const TYPE_NAMES: Record<string, string> = { PER: 'شخص', LOC: 'مكان', ORG: 'جهة', MISC: 'أخرى' };

/** One line of text: line breaks folded, Markdown's table and heading marks defused. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|').replace(/^#/, '\\#');
}

export function renderMarkdown(c: Comparison): string {
  const name = new Map(c.articles.map((a) => [a.id, a.outlet ? `${a.outlet} (${a.id})` : a.id]));
  const cite = (ids: readonly string[]) => `[${ids.map((id) => name.get(id) ?? id).join('، ')}]`;
  const out: string[] = [];
  out.push(`# مقارنة التغطية: ${c.articles.length} ${c.articles.length === 1 ? 'مادة' : 'مواد'}`, '');
  for (const n of c.notes) out.push(`> ${inline(n.message)}${n.articles?.length ? ` ${cite(n.articles)}` : ''}`, '');

  out.push('## المواد', '');
  for (const a of c.articles) {
    const parts = [a.outlet ? `المصدر: ${inline(a.outlet)}` : '', a.published ? `النشر: ${a.published}` : '', a.agency ? `الوكالة: ${inline(a.agency)}` : '', a.copyOf ? `نسخة من ${name.get(a.copyOf)}` : ''].filter(Boolean);
    out.push(`- **${a.id}**${a.title ? ` — ${inline(a.title)}` : ''}${parts.length ? ` (${parts.join('، ')})` : ''}: ${a.statements} عبارة`);
  }
  out.push('');

  if (c.summary.length) {
    out.push('## الخلاصة', '');
    for (const s of c.summary) {
      const partial = s.partialCitations?.length ? ` (ترد أيضاً دون بعض أرقامها في ${cite(s.partialCitations)})` : '';
      out.push(`- ${inline(s.text)} ${cite(s.citations)}${partial}${s.conflict ? ' ⚠' : ''}`);
    }
    out.push('');
  }

  out.push('## اختلافات بين المصادر (للتحقق)', '');
  if (c.conflicts.length === 0) out.push('لم يُعثر على اختلاف في الأرقام أو التواريخ أو الأسماء أو نسبة الأقوال.');
  else out.push(`${CONFLICT_CAVEAT}`, '');
  for (const x of conflictsInOrder(c.conflicts)) {
    const copies = x.withinCopies ? ` (${WITHIN_COPIES})` : '';
    out.push(`- **${KIND_NAMES[x.kind] ?? x.kind}${x.about ? ` (${inline(x.about)})` : ''}**${copies}: ${inline(x.note)}`);
    for (const v of x.values) out.push(`  - ${name.get(v.article)}: «${inline(v.text)}»`);
  }
  out.push('');

  const shared = c.facts.filter((f) => f.status !== 'unique');
  out.push(`## ما تتفق عليه المواد (${shared.length})`, '');
  for (const f of shared) out.push(...factLines(f, name));
  out.push('');

  if (c.articles.length > 1) {
    out.push('## ما انفردت به كل مادة', '');
    for (const a of c.articles) {
      const unique = c.facts.filter((f) => f.status === 'unique' && f.articles[0] === a.id);
      out.push(`### ${name.get(a.id)} (${unique.length})`, '');
      for (const f of unique) out.push(`- ${inline(f.mentions.find((m) => !m.repeat)?.text ?? f.mentions[0]!.text)}${f.mentions.some((m) => m.repeat) ? ' (مكررة في المادة)' : ''}`);
      out.push('');
    }
  } else {
    out.push('## الوقائع', '');
    for (const f of c.facts) out.push(`- ${inline(f.mentions[0]!.text)}`);
    out.push('');
  }

  const names = c.entities.filter((e) => e.variants.length > 1 || e.articles.length > 1);
  if (names.length) {
    out.push('## الأسماء', '');
    for (const e of names) {
      const variants = e.variants.map((v) => `«${inline(v.text)}» ${cite([...new Set(v.articles.map((o) => o.article))])}`).join('، ');
      out.push(`- **${inline(e.canonical)}** (${TYPE_NAMES[e.type] ?? e.type}): ${variants}`);
    }
    out.push('');
  }

  // Who is quoted saying what, by speaker (the story's canonical name when the speaker is a known entity: بوتين and
  // الرئيس الروسي are one man), speakers quoted by more outlets first; each quote once per article (a sentence an
  // article repeats is one mention); words several outlets carry say so.
  if (c.quotes.length) {
    out.push('## من قال ماذا', '');
    const canonical = new Map(c.entities.map((e) => [e.key, e.canonical]));
    const bySpeaker = new Map<string, { name: string; articles: Set<string>; quotes: typeof c.quotes }>();
    for (const q of c.quotes) {
      const key = q.mentions.map((m) => m.speaker?.key).find((k) => k !== undefined);
      const who = key !== undefined ? `k:${key}` : q.speaker ? `t:${q.speaker}` : '';
      const entry = bySpeaker.get(who) ?? { name: (key !== undefined ? canonical.get(key) : undefined) ?? q.speaker ?? '', articles: new Set<string>(), quotes: [] };
      for (const a of q.articles) entry.articles.add(a);
      entry.quotes.push(q);
      bySpeaker.set(who, entry);
    }
    const speakers = [...bySpeaker.values()].sort((a, b) => b.articles.size - a.articles.size || b.quotes.length - a.quotes.length);
    for (const sp of speakers) {
      out.push(`- ${sp.name ? `**${inline(sp.name)}**` : '*قائل غير مذكور*'} ${cite([...sp.articles])}`);
      for (const q of sp.quotes) {
        const seen = new Set<string>();
        const lines: string[] = [];
        for (const m of q.mentions) {
          const key = `${m.article}\u0000${inline(m.text)}`;
          if (seen.has(key)) continue;
          seen.add(key);
          lines.push(`${name.get(m.article)}: ${inline(m.text)}`);
        }
        const mark = `${q.articles.length > 1 ? ` (الكلام نفسه في ${q.articles.length} مواد)` : ''}${q.conflict ? ' ⚠ نسبة مختلفة' : ''}`;
        if (lines.length === 1) out.push(`  - ${lines[0]}${mark}`);
        else {
          out.push(`  -${mark}`);
          for (const l of lines) out.push(`    - ${l}`);
        }
      }
    }
    out.push('');
  }

  if (c.timeline.length) {
    out.push('## الخط الزمني', '');
    for (const e of c.timeline) out.push(`- **${e.date}${e.until ? `–${e.until}` : ''}**: ${inline(e.label)} ${cite(e.articles)}`);
    out.push('');
  }

  if (c.similarity.length) {
    out.push('## التشابه بين المواد', '', '| المادتان | الجغرافيا | الأسماء | الزمن | السرد | الإجمالي |', '|---|---|---|---|---|---|');
    for (const s of c.similarity) out.push(`| ${name.get(s.a)} / ${name.get(s.b)}${s.copy ? ' (نسختان)' : ''} | ${s.geography} | ${s.entities} | ${s.time ?? '—'} | ${s.narrative} | ${s.overall} |`);
    out.push('');
  }
  return out.join('\n');
}

function factLines(f: Fact, name: ReadonlyMap<string, string>): string[] {
  const lines = [`- **${f.id}** ${f.status === 'conflict' ? '⚠ اختلاف' : 'مشتركة'}، ${f.independent} ${f.independent === 1 ? 'رواية مستقلة' : 'روايات مستقلة'}`];
  for (const m of f.mentions) if (!m.repeat) lines.push(`  - ${name.get(m.article)}: ${inline(m.text)}`);
  return lines;
}
