import { eq, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable, SelectedFields } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';
import { cappedTotal } from './statements.ts';

type Order = (SQL | SQL.Aliased | PgColumn)[];

/**
 * A list page whose rows carry the list's total, as one prepared statement with `limit` and `offset`
 * placeholders. Either the capped count as a subquery run once (`cap`; its own `countOrder` lets it walk an
 * index that carries a filtered column), or, when the page must read every match anyway to sort them (a search
 * sorted by name, any search within one province), a window count over a narrow inner query of the ids,
 * ordered and paged — in the table or in a narrow projection of it: one index scan instead of two. The caller counts separately for a page past the end, which has no row to carry the total.
 */
export function pageWithTotal<F extends SelectedFields>(
  db: Db,
  table: PgTable,
  id: PgColumn,
  columns: F,
  where: SQL | undefined,
  order: Order,
  total:
    | {
        window: true;
        /**
         * Where the inner query finds and orders the ids, when not in `table` itself: a narrow projection
         * of it (the register's search projection). `where` then speaks of `from.table`, and `order` of the
         * outer rows, in the same direction as `from.order`.
         */
        from?: { table: PgTable; id: PgColumn; order: Order };
      }
    | { window: false; cap: number; countOrder?: Order },
) {
  const limit = sql.placeholder('limit');
  const offset = sql.placeholder('offset');
  if (!total.window)
    return db
      .select({ ...columns, total: cappedTotal(db, table, where, total.cap, total.countOrder) })
      .from(table)
      .where(where)
      .orderBy(...order)
      .limit(limit)
      .offset(offset)
      .prepare('');
  const inner = total.from ?? { table, id, order };
  const p = db
    .select({ id: inner.id, total: sql<number>`(count(*) over ())::int`.as('total') })
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
