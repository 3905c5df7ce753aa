import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { serialiseQueries } from './serial-queries.ts';

/** A database handle or an open transaction: PgTransaction extends PgDatabase, so both fit. */
export type Db = PgDatabase<PgQueryResultHKT>;

export type Engine = 'pglite' | 'postgres';

export type Database = {
  db: Db;
  engine: Engine;
  /** Run raw SQL text with positional parameters through the driver itself (bench baselines, tooling). */
  raw: <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;
  close: () => Promise<void>;
  /** PGlite only: a tarball of the data directory (test templates, backups). */
  dump?: () => Promise<Blob>;
};

export const pgliteExtensions = { unaccent, pg_trgm, btree_gin };

// bigint columns come back as strings from pg by default; money stays exact as bigint strings → BigInt in code.
pg.types.setTypeParser(20, (v) => v);

export type OpenOptions = {
  databaseUrl?: string;
  dataDir?: string;
  /** A PGlite data-dir dump (tar) to start from; used by tests to skip initialisation. */
  loadDataDir?: Blob;
  poolMax?: number;
};

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolMax ?? 10 });
    // A transaction's queries started together run one after another (pg 9 refuses overlapping ones).
    pool.on('connect', (client) => serialiseQueries(client));
    const db = drizzlePg(pool, { casing: 'snake_case' }) as unknown as Db;
    return {
      db,
      engine: 'postgres',
      raw: async (text, params) => (await pool.query(text, params)).rows,
      close: () => pool.end(),
    };
  }
  if (opts.dataDir) fs.mkdirSync(opts.dataDir, { recursive: true });
  const client = new PGlite({
    dataDir: opts.dataDir,
    loadDataDir: opts.loadDataDir,
    extensions: pgliteExtensions,
  });
  await client.waitReady;
  const db = drizzlePglite(client, { casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    engine: 'pglite',
    raw: async <T>(text: string, params?: unknown[]) => (await client.query<T>(text, params)).rows,
    close: () => client.close(),
    dump: async () => (await client.dumpDataDir('none')) as Blob,
  };
}

/** Rows of a raw drizzle `sql` query, the same on both drivers. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}

export { sql };
