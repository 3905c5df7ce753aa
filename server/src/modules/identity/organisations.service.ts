import type { ListResponse } from '../../../../shared/schemas/common.ts';
import {
  type OrganisationCreateInput,
  type OrganisationDto,
  type OrganisationListQuery,
  type OrganisationUpdateInput,
  type OrgKind,
  provincialOrgKinds,
} from '../../../../shared/schemas/identity.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, forbidden, isUniqueViolation, notFound } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import { currentProvinces } from '../reference/index.ts';
import { canOrg, type OrgTarget, scopeFor } from './identity.policy.ts';
import * as repo from './identity.repo.ts';

const target = (o: repo.OrganisationRow): OrgTarget => ({
  id: o.id,
  kind: o.kind as OrgKind,
  provinceCode: o.provinceCode,
});

async function present(
  db: Db,
  actor: Actor,
  o: repo.OrganisationRow,
  userCount: number,
  parentName: string | null,
): Promise<OrganisationDto> {
  const provinces = await currentProvinces(db);
  return {
    id: o.id,
    code: o.code,
    name: o.name,
    shortName: o.shortName,
    kind: o.kind as OrgKind,
    provinceCode: o.provinceCode,
    provinceName: o.provinceCode ? (provinces.get(o.provinceCode)?.name ?? null) : null,
    parentId: o.parentId,
    parentName,
    address: o.address,
    phone: o.phone,
    email: o.email,
    active: o.active,
    userCount,
    version: o.version,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
    abilities: { update: canOrg(actor, 'update', target(o)) },
  };
}

export async function listOrganisations(
  db: Db,
  actor: Actor,
  q: OrganisationListQuery,
): Promise<ListResponse<OrganisationDto>> {
  const { rows, total } = await repo.listOrganisations(db, scopeFor(actor), q);
  const items = await Promise.all(rows.map((r) => present(db, actor, r.org, r.userCount, null)));
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function getOrganisation(db: Db, actor: Actor, id: string): Promise<OrganisationDto> {
  const o = await repo.findOrganisation(db, scopeFor(actor), id);
  if (!o) throw notFound();
  const parent = o.parentId ? await repo.findOrganisation(db, { kind: 'all' }, o.parentId) : undefined;
  return present(db, actor, o, await repo.countUsersOf(db, o.id), parent?.name ?? null);
}

async function checkPlacement(
  db: Db,
  kind: OrgKind,
  provinceCode: string | null | undefined,
  parentId: string | null | undefined,
) {
  if (provincialOrgKinds.includes(kind) && !provinceCode) throw new AppError('ORG_PROVINCE_REQUIRED');
  if (kind === 'agency' && provinceCode)
    throw new AppError('VALIDATION_FAILED', undefined, [{ path: 'provinceCode', code: 'custom' }]);
  if (provinceCode && !(await currentProvinces(db)).has(provinceCode))
    throw new AppError('UNIT_UNKNOWN', { code: provinceCode });
  if (parentId) {
    const parent = await repo.findOrganisation(db, { kind: 'all' }, parentId);
    if (!parent) throw new AppError('ORG_PARENT_INVALID');
    if (parent.provinceCode && parent.provinceCode !== provinceCode) throw new AppError('ORG_PARENT_INVALID');
  }
}

export async function createOrganisation(
  db: Db,
  actor: Actor,
  input: OrganisationCreateInput,
): Promise<OrganisationDto> {
  const provinceCode = input.provinceCode ?? null;
  if (!canOrg(actor, 'create', { kind: input.kind, provinceCode })) throw forbidden();
  await checkPlacement(db, input.kind, provinceCode, input.parentId);
  const created = await tx(db, async (t) => {
    try {
      const row = await repo.insertOrganisation(t, {
        ...input,
        provinceCode,
        parentId: input.parentId ?? null,
      });
      await record(t, actor, {
        action: 'organisation.created',
        entityType: 'organisation',
        entityId: row.id,
        provinceCode,
        after: row,
      });
      return row;
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('ORG_CODE_TAKEN', { code: input.code });
      throw e;
    }
  });
  return present(db, actor, created, 0, null);
}

export async function updateOrganisation(
  db: Db,
  actor: Actor,
  id: string,
  input: OrganisationUpdateInput,
): Promise<OrganisationDto> {
  const saved = await tx(db, async (t) => {
    const current = await repo.findOrganisation(t, scopeFor(actor), id);
    if (!current) throw notFound();
    if (!canOrg(actor, 'update', target(current))) throw forbidden();
    const { version, ...patch } = input;
    const provinceCode = patch.provinceCode === undefined ? current.provinceCode : patch.provinceCode;
    // Moving an organisation to another province is the system administrator's call alone.
    if (provinceCode !== current.provinceCode && actor.role !== 'system_admin') throw forbidden();
    await checkPlacement(
      t,
      current.kind as OrgKind,
      provinceCode,
      patch.parentId === undefined ? current.parentId : patch.parentId,
    );
    const row = await repo.updateOrganisation(t, id, version, patch);
    if (!row) throw new AppError('VERSION_CONFLICT');
    if (row.provinceCode !== current.provinceCode) await repo.syncUserProvinces(t, id, row.provinceCode);
    await record(t, actor, {
      action: 'organisation.updated',
      entityType: 'organisation',
      entityId: id,
      provinceCode: row.provinceCode,
      before: current,
      after: row,
    });
    return row;
  });
  return present(db, actor, saved, await repo.countUsersOf(db, id), null);
}
