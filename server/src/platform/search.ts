import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { type Bind, inline } from '../db/statements.ts';

/** Escapes LIKE wildcards so that a user's "%" or "_" matches literally. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Normalises text the way the database does for search: lower case, no diacritics (đ → d). */
export function foldVietnamese(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim();
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

/** A substring of a folded column (the whole text of q, folded), served by its trigram index. */
export function foldedLike(column: SQLWrapper, q: string, bind: Bind = inline, name = 'like'): SQL {
  return sql`${column} LIKE ${bind(name, `%${escapeLike(foldVietnamese(q))}%`)}`;
}
