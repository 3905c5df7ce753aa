import type { Db } from '../db/client.ts';

/** The one transaction helper: a use case and its audit rows commit together or not at all. */
export async function tx<T>(db: Db, fn: (t: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (t) => fn(t as unknown as Db));
}
