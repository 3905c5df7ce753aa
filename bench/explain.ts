// `npx tsx bench/explain.ts --database-url URL [--only establishments,schemes,contracts,dashboard,report] [--email …]`
// Prints EXPLAIN (ANALYZE, BUFFERS) of the statements the product runs for the benchmark's list queries, on a
// kept bench database (`npm run bench -- --keep`, or `bench/opendata.ts --keep`): the tool to find which
// filter or search of a list misses its index. Not a benchmark: one run per statement, no load.
import { openDatabase, queryRows, sql } from '../server/src/db/client.ts';
import { listAtRisk, listContracts } from '../server/src/modules/contracts/index.ts';
import { listEstablishments } from '../server/src/modules/establishments/index.ts';
import { dashboard } from '../server/src/modules/reports/dashboard.service.ts';
import { periodOf } from '../server/src/modules/reports/report.period.ts';
import { computeReportData } from '../server/src/modules/reports/reports.jobs.ts';
import { listSchemes } from '../server/src/modules/schemes/index.ts';
import type { Actor } from '../server/src/platform/actor.ts';
import { ContractListQuery } from '../shared/schemas/contracts.ts';
import { AtRiskQuery } from '../shared/schemas/contracts-monitoring.ts';
import { EstablishmentListQuery } from '../shared/schemas/establishments.ts';
import { DashboardQuery } from '../shared/schemas/indicators.ts';
import { SchemeListQuery } from '../shared/schemas/schemes.ts';
import { parseArgs } from './lib/args.ts';
import { recordingDb } from './lib/capture.ts';
import { registerQueries, riskQueries } from './scenarios/contracts.ts';
import { establishmentQueries } from './scenarios/establishments.ts';
import { schemeQueries } from './scenarios/schemes.ts';

async function actorFor(db: Parameters<typeof queryRows>[0], email: string): Promise<Actor> {
  const [u] = await queryRows<Actor & { organisation_kind: string }>(
    db,
    sql`select u.id as "userId", u.email, u.full_name as "fullName", u.role, u.organisation_id as "organisationId",
          o.kind as "organisationKind", o.province_code as "provinceCode"
        from users u join organisations o on o.id = u.organisation_id where u.email = ${email}`,
  );
  if (!u) throw new Error(`no user ${email}`);
  return u;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const url = args.string('database-url');
  if (!url) throw new Error('--database-url');
  const only = (args.string('only') ?? 'establishments,dashboard').split(',');
  const email = args.string('email') ?? 'chuyenvien.cuc@khuyencong.vn';
  const database = await openDatabase({ databaseUrl: url, poolMax: 2 });
  const actor = await actorFor(database.db, email);
  const rec = recordingDb(database);
  const explain = async (label: string, run: () => Promise<unknown>) => {
    rec.take();
    const t0 = performance.now();
    await run();
    const ms = performance.now() - t0;
    console.log(`\n■ ${label}: ${ms.toFixed(1)} ms`);
    for (const q of rec.take()) {
      const plan = await database.raw<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, BUFFERS) ${q.text}`,
        q.params,
      );
      const lines = plan.map((r) => r['QUERY PLAN']);
      console.log(`  ${lines.at(-1)}  ←  ${q.text.replace(/\s+/g, ' ').slice(0, 140)}`);
      for (const l of lines.slice(0, Number(process.env.EXPLAIN_LINES ?? 14))) console.log(`    ${l}`);
    }
  };
  if (only.includes('establishments'))
    for (const q of establishmentQueries)
      await explain(`establishments ${JSON.stringify(q)}`, () =>
        listEstablishments(rec.db, actor, EstablishmentListQuery.parse(q)),
      );
  if (only.includes('schemes'))
    for (const q of schemeQueries)
      await explain(`schemes ${JSON.stringify(q)}`, () =>
        listSchemes(rec.db, actor, SchemeListQuery.parse(q)),
      );
  if (only.includes('contracts')) {
    for (const q of registerQueries)
      await explain(`register ${JSON.stringify(q)}`, () =>
        listContracts(rec.db, actor, ContractListQuery.parse(q)),
      );
    for (const q of riskQueries)
      await explain(`at-risk ${JSON.stringify(q)}`, () => listAtRisk(rec.db, actor, AtRiskQuery.parse(q)));
  }
  if (only.includes('dashboard'))
    for (const year of [new Date().getUTCFullYear() - 1, new Date().getUTCFullYear()])
      await explain(`dashboard ${year}`, () => dashboard(rec.db, actor, DashboardQuery.parse({ year })));
  if (only.includes('report')) {
    const year = new Date().getUTCFullYear() - 1;
    const q = { period: periodOf('year', year, 1), provinceCode: null, byOldProvinces: false };
    await explain(`national report ${year}`, () =>
      computeReportData(rec.db, { ...q, today: `${year + 1}-06-30` }),
    );
  }
  await database.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
