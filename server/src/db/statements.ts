import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';
import { withFlatRows } from './flat-rows.ts';

/**
 * How a filter puts a value into a statement: `inline` makes it an ordinary parameter; a `StatementShape`
 * makes it a named placeholder, so that the statement can be built once and run again with other values.
 * The value returned goes straight into a drizzle `sql` template or comparison; it is typed as the value so
 * that `eq(column, bind(...))` keeps its column typing (a placeholder is accepted wherever a value is).
 */
export type Bind = <T>(name: string, value: T) => T;

export const inline: Bind = (_name, value) => value;

/**
 * The shape of one list request: which placeholders its statement has (and anything else that changes the
 * statement's text, such as the sort) plus the values to run it with. Two requests with the same key have
 * the same SQL text, so the statement is built once per key (see `cachedStatement`).
 */
export class StatementShape {
  readonly values: Record<string, unknown> = {};
  private readonly parts: string[] = [];

  readonly bind: Bind = <T>(name: string, value: T): T => {
    if (name in this.values) throw new Error(`placeholder "${name}" bound twice`);
    this.values[name] = value;
    this.parts.push(name);
    return sql.placeholder(name) as unknown as T;
  };

  /** Something that changes the statement's text but carries no value (a sort, the kind of scope). */
  mark(part: string): this {
    this.parts.push(`#${part}`);
    return this;
  }

  get key(): string {
    return this.parts.join('|');
  }
}

/** Enough for every filter combination officials use; the oldest shape is dropped beyond it. */
const MAX_SHAPES = 256;
const caches = new WeakMap<Db, Map<string, unknown>>();

/**
 * A statement built once per database handle and key, then executed with placeholder values. Building a
 * list's SELECT through the query builder cost more server CPU than the driver spent on the query itself
 * (docs/benchmarks.md). The statements are unnamed on the server (`prepare('')`): PostgreSQL still plans
 * each execution with its actual values, as it did before, so a search's plan never goes generic. Flat
 * selections map their rows with decoders chosen once (db/flat-rows.ts).
 */
export function cachedStatement<T>(db: Db, key: string, build: () => T): T {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const hit = cache.get(key);
  if (hit !== undefined) {
    // Re-inserted so that the map's order is least recently used first.
    cache.delete(key);
    cache.set(key, hit);
    return hit as T;
  }
  const built = withFlatRows(build());
  if (cache.size >= MAX_SHAPES) cache.delete(cache.keys().next().value as string);
  cache.set(key, built);
  return built;
}

type Order = (SQL | SQL.Aliased | PgColumn)[];

/** The first `cap` + 1 matching rows, to count (`order` lets the walk use an index that carries a filter's column). */
function matches(db: Db, table: PgTable, where: SQL | undefined, cap: number, order: Order) {
  return db
    .select({ one: sql`1`.as('one') })
    .from(table)
    .where(where)
    .orderBy(...order)
    .limit(cap + 1);
}

/**
 * The prepared count of a list: exact up to `cap`, then stops reading (the list says "more than cap"), so a
 * national list never counts every row of the table on every page. `order` (optional) makes the count walk
 * an index in that order, e.g. one that carries the searched column, so the first `cap` matches are found
 * index-only instead of by reading every match's row.
 */
export function cappedCount(db: Db, table: PgTable, where: SQL | undefined, cap: number, order: Order = []) {
  return db
    .select({ n: sql<number>`count(*)::int` })
    .from(matches(db, table, where, cap, order).as('t'))
    .prepare('');
}

/**
 * The same capped count as a column of the page's own statement: an uncorrelated subquery, which PostgreSQL
 * runs once per statement, so a list costs one round trip instead of two. Each row carries the total; a
 * page past the end has no row, and the caller counts with `cappedCount` then.
 */
export function cappedTotal(db: Db, table: PgTable, where: SQL | undefined, cap: number, order: Order = []) {
  return sql<number>`(select count(*)::int from (${matches(db, table, where, cap, order)}) t)`.as('total');
}
