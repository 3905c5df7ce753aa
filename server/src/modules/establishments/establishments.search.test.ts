import { beforeAll, describe, expect, it } from 'vitest';
import { type Database, queryRows, sql } from '../../db/client.ts';
import { testDatabase } from '../../test/db.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});

const projected = sql.raw(
  'id, province_code, kind, status, elig2025, industries, woman_owned, ethnic_minority_owned, name_key, search_key',
);

/** Rows that differ between the projection and the live register, both ways (none when in step). */
async function drift(): Promise<number> {
  const [r] = await queryRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from (
          (select ${projected} from establishments where deleted_at is null
           except all select ${projected} from establishment_search)
          union all
          (select ${projected} from establishment_search
           except all select ${projected} from establishments where deleted_at is null)) d`,
  );
  return r!.n;
}

const run = (q: ReturnType<typeof sql>) => database.db.execute(q);
const inProjection = async (id: string) =>
  (
    await queryRows<{ name_key: string }>(
      database.db,
      sql`select name_key from establishment_search where id = ${id}`,
    )
  )[0];

/** A copy of an existing record under a new name and without a code (the triggers see an ordinary insert). */
async function copyOf(name: string): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    database.db,
    sql`insert into establishments (name, name_key, kind, unit_id, unit_era, unit_code, unit_label, current_unit_id,
          province_code, industries, status, location_facts, elig2012, elig2025)
        select ${name}, lower(${name}), kind, unit_id, unit_era, unit_code, unit_label, current_unit_id,
          province_code, industries, status, location_facts, elig2012, elig2025
        from establishments where deleted_at is null order by name_key limit 1
        returning id`,
  );
  return row!.id;
}

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
