import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { contentDisposition } from '../files/index.ts';

/** Sends bytes or a stream (PDF, Word, Excel, images) outside the JSON response schemas. */
export function sendBinary(
  reply: FastifyReply,
  file: { type: string; name: string; inline?: boolean; cache?: string },
  body: Buffer | Readable,
) {
  return reply
    .header('content-type', file.type)
    .header('content-disposition', contentDisposition(file.name, file.inline ? 'inline' : 'attachment'))
    .header('cache-control', file.cache ?? 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(body);
}
