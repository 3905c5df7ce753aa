import { beforeAll, describe, expect, it } from 'vitest';
import { EstablishmentListQuery } from '../../../../shared/schemas/establishments.ts';
import { type Database, queryRows, sql } from '../../db/client.ts';
import { testDatabase } from '../../test/db.ts';
import { listEstablishments } from './establishments.repo.ts';
import {
  maintainSearchOrder,
  projectionOrder,
  reorderSearchProjection,
  shouldReorder,
  vnHour,
} from './search.order.ts';
import { copyOf, projectionDrift } from './search.test-utils.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});

/** The projection's indexes and keys, by name, as PostgreSQL would recreate them. */
const structure = () =>
  queryRows<{ name: string; def: string; con: string | null }>(
    database.db,
    sql`select c.relname as name, pg_get_indexdef(i.indexrelid) as def, k.conname as con
        from pg_index i join pg_class c on c.oid = i.indexrelid
        left join pg_constraint k on k.conindid = i.indexrelid
        where i.indrelid = 'establishment_search'::regclass order by 1`,
  );

const idsOnDisk = async () =>
  (await queryRows<{ id: string }>(database.db, sql`select id from establishment_search order by ctid`)).map(
    (r) => r.id,
  );
const idsByName = async () =>
  (
    await queryRows<{ id: string }>(
      database.db,
      sql`select id from establishment_search order by name_key, id`,
    )
  ).map((r) => r.id);

/** Rows whose names sort first, written last: the order on disk drifts from name order. */
async function appendEarlyNames(prefix: string, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++)
    ids.push(await copyOf(database.db, `${prefix} ${String(n - i).padStart(3, '0')}`));
  return ids;
}

describe('when to rebuild the search projection in name order', () => {
  const rows = 100_000;
  it.each([
    [{ rows: 5_000, descents: 2_500 }, 12, false, 'too small to matter'],
    [{ rows, descents: 500 }, 2, false, 'under 1 % at night'],
    [{ rows, descents: 1_000 }, 2, true, '1 % at night'],
    [{ rows, descents: 5_000 }, 14, false, '5 % by day'],
    [{ rows, descents: 10_000 }, 14, true, '10 % by day'],
    [{ rows, descents: 5_000 }, 6, false, 'the night ends at 06:00'],
  ])('%o at %i h → %s (%s)', (order, hour, expected) => {
    expect(shouldReorder(order, hour)).toBe(expected);
  });

  it('reads the hour in Vietnam (UTC+7)', () => {
    expect(vnHour(new Date('2026-12-07T16:59:00Z'))).toBe(23);
    expect(vnHour(new Date('2026-12-07T17:00:00Z'))).toBe(0);
    expect(vnHour(new Date('2026-12-07T22:30:00Z'))).toBe(5);
  });
});

describe('rebuilding the search projection in name order', () => {
  it('sorts the rows on disk by name and keeps every row, index and key as it was', async () => {
    const early = await appendEarlyNames('Aaa Thử Sắp', 30);
    const before = await projectionOrder(database.db);
    expect(before.descents).toBeGreaterThan(0);
    const shape = await structure();
    expect(shape.map((s) => s.name)).toEqual(['establishment_search_idx', 'establishment_search_pkey']);

    const r = await reorderSearchProjection(database.db);
    expect(r).toMatchObject({ rows: before.rows });
    expect(await projectionOrder(database.db)).toEqual({ rows: before.rows, descents: 0 });
    expect(await idsOnDisk()).toEqual(await idsByName());
    expect(await projectionDrift(database.db)).toBe(0);
    expect(await structure()).toEqual(shape);

    // The first rows on disk are now the early names, by name.
    expect((await idsOnDisk()).slice(0, 30)).toEqual([...early].reverse());
  });

  it('is still kept in step by the triggers, and searched by the lists', async () => {
    const id = await copyOf(database.db, 'Aaa Thử Sau Khi Sắp');
    expect(await projectionDrift(database.db)).toBe(0);
    await database.db.execute(sql`update establishments set name_key = 'ab thu doi ten' where id = ${id}`);
    expect(await projectionDrift(database.db)).toBe(0);

    const list = await listEstablishments(
      database.db,
      { kind: 'all' },
      { ...EstablishmentListQuery.parse({ q: 'aaa thu' }), page: 1, pageSize: 50 },
    );
    expect(list.total).toBe(31);
    expect(list.rows.map((row) => row.name).slice(0, 2)).toEqual(['Aaa Thử Sắp 001', 'Aaa Thử Sắp 002']);

    await database.db.execute(sql`update establishments set deleted_at = now() where id = ${id}`);
    expect(await projectionDrift(database.db)).toBe(0);
  });

  it('rebuilds only when the drift warrants it', async () => {
    const loose = { minRows: 1, atNight: 0.01, anyTime: 0.01 };
    const sorted = await maintainSearchOrder(database.db, new Date(), loose);
    expect(sorted).toMatchObject({ before: { descents: 0 }, reordered: null });
    await appendEarlyNames('Aab Thử Lệch', 40);
    const due = await maintainSearchOrder(database.db, new Date(), loose);
    expect(due.before.descents).toBeGreaterThan(0);
    expect(due.reordered).toMatchObject({ rows: due.before.rows });
    expect((await projectionOrder(database.db)).descents).toBe(0);
  });

  // PGlite has one connection: a second session cannot hold a lock while the rebuild runs.
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'gives up, changing nothing, while another rebuild or a writer holds the register',
    async () => {
      await appendEarlyNames('Aac Thử Bận', 5);
      const before = await idsOnDisk();
      await database.db.transaction(async (t) => {
        await t.execute(sql`select pg_advisory_xact_lock(7340034)`);
        expect(await reorderSearchProjection(database.db)).toEqual({ skipped: 'busy' });
      });
      await database.db.transaction(async (t) => {
        await t.execute(sql`update establishments set workforce = workforce where id = ${before[0]!}`);
        expect(await reorderSearchProjection(database.db, 200)).toEqual({ skipped: 'busy' });
      });
      expect(await idsOnDisk()).toEqual(before);
      expect(await projectionDrift(database.db)).toBe(0);
    },
  );
});
