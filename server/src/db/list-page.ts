import { eq, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable, SelectedFields } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';
import { cappedTotal } from './statements.ts';

type Order = (SQL | SQL.Aliased | PgColumn)[];

/**
 * Where a page finds and orders its ids when not in the listed table itself: a narrow projection of it (the
 * register's search projection). `where` then speaks of `table`, and the page's `order` of the listed rows,
 * in the same direction as `order` here; the listed rows are read for the page's ids only.
 */
export type PageSource = { table: PgTable; id: PgColumn; order: Order };

/** A capped count of the same rows taken elsewhere: in a narrow projection that holds the list's conditions. */
export type CountSource = { table: PgTable; where: SQL | undefined };

/**
 * A list page whose rows carry the list's total, as one prepared statement with `limit` and `offset`
 * placeholders. Either the capped count as a subquery run once (`cap`; its own `countOrder` lets it walk an
 * index that carries a filtered column), or, when the page must read every match anyway to sort them and the
 * count would scan them again (a search within one province), a window count over a narrow inner query of the
 * ids, ordered and paged: one index scan instead of two. The caller counts separately for a page past the
 * end, which has no row to carry the total.
 */
export function pageWithTotal<F extends SelectedFields>(
  db: Db,
  table: PgTable,
  id: PgColumn,
  columns: F,
  where: SQL | undefined,
  order: Order,
  total: { window: true } | { window: false; cap: number; countOrder?: Order; countFrom?: CountSource },
  source?: PageSource,
) {
  const limit = sql.placeholder('limit');
  const offset = sql.placeholder('offset');
  const capped = (t: { cap: number; countOrder?: Order; countFrom?: CountSource }, from: PgTable) =>
    t.countFrom
      ? cappedTotal(db, t.countFrom.table, t.countFrom.where, t.cap)
      : cappedTotal(db, from, where, t.cap, t.countOrder);
  if (!total.window && !source)
    return db
      .select({ ...columns, total: capped(total, table) })
      .from(table)
      .where(where)
      .orderBy(...order)
      .limit(limit)
      .offset(offset)
      .prepare('');
  const inner = source ?? { table, id, order };
  const counted = total.window
    ? sql<number>`(count(*) over ())::int`.as('total')
    : capped(total, inner.table);
  const p = db
    .select({ id: inner.id, total: counted })
    .from(inner.table)
    .where(where)
    .orderBy(...inner.order)
    .limit(limit)
    .offset(offset)
    .as('p');
  return db
    .select({ ...columns, total: p.total })
    .from(table)
    .innerJoin(p, eq(p.id, id))
    .orderBy(...order)
    .prepare('');
}
