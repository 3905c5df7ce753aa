import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { storedFiles } from './files.tables.ts';

export type StoredFile = typeof storedFiles.$inferSelect;

export async function insertFile(db: Db, values: typeof storedFiles.$inferInsert): Promise<StoredFile> {
  const [row] = await db.insert(storedFiles).values(values).returning();
  return row!;
}

/** Unscoped: callers decide who may reach a file (its owner module's policy or files.policy). */
export async function findFile(db: Db, id: string): Promise<StoredFile | undefined> {
  const [row] = await db.select().from(storedFiles).where(eq(storedFiles.id, id));
  return row;
}

export async function deleteFileRow(db: Db, id: string): Promise<void> {
  await db.delete(storedFiles).where(eq(storedFiles.id, id));
}

export async function findFiles(db: Db, ids: string[]): Promise<StoredFile[]> {
  if (ids.length === 0) return [];
  return db.select().from(storedFiles).where(inArray(storedFiles.id, ids));
}
