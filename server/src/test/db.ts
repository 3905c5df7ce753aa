import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { afterAll } from 'vitest';
import { type Database, openDatabase } from '../db/client.ts';
import { adminUrl, currentTemplate, withDatabase } from './template.ts';

/**
 * A database for one test file, cloned from the run's migrated and seeded template:
 * PGlite loads the template dump (about a second); PostgreSQL clones the template database.
 * Closed (and on PostgreSQL dropped) after the file's tests.
 */
export async function testDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  const tpl = currentTemplate();
  if (url) {
    const name = `${tpl.clonePrefix}${randomBytes(6).toString('hex')}`;
    const admin = await openDatabase({ databaseUrl: adminUrl(url), poolMax: 1 });
    await admin.raw(`CREATE DATABASE ${name} TEMPLATE ${tpl.database}`);
    await admin.close();
    const database = await openDatabase({ databaseUrl: withDatabase(url, name), poolMax: 4 });
    afterAll(async () => {
      await database.close();
      const a = await openDatabase({ databaseUrl: adminUrl(url), poolMax: 1 });
      await a.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.close();
    });
    return database;
  }
  const blob = new Blob([fs.readFileSync(tpl.file)]);
  const database = await openDatabase({ loadDataDir: blob });
  afterAll(() => database.close());
  return database;
}
