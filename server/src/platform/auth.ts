import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { Database, Db } from '../db/client.ts';
import type { Actor } from './actor.ts';
import { AppError } from './errors.ts';

export const SESSION_COOKIE = 'kc_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionState: 'none' | 'valid' | 'expired';
    csrfToken: string | null;
  }
  interface FastifyInstance {
    db: Db;
    database: Database;
    config: Config;
  }
}

/** The signed-in actor, or 401 (with "expired" when the cookie was there but is no longer valid). */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor)
    throw new AppError(req.sessionState === 'expired' ? 'AUTH_SESSION_EXPIRED' : 'AUTH_REQUIRED');
  return req.actor;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF defence for every state-changing request: the Origin (when sent) must be this host, and a
 * signed-in request must echo the session's CSRF token in a header (a cross-site form cannot set headers).
 */
export function checkCsrf(req: FastifyRequest, config: Config, exempt: boolean) {
  if (!UNSAFE.has(req.method)) return;
  const origin = req.headers.origin;
  if (origin && origin !== 'null') {
    let host: string | undefined;
    try {
      host = new URL(origin).host;
    } catch {
      throw new AppError('AUTH_CSRF_FAILED');
    }
    const allowed = new Set([
      req.headers.host,
      config.PUBLIC_URL ? new URL(config.PUBLIC_URL).host : undefined,
    ]);
    if (!allowed.has(host)) throw new AppError('AUTH_CSRF_FAILED');
  } else if (origin === 'null') {
    throw new AppError('AUTH_CSRF_FAILED');
  }
  if (exempt || req.sessionState !== 'valid') return;
  const sent = req.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || sent !== req.csrfToken) throw new AppError('AUTH_CSRF_FAILED');
}

export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, config: Config, token: string) {
  const secure = config.COOKIE_SECURE === 'auto' ? req.protocol === 'https' : config.COOKIE_SECURE === 'true';
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: config.SESSION_TTL_HOURS * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
