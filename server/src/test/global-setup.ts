import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { seedDemo } from '../db/seed.ts';
import { adminUrl, isAlive, runIdOf, runTemplate, withDatabase } from './template.ts';

/**
 * Migrates and seeds one template database per run, so no test initialises a fresh PGlite:
 * on PGlite a data-dir dump that each test file loads; on PostgreSQL a template database
 * that each test file clones with CREATE DATABASE … TEMPLATE. Leftovers of runs that died are removed;
 * runs still going are left alone.
 */
export default async function setup(project: TestProject) {
  const runId = process.pid;
  const tpl = runTemplate(runId);
  project.provide('runId', runId);
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const admin = await openDatabase({ databaseUrl: adminUrl(url), poolMax: 1 });
    const dropStale = async (all: boolean) => {
      for (const r of await admin.raw<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE 'kc\\_t\\_%' OR datname LIKE 'kc\\_tpl\\_%' OR datname = 'kc_template'`,
      )) {
        const owner = runIdOf(r.datname);
        if (all ? owner === runId : owner === null || (owner !== runId && !isAlive(owner)))
          await admin.raw(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
      }
    };
    await dropStale(false);
    await admin.raw(`CREATE DATABASE ${tpl.database}`);
    const db = await openDatabase({ databaseUrl: withDatabase(url, tpl.database), poolMax: 1 });
    await migrate(db);
    await seedDemo(db.db);
    await db.close();
    project.provide('engine', 'postgres');
    return async () => {
      await dropStale(true);
      await admin.close();
    };
  }
  for (const f of fs.readdirSync(os.tmpdir())) {
    const m = /^kc-test-template-(\d+)\.tar$/.exec(f);
    if (m && Number(m[1]) !== runId && !isAlive(Number(m[1])))
      fs.rmSync(path.join(os.tmpdir(), f), { force: true });
  }
  const db = await openDatabase({});
  await migrate(db);
  await seedDemo(db.db);
  const dump = await dumpOf(db);
  fs.writeFileSync(tpl.file, Buffer.from(await dump.arrayBuffer()));
  await db.close();
  project.provide('engine', 'pglite');
  return () => fs.rmSync(tpl.file, { force: true });
}

async function dumpOf(db: Awaited<ReturnType<typeof openDatabase>>): Promise<Blob> {
  if (!db.dump) throw new Error('not a PGlite database');
  return db.dump();
}

declare module 'vitest' {
  export interface ProvidedContext {
    engine: 'pglite' | 'postgres';
    runId: number;
  }
}
