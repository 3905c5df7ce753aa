import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Database, type Engine, openDatabase } from '../../server/src/db/client.ts';
import type { ServerTarget } from './server.ts';

export const DEFAULT_PG_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

export type EngineSetup = {
  engine: Engine;
  /** Where the data lives, for the report. */
  where: string;
  target: ServerTarget;
  /** Opens the bench database in this process (only while no server holds it, for PGlite). */
  open: (poolMax?: number) => Promise<Database>;
  cleanup: () => Promise<void>;
};

export async function postgresReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A brand-new, empty database: a folder in the temp dir for PGlite, `kc_bench_<random>` on PostgreSQL. */
export async function prepareEngine(
  engine: Engine,
  opts: { pgUrl: string; keep: boolean },
): Promise<EngineSetup> {
  if (engine === 'pglite') {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-bench-'));
    const dataDir = path.join(tmp, 'data');
    return {
      engine,
      where: dataDir,
      target: { dataDir },
      open: () => openDatabase({ dataDir }),
      cleanup: async () => {
        if (!opts.keep) fs.rmSync(tmp, { recursive: true, force: true });
      },
    };
  }
  // A name of its own, so that two runs against one server (two checkouts, CI and a developer) do not collide.
  const name = `kc_bench_${randomBytes(4).toString('hex')}`;
  const admin = await openDatabase({ databaseUrl: opts.pgUrl, poolMax: 1 });
  try {
    await admin.raw(`CREATE DATABASE ${name}`);
  } finally {
    await admin.close();
  }
  const databaseUrl = withDatabase(opts.pgUrl, name);
  return {
    engine,
    where: `${new URL(databaseUrl).host}/${name}`,
    target: { databaseUrl },
    open: (poolMax = 10) => openDatabase({ databaseUrl, poolMax }),
    cleanup: async () => {
      if (opts.keep) return;
      const a = await openDatabase({ databaseUrl: opts.pgUrl, poolMax: 1 });
      await a.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => a.close());
    },
  };
}
