import path from 'node:path';
import { AppError } from '../../platform/errors.ts';

/**
 * What the portal accepts as uploads, checked by content (magic bytes) and by extension, which must agree:
 * a program renamed .pdf is refused. SVG is refused (it can carry script).
 */
export type MediaType = { ext: readonly string[]; mime: string; image: boolean; label: string };

export const mediaTypes = {
  png: { ext: ['.png'], mime: 'image/png', image: true, label: 'PNG' },
  jpeg: { ext: ['.jpg', '.jpeg'], mime: 'image/jpeg', image: true, label: 'JPEG' },
  gif: { ext: ['.gif'], mime: 'image/gif', image: true, label: 'GIF' },
  webp: { ext: ['.webp'], mime: 'image/webp', image: true, label: 'WebP' },
  pdf: { ext: ['.pdf'], mime: 'application/pdf', image: false, label: 'PDF' },
  docx: {
    ext: ['.docx'],
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    image: false,
    label: 'Word (.docx)',
  },
  xlsx: {
    ext: ['.xlsx'],
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    image: false,
    label: 'Excel (.xlsx)',
  },
  doc: { ext: ['.doc'], mime: 'application/msword', image: false, label: 'Word 97-2003 (.doc)' },
  xls: { ext: ['.xls'], mime: 'application/vnd.ms-excel', image: false, label: 'Excel 97-2003 (.xls)' },
} as const satisfies Record<string, MediaType>;

export type MediaKey = keyof typeof mediaTypes;

export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

export const allowedList = Object.values(mediaTypes)
  .flatMap((t) => t.ext)
  .join(', ');

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (b: Uint8Array, from: number, to: number) =>
  Buffer.from(b.subarray(from, to)).toString('latin1');

/** The candidates a file's first bytes allow (an OOXML zip or an OLE file may be one of several). */
export function sniff(head: Uint8Array): MediaKey[] {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return ['png'];
  if (startsWith(head, [0xff, 0xd8, 0xff])) return ['jpeg'];
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return ['gif'];
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return ['webp'];
  if (ascii(head, 0, 5) === '%PDF-') return ['pdf'];
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    const text = ascii(head, 0, head.length);
    if (text.includes('word/')) return ['docx'];
    if (text.includes('xl/')) return ['xlsx'];
    return ['docx', 'xlsx'];
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return ['doc', 'xls'];
  return [];
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** A safe display name: no directories, no control characters, at most 200 characters. */
export function cleanName(name: string): string {
  const visible = [...path.basename(name.replace(/\\/g, '/'))]
    .filter((c) => {
      const code = c.codePointAt(0) ?? 0;
      return code >= 0x20 && code !== 0x7f && c !== '"' && c !== '<' && c !== '>';
    })
    .join('')
    .trim();
  return (visible || 'tep-tai-len').slice(0, 200);
}

/**
 * Checks an upload's name, size and content. Returns its type or throws PORTAL_FILE_TYPE_REFUSED /
 * PORTAL_FILE_TOO_LARGE with the file's name and the limits in the message.
 */
export function checkUpload(
  name: string,
  bytes: Uint8Array,
  opts: { imageOnly?: boolean } = {},
): MediaType & { key: MediaKey } {
  const ext = path.extname(name).toLowerCase();
  const allowed = opts.imageOnly ? 'PNG, JPEG, GIF, WebP' : allowedList;
  const candidates = sniff(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
  const key = candidates.find((k) => (mediaTypes[k].ext as readonly string[]).includes(ext));
  if (!key || (opts.imageOnly && !mediaTypes[key].image))
    throw new AppError('PORTAL_FILE_TYPE_REFUSED', { name, allowed });
  const type = mediaTypes[key];
  const max = type.image ? IMAGE_MAX_BYTES : DOCUMENT_MAX_BYTES;
  if (bytes.length > max)
    throw new AppError('PORTAL_FILE_TOO_LARGE', {
      name,
      size: formatSize(bytes.length),
      max: formatSize(max),
    });
  return { ...type, key };
}
