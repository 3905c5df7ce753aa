/**
 * Streaming helpers for the open-data files: keyset paging, a k-way merge of sorted pages, output chunking,
 * CSV fields and the scrubbing of contact details from free text. Memory stays flat: at most one page per
 * source and one output chunk are held at a time.
 */

/** Rows per query. A page of grants is about 1.5 MB of output. */
export const PAGE_SIZE = 1000;

/**
 * Pages through a keyset query: `fetch(after)` returns up to `size` rows in key order after `after` (null =
 * from the start); stops after a short page.
 */
export async function* keysetPages<R, K>(
  fetch: (after: K | null, size: number) => Promise<R[]>,
  keyOf: (row: R) => K,
  size = PAGE_SIZE,
): AsyncGenerator<R[]> {
  let after: K | null = null;
  for (;;) {
    const rows = await fetch(after, size);
    if (rows.length) yield rows;
    if (rows.length < size) return;
    after = keyOf(rows[rows.length - 1]!);
  }
}

/** Merges sources that each yield pages in ascending order into one ascending sequence of rows. */
export async function* mergeSorted<T>(
  sources: AsyncIterable<T[]>[],
  compare: (a: T, b: T) => number,
): AsyncGenerator<T> {
  type Head = { it: AsyncIterator<T[]>; page: T[]; i: number };
  const heads: Head[] = [];
  for (const s of sources) {
    const it = s[Symbol.asyncIterator]();
    const first = await it.next();
    if (!first.done && first.value.length) heads.push({ it, page: first.value, i: 0 });
  }
  while (heads.length) {
    let min = 0;
    for (let k = 1; k < heads.length; k++)
      if (compare(heads[k]!.page[heads[k]!.i]!, heads[min]!.page[heads[min]!.i]!) < 0) min = k;
    const h = heads[min]!;
    yield h.page[h.i]!;
    h.i++;
    if (h.i >= h.page.length) {
      const next = await h.it.next();
      if (next.done || !next.value.length) heads.splice(min, 1);
      else {
        h.page = next.value;
        h.i = 0;
      }
    }
  }
}

/** Groups small strings into chunks of about `size` characters for the response stream. */
export async function* chunked(parts: AsyncIterable<string>, size = 64 * 1024): AsyncGenerator<string> {
  let buf = '';
  for await (const p of parts) {
    buf += p;
    if (buf.length >= size) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

/** An RFC 4180 field: quoted when it holds a comma, a quote or a line break. */
export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: (string | number | null | undefined)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** Shown in place of an e-mail address or a telephone number found in published free text. */
export const HIDDEN = '[đã ẩn]';
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** Vietnamese numbers: 0 or +84, then 8–10 digits, optionally grouped by spaces, dots or dashes. */
const PHONE = /(?<![\p{N}])(?:\+84|0)(?:[ .-]?\d){8,10}(?![\p{N}])/gu;

/** Removes e-mail addresses and telephone numbers from text that officials typed (titles, goals, reasons). */
export function scrub(text: string): string;
export function scrub(text: string | null): string | null;
export function scrub(text: string | null): string | null {
  if (text === null) return null;
  return text.replace(EMAIL, HIDDEN).replace(PHONE, HIDDEN);
}

/** Integer đồng from the database (text) as a JSON number: exact below 2^53 (9 triệu tỷ đồng). */
export function amountOf(text: string | null): number {
  const n = Number(text ?? '0');
  if (!Number.isSafeInteger(n)) throw new Error(`amount ${text} is not a safe integer`);
  return n;
}

/** A date (YYYY-MM-DD) as the start of that day in Vietnam, for fields that need a date-time. */
export const vnStartOfDay = (date: string) => `${date}T00:00:00+07:00`;
