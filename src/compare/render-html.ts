/**
 * A comparison as one standalone right-to-left HTML page: the summary and conflicts on top, then the articles side
 * by side with every statement highlighted by its fact's status (shared, unique, conflict) and the conflicting
 * values marked inside it; names, quotes, timeline and similarity below. No script and no external resource: the
 * page is one file that opens anywhere. Every piece of text from the articles goes through `escapeHtml`, in element
 * content and in (always double-quoted) attributes alike.
 */
import { CONFLICT_CAVEAT, conflictsInOrder, WITHIN_COPIES } from './render-markdown.js';
import type { Comparison, Fact } from './types.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

const STATUS_NAMES: Record<string, string> = { shared: 'مشتركة', unique: 'انفردت بها', conflict: 'اختلاف' };
const KIND_NAMES: Record<string, string> = { quantity: 'رقم', date: 'تاريخ', name: 'اسم', attribution: 'نسبة القول', other: 'أخرى' };

const STYLE = `
body{font-family:"Noto Naskh Arabic","Amiri","Segoe UI",Tahoma,sans-serif;margin:0;background:#fafafa;color:#1a1a1a;line-height:1.8}
header,section{padding:0.5rem 1.5rem}
h1{font-size:1.5rem;margin:0.5rem 0}h2{font-size:1.2rem;border-bottom:1px solid #ddd;padding-bottom:0.2rem}
.legend span{margin-inline-end:1rem;padding:0 0.4rem;border-radius:3px}
.cols{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(20rem,1fr);gap:1rem;overflow-x:auto;padding:0 1.5rem 1rem}
article{background:#fff;border:1px solid #ddd;border-radius:6px;padding:0.5rem 1rem}
article h3{margin:0.3rem 0;font-size:1.05rem}
article .meta{color:#555;font-size:0.85rem}
article .text{white-space:pre-wrap}
mark{border-radius:3px;padding:0 1px}
mark.shared{background:#d7f0dc}mark.unique{background:#eeeeee}mark.conflict{background:#fbd5d0}
mark.repeat{text-decoration:line-through;text-decoration-color:#999}
strong.value{outline:2px solid #c0392b;border-radius:2px}
.note{background:#fff7e0;border-inline-start:4px solid #e0a800;padding:0.3rem 0.6rem;margin:0.3rem 0}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:0.2rem 0.5rem;text-align:start}
.cite{color:#555;font-size:0.85rem}
.partial{color:#777;font-size:0.85rem}
ul{padding-inline-start:1.2rem}
`;

interface Mark {
  start: number;
  end: number;
  fact: Fact;
  repeat: boolean;
  values: Array<{ start: number; end: number; conflict: string }>;
}

function articleBody(c: Comparison, id: string, text: string): string {
  const marks: Mark[] = [];
  for (const f of c.facts) {
    for (const m of f.mentions) {
      if (m.article !== id) continue;
      const values = c.conflicts
        .filter((x) => x.fact === f.id)
        .flatMap((x) => x.values.filter((v) => v.article === id && v.start >= m.start && v.end <= m.end).map((v) => ({ start: v.start, end: v.end, conflict: x.id })));
      marks.push({ start: m.start, end: m.end, fact: f, repeat: m.repeat === true, values });
    }
  }
  marks.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const m of marks) {
    if (m.start < at || m.end > text.length) continue; // overlapping spans are never produced; skip rather than garble
    out += escapeHtml(text.slice(at, m.start));
    const title = `${m.fact.id}: ${STATUS_NAMES[m.fact.status]} (${m.fact.articles.join('، ')})`;
    out += `<mark class="${m.fact.status}${m.repeat ? ' repeat' : ''}" id="${escapeHtml(`${id}-${m.start}`)}" title="${escapeHtml(title)}">`;
    let inner = m.start;
    for (const v of m.values.sort((a, b) => a.start - b.start)) {
      if (v.start < inner) continue;
      out += escapeHtml(text.slice(inner, v.start));
      out += `<strong class="value" title="${escapeHtml(v.conflict)}">${escapeHtml(text.slice(v.start, v.end))}</strong>`;
      inner = v.end;
    }
    out += `${escapeHtml(text.slice(inner, m.end))}</mark>`;
    at = m.end;
  }
  return out + escapeHtml(text.slice(at));
}

export function renderHtml(c: Comparison): string {
  const name = new Map(c.articles.map((a) => [a.id, a.outlet ?? a.id]));
  const cite = (ids: readonly string[]) => `<span class="cite">[${ids.map((id) => escapeHtml(name.get(id) ?? id)).join('، ')}]</span>`;
  const parts: string[] = [];
  parts.push('<!DOCTYPE html>', '<html lang="ar" dir="rtl">', '<head>', '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // No external resource of any kind may load from this page, whatever an article contains.
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
    `<title>مقارنة التغطية: ${c.articles.length} مواد</title>`, `<style>${STYLE}</style>`, '</head>', '<body>');
  parts.push('<header>', `<h1>مقارنة التغطية: ${c.articles.length} ${c.articles.length === 1 ? 'مادة' : 'مواد'}</h1>`);
  for (const n of c.notes) parts.push(`<p class="note">${escapeHtml(n.message)}${n.articles?.length ? ` ${cite(n.articles)}` : ''}</p>`);
  parts.push('<p class="legend"><span style="background:#d7f0dc">مشتركة</span><span style="background:#eeeeee">انفردت بها مادة</span><span style="background:#fbd5d0">اختلاف للتحقق</span></p>', '</header>');

  if (c.summary.length) {
    parts.push('<section><h2>الخلاصة</h2><ul>');
    for (const s of c.summary) {
      const partial = s.partialCitations?.length ? ` <span class="partial">(ترد أيضاً دون بعض أرقامها في ${cite(s.partialCitations)})</span>` : '';
      const warn = s.conflict ? ` <a href="#${escapeHtml(s.conflict)}" title="اختلاف للتحقق">⚠</a>` : '';
      parts.push(`<li>${escapeHtml(s.text)} ${cite(s.citations)}${partial}${warn}</li>`);
    }
    parts.push('</ul></section>');
  }
  parts.push('<section><h2>اختلافات بين المصادر (للتحقق)</h2>');
  if (!c.conflicts.length) parts.push('<p>لم يُعثر على اختلاف.</p>');
  else {
    parts.push(`<p class="caveat">${escapeHtml(CONFLICT_CAVEAT)}</p>`);
    parts.push('<ul>');
    for (const x of conflictsInOrder(c.conflicts)) {
      const copies = x.withinCopies ? ` (${escapeHtml(WITHIN_COPIES)})` : '';
      parts.push(`<li id="${escapeHtml(x.id)}"><b>${escapeHtml(KIND_NAMES[x.kind] ?? x.kind)}${x.about ? ` (${escapeHtml(x.about)})` : ''}</b>${copies}: ${escapeHtml(x.note)}</li>`);
    }
    parts.push('</ul>');
  }
  parts.push('</section>');

  parts.push('<div class="cols">');
  for (const a of c.articles) {
    const meta = [a.outlet, a.published, a.agency ? `وكالة: ${a.agency}` : undefined, a.copyOf ? `نسخة من ${name.get(a.copyOf)}` : undefined].filter(Boolean) as string[];
    parts.push(`<article id="${escapeHtml(`article-${a.id}`)}" lang="${escapeHtml(a.language)}">`,
      `<h3>${escapeHtml(a.title ?? a.id)}</h3>`,
      `<div class="meta">${escapeHtml(a.id)}${meta.length ? ` · ${meta.map(escapeHtml).join(' · ')}` : ''}</div>`,
      `<div class="text">${articleBody(c, a.id, a.text)}</div>`, '</article>');
  }
  parts.push('</div>');

  const names = c.entities.filter((e) => e.variants.length > 1 || e.articles.length > 1);
  if (names.length) {
    parts.push('<section><h2>الأسماء</h2><ul>');
    for (const e of names) {
      const variants = e.variants.map((v) => `«${escapeHtml(v.text)}» ${cite([...new Set(v.articles.map((o) => o.article))])}`).join('، ');
      parts.push(`<li><b>${escapeHtml(e.canonical)}</b> (${escapeHtml(e.type)}): ${variants}</li>`);
    }
    parts.push('</ul></section>');
  }
  const quotes = c.quotes.filter((q) => q.articles.length > 1);
  if (quotes.length) {
    parts.push('<section><h2>الاقتباسات المشتركة</h2><ul>');
    for (const q of quotes) {
      parts.push(`<li><b>${escapeHtml(q.speaker ?? 'قائل غير مذكور')}</b>${q.conflict ? ' — نسبة مختلفة' : ''}<ul>`);
      for (const m of q.mentions) parts.push(`<li>${escapeHtml(name.get(m.article) ?? m.article)}: ${escapeHtml(m.text)}</li>`);
      parts.push('</ul></li>');
    }
    parts.push('</ul></section>');
  }
  if (c.timeline.length) {
    parts.push('<section><h2>الخط الزمني</h2><ul>');
    for (const e of c.timeline) parts.push(`<li><b dir="ltr">${escapeHtml(e.date)}</b>: ${escapeHtml(e.label)} ${cite(e.articles)}</li>`);
    parts.push('</ul></section>');
  }
  if (c.similarity.length) {
    parts.push('<section><h2>التشابه بين المواد</h2><table><tr><th>المادتان</th><th>الجغرافيا</th><th>الأسماء</th><th>الزمن</th><th>السرد</th><th>الإجمالي</th></tr>');
    for (const s of c.similarity) {
      parts.push(`<tr><td>${escapeHtml(name.get(s.a) ?? s.a)} / ${escapeHtml(name.get(s.b) ?? s.b)}</td><td>${s.geography}</td><td>${s.entities}</td><td>${s.time ?? '—'}</td><td>${s.narrative}</td><td>${s.overall}</td></tr>`);
    }
    parts.push('</table></section>');
  }
  parts.push('</body>', '</html>', '');
  return parts.join('\n');
}
