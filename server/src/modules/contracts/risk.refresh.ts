import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.ts';
import { tx } from '../../platform/tx.ts';
import { contractRiskRefreshes } from './contracts.tables.ts';
import { riskCodesSql } from './risk.sql.ts';

/** The last day known refreshed, per database handle (tests open many databases in one process). */
const known = new WeakMap<object, { day: string | null; checkedAt: number }>();
const RECHECK_MS = 60_000;

/**
 * Recomputes the early-warning reasons of every contract for `today` (only rows whose reasons changed are
 * written) and records the day, after which the lists read the stored reasons. Run by the job process at
 * start and whenever the Vietnamese day changes; contract writes keep their own row current in between.
 */
export async function refreshRisk(db: Db, today: string): Promise<number> {
  const codes = riskCodesSql(today);
  const changed = await tx(db, async (t) => {
    const [r] = await queryRows<{ n: number }>(
      t,
      sql`with u as (update contracts set risk_codes = ${codes} where risk_codes is distinct from ${codes} returning 1)
          select count(*)::int as n from u`,
    );
    const n = r?.n ?? 0;
    await t
      .insert(contractRiskRefreshes)
      .values({ day: today, changed: n })
      .onConflictDoUpdate({
        target: contractRiskRefreshes.day,
        set: { refreshedAt: new Date(), changed: n },
      });
    return n;
  });
  known.set(db, { day: today, checkedAt: Date.now() });
  return changed;
}

/** Whether every contract's stored reasons are today's (else the list computes them, as before). */
export async function riskFresh(db: Db, today: string): Promise<boolean> {
  const k = known.get(db);
  if (k?.day === today) return true;
  if (k && Date.now() - k.checkedAt < RECHECK_MS) return false;
  const [r] = await queryRows<{ ok: boolean }>(
    db,
    sql`select exists (select 1 from ${contractRiskRefreshes} where day = ${today}) as ok`,
  );
  known.set(db, { day: r?.ok ? today : (k?.day ?? null), checkedAt: Date.now() });
  return Boolean(r?.ok);
}
