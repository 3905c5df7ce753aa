import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Config } from '../../config.ts';
import { AppError } from '../../platform/errors.ts';
import { tempPath, type UploadPart } from './files.service.ts';

export type DocumentType = { media: string; magic: number[][] };

/**
 * Dossier and evidence files: PDF, Word, Excel and scanned images, recognised by their name and by their
 * first bytes (a renamed .exe is refused).
 */
export const documentTypes: Record<string, DocumentType> = {
  '.pdf': { media: 'application/pdf', magic: [[0x25, 0x50, 0x44, 0x46]] },
  '.docx': {
    media: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: [[0x50, 0x4b, 0x03, 0x04]],
  },
  '.xlsx': {
    media: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    magic: [[0x50, 0x4b, 0x03, 0x04]],
  },
  '.doc': { media: 'application/msword', magic: [[0xd0, 0xcf, 0x11, 0xe0]] },
  '.xls': { media: 'application/vnd.ms-excel', magic: [[0xd0, 0xcf, 0x11, 0xe0]] },
  '.jpg': { media: 'image/jpeg', magic: [[0xff, 0xd8, 0xff]] },
  '.jpeg': { media: 'image/jpeg', magic: [[0xff, 0xd8, 0xff]] },
  '.png': { media: 'image/png', magic: [[0x89, 0x50, 0x4e, 0x47]] },
};

/** The accepted extensions as one phrase for messages (".pdf, .docx, …"). */
export const documentExtensions = Object.keys(documentTypes).join(', ');

/** The type a file name claims, by its extension (case-insensitive). */
export function documentTypeOf(name: string): DocumentType | undefined {
  return documentTypes[path.extname(name).toLowerCase()];
}

/** Whether the first bytes are those of the type. */
export function hasMagic(type: DocumentType, head: Uint8Array): boolean {
  return type.magic.some((m) => m.every((b, i) => head[i] === b));
}

/** The uploaded name, reduced to its last path segment and 200 characters. */
export function uploadName(part: UploadPart, fallback = 'tep-dinh-kem'): string {
  return path.basename(part.filename || fallback).slice(0, 200);
}

export type ReceivedDocument = { name: string; type: DocumentType; tmp: string };

/**
 * Streams an uploaded document to a temporary file and checks it: a missing file, a name of another type,
 * a file cut at UPLOAD_MAX_MB, an empty file and content that is not what the name says are refused.
 * `authorize` runs after the name check and before any byte is written (the body is drained if it throws).
 * The caller moves the file into the store (`storeFromPath`) and removes `tmp` in a finally.
 */
export async function receiveDocument(
  config: Pick<Config, 'filesDir' | 'UPLOAD_MAX_MB'>,
  part: UploadPart | undefined,
  authorize: () => Promise<unknown> = async () => undefined,
): Promise<ReceivedDocument> {
  if (!part) throw new AppError('FILE_MISSING');
  const name = uploadName(part);
  const type = documentTypeOf(name);
  try {
    if (!type) throw new AppError('FILE_TYPE_NOT_ALLOWED', { name, expected: documentExtensions });
    await authorize();
  } catch (e) {
    part.file.resume();
    throw e;
  }
  const tmp = tempPath(config);
  try {
    try {
      await pipeline(part.file, fs.createWriteStream(tmp));
    } catch (e) {
      if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
        throw new AppError('FILE_TOO_LARGE', { limitMb: config.UPLOAD_MAX_MB });
      throw e;
    }
    if (part.file.truncated) throw new AppError('FILE_TOO_LARGE', { limitMb: config.UPLOAD_MAX_MB });
    const head = Buffer.alloc(8);
    const fd = fs.openSync(tmp, 'r');
    const read = fs.readSync(fd, head, 0, 8, 0);
    fs.closeSync(fd);
    if (read === 0) throw new AppError('FILE_EMPTY', { name });
    if (!hasMagic(type, head))
      throw new AppError('FILE_TYPE_NOT_ALLOWED', { name, expected: documentExtensions });
    return { name, type, tmp };
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
