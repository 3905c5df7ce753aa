import { asc, eq, sql } from 'drizzle-orm';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { foldedAllWords } from '../platform/search.ts';
import { testDatabase } from '../test/db.ts';
import type { Db } from './client.ts';
import { cachedStatement, cappedTotal, inline, StatementShape } from './statements.ts';

const items = pgTable('kc_statement_items', {
  id: integer().primaryKey(),
  name: text().notNull(),
  folded: text().notNull(),
  year: integer().notNull(),
});

describe('StatementShape', () => {
  it('keys a statement by its placeholders and marks, and keeps the values to run it with', () => {
    const a = new StatementShape().mark('province');
    a.bind('year', 2024);
    const b = new StatementShape().mark('province');
    b.bind('year', 2019);
    expect(a.key).toBe(b.key);
    expect(a.values).toEqual({ year: 2024 });
    const c = new StatementShape().mark('all');
    c.bind('year', 2024);
    expect(c.key).not.toBe(a.key);
  });

  it('refuses the same placeholder twice (two values could not share one name)', () => {
    const s = new StatementShape();
    s.bind('year', 1);
    expect(() => s.bind('year', 2)).toThrow(/bound twice/);
  });

  it('inline binding returns the value itself', () => {
    expect(inline('x', 42)).toBe(42);
  });
});

describe('cachedStatement', () => {
  it('builds once per handle and key, and drops the least recently used beyond its bound', () => {
    const db = {} as Db;
    let builds = 0;
    const build = () => ({ n: ++builds });
    const first = cachedStatement(db, 'k0', build);
    expect(cachedStatement(db, 'k0', build)).toBe(first);
    expect(builds).toBe(1);
    expect(cachedStatement({} as Db, 'k0', build)).not.toBe(first);
    for (let i = 1; i < 256; i++) cachedStatement(db, `k${i}`, build);
    cachedStatement(db, 'k0', build); // used again: now the most recent
    cachedStatement(db, 'k256', build); // evicts k1, the least recently used
    const before = builds;
    expect(cachedStatement(db, 'k0', build)).toBe(first);
    cachedStatement(db, 'k1', build);
    expect(builds).toBe(before + 1);
  });
});

describe('a cached statement run with other values (database)', () => {
  let db: Db;
  beforeAll(async () => {
    const database = await testDatabase();
    db = database.db;
    await database.raw(
      'create table kc_statement_items (id int primary key, name text not null, folded text not null, year int not null)',
    );
    await database.raw(
      `insert into kc_statement_items values
        (1, 'Hợp tác xã Dệt may Tân Hòa', 'hop tac xa det may tan hoa', 2024),
        (2, 'Cơ sở Cơ khí Bình Minh', 'co so co khi binh minh', 2024),
        (3, 'Hộ kinh doanh Mây tre đan', 'ho kinh doanh may tre dan', 2019)`,
    );
  });

  const list = async (year: number, q: string) => {
    const shape = new StatementShape();
    const where = sql`${eq(items.year, shape.bind('year', year))} and ${foldedAllWords(items.folded, q, shape.bind)}`;
    const stmt = cachedStatement(db, `test.items|${shape.key}`, () =>
      db.select({ id: items.id }).from(items).where(where).orderBy(asc(items.id)).prepare(''),
    );
    return { ids: (await stmt.execute(shape.values)).map((r) => r.id), stmt };
  };

  it('returns each request its own rows, and reuses the statement only for the same shape', async () => {
    const a = await list(2024, 'det may');
    const b = await list(2019, 'tre dan');
    expect(a.ids).toEqual([1]);
    expect(b.ids).toEqual([3]);
    expect(b.stmt).toBe(a.stmt);
    // A two-letter word is a different condition (strpos, no trigram): a statement of its own.
    const c = await list(2024, 'co khi');
    expect(c.ids).toEqual([2]);
    expect(c.stmt).not.toBe(a.stmt);
    expect((await list(2024, 'xa det')).ids).toEqual([1]);
    expect((await list(2019, 'co khi')).ids).toEqual([]);
  });
});

describe('cappedTotal (database)', () => {
  let db: Db;
  beforeAll(async () => {
    const database = await testDatabase();
    db = database.db;
    await database.raw(
      'create table kc_statement_items (id int primary key, name text not null, folded text not null, year int not null)',
    );
    await database.raw(
      `insert into kc_statement_items select i, 'Cơ sở ' || i, 'co so ' || i, 2000 + i % 3 from generate_series(1, 50) i`,
    );
  });

  /** A page of ids with the total capped at `cap`, in one statement, with the same placeholders twice. */
  const page = async (year: number, cap: number, offset: number) => {
    const shape = new StatementShape();
    const where = eq(items.year, shape.bind('year', year));
    const stmt = cachedStatement(db, `test.total|${cap}|${shape.key}`, () =>
      db
        .select({ id: items.id, total: cappedTotal(db, items, where, cap, [asc(items.id)]) })
        .from(items)
        .where(where)
        .orderBy(asc(items.id))
        .limit(5)
        .offset(sql.placeholder('offset'))
        .prepare(''),
    );
    return stmt.execute({ ...shape.values, offset });
  };

  it('carries the count of every match, not of the page, on each row', async () => {
    const rows = await page(2001, 100, 0);
    expect(rows.map((r) => r.id)).toEqual([1, 4, 7, 10, 13]);
    expect(new Set(rows.map((r) => r.total))).toEqual(new Set([17]));
    expect((await page(2002, 100, 10)).map((r) => r.total)).toEqual([17, 17, 17, 17, 17]);
  });

  it('stops counting after cap + 1 matches, and a page past the end has no row to carry it', async () => {
    expect((await page(2000, 10, 0))[0]!.total).toBe(11);
    expect(await page(2000, 10, 100)).toEqual([]);
  });
});
