import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type pg from 'pg';
import type { Database, Db } from '../../server/src/db/client.ts';

export type CapturedQuery = { text: string; params: unknown[] };

/**
 * A Drizzle handle on the same driver connection as `database` that records every statement it sends.
 * Running the product's own service or repo function through it yields the exact SQL text and parameters an
 * endpoint runs, so the driver baseline cannot drift from the code it is compared with.
 */
export function recordingDb(database: Database): { db: Db; take: () => CapturedQuery[] } {
  let log: CapturedQuery[] = [];
  const logger = { logQuery: (text: string, params: unknown[]) => void log.push({ text, params }) };
  const client = (database.db as unknown as { $client: unknown }).$client;
  const db =
    database.engine === 'postgres'
      ? (drizzlePg(client as pg.Pool, { casing: 'snake_case', logger }) as unknown as Db)
      : (drizzlePglite(client as PGlite, { casing: 'snake_case', logger }) as unknown as Db);
  return {
    db,
    take: () => {
      const out = log;
      log = [];
      return out;
    },
  };
}

/** Runs `fn` against a recording handle and returns the statements it sent, in order. */
export async function captureQueries(
  rec: ReturnType<typeof recordingDb>,
  fn: (db: Db) => Promise<unknown>,
): Promise<CapturedQuery[]> {
  rec.take();
  await fn(rec.db);
  const queries = rec.take();
  if (queries.length === 0) throw new Error('no SQL captured');
  return queries;
}
