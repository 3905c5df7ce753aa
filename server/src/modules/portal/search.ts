import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { escapeLike, foldVietnamese } from '../../platform/search.ts';
import { tx } from '../../platform/tx.ts';
import { escapeHtml } from './public/html.ts';

/**
 * Portal search works on text folded once at write time (lower case, no diacritics, đ → d) and stored in
 * `search_title` / `search_text`; the database keeps their words in `search_vector` (title words weighted A)
 * with a GIN index, so "hoi cho" finds "Hội chợ" without scanning bodies.
 */

/** The words of a query, folded: at most 8. */
export function queryWords(q: string): string[] {
  return foldVietnamese(q)
    .split(/[\s,;]+/)
    .filter(Boolean)
    .slice(0, 8);
}

/** Letters-and-digits tokens of the folded words, as the index splits them: "382/ctdp" → 382, ctdp. */
export function queryTokens(words: string[]): string[] {
  return words
    .flatMap((w) => w.split(/[^a-z0-9]+/))
    .filter(Boolean)
    .slice(0, 12);
}

/** The folded title a row keeps for ranking. */
export function searchTitleOf(title: string): string {
  return foldVietnamese(title);
}

/** A row's words as a tsvector literal ('382' 'cong' …): tokens are [a-z0-9] only, so quoting is enough. */
export function searchVectorOf(parts: (string | null | undefined)[]): string {
  const tokens = new Set(foldVietnamese(parts.filter(Boolean).join(' ')).split(/[^a-z0-9]+/));
  tokens.delete('');
  return [...tokens].map((t) => `'${t}'`).join(' ');
}

/**
 * Every token must be a word of the item. Vietnamese words are syllables and folding maps "nghề", "nghệ" and
 * "nghe" to one token, so whole-token matching is what visitors expect; prefixes (`nghe:*`) would make the
 * index walk every word starting so, several times slower on frequent syllables.
 */
function tsQueryText(tokens: string[]): string {
  return tokens.join(' & ');
}

export function matchesAll(vector: SQLWrapper, tokens: string[]): SQL {
  if (tokens.length === 0) return sql`false`;
  return sql`${vector} @@ to_tsquery('simple', ${tsQueryText(tokens)})`;
}

/**
 * Relevance, from the short folded title only (no need to read the stored word vectors of every match):
 * the tokens in this order in the title count most, then each token found in the title; recency breaks ties
 * in the caller's ORDER BY.
 */
export function rankOf(title: SQLWrapper, tokens: string[]): SQL<number> {
  if (tokens.length === 0) return sql<number>`0`;
  const like = (s: string) => sql`(case when ${title} like ${`%${escapeLike(s)}%`} then 1 else 0 end)`;
  const perToken = tokens.map((t) => like(t));
  return sql<number>`(10 * ${like(tokens.join(' '))} + 3 * (${sql.join(perToken, sql` + `)}))`;
}

/**
 * Runs full-text queries so that the GIN index is the access path. Otherwise, for a frequent word (e.g.
 * "khuyen cong", in nearly every article) the planner prefers reading every row, which detoasts every body's
 * word vector: 30,000 buffers instead of a few hundred. SET LOCAL lasts for this transaction only.
 */
export async function withIndexPlanner<T>(db: Db, fn: (t: Db) => Promise<T>): Promise<T> {
  return tx(db, async (t) => {
    await t.execute(sql`set local enable_seqscan = off`);
    await t.execute(sql`set local random_page_cost = 1.1`);
    return fn(t);
  });
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
