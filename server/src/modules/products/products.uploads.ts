import path from 'node:path';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { type StoredFile, storeBuffer } from '../files/index.ts';

export const PHOTO_PURPOSE = 'products.photo';
export const DOCUMENT_PURPOSE = 'products.document';

type Kind = { mime: string; ext: readonly string[]; test: (b: Buffer) => boolean };
const jpeg: Kind = {
  mime: 'image/jpeg',
  ext: ['.jpg', '.jpeg'],
  test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
};
const png: Kind = {
  mime: 'image/png',
  ext: ['.png'],
  test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
};
const webp: Kind = {
  mime: 'image/webp',
  ext: ['.webp'],
  test: (b) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP',
};
const pdf: Kind = {
  mime: 'application/pdf',
  ext: ['.pdf'],
  test: (b) => b.toString('latin1', 0, 5) === '%PDF-',
};

/** Photos: JPEG, PNG, WebP up to 5 MB. Documents (quality certificates, trademark): PDF, JPEG, PNG up to 10 MB. */
export const uploadKinds = {
  photo: {
    purpose: PHOTO_PURPOSE,
    kinds: [jpeg, png, webp],
    maxBytes: 5 * 1024 * 1024,
    label: 'JPEG, PNG, WebP',
  },
  document: {
    purpose: DOCUMENT_PURPOSE,
    kinds: [pdf, jpeg, png],
    maxBytes: 10 * 1024 * 1024,
    label: 'PDF, JPEG, PNG',
  },
} as const;
export type UploadKind = keyof typeof uploadKinds;

export type UploadPart = { filename: string; toBuffer: () => Promise<Buffer>; file: { truncated?: boolean } };

/** Checks an upload by extension and content (they must agree) and size, then stores it. */
export async function storeUpload(
  db: Db,
  config: Pick<Config, 'filesDir' | 'UPLOAD_MAX_MB'>,
  actor: Actor,
  kind: UploadKind,
  part: UploadPart | undefined,
): Promise<StoredFile> {
  if (!part) throw new AppError('FILE_MISSING');
  const spec = uploadKinds[kind];
  const name = path.basename(part.filename || 'tep').slice(0, 200);
  const maxMb = `${Math.min(spec.maxBytes / 1024 / 1024, config.UPLOAD_MAX_MB)} MB`;
  let bytes: Buffer;
  try {
    bytes = await part.toBuffer();
  } catch (e) {
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('PRODUCT_UPLOAD_TOO_LARGE', { name, max: maxMb });
    throw e;
  }
  if (part.file.truncated || bytes.length > spec.maxBytes)
    throw new AppError('PRODUCT_UPLOAD_TOO_LARGE', { name, max: maxMb });
  if (bytes.length === 0) throw new AppError('FILE_EMPTY', { name });
  const ext = path.extname(name).toLowerCase();
  const match = spec.kinds.find((k) => k.ext.includes(ext) && k.test(bytes));
  if (!match) throw new AppError('PRODUCT_UPLOAD_TYPE', { name, allowed: spec.label });
  return storeBuffer(db, config, bytes, {
    name,
    mediaType: match.mime,
    purpose: spec.purpose,
    createdBy: actor.userId,
    provinceCode: actor.provinceCode,
  });
}
