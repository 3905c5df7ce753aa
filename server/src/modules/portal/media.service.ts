import fs from 'node:fs';
import type { MediaDto } from '../../../../shared/schemas/portal.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, forbidden } from '../../platform/errors.ts';
import { record } from '../audit/index.ts';
import { contentDisposition, getFile, pathOf, type StoredFile, storeBuffer } from '../files/index.ts';
import { checkUpload, cleanName } from './media.types.ts';
import { isContentStaff } from './portal.policy.ts';
import { mediaDto } from './portal.present.ts';
import type { StoredAttachment } from './portal.tables.ts';

/** Files the portal stores through the platform's file storage carry this purpose; only these are served publicly. */
export const MEDIA_PURPOSE = 'portal.media';

/**
 * Stores an image or a document an editor uploads (cover, picture in the body, attachment, a document's file)
 * after checking its size and its real type by content, whatever its name says.
 */
export async function uploadMedia(
  db: Db,
  config: Pick<Config, 'filesDir'>,
  actor: Actor,
  upload: { filename: string; bytes: Uint8Array; imageOnly?: boolean },
): Promise<MediaDto> {
  if (!isContentStaff(actor)) throw forbidden();
  const name = cleanName(upload.filename);
  const type = checkUpload(name, upload.bytes, { imageOnly: upload.imageOnly });
  const file = await storeBuffer(db, config, upload.bytes, {
    name,
    mediaType: type.mime,
    purpose: MEDIA_PURPOSE,
    createdBy: actor.userId,
    provinceCode: actor.provinceCode,
  });
  await record(db, actor, {
    action: 'portal.media.uploaded',
    entityType: 'stored_file',
    entityId: file.id,
    provinceCode: actor.provinceCode,
    after: { id: file.id, name, mediaType: type.mime, size: file.size, sha256: file.sha256 },
  });
  return mediaDto(attachmentOf(file));
}

function attachmentOf(f: StoredFile): StoredAttachment {
  return { id: f.id, name: f.name, mime: f.mediaType, size: Number(f.size) };
}

/** The portal's stored files for these ids, in order; an unknown id is a field error. */
export async function resolveMedia(db: Db, ids: string[]): Promise<StoredAttachment[]> {
  const files = await Promise.all(ids.map((id) => getFile(db, id)));
  const bad = ids.filter((_, i) => files[i]?.purpose !== MEDIA_PURPOSE);
  if (bad.length)
    throw new AppError('VALIDATION_FAILED', undefined, [
      { path: 'attachmentIds', code: 'portal_media_unknown' },
    ]);
  return files.map((f) => attachmentOf(f!));
}

/** A public file: its metadata and a stream of its bytes, or null when unknown or not the portal's. */
export async function openPublicMedia(
  db: Db,
  config: Pick<Config, 'filesDir'>,
  id: string,
): Promise<{ file: StoredAttachment; disposition: string; stream: fs.ReadStream } | null> {
  const f = await getFile(db, id);
  if (!f || f.purpose !== MEDIA_PURPOSE) return null;
  const p = pathOf(config, f);
  if (!fs.existsSync(p)) return null;
  const inline = f.mediaType.startsWith('image/') || f.mediaType === 'application/pdf';
  return {
    file: attachmentOf(f),
    disposition: contentDisposition(f.name, inline ? 'inline' : 'attachment'),
    stream: fs.createReadStream(p),
  };
}
