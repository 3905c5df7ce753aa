import fs from 'node:fs';
import type { FastifyReply } from 'fastify';
import type { DocumentRef } from '../../../../shared/schemas/contracts.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import {
  getFile,
  pathOf,
  receiveDocument,
  type StoredFile,
  sendFile,
  storeFromPath,
  type UploadPart,
} from '../files/index.ts';
import { abilitiesOf, contractActions, scopeFor } from './contracts.policy.ts';
import { targetOf } from './contracts.present.ts';
import { type ContractRow, findContract } from './contracts.repo.ts';
import * as drepo from './documents.repo.ts';

/** The contract in the actor's scope (404 outside it). */
async function loadContract(db: Db, actor: Actor, id: string): Promise<ContractRow> {
  const c = await findContract(db, scopeFor(actor), id);
  if (!c) throw notFound();
  return c;
}

/** Anyone holding a write action on the contract (manage, money, report, inspection, change, acceptance, settlement). */
function mayUpload(actor: Actor, c: ContractRow): boolean {
  const abilities = abilitiesOf(actor, targetOf(c));
  return contractActions.some((a) => abilities[a]);
}

async function writable(db: Db, actor: Actor, contractId: string): Promise<ContractRow> {
  const c = await loadContract(db, actor, contractId);
  if (!mayUpload(actor, c)) throw forbidden();
  return c;
}

/**
 * Uploads a photo or document to a contract (multipart, one "file"): PDF, Word, Excel, JPEG or PNG, checked by
 * name and by content, up to UPLOAD_MAX_MB. The file is stored by the files module and linked to the contract
 * in one transaction with its audit entry; the answer is the reference to put in a record's `documents`.
 */
export async function uploadContractFile(
  db: Db,
  config: Pick<Config, 'filesDir' | 'UPLOAD_MAX_MB'>,
  actor: Actor,
  contractId: string,
  part: UploadPart | undefined,
): Promise<DocumentRef> {
  const { name, type, tmp } = await receiveDocument(config, part, () => writable(db, actor, contractId));
  let stored: StoredFile | undefined;
  try {
    const file = await tx(db, async (t) => {
      const c = await writable(t, actor, contractId);
      stored = await storeFromPath(t, config, tmp, {
        name,
        mediaType: type.media,
        purpose: 'contracts.document',
        createdBy: actor.userId,
        provinceCode: c.provinceCode,
      });
      await drepo.insertContractFile(t, {
        fileId: stored.id,
        contractId: c.id,
        schemeId: c.schemeId,
        uploadedBy: actor.userId,
      });
      await record(t, actor, {
        action: 'contract.file_uploaded',
        entityType: 'contract',
        entityId: c.id,
        provinceCode: c.provinceCode,
        after: { fileId: stored.id, name, size: stored.size },
      });
      return stored;
    });
    return { name, number: null, date: null, fileId: file.id };
  } catch (e) {
    // The transaction rolled back: the bytes moved into the store have no row any more.
    if (stored) fs.rmSync(pathOf(config, stored), { force: true });
    throw e;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** Downloads a file of the contract: anyone who reads the contract; 404 for a file of another contract. */
export async function sendContractFile(
  db: Db,
  config: Pick<Config, 'filesDir'>,
  actor: Actor,
  reply: FastifyReply,
  contractId: string,
  fileId: string,
) {
  const c = await loadContract(db, actor, contractId);
  const link = await drepo.findContractFile(db, c.id, fileId);
  const file = link ? await getFile(db, link.fileId) : undefined;
  if (!file) throw notFound();
  return sendFile(reply, config, file);
}

/**
 * Every `fileId` of the documents being saved must have been uploaded to this contract (for a scheme without
 * a contract yet, none can be); else DOCUMENT_FILE_UNKNOWN naming the document. Runs in the writer's
 * transaction, before anything is written.
 */
export async function checkDocuments(
  db: Db,
  contractId: string | null,
  documents: readonly DocumentRef[] | undefined,
): Promise<void> {
  const withFile = (documents ?? []).filter((d) => d.fileId);
  if (withFile.length === 0) return;
  const ids = [...new Set(withFile.map((d) => d.fileId!))];
  const linked = contractId ? await drepo.linkedFileIds(db, contractId, ids) : new Set<string>();
  const unknown = withFile.find((d) => !linked.has(d.fileId!));
  if (unknown) throw new AppError('DOCUMENT_FILE_UNKNOWN', { name: unknown.name });
}
