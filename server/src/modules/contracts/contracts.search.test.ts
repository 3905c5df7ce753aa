import { beforeAll, describe, expect, it } from 'vitest';
import { ContractListQuery } from '../../../../shared/schemas/contracts.ts';
import type { Db } from '../../db/client.ts';
import { testDatabase } from '../../test/db.ts';
import * as repo from './contracts.repo.ts';

let db: Db;
beforeAll(async () => {
  db = (await testDatabase()).db;
}, 120_000);

describe('contract register search', () => {
  // The register sorts a search's matches itself when there are few, and walks the sort index when there
  // are many: both must give the same page and the same total.
  it.each([
    { q: 'kc' },
    { q: 'kc', sort: 'signedDate' },
    { q: 'kc', sort: '-value', page: '2', pageSize: '2' },
    { q: 'an giang', sort: 'number' },
    { q: 'khong co hop dong nao nhu the' },
  ])('sorting the matches and walking the index agree: %o', async (raw) => {
    const q = ContractListQuery.parse(raw);
    const sorted = await repo.listContracts(db, { kind: 'all' }, q);
    const walked = await repo.listContracts(db, { kind: 'all' }, q, 0);
    expect(sorted.rows.map((r) => r.id)).toEqual(walked.rows.map((r) => r.id));
    expect([sorted.total, sorted.capped]).toEqual([walked.total, walked.capped]);
    if (raw.q === 'kc') expect(sorted.rows.length).toBeGreaterThan(0);
  });
});
