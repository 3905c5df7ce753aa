import type { ListResponse } from '../../../../shared/schemas/common.ts';
import {
  type OrgKind,
  type Role,
  rolesForOrgKind,
  type UserCreateInput,
  type UserDto,
  type UserListQuery,
  type UserUpdateInput,
} from '../../../../shared/schemas/identity.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, forbidden, isUniqueViolation, notFound } from '../../platform/errors.ts';
import { hashPassword } from '../../platform/passwords.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import { currentProvinces } from '../reference/index.ts';
import { canOrg, canUser, scopeFor, type UserTarget } from './identity.policy.ts';
import * as repo from './identity.repo.ts';

const targetOf = (u: repo.UserWithOrg): UserTarget => ({
  id: u.id,
  role: u.role as Role,
  organisation: { id: u.org.id, kind: u.org.kind as OrgKind, provinceCode: u.org.provinceCode },
});

export async function presentUser(db: Db, actor: Actor, u: repo.UserWithOrg): Promise<UserDto> {
  const provinces = await currentProvinces(db);
  const t = targetOf(u);
  return {
    id: u.id,
    email: u.email,
    fullName: u.fullName,
    title: u.title,
    phone: u.phone,
    role: u.role as Role,
    status: u.status as UserDto['status'],
    organisationId: u.organisationId,
    organisationName: u.org.name,
    organisationKind: u.org.kind as OrgKind,
    provinceCode: u.org.provinceCode,
    provinceName: u.org.provinceCode ? (provinces.get(u.org.provinceCode)?.name ?? null) : null,
    lockedUntil: u.lockedUntil && u.lockedUntil > new Date() ? u.lockedUntil.toISOString() : null,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    version: u.version,
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
    abilities: {
      update: canUser(actor, 'update', t),
      disable: canUser(actor, 'disable', t),
      resetPassword: canUser(actor, 'resetPassword', t),
      changeRole: canUser(actor, 'changeRole', t),
    },
  };
}

export async function listUsers(db: Db, actor: Actor, q: UserListQuery): Promise<ListResponse<UserDto>> {
  const { rows, total } = await repo.listUsers(db, scopeFor(actor), q);
  const items = await Promise.all(rows.map((u) => presentUser(db, actor, u)));
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function getUser(db: Db, actor: Actor, id: string): Promise<UserDto> {
  const u =
    id === actor.userId
      ? await repo.findUser(db, { kind: 'self', userId: id }, id)
      : await repo.findUser(db, scopeFor(actor), id);
  if (!u) throw notFound();
  return presentUser(db, actor, u);
}

function checkRoleFits(role: Role, kind: OrgKind) {
  if (!rolesForOrgKind[kind].includes(role)) throw new AppError('USER_ROLE_NOT_ALLOWED');
}

export async function createUser(db: Db, actor: Actor, input: UserCreateInput): Promise<UserDto> {
  const org = await repo.findOrganisation(db, scopeFor(actor), input.organisationId);
  if (!org)
    throw new AppError('VALIDATION_FAILED', undefined, [{ path: 'organisationId', code: 'invalid_value' }]);
  const orgTarget = { id: org.id, kind: org.kind as OrgKind, provinceCode: org.provinceCode };
  if (!canUser(actor, 'create', { role: input.role, organisation: orgTarget })) throw forbidden();
  checkRoleFits(input.role, org.kind as OrgKind);
  const passwordHash = await hashPassword(input.password);
  const id = await tx(db, async (t) => {
    try {
      const { password: _pw, ...rest } = input;
      const row = await repo.insertUser(t, {
        ...rest,
        passwordHash,
        provinceCode: org.provinceCode,
        passwordChangedAt: new Date(),
      });
      await record(t, actor, {
        action: 'user.created',
        entityType: 'user',
        entityId: row.id,
        provinceCode: row.provinceCode,
        after: row,
      });
      return row.id;
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('USER_EMAIL_TAKEN', { email: input.email });
      throw e;
    }
  });
  return getUser(db, actor, id);
}

export async function updateUser(db: Db, actor: Actor, id: string, input: UserUpdateInput): Promise<UserDto> {
  const { version, unlock, newPassword, ...fields } = input;
  const passwordHash = newPassword ? await hashPassword(newPassword) : undefined;
  await tx(db, async (t) => {
    const current = await repo.findUser(t, scopeFor(actor), id);
    if (!current) throw notFound();
    const before = targetOf(current);
    if (!canUser(actor, 'update', before)) throw forbidden();
    if (fields.status === 'disabled' && current.status !== 'disabled') {
      if (id === actor.userId) throw new AppError('USER_CANNOT_LOCK_SELF');
      if (!canUser(actor, 'disable', before)) throw forbidden();
    }
    if (passwordHash && !canUser(actor, 'resetPassword', before)) throw forbidden();
    let org = current.org;
    if (fields.organisationId && fields.organisationId !== current.organisationId) {
      const next = await repo.findOrganisation(t, scopeFor(actor), fields.organisationId);
      if (!next)
        throw new AppError('VALIDATION_FAILED', undefined, [
          { path: 'organisationId', code: 'invalid_value' },
        ]);
      if (
        !canOrg(actor, 'update', {
          id: next.id,
          kind: next.kind as OrgKind,
          provinceCode: next.provinceCode,
        }) &&
        actor.role !== 'system_admin'
      )
        throw forbidden();
      org = next;
    }
    const role = fields.role ?? (current.role as Role);
    if (role !== current.role || org.id !== current.org.id) {
      if (!canUser(actor, 'changeRole', before)) throw forbidden();
      // The new role must also be one the actor may hand out.
      if (
        !canUser(actor, 'create', {
          role,
          organisation: { id: org.id, kind: org.kind as OrgKind, provinceCode: org.provinceCode },
        })
      )
        throw forbidden();
      checkRoleFits(role, org.kind as OrgKind);
    }
    const row = await repo.updateUser(t, id, version, {
      ...fields,
      provinceCode: org.provinceCode,
      ...(unlock ? { lockedUntil: null, failedLoginCount: 0 } : {}),
      ...(passwordHash ? { passwordHash, passwordChangedAt: new Date() } : {}),
    });
    if (!row) throw new AppError('VERSION_CONFLICT');
    if (passwordHash || row.status === 'disabled') await repo.deleteSessionsOf(t, id);
    const action =
      fields.status && fields.status !== current.status
        ? fields.status === 'disabled'
          ? 'user.disabled'
          : 'user.enabled'
        : passwordHash
          ? 'user.password_reset'
          : unlock
            ? 'user.unlocked'
            : 'user.updated';
    await record(t, actor, {
      action,
      entityType: 'user',
      entityId: id,
      provinceCode: row.provinceCode,
      before: current,
      after: row,
    });
  });
  return getUser(db, actor, id);
}
