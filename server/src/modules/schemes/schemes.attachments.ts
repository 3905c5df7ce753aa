import fs from 'node:fs';
import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { AttachmentKind, SchemeDto } from '../../../../shared/schemas/schemes.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import { getFile, receiveDocument, removeFile, sendFile, storeFromPath } from '../files/index.ts';
import { canUpdate, scopeFor } from './schemes.policy.ts';
import { presentScheme, targetOf } from './schemes.present.ts';
import * as repo from './schemes.repo.ts';

export type AttachmentUpload = { filename: string; file: Readable & { truncated?: boolean } };

async function editable(db: Db, actor: Actor, schemeId: string) {
  const row = await repo.findScheme(db, scopeFor(actor), schemeId, true);
  if (!row) throw notFound();
  if (!canUpdate(actor, targetOf(row))) {
    if (!['draft', 'returned'].includes(row.state))
      throw new AppError('SCHEME_NOT_EDITABLE', { state: row.state });
    throw forbidden();
  }
  return row;
}

export async function addAttachment(
  db: Db,
  config: Pick<Config, 'filesDir' | 'UPLOAD_MAX_MB'>,
  actor: Actor,
  schemeId: string,
  kind: AttachmentKind,
  part: AttachmentUpload | undefined,
): Promise<SchemeDto> {
  // Name, size, emptiness and first bytes are checked by the files module; the scheme must be editable first.
  const { name, type, tmp } = await receiveDocument(config, part, () => editable(db, actor, schemeId));
  try {
    const row = await tx(db, async (t) => {
      const scheme = await editable(t, actor, schemeId);
      const file = await storeFromPath(t, config, tmp, {
        name,
        mediaType: type.media,
        purpose: 'schemes.attachment',
        createdBy: actor.userId,
        provinceCode: scheme.provinceCode,
      });
      const att = await repo.insertAttachment(t, {
        schemeId,
        fileId: file.id,
        kind,
        name,
        size: file.size,
        createdBy: actor.userId,
      });
      await record(t, actor, {
        action: 'scheme.attachment_added',
        entityType: 'scheme',
        entityId: schemeId,
        provinceCode: scheme.provinceCode,
        after: att,
      });
      return scheme;
    });
    return presentScheme(db, actor, row);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

export async function removeAttachment(
  db: Db,
  config: Pick<Config, 'filesDir'>,
  actor: Actor,
  schemeId: string,
  attachmentId: string,
): Promise<SchemeDto> {
  const row = await tx(db, async (t) => {
    const scheme = await editable(t, actor, schemeId);
    const att = await repo.deleteAttachment(t, schemeId, attachmentId);
    if (!att) throw notFound();
    await removeFile(t, config, att.fileId);
    await record(t, actor, {
      action: 'scheme.attachment_removed',
      entityType: 'scheme',
      entityId: schemeId,
      provinceCode: scheme.provinceCode,
      before: att,
    });
    return scheme;
  });
  return presentScheme(db, actor, row);
}

/** Anyone who can read the scheme can read its dossier files. */
export async function sendAttachment(
  db: Db,
  config: Pick<Config, 'filesDir'>,
  actor: Actor,
  reply: FastifyReply,
  schemeId: string,
  attachmentId: string,
) {
  const scheme = await repo.findScheme(db, scopeFor(actor), schemeId);
  if (!scheme) throw notFound();
  const att = (await repo.listAttachments(db, schemeId)).find((a) => a.id === attachmentId);
  const file = att ? await getFile(db, att.fileId) : undefined;
  if (!file) throw notFound();
  return sendFile(reply, config, file);
}
