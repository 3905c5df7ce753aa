import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { type Bind, inline } from '../db/statements.ts';

/** Escapes LIKE wildcards so that a user's "%" or "_" matches literally. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The definition: lower case, decomposed, combining marks removed, đ → d, runs of white space as one. */
export function foldByDefinition(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Each precomposed Latin letter (Vietnamese's among them) folded by the definition, when it folds to letters. */
const letterFolds = new Map<number, string>();
for (const [from, to] of [
  [0xc0, 0x24f],
  [0x1e00, 0x1eff],
]) {
  for (let c = from!; c <= to!; c++) {
    const folded = foldByDefinition(String.fromCharCode(c));
    if (/^[a-z]+$/.test(folded)) letterFolds.set(c, folded);
  }
}

/**
 * Normalises text the way the database does for search: lower case, no diacritics (đ → d). One pass over
 * the text with a table of letters (an import folds every name: the chain of `normalize` and regular
 * expressions cost 5 µs a name); anything outside ASCII and the table takes the definition above.
 */
export function foldVietnamese(s: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      pendingSpace = out.length > 0;
      continue;
    }
    let piece: string | undefined;
    if (c < 128) piece = c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i];
    else piece = letterFolds.get(c);
    if (piece === undefined) return foldByDefinition(s);
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += piece;
  }
  return out;
}

/**
 * Diacritic-insensitive substring match served by a GIN trigram index on f_unaccent(lower(expr)).
 * The pattern is folded in JS so the planner sees a constant.
 */
export function unaccentLike(expr: SQLWrapper | SQL, q: string, bind: Bind = inline, name = 'like'): SQL {
  const pattern = `%${escapeLike(foldVietnamese(q))}%`;
  return sql`f_unaccent(lower(${expr})) LIKE ${bind(name, pattern)}`;
}

/** Every word of q must appear (in any order): "hop tac xa det may" finds "Hợp tác xã Dệt may …". */
export function unaccentAllWords(expr: SQLWrapper | SQL, q: string): SQL {
  const words = foldVietnamese(q).split(' ').filter(Boolean).slice(0, 8);
  if (words.length === 0) return sql`true`;
  return sql.join(
    words.map((w) => sql`f_unaccent(lower(${expr})) LIKE ${`%${escapeLike(w)}%`}`),
    sql` AND `,
  );
}

/**
 * Every word of q must appear in a column stored already folded (lower case, no diacritics, đ → d), served
 * by a plain trigram index on that column. A word under three letters has no trigram: as LIKE it would make
 * the index match every row, so it is checked as a plain filter on the rows the longer words found.
 */
export function foldedAllWords(column: SQLWrapper, q: string, bind: Bind = inline, name = 'q'): SQL {
  const words = foldVietnamese(q).split(' ').filter(Boolean).slice(0, 8);
  if (words.length === 0) return sql`true`;
  // The placeholder's name says which form the word took, so both forms never share a cached statement.
  return sql.join(
    words.map((w, i) =>
      w.length < 3
        ? sql`strpos(${column}, ${bind(`${name}${i}s`, w)}) > 0`
        : sql`${column} LIKE ${bind(`${name}${i}w`, `%${escapeLike(w)}%`)}`,
    ),
    sql` AND `,
  );
}

/** Whether a search has a word the trigram index can find (three letters or more). */
export function hasTrigramWord(q: string | undefined): boolean {
  return Boolean(
    q &&
      foldVietnamese(q)
        .split(' ')
        .some((w) => w.length >= 3),
  );
}

/** A substring of a folded column (the whole text of q, folded), served by its trigram index. */
export function foldedLike(column: SQLWrapper, q: string, bind: Bind = inline, name = 'like'): SQL {
  return sql`${column} LIKE ${bind(name, `%${escapeLike(foldVietnamese(q))}%`)}`;
}
