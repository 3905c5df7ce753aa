import type { ListResponse } from '../../../../shared/schemas/common.ts';
import type { ComputeResult } from '../../../../shared/schemas/rules.ts';
import type { SchemeVersionDto } from '../../../../shared/schemas/scheme-extras.ts';
import type {
  SchemeDto,
  SchemeInput,
  SchemeListItemDto,
  SchemeListQuery,
  SchemeState,
  SchemeUpdateInput,
  SupportPreviewInput,
} from '../../../../shared/schemas/schemes.ts';
import type { Db } from '../../db/client.ts';
import type { Actor, Scope } from '../../platform/actor.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import { currentProvinces } from '../reference/index.ts';
import * as list from './schemes.list.ts';
import { canCreate, partiesOf, scopeFor } from './schemes.policy.ts';
import { inputOf, presentListItem, presentScheme, snapshotOf, targetOf } from './schemes.present.ts';
import * as repo from './schemes.repo.ts';
import { computeForScheme, summaryOf } from './schemes.support.ts';
import { type Resolved, validateScheme } from './schemes.validate.ts';
import { isEditable } from './schemes.workflow.ts';

export async function listSchemes(
  db: Db,
  actor: Actor,
  q: SchemeListQuery,
): Promise<ListResponse<SchemeListItemDto> & { totalCapped: boolean }> {
  const { rows, total, capped } = await list.listSchemes(db, scopeFor(actor), q);
  const provinces = await currentProvinces(db);
  const items = rows.map((r) => presentListItem(actor, r, provinces));
  return { items, total, page: q.page, pageSize: q.pageSize, totalCapped: capped };
}

export async function getScheme(db: Db, actor: Actor, id: string): Promise<SchemeDto> {
  const row = await repo.findScheme(db, scopeFor(actor), id);
  if (!row) throw notFound();
  return presentScheme(db, actor, row);
}

/** The row's columns and child rows for an input that passed validation. */
export function recordOf(
  input: SchemeInput,
  resolved: Resolved,
  support: ComputeResult | null,
  code: string,
) {
  const row = {
    planYear: input.planYear,
    level: input.level,
    kind: input.kind,
    title: input.title,
    goals: input.goals ?? null,
    need: input.need ?? null,
    scale: input.scale ?? null,
    organisation: input.organisation ?? null,
    effects: input.effects ?? null,
    industryCodes: input.industryCodes,
    provinceCode: input.provinceCode,
    locationUnitId: input.locationUnitId ?? null,
    address: input.address ?? null,
    implementerOrgId: input.implementerOrgId,
    implementerName: resolved.implementerName,
    beneficiariesLater: input.beneficiariesLater,
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    valueChain: input.valueChain ?? null,
    priorityArea: input.priorityArea,
    contacts: input.contacts,
    ...summaryOf(support),
    searchText: repo.searchTextOf([
      code,
      input.title,
      resolved.implementerName,
      ...resolved.beneficiaries.map((b) => b.name),
      input.valueChain,
    ]),
  };
  const children: repo.Children = {
    contents: input.contentCodes,
    beneficiaries: resolved.beneficiaries.map((b, i) => ({
      establishmentId: b.id,
      name: b.name,
      code: b.code,
      provinceCode: b.provinceCode,
      sortOrder: i,
    })),
    costLines: input.costLines.map((l, i) => ({
      lineNo: i + 1,
      itemCode: l.itemCode,
      contentCode: l.contentCode,
      description: l.description,
      unit: l.unit ?? null,
      quantity: l.quantity,
      unitPrice: BigInt(l.unitPrice),
      total: BigInt(l.total),
      fundingSource: l.fundingSource,
    })),
    milestones: input.milestones.map((m, i) => ({
      seq: i + 1,
      title: m.title,
      dueDate: m.dueDate,
      note: m.note ?? null,
    })),
    partners: input.partners.map((p, i) => ({
      seq: i + 1,
      organisationId: p.organisationId ?? null,
      name: p.name,
      role: p.role ?? null,
    })),
  };
  return { row, children };
}

export async function createScheme(db: Db, actor: Actor, input: SchemeInput): Promise<SchemeDto> {
  if (!canCreate(actor, input)) throw forbidden();
  const resolved = await validateScheme(db, input);
  const support = await computeForScheme(db, input);
  const saved = await tx(db, async (t) => {
    const n = await repo.nextNumber(t);
    const code = `${input.level === 'national' ? 'KCQG' : 'KCDP'}-${input.planYear}-${String(n).padStart(6, '0')}`;
    const { row, children } = recordOf(input, resolved, support, code);
    const created = await repo.insertScheme(t, {
      ...row,
      code,
      ownerOrgId: actor.organisationId,
      createdBy: actor.userId,
      updatedBy: actor.userId,
    });
    await repo.replaceChildren(t, created.id, children);
    await repo.saveSupport(t, created.id, support);
    const snapshot = snapshotOf(created, children);
    await repo.insertVersion(t, {
      schemeId: created.id,
      version: 1,
      reason: 'created',
      state: created.state,
      snapshot,
      createdBy: actor.userId,
      createdByName: actor.fullName,
    });
    await record(t, actor, {
      action: 'scheme.created',
      entityType: 'scheme',
      entityId: created.id,
      provinceCode: created.provinceCode,
      after: snapshot,
    });
    return created;
  });
  return presentScheme(db, actor, saved);
}

export async function updateScheme(
  db: Db,
  actor: Actor,
  id: string,
  input: SchemeUpdateInput,
): Promise<SchemeDto> {
  const { version, ...fields } = input;
  const saved = await tx(db, async (t) => {
    const current = await repo.findScheme(t, scopeFor(actor), id, true);
    if (!current) throw notFound();
    if (!partiesOf(actor, targetOf(current)).includes('owner') || !canCreate(actor, fields))
      throw forbidden();
    if (!isEditable(current.state as SchemeState))
      throw new AppError('SCHEME_NOT_EDITABLE', { state: current.state });
    if (current.version !== version) throw new AppError('VERSION_CONFLICT');
    const resolved = await validateScheme(t, fields);
    const support = await computeForScheme(t, fields);
    const before = snapshotOf(current, await repo.loadChildren(t, id));
    const { row, children } = recordOf(fields, resolved, support, current.code);
    const updated = await repo.updateScheme(t, id, version, { ...row, updatedBy: actor.userId });
    if (!updated) throw new AppError('VERSION_CONFLICT');
    await repo.replaceChildren(t, id, children);
    await repo.saveSupport(t, id, support);
    const snapshot = snapshotOf(updated, children);
    await repo.insertVersion(t, {
      schemeId: id,
      version: updated.version,
      reason: 'updated',
      state: updated.state,
      snapshot,
      createdBy: actor.userId,
      createdByName: actor.fullName,
    });
    await record(t, actor, {
      action: 'scheme.updated',
      entityType: 'scheme',
      entityId: id,
      provinceCode: updated.provinceCode,
      before,
      after: snapshot,
    });
    return updated;
  });
  return presentScheme(db, actor, saved);
}

/** The live computation for the form: nothing is written. */
export async function previewSupport(db: Db, input: SupportPreviewInput): Promise<ComputeResult> {
  const r = await computeForScheme(db, input);
  if (!r) throw new AppError('VALIDATION_FAILED');
  return r;
}

export async function listVersions(db: Db, actor: Actor, id: string): Promise<SchemeVersionDto[]> {
  const row = await repo.findScheme(db, scopeFor(actor), id);
  if (!row) throw notFound();
  const versions = await repo.listVersions(db, id);
  return Promise.all(
    versions.map(async (v) => ({
      version: v.version,
      reason: v.reason,
      state: v.state as SchemeState,
      createdAt: v.createdAt.toISOString(),
      createdByName: v.createdByName,
      snapshot: {},
    })),
  );
}

export async function getVersion(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
): Promise<SchemeVersionDto> {
  const row = await repo.findScheme(db, scopeFor(actor), id);
  if (!row) throw notFound();
  const v = await repo.getVersion(db, id, version);
  if (!v) throw notFound();
  return {
    version: v.version,
    reason: v.reason,
    state: v.state as SchemeState,
    createdAt: v.createdAt.toISOString(),
    createdByName: v.createdByName,
    snapshot: v.snapshot,
  };
}

/** A plain record of a scheme for later modules (appraisal, plans, contracts), read within their scope. */
export async function getSchemeForModule(db: Db, scope: Scope, id: string) {
  const row = await repo.findScheme(db, scope, id);
  if (!row) return undefined;
  const children = await repo.loadChildren(db, id);
  return {
    id: row.id,
    code: row.code,
    state: row.state as SchemeState,
    version: row.version,
    ownerOrgId: row.ownerOrgId,
    ...inputOf(row, children),
    support: {
      ruleSetCode: row.ruleSetCode,
      costTotal: row.costTotal,
      stateRequested: row.stateRequested,
      stateAllowed: row.stateAllowed,
      counterpart: row.counterpart,
      blocking: row.blocking,
      detail: await repo.getSupport(db, id),
    },
  };
}

export const listSchemeIdsByState = repo.listIdsByState;
