import type { SQL } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { EstablishmentListQuery } from '../../../../shared/schemas/establishments.ts';
import { type Database, queryRows, sql } from '../../db/client.ts';
import type { Scope } from '../../platform/actor.ts';
import { testDatabase } from '../../test/db.ts';
import { listEstablishments } from './establishments.repo.ts';

let database: Database;
let province: string;
let word: string;
beforeAll(async () => {
  database = await testDatabase();
  // The demo province with the most establishments, and a word (three letters or more) of a name there.
  const [top] = await queryRows<{ province_code: string; key: string }>(
    database.db,
    sql`select province_code, min(search_key) as key from establishments where deleted_at is null
        group by 1 order by count(*) desc limit 1`,
  );
  province = top!.province_code;
  word = top!.key.split(' ').find((w) => w.length >= 3)!;
});

/** What the list must return, by the definition: the word in the search key, by name then id (or as sorted). */
async function expected(scopeProvince: string | null, q: string, order = sql`name_key, id`) {
  const inProvince = scopeProvince ? sql`province_code = ${scopeProvince}` : sql`true`;
  const rows = await queryRows<{ id: string }>(
    database.db,
    sql`select id from establishments where deleted_at is null and ${inProvince} and search_key like ${`%${q}%`}
        order by ${order}`,
  );
  return rows.map((r) => r.id);
}

const query = (o: Record<string, string>) => ({
  ...EstablishmentListQuery.parse(o),
  page: Number(o.page ?? 1),
});

describe('establishment list: page and total in one statement', () => {
  const cases = (): [string, Scope, Record<string, string>, string | null, SQL?][] => [
    ['a department (window count)', { kind: 'province', provinceCode: province }, {}, province],
    [
      'the agency filtering one province (window count)',
      { kind: 'all' },
      { provinceCode: province },
      province,
    ],
    ['the agency nationally, by name (window count)', { kind: 'all' }, {}, null],
    [
      'the agency nationally, by last change (capped count subquery)',
      { kind: 'all' },
      { sort: '-updatedAt' },
      null,
      sql`updated_at desc, id desc`,
    ],
  ];

  it('returns the same rows and total as the definition, page by page and past the end', async () => {
    for (const [who, scope, extra, inProvince, order] of cases()) {
      const all = await expected(inProvince, word, order);
      expect(all.length, who).toBeGreaterThan(1);
      const page = (n: number, size: number) =>
        listEstablishments(database.db, scope, { ...query({ q: word, ...extra }), page: n, pageSize: size });
      const first = await page(1, 20);
      expect(
        first.rows.map((r) => r.id),
        who,
      ).toEqual(all.slice(0, 20));
      expect(first, who).toMatchObject({ total: Math.min(all.length, 1000), capped: all.length > 1000 });
      expect(first.rows[0], who).not.toHaveProperty('total');
      const second = await page(2, 1);
      expect(
        second.rows.map((r) => r.id),
        who,
      ).toEqual([all[1]]);
      expect(second.total, who).toBe(Math.min(all.length, 1000));
      const past = await page(10_000, 20);
      expect(past, who).toMatchObject({ rows: [], total: Math.min(all.length, 1000) });
    }
  });

  it('a word nobody wrote finds nothing and counts zero, in a province and nationally', async () => {
    for (const scope of [{ kind: 'province', provinceCode: province }, { kind: 'all' }] as Scope[]) {
      const none = await listEstablishments(database.db, scope, {
        ...query({ q: 'khongcotrongdulieu' }),
        page: 1,
        pageSize: 20,
      });
      expect(none).toMatchObject({ rows: [], total: 0, capped: false });
    }
  });
});

describe('establishment list: filters with and without a search, from the search projection or the register', () => {
  /** A record holding the word, whose own values make every filter below match something. */
  async function sample() {
    const [r] = await queryRows<{
      kind: string;
      status: string;
      industry: string;
      unit_id: number;
      elig2025: string;
      elig2012: string;
      craft: string | null;
      woman_owned: boolean;
    }>(
      database.db,
      sql`select kind, status, industries[1] as industry, unit_id, elig2025, elig2012, woman_owned,
            split_part(craft_key, ' ', 1) as craft
          from establishments where deleted_at is null and province_code = ${province}
            and search_key like ${`%${word}%`} and cardinality(industries) > 0
          order by craft_key nulls last, name_key limit 1`,
    );
    return r!;
  }

  it('returns the same page and total as the definition on the register, for every filter', async () => {
    const r = await sample();
    const filters: [string, Record<string, string>, SQL][] = [
      ['kind', { kind: r.kind }, sql`kind = ${r.kind}`],
      ['status', { status: r.status }, sql`status = ${r.status}`],
      ['industry', { industry: r.industry }, sql`industries @> array[${r.industry}]::text[]`],
      ['woman owned', { womanOwned: String(r.woman_owned) }, sql`woman_owned = ${r.woman_owned}`],
      ["today's verdict", { eligibility: r.elig2025 }, sql`elig2025 = ${r.elig2025}`],
      [
        'a verdict under the 2012 rule (register)',
        { eligibility: r.elig2012, eligibleOn: '2020-06-01' },
        sql`elig2012 = ${r.elig2012}`,
      ],
      [
        'a commune (register)',
        { unitId: String(r.unit_id) },
        sql`(unit_id = ${r.unit_id} or current_unit_id = ${r.unit_id})`,
      ],
      ...(r.craft
        ? ([
            ['a craft village (register)', { craftVillage: r.craft }, sql`craft_key like ${`%${r.craft}%`}`],
          ] as [string, Record<string, string>, SQL][])
        : []),
    ];
    const scopes: [string, Scope, string | null][] = [
      ['department', { kind: 'province', provinceCode: province }, province],
      ['agency', { kind: 'all' }, null],
    ];
    for (const [label, params, condition] of filters)
      for (const [who, scope, inProvince] of scopes)
        for (const [sort, q] of ['name', '-name', '-updatedAt'].flatMap((x): [string, string | null][] => [
          [x, word],
          [x, null],
        ])) {
          const order =
            sort === 'name'
              ? sql`name_key, id`
              : sort === '-name'
                ? sql`name_key desc, id desc`
                : sql`updated_at desc, id desc`;
          const rows = await queryRows<{ id: string }>(
            database.db,
            sql`select id from establishments where deleted_at is null and ${condition}
                and ${inProvince ? sql`province_code = ${inProvince}` : sql`true`}
                and ${q ? sql`search_key like ${`%${q}%`}` : sql`true`} order by ${order}`,
          );
          const all = rows.map((x) => x.id);
          const what = `${label}, ${who}, ${sort}, ${q ? 'searched' : 'no search'}`;
          expect(all.length, what).toBeGreaterThan(0);
          const first = await listEstablishments(database.db, scope, {
            ...query({ ...(q ? { q } : {}), sort, ...params }),
            page: 1,
            pageSize: 5,
          });
          expect(
            first.rows.map((x) => x.id),
            what,
          ).toEqual(all.slice(0, 5));
          expect(first.total, what).toBe(Math.min(all.length, 1000));
          const past = await listEstablishments(database.db, scope, {
            ...query({ ...(q ? { q } : {}), sort, ...params }),
            page: 1000,
            pageSize: 5,
          });
          expect(past, what).toMatchObject({ rows: [], total: Math.min(all.length, 1000) });
        }
  });
});
