import { type Db, sql } from '../../db/client.ts';

/**
 * A hand-made data set for the indicator tests, in plan years 2014–2015 (the demo data uses other years):
 * eight schemes in Hà Nội (01) and An Giang (91), their plan lines, contracts, money and change requests.
 * Inserted with raw SQL into the base tables behind the reporting views (tests only). Amounts in đồng;
 * `M` = 1.000.000 ₫. The expected figures are worked out by hand in indicators.test.ts.
 *
 * | scheme | year | level    | prov | content | kind     | priority | approved | contract (signed, state, phase)         |
 * | S1     | 2014 | national | 01   | ND45-1  | ordinary | no       |  50M     | C1 20/02/2014 signed settled  (10 days) |
 * | S2     | 2014 | national | 01   | ND45-3  | point    | yes      | 300M     | C2 11/04/2014 liquidated settled (60)   |
 * | S3     | 2014 | national | 91   | ND45-3  | group    | yes      | 150M     | C3 05/01/2015 signed settled  (329)     |
 * | S4     | 2014 | national | 91   | ND45-1  | ordinary | no       | 500M     | C4 not signed, draft, stopped           |
 * | S5     | 2015 | national | 01   | ND45-1  | ordinary | no       |  80M     | C5 30/12/2014 signed active   (10)     |
 * | S6     | 2015 | national | 91   | ND45-3  | point    | yes      | 200M     | C6 16/03/2015 signed settled  (60)      |
 * | S7     | 2015 | local    | 91   | ND45-1  | group    | no       |  20M     | C7 not signed, sent, active             |
 * | S8     | 2015 | local    | 91   | ND45-3  | ordinary | yes      | 100M     | C8 01/03/2015 signed accepted (45)      |
 */
const M = 1_000_000n;
const id = (n: number, kind: string) => `00000000-0000-4000-${kind}-${String(n).padStart(12, '0')}`;
export const fx = {
  scheme: (n: number) => id(n, '8001'),
  contract: (n: number) => id(n, '8002'),
  plan: (n: number) => id(n, '8003'),
  org: id(1, '8004'),
};

type S = [
  n: number,
  year: number,
  level: string,
  prov: string,
  content: string,
  kind: string,
  prio: boolean,
  amount: bigint,
];
const schemes: S[] = [
  [1, 2014, 'national', '01', 'ND45-1', 'ordinary', false, 50n * M],
  [2, 2014, 'national', '01', 'ND45-3', 'point', true, 300n * M],
  [3, 2014, 'national', '91', 'ND45-3', 'group', true, 150n * M],
  [4, 2014, 'national', '91', 'ND45-1', 'ordinary', false, 500n * M],
  [5, 2015, 'national', '01', 'ND45-1', 'ordinary', false, 80n * M],
  [6, 2015, 'national', '91', 'ND45-3', 'point', true, 200n * M],
  [7, 2015, 'local', '91', 'ND45-1', 'group', false, 20n * M],
  [8, 2015, 'local', '91', 'ND45-3', 'ordinary', true, 100n * M],
];
/** Plans: 1 = national 2014, 2 = national 2015, 3 = An Giang local 2015 — with their budget (envelope). */
const plans: [n: number, year: number, level: string, key: string, budget: bigint][] = [
  [1, 2014, 'national', '', 2000n * M],
  [2, 2015, 'national', '', 1000n * M],
  [3, 2015, 'local', '91', 500n * M],
];
const planOf = (year: number, level: string) => (year === 2014 ? 1 : level === 'national' ? 2 : 3);
type C = [n: number, assigned: string, signed: string | null, state: string, phase: string];
const contracts: C[] = [
  [1, '2014-02-10', '2014-02-20', 'signed', 'settled'],
  [2, '2014-02-10', '2014-04-11', 'liquidated', 'settled'],
  [3, '2014-02-10', '2015-01-05', 'signed', 'settled'],
  [4, '2014-02-10', null, 'draft', 'stopped'],
  [5, '2014-12-20', '2014-12-30', 'signed', 'active'],
  [6, '2015-01-15', '2015-03-16', 'signed', 'settled'],
  [7, '2015-01-15', null, 'sent', 'active'],
  [8, '2015-01-15', '2015-03-01', 'signed', 'accepted'],
];
/** Money of 2015: net C5 30M, C6 100 + 100 − 10 = 190M, C8 90 + 10 = 100M (the counterpart is not net). */
const money: [contract: number, seq: number, kind: string, source: string, amount: bigint, date: string][] = [
  [5, 1, 'advance', 'national', 30n * M, '2015-01-20'],
  [6, 1, 'advance', 'national', 100n * M, '2015-03-20'],
  [6, 2, 'payment', 'national', 100n * M, '2015-06-10'],
  [6, 3, 'recovery', 'national', 10n * M, '2015-07-01'],
  [8, 1, 'payment', 'local', 90n * M, '2015-12-31'],
  [8, 2, 'counterpart', 'counterpart', 50n * M, '2015-12-31'],
  [8, 3, 'payment', 'local', 10n * M, '2016-01-10'],
];
type R = [
  scheme: number,
  kinds: string[],
  reason: string,
  amount: bigint | null,
  state: string,
  released: bigint | null,
];
const changes: R[] = [
  [4, ['stop'], 'Đơn vị thụ hưởng không còn nhu cầu', null, 'approved', 500n * M],
  [2, ['timing'], 'Chậm giao máy móc', null, 'approved', null],
  [2, ['funding_increase'], 'Tăng giá thiết bị', 20n * M, 'approved', null],
  [1, ['site'], 'Chậm giao máy móc', null, 'rejected', null],
  [3, ['funding_decrease'], 'Chậm giao máy móc', 10n * M, 'approved', null],
  [7, ['stop'], '  Không đủ vốn đối ứng ', null, 'approved', 20n * M],
  [7, ['stop'], 'Yêu cầu trùng', null, 'submitted', null],
];

const rows = (items: ReturnType<typeof sql>[]) => sql.join(items, sql`, `);

export async function insertIndicatorFixture(db: Db): Promise<void> {
  await db.execute(
    sql`insert into plans (id, plan_year, level, province_key, title, state, rules) values ${rows(
      plans.map(
        ([n, y, l, k]) =>
          sql`(${fx.plan(n)}, ${y}, ${l}, ${k}, ${`Kế hoạch thử ${y} ${l} ${k}`}, 'approved', '{}'::jsonb)`,
      ),
    )}`,
  );
  await db.execute(
    sql`insert into plan_ledger (plan_id, kind, amount, reason) values ${rows(
      plans.map(([n, , , , b]) => sql`(${fx.plan(n)}, 'budget', ${b.toString()}::bigint, 'Dự toán')`),
    )}`,
  );
  await db.execute(sql`insert into schemes (id, code, plan_year, level, kind, title, province_code, owner_org_id,
      implementer_org_id, implementer_name, state, priority_area, state_allowed) values ${rows(
        schemes.map(
          ([n, y, l, p, , k, prio, a]) =>
            sql`(${fx.scheme(n)}, ${`TEST-${y}-S${n}`}, ${y}, ${l}, ${k}, ${`Đề án thử S${n}`}, ${p}, ${fx.org},
              ${fx.org}, 'Trung tâm thử', 'implementing', ${prio}, ${a.toString()}::bigint)`,
        ),
      )}`);
  await db.execute(
    sql`insert into scheme_contents (scheme_id, content_code, sort_order) values ${rows(
      schemes.map(([n, , , , c]) => sql`(${fx.scheme(n)}, ${c}, 0)`),
    )}`,
  );
  await db.execute(sql`insert into plan_lines (plan_id, scheme_id, province_code, content_code, implementer_org_id,
      approved_amount, approved_at, assigned_amount, assigned_at) values ${rows(
        schemes.map(([n, y, l, p, c, , , a]) => {
          const at = contracts[n - 1]![1];
          return sql`(${fx.plan(planOf(y, l))}, ${fx.scheme(n)}, ${p}, ${c}, ${fx.org}, ${a.toString()}::bigint,
            ${`${at} 08:00:00+07`}::timestamptz, ${a.toString()}::bigint, ${`${at} 09:00:00+07`}::timestamptz)`;
        }),
      )}`);
  await db.execute(sql`insert into contracts (id, scheme_id, scheme_code, scheme_title, plan_year, level,
      province_code, implementer_org_id, implementer_name, number, party_a, party_b, value, start_date, end_date,
      state, phase, assigned_at, signed_date) values ${rows(
        contracts.map(([n, assigned, signed, state, phase]) => {
          const [, y, l, p, , , , a] = schemes[n - 1]!;
          return sql`(${fx.contract(n)}, ${fx.scheme(n)}, ${`TEST-${y}-S${n}`}, ${`Đề án thử S${n}`}, ${y}, ${l}, ${p},
            ${fx.org}, 'Trung tâm thử', ${`HĐ-S${n}`}, 'Bên A', 'Bên B', ${a.toString()}::bigint,
            ${`${y}-01-01`}::date, ${`${y}-12-31`}::date, ${state}, ${phase},
            ${`${assigned} 09:00:00+07`}::timestamptz, ${signed}::date)`;
        }),
      )}`);
  await db.execute(sql`insert into money_entries (contract_id, scheme_id, plan_year, level, province_code, seq, kind,
      source, amount, date, reference, created_by_name) values ${rows(
        money.map(([c, seq, kind, source, a, d]) => {
          const [, y, l, p] = schemes[c - 1]!;
          return sql`(${fx.contract(c)}, ${fx.scheme(c)}, ${y}, ${l}, ${p}, ${seq}, ${kind}, ${source},
              ${a.toString()}::bigint, ${d}::date, 'CT-thử', 'Kế toán thử')`;
        }),
      )}`);
  for (const [n, kinds, reason, amount, state, released] of changes) {
    const [, y, l, p] = schemes[n - 1]!;
    await db.execute(sql`insert into change_requests (scheme_id, contract_id, scheme_code, scheme_title, level,
        province_code, implementer_org_id, kinds, reason, amount, scheme_version, authority, state,
        requested_by_name, decided_at, released)
      values (${fx.scheme(n)}, ${fx.contract(n)}, ${`TEST-${y}-S${n}`}, ${`Đề án thử S${n}`}, ${l}, ${p}, ${fx.org},
        ${`{${kinds.join(',')}}`}::text[], ${reason}, ${amount === null ? null : amount.toString()}::bigint, 1,
        'ministry', ${state}, 'Người thử', ${state === 'approved' ? `${y}-09-01 10:00:00+07` : null}::timestamptz,
        ${released === null ? null : released.toString()}::bigint)`);
  }
}
