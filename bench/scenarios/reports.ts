import { type Database, queryRows, sql } from '../../server/src/db/client.ts';
import { resolveSession } from '../../server/src/modules/identity/index.ts';
import { dashboard } from '../../server/src/modules/reports/dashboard.service.ts';
import { periodOf } from '../../server/src/modules/reports/report.period.ts';
import { computeReportData } from '../../server/src/modules/reports/reports.jobs.ts';
import type { Actor } from '../../server/src/platform/actor.ts';
import { DashboardQuery } from '../../shared/schemas/indicators.ts';
import { captureQueries, recordingDb } from '../lib/capture.ts';
import { signIn } from './http.ts';
import type { Scenario } from './types.ts';

export type Timing = { runs: number; meanMs: number; p50Ms: number; p95Ms: number };
export type ReportMeasure = {
  label: string;
  year: number;
  schemes: number;
  product: Timing;
  /** The report's own statements (figures and outputs) sent straight through the driver, in parallel as the product does. */
  raw: Timing;
  /** product mean ÷ raw mean (target ≤ 1.3). */
  ratio: number;
};

const round = (n: number) => Math.round(n * 100) / 100;

async function timed(runs: number, fn: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    runs,
    meanMs: round(times.reduce((a, b) => a + b, 0) / runs),
    p50Ms: round(times[Math.ceil(runs * 0.5) - 1]!),
    p95Ms: round(times[Math.ceil(runs * 0.95) - 1]!),
  };
}

/**
 * The consolidated national annual report (issue 7): the whole nation, both levels, by province, content,
 * industry, funding source and (second run) the 63 former provinces, computed by the product's own function
 * beside its two statements run raw through the driver.
 */
export async function measureNationalReport(
  database: Database,
  year: number,
  runs = 15,
): Promise<ReportMeasure[]> {
  const out: ReportMeasure[] = [];
  for (const byOldProvinces of [false, true]) {
    const q = {
      period: periodOf('year', year, 1),
      provinceCode: null,
      byOldProvinces,
      today: `${year + 1}-06-30`,
    };
    const rec = recordingDb(database);
    const captured = await captureQueries(rec, (db) => computeReportData(db, q));
    const own = captured.filter((s) => /from rpt_/.test(s.text));
    const data = await computeReportData(database.db, q);
    const product = await timed(runs, () => computeReportData(database.db, q));
    const raw = await timed(runs, () => Promise.all(own.map((s) => database.raw(s.text, s.params))));
    out.push({
      label: `Báo cáo năm ${year} toàn quốc${byOldProvinces ? ' (thêm bảng 63 tỉnh cũ)' : ''}`,
      year,
      schemes: data.totals.schemes,
      product,
      raw,
      ratio: round(product.meanMs / raw.meanMs),
    });
  }
  return out;
}

/**
 * One leader opening the national dashboard (target: load under 300 ms): the product's own function, one load
 * at a time, on the nation's figures for the year.
 */
export async function measureDashboardLoad(
  database: Database,
  year: number,
  runs = 15,
): Promise<ReportMeasure> {
  const [u] = await queryRows<Actor>(
    database.db,
    sql`select u.id as "userId", u.email, u.full_name as "fullName", u.role, u.organisation_id as "organisationId",
          o.kind as "organisationKind", o.province_code as "provinceCode"
        from users u join organisations o on o.id = u.organisation_id where u.email = 'chuyenvien.cuc@khuyencong.vn'`,
  );
  if (!u) throw new Error('no agency officer');
  const q = DashboardQuery.parse({ year });
  const rec = recordingDb(database);
  const captured = await captureQueries(rec, (db) => dashboard(db, u, q));
  const product = await timed(runs, () => dashboard(database.db, u, q));
  const raw = await timed(runs, () => Promise.all(captured.map((s) => database.raw(s.text, s.params))));
  return {
    label: `Bảng điều khiển năm ${year} toàn quốc — một lượt tải`,
    year,
    schemes: 0,
    product,
    raw,
    ratio: round(product.meanMs / raw.meanMs),
  };
}

/** The leaders' dashboard (target: load under 300 ms), over HTTP beside the same SQL through the driver. */
export function dashboardScenario(name: string, label: string, email: string, years: number[]): Scenario {
  const queries = years.flatMap((year) => [{ year }, { year, level: 'local' }]);
  return {
    name,
    label,
    prepare: async (server) => {
      const token = await signIn(server, email);
      const headers = { cookie: `kc_session=${token}` };
      return {
        requests: queries.map((q) => ({
          path: `/api/reports/dashboard?${new URLSearchParams(Object.entries(q).map(([k, v]) => [k, String(v)]))}`,
          headers,
        })),
        capture: async (database) => {
          const rec = recordingDb(database);
          const session = await resolveSession(rec.db, token, {});
          if (!session.ok) throw new Error(`phiên của ${email} không còn hợp lệ`);
          const actor = session.session.actor;
          const out = [];
          for (const q of queries)
            out.push(
              await captureQueries(rec, async (db) => {
                await resolveSession(db, token, {});
                await dashboard(db, actor, DashboardQuery.parse(q));
              }),
            );
          return out;
        },
      };
    },
  };
}

const lastYears = () => {
  const y = new Date().getUTCFullYear();
  return [y - 1, y];
};
export const dashboardAsAgency = dashboardScenario(
  'dashboard-agency',
  'Bảng điều khiển lãnh đạo — Cục (toàn quốc)',
  'chuyenvien.cuc@khuyencong.vn',
  lastYears(),
);
export const dashboardAsDepartment = dashboardScenario(
  'dashboard-department',
  'Bảng điều khiển lãnh đạo — Sở (tỉnh 91)',
  'chuyenvien.angiang@khuyencong.vn',
  lastYears(),
);
