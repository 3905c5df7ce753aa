import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyReply } from 'fastify';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { deleteFileRow, findFile, findFiles, insertFile, type StoredFile } from './files.repo.ts';

export type { StoredFile };
export type FilesConfig = Pick<Config, 'filesDir' | 'UPLOAD_MAX_MB'>;

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type FileMeta = {
  name: string;
  mediaType: string;
  purpose: string;
  createdBy: string | null;
  provinceCode: string | null;
  expiresAt?: Date | null;
};

/** An upload as @fastify/multipart hands it over: a name and a byte stream that is cut at the size limit. */
export type UploadPart = { filename: string; file: Readable & { truncated?: boolean } };

export function pathOf(config: Pick<Config, 'filesDir'>, file: Pick<StoredFile, 'storageKey'>): string {
  return path.join(config.filesDir, file.storageKey);
}

/** A fresh path under FILES_DIR/tmp for a job to write its output to before `storeFromPath`. */
export function tempPath(config: Pick<Config, 'filesDir'>, ext = ''): string {
  const dir = path.join(config.filesDir, 'tmp');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${randomUUID()}${ext}`);
}

async function hashFile(file: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of fs.createReadStream(file)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

async function place(
  db: Db,
  config: Pick<Config, 'filesDir'>,
  tmp: string,
  meta: FileMeta,
  sha256: string,
  size: number,
) {
  const id = randomUUID();
  const storageKey = path.join(id.slice(0, 2), id);
  const dest = path.join(config.filesDir, storageKey);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.renameSync(tmp, dest);
  try {
    return await insertFile(db, { id, ...meta, expiresAt: meta.expiresAt ?? null, size, sha256, storageKey });
  } catch (e) {
    fs.rmSync(dest, { force: true });
    throw e;
  }
}

/** Moves a file a job has written into the store and records it. */
export async function storeFromPath(
  db: Db,
  config: Pick<Config, 'filesDir'>,
  tmp: string,
  meta: FileMeta,
): Promise<StoredFile> {
  const { sha256, size } = await hashFile(tmp);
  return place(db, config, tmp, meta, sha256, size);
}

/** Stores bytes held in memory (small generated files). */
export async function storeBuffer(
  db: Db,
  config: Pick<Config, 'filesDir'>,
  bytes: Uint8Array,
  meta: FileMeta,
): Promise<StoredFile> {
  const tmp = tempPath(config);
  fs.writeFileSync(tmp, bytes);
  return place(db, config, tmp, meta, createHash('sha256').update(bytes).digest('hex'), bytes.length);
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/**
 * Streams an uploaded .xlsx to disk while hashing it, then records it. Refuses, with a precise message,
 * a missing file, another format (by name and by content), an empty file and one over UPLOAD_MAX_MB.
 */
export async function saveXlsxUpload(
  db: Db,
  config: FilesConfig,
  part: UploadPart | undefined,
  meta: Omit<FileMeta, 'name' | 'mediaType'>,
) {
  if (!part) throw new AppError('FILE_MISSING');
  const name = path.basename(part.filename || 'tep-tai-len.xlsx').slice(0, 200);
  if (!/\.xlsx$/i.test(name)) {
    part.file.resume();
    throw new AppError('FILE_TYPE_NOT_ALLOWED', { name, expected: '.xlsx' });
  }
  const tmp = tempPath(config);
  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  try {
    await pipeline(
      part.file,
      async function* (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          hash.update(chunk);
          size += chunk.length;
          if (head.length < 4) head = Buffer.concat([head, chunk.subarray(0, 4 - head.length)]);
          yield chunk;
        }
      },
      fs.createWriteStream(tmp),
    );
    if (part.file.truncated) throw new AppError('FILE_TOO_LARGE', { limitMb: config.UPLOAD_MAX_MB });
    if (size === 0) throw new AppError('FILE_EMPTY', { name });
    if (head.equals(OLE_MAGIC))
      throw new AppError('FILE_TYPE_NOT_ALLOWED', {
        name,
        expected: '.xlsx (không nhận .xls Excel 97-2003)',
      });
    if (!head.equals(ZIP_MAGIC)) throw new AppError('FILE_TYPE_NOT_ALLOWED', { name, expected: '.xlsx' });
    return await place(
      db,
      config,
      tmp,
      { ...meta, name, mediaType: XLSX_MEDIA_TYPE },
      hash.digest('hex'),
      size,
    );
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('FILE_TOO_LARGE', { limitMb: config.UPLOAD_MAX_MB });
    throw e;
  }
}

export async function getFile(db: Db, id: string): Promise<StoredFile | undefined> {
  return findFile(db, id);
}

export async function getFiles(db: Db, ids: string[]): Promise<StoredFile[]> {
  return findFiles(db, ids);
}

export async function removeFile(db: Db, config: Pick<Config, 'filesDir'>, id: string): Promise<void> {
  const file = await findFile(db, id);
  if (!file) return;
  await deleteFileRow(db, id);
  fs.rmSync(pathOf(config, file), { force: true });
}

/** ASCII fallback for old clients: diacritics dropped, unsafe characters replaced. */
export function asciiFilename(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._ -]/g, '_');
}

/** RFC 6266 / RFC 5987: a plain ASCII filename plus the exact UTF-8 name in filename*. */
export function contentDisposition(
  name: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${asciiFilename(name)}"; filename*=UTF-8''${encoded}`;
}

/** Sends a stored file as a download. A row whose bytes are gone answers 404. */
export function sendFile(reply: FastifyReply, config: Pick<Config, 'filesDir'>, file: StoredFile) {
  const p = pathOf(config, file);
  if (!fs.existsSync(p)) throw new AppError('NOT_FOUND');
  return reply
    .header('content-type', file.mediaType)
    .header('content-length', String(file.size))
    .header('content-disposition', contentDisposition(file.name))
    .header('cache-control', 'private, no-store')
    .send(fs.createReadStream(p));
}
