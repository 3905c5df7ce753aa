import { asc, eq, sql } from 'drizzle-orm';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { foldedAllWords } from '../platform/search.ts';
import { testDatabase } from '../test/db.ts';
import type { Db } from './client.ts';
import { cachedStatement, inline, StatementShape } from './statements.ts';

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
