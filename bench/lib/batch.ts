import type { Db } from '../../server/src/db/client.ts';

/** The most bind parameters PostgreSQL accepts in one statement is 65,535; stay well under. */
const MAX_PARAMS = 30_000;

/**
 * Inserts rows in multi-row INSERT statements, `rowsPerTx` rows per transaction, through the caller's
 * insert function (a Drizzle insert on the module's own table definition, so column names cannot drift).
 */
export async function insertInBatches<T extends Record<string, unknown>>(
  db: Db,
  rows: Iterable<T>,
  insert: (tx: Db, batch: T[]) => Promise<unknown>,
  opts: { columns: number; rowsPerTx?: number; onProgress?: (done: number) => void } = { columns: 16 },
): Promise<number> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / Math.max(1, opts.columns)));
  const perTx = opts.rowsPerTx ?? 20_000;
  let done = 0;
  let pending: T[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const chunk = pending;
    pending = [];
    await db.transaction(async (tx) => {
      for (let i = 0; i < chunk.length; i += perStatement) {
        await insert(tx as unknown as Db, chunk.slice(i, i + perStatement));
      }
    });
    done += chunk.length;
    opts.onProgress?.(done);
  };
  for (const row of rows) {
    pending.push(row);
    if (pending.length >= perTx) await flush();
  }
  await flush();
  return done;
}
