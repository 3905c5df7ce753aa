import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { ContractListQuery, MoneyKind, MoneySource } from '../../../../shared/schemas/contracts.ts';
import { type Db, queryRows } from '../../db/client.ts';
import type { Scope } from '../../platform/actor.ts';
import { escapeLike, foldVietnamese } from '../../platform/search.ts';
import { vnToday } from '../calls/index.ts';
import { contracts, moneyEntries } from './contracts.tables.ts';
import { refreshRiskOf } from './risk.sql.ts';

export type ContractRow = typeof contracts.$inferSelect;
export type ContractInsert = typeof contracts.$inferInsert;
export type MoneyRow = typeof moneyEntries.$inferSelect;

export function contractScope(scope: Scope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'province':
      return eq(contracts.provinceCode, scope.provinceCode);
    case 'organisation':
      return eq(contracts.implementerOrgId, scope.organisationId);
    case 'self':
      return sql`false`;
  }
}

export async function findContract(
  db: Db,
  scope: Scope,
  id: string,
  lock = false,
): Promise<ContractRow | undefined> {
  const q = db
    .select()
    .from(contracts)
    .where(and(eq(contracts.id, id), contractScope(scope)));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function findBySchemeId(
  db: Db,
  scope: Scope,
  schemeId: string,
): Promise<ContractRow | undefined> {
  const [row] = await db
    .select()
    .from(contracts)
    .where(and(eq(contracts.schemeId, schemeId), contractScope(scope)));
  return row;
}

/** The folded search text of a contract (code, number, title, implementer). */
export const searchTextOf = (
  c: Pick<ContractInsert, 'schemeCode' | 'number' | 'schemeTitle' | 'implementerName'>,
) => foldVietnamese([c.schemeCode, c.number, c.schemeTitle, c.implementerName].join(' '));

export async function insertContract(db: Db, values: ContractInsert): Promise<ContractRow> {
  const [row] = await db
    .insert(contracts)
    .values({ ...values, searchText: searchTextOf(values) })
    .returning();
  await refreshRiskOf(db, row!.id, vnToday());
  return row!;
}

/** Optimistic update: no row when the version moved on. */
export async function updateContract(
  db: Db,
  id: string,
  version: number,
  set: Partial<ContractInsert>,
): Promise<ContractRow | undefined> {
  const [row] = await db
    .update(contracts)
    .set({ ...set, version: version + 1, updatedAt: new Date() })
    .where(and(eq(contracts.id, id), eq(contracts.version, version)))
    .returning();
  // The early-warning reasons follow the new values (a SET expression would see the old ones).
  if (row) await refreshRiskOf(db, id, vnToday());
  return row;
}

/** A search with at most this many matches sorts them all (see listContracts). */
const SEARCH_SORT_MAX = 5000;

const sortable = {
  assignedAt: contracts.assignedAt,
  signedDate: contracts.signedDate,
  number: contracts.number,
  value: contracts.value,
} as const;

export async function listContracts(db: Db, scope: Scope, q: ContractListQuery, sortMax = SEARCH_SORT_MAX) {
  const where: (SQL | undefined)[] = [
    contractScope(scope),
    q.planYear ? eq(contracts.planYear, q.planYear) : undefined,
    q.level ? eq(contracts.level, q.level) : undefined,
    q.provinceCode ? eq(contracts.provinceCode, q.provinceCode) : undefined,
    q.state ? eq(contracts.state, q.state) : undefined,
    q.phase ? eq(contracts.phase, q.phase) : undefined,
  ];
  if (q.q) where.push(sql`${contracts.searchText} like ${`%${escapeLike(foldVietnamese(q.q))}%`}`);
  const desc_ = q.sort ? q.sort.startsWith('-') : true;
  const key = (q.sort?.replace(/^-/, '') ?? 'assignedAt') as keyof typeof sortable;
  const col = sortable[key] ?? contracts.assignedAt;
  const cond = and(...where);
  const dir = (x: SQL | typeof col) => (desc_ ? sql`${x} desc` : sql`${x} asc`);
  if (q.q) {
    // A search first takes at most SEARCH_SORT_MAX matches from the trigram index, in no order: when that
    // is all of them, sorting them is exact and cheap, and their number is the total. Only a search with
    // more matches walks the sort index (then the page fills quickly). The planner alone walks the index
    // whenever matches look common, and codes bunch by year ("KCQG-2024": 25,000 newer rows read first).
    const offset = (q.page - 1) * q.pageSize;
    const picked = await queryRows<{ n: number; id: string | null }>(
      db,
      sql`with m as (select ${contracts.id} as id, ${col} as k from ${contracts} where ${cond} limit ${sortMax + 1})
          select (select count(*)::int from m) as n, p.id
          from (select 1) one left join lateral (
            select id, k from m order by ${dir(sql`k`)}, ${dir(sql`id`)} limit ${q.pageSize} offset ${offset}
          ) p on true
          order by ${dir(sql`p.k`)}, ${dir(sql`p.id`)}`,
    );
    const n = picked[0]?.n ?? 0;
    if (n <= sortMax) {
      const ids = picked.flatMap((r) => (r.id ? [r.id] : []));
      const found = ids.length ? await db.select().from(contracts).where(inArray(contracts.id, ids)) : [];
      const byId = new Map(found.map((r) => [r.id, r]));
      const rows = ids.flatMap((id) => byId.get(id) ?? []);
      return { rows, total: Math.min(n, 1000), capped: n > 1000 };
    }
  }
  const rows = await db
    .select()
    .from(contracts)
    .where(cond)
    .orderBy(desc_ ? desc(col) : col, desc_ ? desc(contracts.id) : contracts.id)
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  // Count exactly up to 1,000, then say "more" (as the schemes list does).
  const [c] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from (select 1 from ${contracts} ${cond ? sql`where ${cond}` : sql``} limit 1001) x`,
  );
  return { rows, total: Math.min(c?.n ?? 0, 1000), capped: (c?.n ?? 0) > 1000 };
}

/** Signing progress of a plan: contracts by signing day, cumulative, against all contracts of the plan. */
export async function signingSeries(
  db: Db,
  scope: Scope,
  q: { planYear: number; level?: string; provinceCode?: string },
) {
  const cond = and(
    contractScope(scope),
    eq(contracts.planYear, q.planYear),
    q.level ? eq(contracts.level, q.level) : undefined,
    q.provinceCode ? eq(contracts.provinceCode, q.provinceCode) : undefined,
  );
  const [tot] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${contracts} where ${cond}`,
  );
  const days = await queryRows<{ d: string; n: number }>(
    db,
    sql`select to_char(${contracts.signedDate}, 'YYYY-MM-DD') as d, count(*)::int as n from ${contracts}
        where ${cond} and ${contracts.signedDate} is not null group by 1 order by 1`,
  );
  return { total: tot?.n ?? 0, days };
}

// ── ledger ─────────────────────────────────────────────────────────────────────────────────────────

export async function ledger(db: Db, contractId: string): Promise<MoneyRow[]> {
  return db
    .select()
    .from(moneyEntries)
    .where(eq(moneyEntries.contractId, contractId))
    .orderBy(moneyEntries.seq);
}

export type Sums = Record<MoneyKind, bigint>;

/** Balances by kind for one contract, summed by the database (never stored). */
export async function sums(db: Db, contractId: string): Promise<Sums> {
  const rows = await queryRows<{ kind: MoneyKind; total: string }>(
    db,
    sql`select kind, coalesce(sum(amount), 0)::text as total from ${moneyEntries}
        where contract_id = ${contractId} group by kind`,
  );
  const out: Sums = { advance: 0n, payment: 0n, recovery: 0n, counterpart: 0n };
  for (const r of rows) out[r.kind] = BigInt(r.total);
  return out;
}

export async function appendEntry(
  db: Db,
  e: Omit<typeof moneyEntries.$inferInsert, 'seq' | 'id' | 'planYear' | 'level' | 'provinceCode'> & {
    source: MoneySource;
  },
): Promise<MoneyRow> {
  const of = (col: string) => sql`(select ${sql.raw(col)} from contracts where id = ${e.contractId})`;
  const [row] = await db
    .insert(moneyEntries)
    .values({
      ...e,
      planYear: of('plan_year'),
      level: of('level'),
      provinceCode: of('province_code'),
      seq: sql`(select coalesce(max(seq), 0) + 1 from ${moneyEntries} where contract_id = ${e.contractId})`,
    })
    .returning();
  return row!;
}
