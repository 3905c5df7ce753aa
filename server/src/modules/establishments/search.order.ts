import type { FastifyInstance } from 'fastify';
import { type Db, queryRows, sql } from '../../db/client.ts';
import { tx } from '../../platform/tx.ts';

/**
 * The search projection (`establishment_search`, migration 0034) kept in name order on disk. A search sorted
 * by name reads every match; in name order a word's matches share pages ("Cơ sở cơ khí …" sort together), so
 * a national "co khi" reads about 2,100 pages of the 12,300, against 9,800 when rows lie in the order they were
 * written (measured at 500,000 rows: 13 against 25–130 ms of SQL, p95 under load 47 against 187 ms). Writes
 * append, so the order drifts; the job process measures it hourly and rebuilds the table sorted when it has.
 */

const TABLE = 'establishment_search';
const SORTED = 'establishment_search_sorted';
/** pg_try_advisory_xact_lock key: one rebuild at a time across processes. */
const LOCK_KEY = 7_340_034;

export type ProjectionOrder = {
  rows: number;
  /** Neighbours on disk whose names go down: 0 when sorted, about half the rows when in random order. */
  descents: number;
};

/** How far the projection's order on disk has drifted from name order (one sequential read and a sort). */
export async function projectionOrder(db: Db): Promise<ProjectionOrder> {
  const [r] = await queryRows<ProjectionOrder>(
    db,
    sql`select count(*)::int as rows,
          (count(*) filter (where (name_key, id) < (prev_key, prev_id)))::int as descents
        from (select name_key, id, lag(name_key) over w as prev_key, lag(id) over w as prev_id
              from establishment_search window w as (order by ctid)) x`,
  );
  return r ?? { rows: 0, descents: 0 };
}

export type ReorderPolicy = {
  /** Below this many rows the projection stays in memory whatever its order. */
  minRows: number;
  /** Share of descents that warrants a rebuild at night (00:00–05:59 Vietnamese time)… */
  atNight: number;
  /** …and at any hour (a province's list just imported). */
  anyTime: number;
};

export const reorderPolicy: ReorderPolicy = { minRows: 10_000, atNight: 0.01, anyTime: 0.1 };

/** Whether to rebuild now: writes wait for the rebuild (about 7 s at 500,000 rows), so small drifts wait for the night. */
export function shouldReorder(o: ProjectionOrder, vnHour: number, policy = reorderPolicy): boolean {
  if (o.rows < policy.minRows) return false;
  const share = o.descents / o.rows;
  return share >= policy.anyTime || (vnHour < 6 && share >= policy.atNight);
}

type IndexRow = { name: string; def: string; con: string | null; contype: string | null };

export type ReorderResult = { rows: number; seconds: number } | { skipped: 'busy' };

/**
 * Rebuilds the projection sorted by name and swaps it in, in one transaction. Writers to the register wait
 * (their triggers write the projection) but readers never do: searches read the old table until the commit,
 * then the new one; only the final drop and renames take the table's exclusive lock, for milliseconds, and a
 * reader holding it, or a writer holding the register (an import), longer than `lockTimeoutMs` makes the
 * rebuild give up (nothing changes; the next check retries). Every index and key of the old table is
 * rebuilt from its own definition, so a later migration that changes them needs no change here.
 */
export async function reorderSearchProjection(db: Db, lockTimeoutMs = 5000): Promise<ReorderResult> {
  const started = performance.now();
  const result = await rebuild(db, lockTimeoutMs).catch((e: unknown) => {
    if (sqlState(e) === LOCK_TIMEOUT) return null;
    throw e;
  });
  if (result === null) return { skipped: 'busy' };
  // Hint bits and the visibility map for the new table now, not on the first searches that read it.
  await db.execute(sql`vacuum establishment_search`);
  return { rows: result, seconds: (performance.now() - started) / 1000 };
}

const LOCK_TIMEOUT = '55P03';
const sqlState = (e: unknown): string | undefined => {
  for (let x = e; x && typeof x === 'object'; x = (x as { cause?: unknown }).cause) {
    const code = (x as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
};

/** The rebuild's transaction: the row count, or null when another process holds the rebuild. */
function rebuild(db: Db, lockTimeoutMs: number): Promise<number | null> {
  return tx(db, async (t) => {
    const run = (q: string) => t.execute(sql.raw(q));
    const [got] = await queryRows<{ ok: boolean }>(
      t,
      sql`select pg_try_advisory_xact_lock(${LOCK_KEY}) as ok`,
    );
    if (!got?.ok) return null;
    await run(`set local lock_timeout = ${Math.max(1, Math.round(lockTimeoutMs))}`);
    await run('lock table establishments in share row exclusive mode');
    const [where] = await queryRows<{ schema: string }>(
      t,
      sql`select n.nspname as schema from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where c.oid = ${TABLE}::regclass`,
    );
    const indexes = await queryRows<IndexRow>(
      t,
      sql`select c.relname as name, pg_get_indexdef(i.indexrelid) as def, k.conname as con, k.contype::text as contype
          from pg_index i join pg_class c on c.oid = i.indexrelid
          left join pg_constraint k on k.conindid = i.indexrelid and k.conrelid = i.indrelid
          where i.indrelid = ${TABLE}::regclass order by c.relname`,
    );
    const sorted = `"${where!.schema}"."${SORTED}"`;
    await run(`drop table if exists ${sorted}`);
    await run(`create table ${sorted} (like "${where!.schema}"."${TABLE}" including all excluding indexes)`);
    await run(`insert into ${sorted} select * from "${where!.schema}"."${TABLE}" order by name_key, id`);
    for (const ix of indexes) {
      const def = ix.def.replace(
        /^CREATE (UNIQUE )?INDEX (\S+) ON (ONLY )?(\S+) USING/,
        (_m, unique: string | undefined) =>
          `CREATE ${unique ?? ''}INDEX "${ix.name}_sorted" ON ${sorted} USING`,
      );
      if (def === ix.def) throw new Error(`unexpected index definition: ${ix.def}`);
      await run(def);
      if (ix.con) {
        if (ix.contype !== 'p' && ix.contype !== 'u') throw new Error(`unexpected constraint: ${ix.con}`);
        const kind = ix.contype === 'p' ? 'primary key' : 'unique';
        await run(
          `alter table ${sorted} add constraint "${ix.con}_sorted" ${kind} using index "${ix.name}_sorted"`,
        );
      }
    }
    await run(`drop table "${where!.schema}"."${TABLE}"`);
    await run(`alter table ${sorted} rename to "${TABLE}"`);
    const renamed = `"${where!.schema}"."${TABLE}"`;
    for (const ix of indexes) {
      if (ix.con) await run(`alter table ${renamed} rename constraint "${ix.con}_sorted" to "${ix.con}"`);
      else await run(`alter index "${where!.schema}"."${ix.name}_sorted" rename to "${ix.name}"`);
    }
    await run(`analyze ${renamed}`);
    const [n] = await queryRows<{ n: number }>(t, sql`select count(*)::int as n from establishment_search`);
    return n?.n ?? 0;
  });
}

/** The hour of the day in Vietnam (UTC+7, no daylight saving). */
export const vnHour = (now = new Date()) => (now.getUTCHours() + 7) % 24;

/** Measures and rebuilds when due, returning what it did (for the log and the CLI). */
export async function maintainSearchOrder(db: Db, now = new Date(), policy = reorderPolicy) {
  const before = await projectionOrder(db);
  if (!shouldReorder(before, vnHour(now), policy)) return { before, reordered: null };
  return { before, reordered: await reorderSearchProjection(db) };
}

const HOUR = 60 * 60_000;

/** In the process that runs background work: a check at start and every hour (not in tests). */
export function scheduleSearchOrder(app: FastifyInstance) {
  if (app.config.JOB_RUNNER !== 'on' || app.config.NODE_ENV === 'test') return;
  let timer: NodeJS.Timeout | undefined;
  const run = async () => {
    const r = await maintainSearchOrder(app.db);
    if (r.reordered)
      app.log.info({ before: r.before, result: r.reordered }, 'establishment search projection reordered');
  };
  const safe = () =>
    run().catch((err: unknown) => app.log.error({ err }, 'establishment search reorder failed'));
  app.addHook('onReady', async () => {
    void safe();
    timer = setInterval(safe, HOUR);
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}
