import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { contractFiles } from './contracts.tables.ts';

export type ContractFileRow = typeof contractFiles.$inferSelect;

export async function insertContractFile(db: Db, v: typeof contractFiles.$inferInsert) {
  const [row] = await db.insert(contractFiles).values(v).returning();
  return row!;
}

/** The link of a file to a contract, if the file was uploaded to that contract. */
export async function findContractFile(
  db: Db,
  contractId: string,
  fileId: string,
): Promise<ContractFileRow | undefined> {
  const [row] = await db
    .select()
    .from(contractFiles)
    .where(and(eq(contractFiles.contractId, contractId), eq(contractFiles.fileId, fileId)));
  return row;
}

/** Which of `fileIds` are linked to the contract. */
export async function linkedFileIds(db: Db, contractId: string, fileIds: string[]): Promise<Set<string>> {
  if (fileIds.length === 0) return new Set();
  const rows = await db
    .select({ fileId: contractFiles.fileId })
    .from(contractFiles)
    .where(and(eq(contractFiles.contractId, contractId), inArray(contractFiles.fileId, fileIds)));
  return new Set(rows.map((r) => r.fileId));
}
