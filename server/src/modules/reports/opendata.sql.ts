import type { SQL } from 'drizzle-orm';
import { type Db, queryRows, sql } from '../../db/client.ts';

/**
 * The open-data reads: keyset pages over the reporting views only (migration 0022), every value as text so
 * PGlite and pg return the same thing (no Date or number conversions by either driver).
 */

/** A timestamptz as UTC ISO 8601 text with microseconds: sorts as text, parses back exactly. */
const isoUtc = (col: SQL) => sql`to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
/** A date's start in Vietnam (UTC+7) as the same sortable UTC text. */
const vnDayUtc = (col: SQL) =>
  sql`to_char(${col}::timestamp - interval '7 hours', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
/** The Vietnamese calendar date of a timestamptz, on any server time zone. */
const vnDate = (col: SQL) => sql`((${col} AT TIME ZONE 'UTC') + interval '7 hours')::date`;

/** Signed change of the contracted support made by one approved change request. */
const fundingDelta = sql`CASE WHEN 'funding_increase' = ANY(r.kinds) THEN coalesce(r.amount, 0)
  WHEN 'funding_decrease' = ANY(r.kinds) THEN -coalesce(r.amount, 0) ELSE 0 END`;

/**
 * The support a grant stands at now (docs/open-data.md "amounts"): the settled state-budget amount once
 * settled; what was paid when the scheme was stopped (the rest went back to the envelope); the contract value
 * once a contract is signed; else the amount assigned to the implementer; else the amount approved in the plan.
 */
export const currentAward = sql`CASE
  WHEN st.settled IS NOT NULL THEN st.settled
  WHEN s.state = 'stopped' THEN coalesce(m.net, 0)
  WHEN c.state IN ('signed', 'liquidated') THEN c.value
  ELSE coalesce(l.assigned_amount, l.approved_amount) END`;

/** The joins `currentAward` needs, after `rpt_plan_lines l JOIN rpt_schemes s`. */
export const awardJoins = sql`
  LEFT JOIN rpt_contracts c ON c.scheme_id = l.scheme_id
  LEFT JOIN rpt_settlements st ON st.contract_id = c.contract_id
  LEFT JOIN LATERAL (SELECT sum(x.net)::bigint AS net FROM rpt_money x WHERE x.scheme_id = l.scheme_id) m ON true`;

export type GrantRow = {
  schemeId: string;
  code: string;
  title: string;
  goals: string | null;
  planYear: number;
  level: string;
  provinceCode: string;
  contentCode: string;
  implementerOrgId: string;
  implementerName: string;
  approvedAmount: string;
  approvedAt: string;
  assignedAmount: string | null;
  decisionDate: string | null;
  startDate: string | null;
  endDate: string | null;
  schemeState: string;
  unitCode: string | null;
  unitName: string | null;
  award: string;
  disbursed: string;
  beneficiaries: number;
  modified: string;
};

/** One page of grants (plan lines) of a year in scheme-code order, after the code `after`. */
export async function grantPage(db: Db, year: number, after: string | null, size: number) {
  return queryRows<GrantRow>(
    db,
    sql`SELECT l.scheme_id AS "schemeId", s.code, s.title, s.goals, l.plan_year AS "planYear", l.level,
      l.province_code AS "provinceCode", l.content_code AS "contentCode",
      l.implementer_org_id::text AS "implementerOrgId", s.implementer_name AS "implementerName",
      l.approved_amount::text AS "approvedAmount", ${isoUtc(sql.raw('l.approved_at'))} AS "approvedAt",
      l.assigned_amount::text AS "assignedAmount", l.decision_date::text AS "decisionDate",
      s.start_date::text AS "startDate", s.end_date::text AS "endDate", s.state AS "schemeState",
      u.code AS "unitCode", u.name AS "unitName",
      (${currentAward})::text AS award, coalesce(m.net, 0)::text AS disbursed,
      (SELECT count(*)::int FROM rpt_scheme_beneficiaries b WHERE b.scheme_id = l.scheme_id) AS beneficiaries,
      ${isoUtc(sql.raw('greatest(s.updated_at, c.updated_at, l.approved_at, l.assigned_at)'))} AS modified
    FROM rpt_plan_lines l
    JOIN rpt_schemes s ON s.scheme_id = l.scheme_id
    ${awardJoins}
    LEFT JOIN rpt_units u ON u.unit_id = s.location_unit_id
    WHERE l.plan_year = ${year} ${after === null ? sql`` : sql`AND s.code > ${after}`}
    ORDER BY s.code
    LIMIT ${size}`,
  );
}

/** Plan years that have grants, with their counts. */
export async function grantYears(db: Db): Promise<{ year: number; n: number }[]> {
  return queryRows(
    db,
    sql`SELECT plan_year AS year, count(*)::int AS n FROM rpt_plan_lines GROUP BY plan_year ORDER BY plan_year`,
  );
}

/** Plan years that have contract releases (signed contracts), with their counts. */
export async function contractYears(db: Db): Promise<{ year: number; n: number }[]> {
  return queryRows(
    db,
    sql`SELECT plan_year AS year, count(*)::int AS n FROM rpt_contracts
      WHERE signed_date IS NOT NULL GROUP BY plan_year ORDER BY plan_year`,
  );
}

/** What every OCDS event row carries: the contracting process (scheme), its award and its contract. */
export type EventRow = {
  /** Sort key: the event's instant as UTC text (merge order). */
  at: string;
  /** Keyset key of the event's own source. */
  key: string;
  id: string;
  kind: 'signed' | 'change' | 'liquidated';
  /** For a change: the date-time it was decided, else the VN date of the event. */
  date: string;
  code: string;
  title: string;
  level: string;
  provinceCode: string;
  implementerOrgId: string;
  implementerName: string;
  awardAmount: string;
  awardDate: string;
  contractId: string;
  contractState: string;
  signedDate: string | null;
  startDate: string;
  endDate: string;
  /** The contract value just after the event. */
  value: string;
  changeKinds: string[] | null;
  reason: string | null;
  changeAmount: string | null;
  decisionNumber: string | null;
};

const eventColumns = sql`s.code, s.title, c.level, c.province_code AS "provinceCode",
  c.implementer_org_id::text AS "implementerOrgId", c.implementer_name AS "implementerName",
  coalesce(l.assigned_amount, l.approved_amount)::text AS "awardAmount",
  ${isoUtc(sql.raw('coalesce(l.assigned_at, l.approved_at)'))} AS "awardDate",
  c.contract_id::text AS "contractId", c.state AS "contractState", c.signed_date::text AS "signedDate",
  c.start_date::text AS "startDate", c.end_date::text AS "endDate"`;

const eventJoins = sql`JOIN rpt_schemes s ON s.scheme_id = c.scheme_id
  LEFT JOIN rpt_plan_lines l ON l.scheme_id = c.scheme_id`;

/** Approved funding changes of the contract after a point (the value just after that point = value − these). */
const laterDeltas = (after: SQL) =>
  sql`coalesce((SELECT sum(${fundingDelta}) FROM rpt_changes r WHERE r.scheme_id = c.scheme_id
    AND r.contract_id = c.contract_id AND r.state = 'approved' AND ${after}), 0)`;

type Key = { at: string; id: string };
const yearFilter = (year: number | null) => (year === null ? sql`` : sql`AND c.plan_year = ${year}`);

/** Contract signings in (signed date, id) order. A change decided on the signing day counts as after it. */
export function signedPage(db: Db, year: number | null, after: Key | null, size: number) {
  return queryRows<EventRow>(
    db,
    sql`SELECT ${vnDayUtc(sql.raw('c.signed_date'))} AS at, c.signed_date::text || ' ' || c.contract_id AS key,
      c.contract_id::text AS id, 'signed' AS kind, c.signed_date::text AS date, ${eventColumns},
      (c.value - ${laterDeltas(sql`${vnDate(sql.raw('r.decided_at'))} >= c.signed_date`)})::text AS value,
      NULL::text[] AS "changeKinds", NULL AS reason, NULL AS "changeAmount", NULL AS "decisionNumber"
    FROM rpt_contracts c ${eventJoins}
    WHERE c.signed_date IS NOT NULL ${yearFilter(year)}
    ${after === null ? sql`` : sql`AND (c.signed_date, c.contract_id) > (${after.at}::date, ${after.id}::uuid)`}
    ORDER BY c.signed_date, c.contract_id
    LIMIT ${size}`,
  );
}

/** Approved change requests on a contract (amendments and stops) in (decided at, id) order. */
export function changePage(db: Db, year: number | null, after: Key | null, size: number) {
  return queryRows<EventRow>(
    db,
    sql`SELECT ${isoUtc(sql.raw('q.decided_at'))} AS at, ${isoUtc(sql.raw('q.decided_at'))} || ' ' || q.change_id AS key,
      q.change_id::text AS id, 'change' AS kind,
      to_char(q.decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS date, ${eventColumns},
      (c.value - ${laterDeltas(sql`(r.decided_at, r.change_id) > (q.decided_at, q.change_id)`)})::text AS value,
      q.kinds AS "changeKinds", q.reason, q.amount::text AS "changeAmount", q.decision_number AS "decisionNumber"
    FROM rpt_changes q JOIN rpt_contracts c ON c.contract_id = q.contract_id ${eventJoins}
    WHERE q.state = 'approved' AND q.decided_at IS NOT NULL ${yearFilter(year)}
    ${after === null ? sql`` : sql`AND (q.decided_at, q.change_id) > (${after.at}::timestamptz, ${after.id}::uuid)`}
    ORDER BY q.decided_at, q.change_id
    LIMIT ${size}`,
  );
}

/** Liquidations (thanh lý: the contract closed) in (liquidated date, id) order. */
export function liquidatedPage(db: Db, year: number | null, after: Key | null, size: number) {
  return queryRows<EventRow>(
    db,
    sql`SELECT ${vnDayUtc(sql.raw('c.liquidated_date'))} AS at, c.liquidated_date::text || ' ' || c.contract_id AS key,
      c.contract_id::text AS id, 'liquidated' AS kind, c.liquidated_date::text AS date, ${eventColumns},
      c.value::text AS value, NULL::text[] AS "changeKinds", NULL AS reason, NULL AS "changeAmount",
      NULL AS "decisionNumber"
    FROM rpt_contracts c ${eventJoins}
    WHERE c.liquidated_date IS NOT NULL ${yearFilter(year)}
    ${after === null ? sql`` : sql`AND (c.liquidated_date, c.contract_id) > (${after.at}::date, ${after.id}::uuid)`}
    ORDER BY c.liquidated_date, c.contract_id
    LIMIT ${size}`,
  );
}

/** Splits an event's keyset key ("<date or instant> <uuid>"). */
export function keyOf(row: EventRow): Key {
  const i = row.key.lastIndexOf(' ');
  return { at: row.key.slice(0, i), id: row.key.slice(i + 1) };
}

/**
 * A fingerprint of everything the files show (ETag) and the latest change time (Last-Modified). Money entries
 * are counted as well as dated: an entry back-dated still changes the fingerprint.
 */
export async function freshness(db: Db): Promise<{ lastModified: string | null; signature: string }> {
  const [r] = await queryRows<{ lastModified: string | null; signature: string }>(
    db,
    sql`SELECT ${isoUtc(sql.raw('greatest(a.s, a.c, a.r, a.l)'))} AS "lastModified",
      concat_ws('|', a.s, a.c, a.r, a.l, a.n, a.m, a.mc) AS signature
    FROM (SELECT
      (SELECT max(updated_at) FROM rpt_schemes) AS s,
      (SELECT max(updated_at) FROM rpt_contracts) AS c,
      (SELECT max(decided_at) FROM rpt_changes) AS r,
      (SELECT max(greatest(approved_at, assigned_at)) FROM rpt_plan_lines) AS l,
      (SELECT count(*) FROM rpt_plan_lines) AS n,
      (SELECT max(date) FROM rpt_money) AS m,
      (SELECT count(*) FROM rpt_money) AS mc) a`,
  );
  return { lastModified: r?.lastModified ?? null, signature: r?.signature ?? '' };
}
