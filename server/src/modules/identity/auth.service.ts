import { createHash, randomBytes } from 'node:crypto';
import type { ChangePasswordInput, LoginInput } from '../../../../shared/schemas/identity.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { hashPassword, verifyPassword } from '../../platform/passwords.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import * as repo from './identity.repo.ts';

export type AuthSettings = Pick<Config, 'SESSION_TTL_HOURS' | 'LOGIN_MAX_FAILURES' | 'LOGIN_LOCK_MINUTES'>;

export const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('base64url');

/** What an actor is made of: a user's identity and role, and its organisation's kind and province. */
type ActorSource = Pick<repo.UserWithOrg, 'id' | 'email' | 'fullName' | 'role' | 'organisationId'> & {
  org: Pick<repo.UserWithOrg['org'], 'kind' | 'provinceCode'>;
};

export function actorOf(u: ActorSource, extra?: Partial<Actor>): Actor {
  return {
    userId: u.id,
    email: u.email,
    fullName: u.fullName,
    role: u.role as Actor['role'],
    organisationId: u.organisationId,
    organisationKind: u.org.kind as Actor['organisationKind'],
    provinceCode: u.org.provinceCode,
    ...extra,
  };
}

type Client = { ip?: string; userAgent?: string };

/** Signs in; returns the cookie token and CSRF token. Failures are counted and lock the account. */
export async function login(db: Db, settings: AuthSettings, input: LoginInput, client: Client) {
  const user = await repo.findUserByEmail(db, input.email);
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  const now = new Date();
  if (!user) throw new AppError('AUTH_INVALID_CREDENTIALS');
  const who = actorOf(user, client);
  if (user.lockedUntil && user.lockedUntil > now) {
    throw new AppError('AUTH_ACCOUNT_LOCKED', { minutes: Math.ceil((+user.lockedUntil - +now) / 60000) });
  }
  if (!ok) {
    const failures = user.failedLoginCount + 1;
    const lock = failures >= settings.LOGIN_MAX_FAILURES;
    await tx(db, async (t) => {
      await repo.setLoginState(t, user.id, {
        failedLoginCount: lock ? 0 : failures,
        lockedUntil: lock ? new Date(+now + settings.LOGIN_LOCK_MINUTES * 60000) : user.lockedUntil,
      });
      await record(t, who, {
        action: lock ? 'user.locked' : 'auth.login_failed',
        entityType: 'user',
        entityId: user.id,
        provinceCode: user.provinceCode,
        meta: { failures },
      });
    });
    if (lock) throw new AppError('AUTH_ACCOUNT_LOCKED', { minutes: settings.LOGIN_LOCK_MINUTES });
    throw new AppError('AUTH_INVALID_CREDENTIALS');
  }
  if (user.status !== 'active') throw new AppError('AUTH_ACCOUNT_DISABLED');
  if (!user.org.active) throw new AppError('AUTH_ACCOUNT_DISABLED');
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const sessionId = sessionIdOf(token);
  await tx(db, async (t) => {
    await repo.insertSession(t, {
      id: sessionId,
      userId: user.id,
      csrfToken,
      expiresAt: new Date(+now + settings.SESSION_TTL_HOURS * 3600_000),
      ip: client.ip ?? null,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    });
    await repo.setLoginState(t, user.id, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now });
    await repo.deleteExpiredSessions(t);
    await record(t, who, {
      action: 'auth.logged_in',
      entityType: 'user',
      entityId: user.id,
      provinceCode: user.provinceCode,
    });
  });
  return { token, csrfToken, user };
}

export type ResolvedSession = { actor: Actor; csrfToken: string };

export type SessionLookup =
  | { ok: true; session: ResolvedSession }
  | { ok: false; reason: 'missing' | 'expired' };

/** Looks a cookie token up; expired or disabled sessions are refused. */
export async function resolveSession(db: Db, token: string, client: Client): Promise<SessionLookup> {
  const id = sessionIdOf(token);
  const row = await repo.findSessionWithUser(db, id);
  if (!row) return { ok: false, reason: 'missing' };
  if (row.session.expiresAt < new Date() || row.user.status !== 'active' || !row.org.active) {
    await repo.deleteSession(db, id);
    return { ok: false, reason: 'expired' };
  }
  return {
    ok: true,
    session: {
      actor: actorOf({ ...row.user, org: row.org }, { ...client, sessionId: id }),
      csrfToken: row.session.csrfToken,
    },
  };
}

export async function logout(db: Db, actor: Actor) {
  if (!actor.sessionId) return;
  const sessionId = actor.sessionId;
  await tx(db, async (t) => {
    await repo.deleteSession(t, sessionId);
    await record(t, actor, {
      action: 'auth.logged_out',
      entityType: 'user',
      entityId: actor.userId,
      provinceCode: actor.provinceCode,
    });
  });
}

/** Changes one's own password and ends every other session of the user. */
export async function changePassword(db: Db, actor: Actor, input: ChangePasswordInput) {
  const user = await repo.findUser(db, { kind: 'self', userId: actor.userId }, actor.userId);
  if (!user) throw new AppError('AUTH_REQUIRED');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
    throw new AppError('AUTH_WRONG_PASSWORD');
  const passwordHash = await hashPassword(input.newPassword);
  await tx(db, async (t) => {
    const saved = await repo.updateUser(t, user.id, user.version, {
      passwordHash,
      passwordChangedAt: new Date(),
    });
    if (!saved) throw new AppError('VERSION_CONFLICT');
    await repo.deleteSessionsOf(t, user.id, actor.sessionId);
    await record(t, actor, {
      action: 'user.password_changed',
      entityType: 'user',
      entityId: user.id,
      provinceCode: user.provinceCode,
    });
  });
}
