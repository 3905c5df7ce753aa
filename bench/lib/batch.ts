import type { PGlite } from '@electric-sql/pglite';
import { getTableColumns, getTableName } from 'drizzle-orm';
import { CasingCache } from 'drizzle-orm/casing';
import type { PgTable } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type { Database } from '../../server/src/db/client.ts';

/** PostgreSQL accepts at most 65,535 bind parameters in one statement; stay well under. */
const MAX_PARAMS = 30_000;

type Exec = (text: string, params: unknown[]) => Promise<unknown>;

/**
 * Runs `fn` in one transaction on one connection of the driver itself (`db.$client`: the pg Pool or the
 * PGlite instance), so multi-row INSERTs skip the query builder, which costs more than the insert itself.
 */
export async function withRawTransaction(
  database: Database,
  fn: (exec: Exec) => Promise<void>,
): Promise<void> {
  const client = (database.db as unknown as { $client: unknown }).$client;
  if (database.engine === 'postgres') {
    const conn = await (client as pg.Pool).connect();
    try {
      await conn.query('BEGIN');
      await fn((text, params) => conn.query(text, params));
      await conn.query('COMMIT');
    } catch (e) {
      await conn.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      conn.release();
    }
    return;
  }
  await (client as PGlite).transaction(async (tx) => {
    await fn((text, params) => tx.query(text, params));
  });
}

/**
 * Inserts rows into a table defined with Drizzle (so column names and value mapping cannot drift from the
 * product's schema) with multi-row INSERT statements, `rowsPerTx` rows per transaction.
 * Every row must carry the same keys.
 */
export async function insertRows<T extends PgTable>(
  database: Database,
  table: T,
  rows: Iterable<T['$inferInsert']>,
  opts: { rowsPerTx?: number; onProgress?: (done: number) => void } = {},
): Promise<number> {
  const perTx = opts.rowsPerTx ?? 20_000;
  const columns = getTableColumns(table);
  const casing = new CasingCache('snake_case');
  let keys: string[] | undefined;
  let head = '';
  let perStatement = 1;
  const texts = new Map<number, string>();
  const textFor = (n: number, width: number) => {
    let t = texts.get(n);
    if (!t) {
      const tuples: string[] = [];
      for (let r = 0; r < n; r++) {
        tuples.push(`(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(',')})`);
      }
      t = `${head} VALUES ${tuples.join(',')}`;
      texts.set(n, t);
    }
    return t;
  };
  let done = 0;
  let pending: Record<string, unknown>[] = [];
  const flush = async () => {
    if (pending.length === 0 || !keys) return;
    const chunk = pending;
    const ks = keys;
    pending = [];
    await withRawTransaction(database, async (exec) => {
      for (let i = 0; i < chunk.length; i += perStatement) {
        const part = chunk.slice(i, i + perStatement);
        const params: unknown[] = [];
        for (const row of part) {
          for (const k of ks) {
            const v = row[k];
            params.push(v === null || v === undefined ? null : (columns[k]?.mapToDriverValue(v) ?? v));
          }
        }
        await exec(textFor(part.length, ks.length), params);
      }
    });
    done += chunk.length;
    opts.onProgress?.(done);
  };
  for (const row of rows) {
    const r = row as Record<string, unknown>;
    if (!keys) {
      keys = Object.keys(r);
      const names = keys.map((k) => {
        const col = columns[k];
        if (!col) throw new Error(`${getTableName(table)} has no column ${k}`);
        return `"${casing.getColumnCasing(col)}"`;
      });
      head = `INSERT INTO "${getTableName(table)}" (${names.join(',')})`;
      perStatement = Math.max(1, Math.floor(MAX_PARAMS / keys.length));
    }
    pending.push(r);
    if (pending.length >= perTx) await flush();
  }
  await flush();
  return done;
}
