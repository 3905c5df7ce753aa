import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { seedDemo } from '../db/seed.ts';
import { adminUrl, TEMPLATE_DB, templatePath, withDatabase } from './template.ts';

/**
 * Migrates and seeds one template database per run, so no test initialises a fresh PGlite:
 * on PGlite a data-dir dump that each test file loads; on PostgreSQL a template database
 * that each test file clones with CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const admin = await openDatabase({ databaseUrl: adminUrl(url), poolMax: 1 });
    await admin.raw(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname LIKE 'kc_t_%' OR datname = '${TEMPLATE_DB}'`,
    );
    for (const r of await admin.raw<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'kc_t_%'`,
    ))
      await admin.raw(`DROP DATABASE IF EXISTS "${r.datname}"`);
    await admin.raw(`DROP DATABASE IF EXISTS ${TEMPLATE_DB}`);
    await admin.raw(`CREATE DATABASE ${TEMPLATE_DB}`);
    const tpl = await openDatabase({ databaseUrl: withDatabase(url, TEMPLATE_DB), poolMax: 1 });
    await migrate(tpl);
    await seedDemo(tpl.db);
    await tpl.close();
    await admin.close();
    project.provide('engine', 'postgres');
    return;
  }
  const file = templatePath();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = await openDatabase({});
  await migrate(db);
  await seedDemo(db.db);
  const dump = await dumpOf(db);
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await db.close();
  project.provide('engine', 'pglite');
}

async function dumpOf(db: Awaited<ReturnType<typeof openDatabase>>): Promise<Blob> {
  if (!db.dump) throw new Error('not a PGlite database');
  return db.dump();
}

declare module 'vitest' {
  export interface ProvidedContext {
    engine: 'pglite' | 'postgres';
  }
}
