import { beforeAll, describe, expect, it } from 'vitest';
import { type Database, queryRows, sql } from '../../db/client.ts';
import { testDatabase } from '../../test/db.ts';
import { copyOf as copyOfRecord, projectionDrift } from './search.test-utils.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});

const drift = () => projectionDrift(database.db);

const run = (q: ReturnType<typeof sql>) => database.db.execute(q);
const inProjection = async (id: string) =>
  (
    await queryRows<{ name_key: string }>(
      database.db,
      sql`select name_key from establishment_search where id = ${id}`,
    )
  )[0];

const copyOf = (name: string) => copyOfRecord(database.db, name);

describe('search projection (migration 0034)', () => {
  it('holds every live record of the seeded register and nothing else', async () => {
    const [n] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from establishment_search`,
    );
    expect(n!.n).toBeGreaterThan(10);
    expect(await drift()).toBe(0);
  });

  it('follows inserts, edits of what it holds, soft deletion, restoration and hard deletion', async () => {
    const id = await copyOf('Cơ sở Thử Chiếu Tìm Kiếm');
    expect(await inProjection(id)).toEqual({ name_key: 'cơ sở thử chiếu tìm kiếm' });
    expect(await drift()).toBe(0);

    await run(sql`update establishments set name = 'Hợp tác xã Đổi Tên', name_key = 'hop tac xa doi ten',
                  kind = 'cooperative', status = 'suspended', industries = '{ND45-I2}', woman_owned = true,
                  ethnic_minority_owned = true, elig2025 = 'not_eligible' where id = ${id}`);
    const [after] = await queryRows(
      database.db,
      sql`select kind, status, industries, woman_owned, ethnic_minority_owned, elig2025, search_key
          from establishment_search where id = ${id}`,
    );
    expect(after).toEqual({
      kind: 'cooperative',
      status: 'suspended',
      industries: ['ND45-I2'],
      woman_owned: true,
      ethnic_minority_owned: true,
      elig2025: 'not_eligible',
      search_key: 'hop tac xa doi ten ',
    });
    expect(await drift()).toBe(0);

    // An edit of a column the projection does not hold leaves it as it was (and in step).
    await run(sql`update establishments set workforce = 42, phone = '0912345678' where id = ${id}`);
    expect(await drift()).toBe(0);

    await run(sql`update establishments set deleted_at = now() where id = ${id}`);
    expect(await inProjection(id)).toBeUndefined();
    expect(await drift()).toBe(0);

    await run(sql`update establishments set deleted_at = null where id = ${id}`);
    expect(await inProjection(id)).toEqual({ name_key: 'hop tac xa doi ten' });

    await run(sql`delete from establishments where id = ${id}`);
    expect(await inProjection(id)).toBeUndefined();
    expect(await drift()).toBe(0);
  });

  it('follows a statement that writes many rows at once, and a rolled-back one leaves no trace', async () => {
    await run(sql`update establishments set status = 'closed' where province_code = (
                    select province_code from establishments group by 1 order by count(*) desc limit 1)`);
    expect(await drift()).toBe(0);
    await database.db
      .transaction(async (tx) => {
        await tx.execute(sql`update establishments set name_key = 'zzz ' || name_key`);
        throw new Error('rollback');
      })
      .catch(() => undefined);
    expect(await drift()).toBe(0);
  });

  it('empties with the register when the register is truncated', async () => {
    await run(sql`truncate establishments cascade`);
    const [n] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from establishment_search`,
    );
    expect(n!.n).toBe(0);
  });
});
