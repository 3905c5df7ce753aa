import type { Database } from '../../server/src/db/client.ts';
import { queryRows, sql } from '../../server/src/db/client.ts';
import { vnToday } from '../../server/src/modules/calls/index.ts';
import { searchTextOf } from '../../server/src/modules/contracts/contracts.repo.ts';
import { contracts, moneyEntries } from '../../server/src/modules/contracts/contracts.tables.ts';
import { refreshRisk } from '../../server/src/modules/contracts/index.ts';
import { insertRows } from '../lib/batch.ts';
import type { Rng } from '../lib/prng.ts';
import type { GenContext, Generator, GenResult } from './types.ts';

export type SchemeRow = {
  id: string;
  code: string;
  title: string;
  plan_year: number;
  level: string;
  province_code: string;
  implementer_org_id: string;
  implementer_name: string;
  state_allowed: string;
};

const day = (y: number, offset: number) => new Date(Date.UTC(y, 0, 1) + offset * 86_400_000);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Contract and ledger rows for the given schemes (also used by bench/contracts.ts with synthetic schemes). */
export function contractRowsFor(
  rows: readonly SchemeRow[],
  rng: Rng,
  thisYear = new Date().getUTCFullYear(),
) {
  const cs: (typeof contracts.$inferInsert)[] = [];
  const ms: (typeof moneyEntries.$inferInsert)[] = [];
  for (const s of rows) {
    const value = BigInt(s.state_allowed) > 0n ? BigInt(s.state_allowed) : 100_000_000n;
    const assigned = day(s.plan_year, rng.int(5, 60));
    const past = s.plan_year < thisYear;
    const r = rng.int(0, 99);
    const state = past ? (r < 85 ? 'liquidated' : 'signed') : r < 12 ? 'draft' : r < 18 ? 'sent' : 'signed';
    const phase = past
      ? r < 80
        ? 'settled'
        : r < 88
          ? 'accepted'
          : r < 94
            ? 'stopped'
            : 'active'
      : 'active';
    const signed = state === 'draft' || state === 'sent' ? null : iso(day(s.plan_year, rng.int(20, 90)));
    const progress = signed ? (past ? 100 : rng.int(0, 100)) : null;
    const id = rng.uuid();
    cs.push({
      id,
      schemeId: s.id,
      schemeCode: s.code,
      schemeTitle: s.title,
      planYear: s.plan_year,
      level: s.level,
      provinceCode: s.province_code,
      implementerOrgId: s.implementer_org_id,
      implementerName: s.implementer_name,
      number: `${s.code}/HĐ-KC`,
      partyA: s.level === 'national' ? 'Cục Công Thương địa phương' : 'Sở Công Thương',
      partyB: s.implementer_name,
      value,
      counterpartCommitted: value,
      startDate: iso(day(s.plan_year, 60)),
      endDate: iso(day(s.plan_year, 300)),
      paymentTerms: null,
      schedule: [],
      documents: [],
      advanceBasis: {
        ruleSetCode: 'TT-28-2018-SD-64-2024',
        date: `${s.plan_year}-01-01`,
        lines: [{ itemCode: 'machinery', total: String(value), fundingSource: s.level }],
      },
      state,
      phase,
      assignedAt: assigned,
      signedDate: signed,
      liquidatedDate: state === 'liquidated' ? `${s.plan_year}-12-20` : null,
      liquidationNumber: state === 'liquidated' ? `${rng.int(1, 300)}/BB-TL` : null,
      lastReportPeriod: signed ? `${s.plan_year}-${String(rng.int(3, 11)).padStart(2, '0')}` : null,
      lastProgress: progress,
      searchText: searchTextOf({
        schemeCode: s.code,
        number: `${s.code}/HĐ-KC`,
        schemeTitle: s.title,
        implementerName: s.implementer_name,
      }),
      lastSpent: signed
        ? (value * BigInt(Math.max(0, Math.min(100, (progress ?? 0) + rng.int(-40, 40))))) / 100n
        : null,
    });
    if (signed) {
      const n = rng.int(1, 3);
      for (let k = 1; k <= n; k++)
        ms.push({
          contractId: id,
          schemeId: s.id,
          planYear: s.plan_year,
          level: s.level,
          provinceCode: s.province_code,
          seq: k,
          kind: k === 1 ? 'advance' : k === 2 ? 'payment' : 'counterpart',
          source: k === 3 ? 'counterpart' : s.level,
          amount: k === 1 ? (value * 7n) / 10n : k === 2 ? (value * 2n) / 10n : value,
          date: signed,
          reference: `UNC ${k}`,
          note: null,
          createdByName: 'Sinh dữ liệu',
        });
    }
  }
  return { cs, ms };
}

/**
 * One contract per generated scheme (the register and the at-risk list read this table alone), in every
 * state and phase: past years mostly settled, this year's signing or implementing, with the last progress
 * report copied on the row and one to three ledger entries per signed contract.
 */
export async function generateContracts(database: Database, rng: Rng, log: (l: string) => void) {
  const thisYear = new Date().getUTCFullYear();
  let written = 0;
  let entries = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await queryRows<SchemeRow>(
      database.db,
      sql`select s.id, s.code, s.title, s.plan_year, s.level, s.province_code, s.implementer_org_id, s.implementer_name,
            s.state_allowed::text from schemes s
          where s.id > ${after} and not exists (select 1 from contracts c where c.scheme_id = s.id)
          order by s.id limit 10000`,
    );
    if (!rows.length) break;
    after = rows.at(-1)!.id;
    const { cs, ms } = contractRowsFor(rows, rng, thisYear);
    written += await insertRows(database, contracts, cs);
    entries += await insertRows(database, moneyEntries, ms);
    if (written % 50_000 === 0) log(`  … ${written.toLocaleString('vi-VN')} hợp đồng`);
  }
  // Rows written here bypass the module's writes: give them today's early-warning reasons, as the job would.
  await refreshRisk(database.db, vnToday());
  await database.raw('VACUUM (ANALYZE) contracts');
  await database.raw('VACUUM (ANALYZE) money_entries');
  return { contracts: written, money_entries: entries };
}

async function run(ctx: GenContext): Promise<GenResult> {
  return { rows: await generateContracts(ctx.database, ctx.rng, ctx.log) };
}

export const contractsGenerator: Generator = {
  name: 'contracts',
  describe: 'hợp đồng: một cho mỗi đề án đã sinh (100.000 ở quy mô 1), mọi trạng thái, kèm 1–3 dòng sổ chi',
  run,
};
