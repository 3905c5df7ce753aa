import { beforeAll, describe, expect, it } from 'vitest';
import { SchemeListQuery } from '../../../../shared/schemas/schemes.ts';
import { type Database, queryRows, sql } from '../../db/client.ts';
import type { Scope } from '../../platform/actor.ts';
import { foldVietnamese } from '../../platform/search.ts';
import { testDatabase } from '../../test/db.ts';
import { listSchemes } from './schemes.list.ts';

let database: Database;
let province: string;
let words: string;
beforeAll(async () => {
  database = await testDatabase();
  // The demo province with the most schemes, and a word of a title there (three letters or more).
  const [top] = await queryRows<{ province_code: string; title: string }>(
    database.db,
    sql`select province_code, min(title) as title from schemes group by 1 order by count(*) desc limit 1`,
  );
  province = top!.province_code;
  words = foldVietnamese(top!.title)
    .split(' ')
    .filter((w) => w.length >= 3)
    .slice(0, 2)
    .join(' ');
});

/** What the list must return, by the definition: every word in the search text, newest change first. */
async function expected(scopeProvince: string | null, q: string) {
  const likes = q.split(' ').map((w) => sql`search_text like ${`%${w}%`}`);
  const inProvince = scopeProvince ? sql`province_code = ${scopeProvince}` : sql`true`;
  const rows = await queryRows<{ id: string }>(
    database.db,
    sql`select id from schemes where ${inProvince} and ${sql.join(likes, sql` and `)}
        order by updated_at desc, id desc`,
  );
  return rows.map((r) => r.id);
}

describe('scheme list: a search within one province (page and count in one statement)', () => {
  const scopes = (): [string, Scope, Record<string, string>][] => [
    ['a department', { kind: 'province', provinceCode: province }, {}],
    ['the agency filtering one province', { kind: 'all' }, { provinceCode: province }],
  ];

  it('returns the same rows and total as the definition, page by page and past the end', async () => {
    const all = await expected(province, words);
    expect(all.length).toBeGreaterThan(1);
    for (const [who, scope, extra] of scopes()) {
      const q = (page: number, pageSize: number) =>
        SchemeListQuery.parse({ q: words, page: String(page), pageSize: String(pageSize), ...extra });
      const first = await listSchemes(database.db, scope, q(1, 20));
      expect(
        first.rows.map((r) => r.id),
        who,
      ).toEqual(all.slice(0, 20));
      expect(first.total, who).toBe(all.length);
      expect(first.capped).toBe(false);
      expect(first.rows[0]).not.toHaveProperty('total');
      if (all.length > 1) {
        const second = await listSchemes(database.db, scope, q(2, 1));
        expect(
          second.rows.map((r) => r.id),
          who,
        ).toEqual([all[1]]);
        expect(second.total).toBe(all.length);
      }
      const past = await listSchemes(database.db, scope, q(50, 20));
      expect(past.rows, who).toEqual([]);
      expect(past.total, who).toBe(all.length);
    }
  });

  it('nationally, the total rides on the page (a capped count in the same statement)', async () => {
    const all = await expected(null, words);
    const q = (page: number) => SchemeListQuery.parse({ q: words, page: String(page), pageSize: '5' });
    const first = await listSchemes(database.db, { kind: 'all' }, q(1));
    expect(first.rows.map((r) => r.id)).toEqual(all.slice(0, 5));
    expect(first).toMatchObject({ total: Math.min(all.length, 1000), capped: all.length > 1000 });
    expect(first.rows[0]).not.toHaveProperty('total');
    const past = await listSchemes(database.db, { kind: 'all' }, q(10_000));
    expect(past).toMatchObject({ rows: [], total: Math.min(all.length, 1000) });
  });

  it('a word nobody wrote finds nothing and counts zero', async () => {
    const none = await listSchemes(
      database.db,
      { kind: 'province', provinceCode: province },
      SchemeListQuery.parse({ q: 'khongcotrongdulieu' }),
    );
    expect(none).toMatchObject({ rows: [], total: 0, capped: false });
  });
});
