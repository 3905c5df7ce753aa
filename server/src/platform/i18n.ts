import type { FastifyRequest } from 'fastify';
import type { Locale } from '../../../shared/errors.ts';

/** Vietnamese unless the request asks for English (?lang=en, or Accept-Language preferring en). */
export function localeOf(req: FastifyRequest): Locale {
  const q = (req.query as Record<string, unknown> | undefined)?.lang;
  if (q === 'en' || q === 'vi') return q;
  const header = req.headers['accept-language'];
  if (typeof header === 'string') {
    const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
    if (first.startsWith('en')) return 'en';
  }
  return 'vi';
}
