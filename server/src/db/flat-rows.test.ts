import { asc, sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../test/db.ts';
import type { Db } from './client.ts';
import { withFlatRows } from './flat-rows.ts';

const things = pgTable('kc_flat_things', {
  id: integer().primaryKey(),
  name: text().notNull(),
  big: bigint({ mode: 'number' }),
  amount: numeric(),
  on: boolean(),
  at: timestamp({ withTimezone: true }),
  day: date(),
  facts: jsonb(),
  tags: text().array(),
});

describe('withFlatRows', () => {
  let db: Db;
  beforeAll(async () => {
    const database = await testDatabase();
    db = database.db;
    await database.raw(`create table kc_flat_things (id int primary key, name text not null, big bigint, amount numeric,
      "on" boolean, at timestamptz, day date, facts jsonb, tags text[])`);
    await database.raw(`insert into kc_flat_things values
      (1, 'Hợp tác xã Dệt may', 9007199254740991, 1234567.5, true, '2025-07-01 08:30:00+07', '2025-07-01', '{"a":[1,2]}', '{x,y}'),
      (2, 'Cơ sở Cơ khí', null, null, null, null, null, null, null)`);
  });

  const select = () =>
    db
      .select({
        id: things.id,
        name: things.name,
        big: things.big,
        amount: things.amount,
        on: things.on,
        at: things.at,
        day: things.day,
        facts: things.facts,
        tags: things.tags,
        doubled: sql<number>`${things.id} * 2`.mapWith(Number),
        label: sql<string>`upper(${things.name})`.as('label'),
        raw: sql`${things.id}::text`,
      })
      .from(things)
      .orderBy(asc(things.id));

  it('maps every column type exactly as drizzle does, nulls included', async () => {
    const plain = await select().prepare('').execute();
    const stmt = withFlatRows(select().prepare(''));
    // Installed, not skipped: otherwise this would compare drizzle with itself.
    expect((stmt as unknown as { customResultMapper?: unknown }).customResultMapper).toBeTypeOf('function');
    const fast = await stmt.execute();
    expect(fast).toEqual(plain);
    expect(fast[0]!.at).toBeInstanceOf(Date);
    expect(fast[0]!.doubled).toBe(2);
    expect(Object.keys(fast[1]!)).toEqual(Object.keys(plain[1]!));
  });

  it('leaves nested selections (joins returning objects) to drizzle', async () => {
    const nested = db
      .select({ t: { id: things.id, name: things.name } })
      .from(things)
      .orderBy(asc(things.id));
    const stmt = nested.prepare('');
    expect(withFlatRows(stmt)).toBe(stmt);
    expect(await stmt.execute()).toEqual([
      { t: { id: 1, name: 'Hợp tác xã Dệt may' } },
      { t: { id: 2, name: 'Cơ sở Cơ khí' } },
    ]);
  });
});
