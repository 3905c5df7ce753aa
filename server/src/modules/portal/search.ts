import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { escapeLike, foldVietnamese } from '../../platform/search.ts';
import { escapeHtml } from './public/html.ts';

/**
 * Portal search works on text folded once at write time (lower case, no diacritics, đ → d) and stored in
 * `search_text` / `search_title`, with a GIN trigram index on `search_text`: "hoi cho" finds "Hội chợ".
 */

/** The words of a query, folded: at most 8, each at least one character. */
export function queryWords(q: string): string[] {
  return foldVietnamese(q)
    .split(/[\s,;]+/)
    .filter(Boolean)
    .slice(0, 8);
}

/** What a row stores for search: the folded concatenation of its searchable fields. */
export function searchTextOf(parts: (string | null | undefined)[]): string {
  return foldVietnamese(parts.filter(Boolean).join(' \n '));
}

/** Every word must occur in the folded column (served by the trigram index). */
export function allWordsIn(col: SQLWrapper, words: string[]): SQL {
  if (words.length === 0) return sql`true`;
  return sql.join(
    words.map((w) => sql`${col} LIKE ${`%${escapeLike(w)}%`}`),
    sql` AND `,
  );
}

/**
 * Relevance: the whole phrase in the title counts most, then each word in the title, then the phrase
 * anywhere; recency breaks ties in the caller's ORDER BY.
 */
export function rankOf(titleCol: SQLWrapper, textCol: SQLWrapper, words: string[]): SQL<number> {
  if (words.length === 0) return sql<number>`0`;
  const phrase = `%${escapeLike(words.join(' '))}%`;
  const perWord = words.map(
    (w) => sql`(case when ${titleCol} LIKE ${`%${escapeLike(w)}%`} then 3 else 0 end)`,
  );
  return sql<number>`((case when ${titleCol} LIKE ${phrase} then 10 else 0 end) + (case when ${textCol} LIKE ${phrase} then 4 else 0 end) + ${sql.join(perWord, sql` + `)})`;
}

/** Folds one UTF-16 unit to one unit, so positions in the folded text are positions in the original. */
function foldUnit(c: string): string {
  const f = c
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  const one = f === 'đ' ? 'd' : f;
  return one.length === 1 ? one : (one[0] ?? c);
}

export function foldKeepingPositions(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += foldUnit(s[i]!);
  return out;
}

type Range = [number, number];

function matchRanges(text: string, words: string[]): Range[] {
  const folded = foldKeepingPositions(text);
  const ranges: Range[] = [];
  for (const w of words) {
    if (!w) continue;
    for (let at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + w.length))
      ranges.push([at, at + w.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Escaped HTML of text with each occurrence of the words (matched without diacritics) in <mark>. */
export function highlight(text: string, words: string[]): string {
  const ranges = matchRanges(text, words);
  let out = '';
  let pos = 0;
  for (const [a, b] of ranges) {
    out += `${escapeHtml(text.slice(pos, a))}<mark>${escapeHtml(text.slice(a, b))}</mark>`;
    pos = b;
  }
  return out + escapeHtml(text.slice(pos));
}

/** A highlighted excerpt of about `width` characters around the first match (or the start). */
export function snippet(text: string, words: string[], width = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const first = matchRanges(flat, words)[0];
  let start = first ? Math.max(0, first[0] - Math.floor(width / 3)) : 0;
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < (first?.[0] ?? start) ? space + 1 : start;
  }
  let end = Math.min(flat.length, start + width);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start + width / 2) end = space;
  }
  const body = highlight(flat.slice(start, end), words);
  return `${start > 0 ? '… ' : ''}${body}${end < flat.length ? ' …' : ''}`;
}
