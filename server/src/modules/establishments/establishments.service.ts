import type { ListResponse } from '../../../../shared/schemas/common.ts';
import {
  type EligibilityDto,
  type EligibilityStatus,
  type EstablishmentCreateInput,
  type EstablishmentDto,
  type EstablishmentKind,
  type EstablishmentListItem,
  type EstablishmentListQuery,
  type EstablishmentOption,
  type EstablishmentOptionQuery,
  type EstablishmentStatus,
  type EstablishmentUpdateInput,
  establishmentKindLabels,
  type RevenueBand,
} from '../../../../shared/schemas/establishments.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, forbidden, isUniqueViolation, notFound } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import { currentProvinces } from '../reference/index.ts';
import { assessEligibility, eligibilityRules, type LocationFacts, todayInVietnam } from './eligibility.ts';
import {
  canEstablishment,
  canListEstablishments,
  canPickBeneficiaries,
  establishmentScopeFor,
} from './establishments.policy.ts';
import * as repo from './establishments.repo.ts';
import {
  type EstablishmentFields,
  eligibilityInputOf,
  fieldsOf,
  industryCatalogue,
  recordValues,
} from './establishments.values.ts';
import { type UnitInfo, unitInfo } from './location.ts';

function requireScope(actor: Actor) {
  const scope = establishmentScopeFor(actor);
  if (!scope) throw forbidden();
  return scope;
}

const todayVerdict = (
  r: { elig2012: string; elig2025: string },
  date = todayInVietnam(),
): EligibilityStatus => {
  const rule = eligibilityRules.find(
    (x) => date >= x.effectiveFrom && (x.effectiveTo === null || date <= x.effectiveTo),
  );
  if (!rule) return 'undetermined';
  return (rule.code === 'ND45_2012' ? r.elig2012 : r.elig2025) as EligibilityStatus;
};

function presentItem(
  r: repo.ListRow,
  provinceNames: Map<string, { name: string }>,
  today = todayInVietnam(),
): EstablishmentListItem {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind as EstablishmentKind,
    kindLabel: establishmentKindLabels[r.kind as EstablishmentKind]?.vi ?? r.kind,
    registrationCode: r.registrationCode,
    representative: r.representative,
    phone: r.phone,
    unit: {
      id: r.unitId,
      era: r.unitEra,
      code: r.unitCode,
      name: r.unitLabel.split(', ')[0] ?? r.unitLabel,
      label: r.unitLabel,
    },
    provinceCode: r.provinceCode,
    provinceName: provinceNames.get(r.provinceCode)?.name ?? null,
    craftVillage: r.craftVillage,
    industries: r.industries,
    workforce: r.workforce,
    status: r.status as EstablishmentStatus,
    eligibility: todayVerdict(r, today),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function eligibilityOfRow(row: repo.EstablishmentRow, date: string): EligibilityDto {
  const res = assessEligibility(eligibilityInputOf(fieldsOf(row), row.locationFacts as LocationFacts), date);
  return {
    asOf: res.asOf,
    status: res.status,
    rule: res.rule,
    reasons: res.reasons.map((x) => ({ code: x.code, message: x.vi })),
    citations: res.citations,
  };
}

async function present(
  db: Db,
  actor: Actor,
  row: repo.EstablishmentRow,
  date = todayInVietnam(),
): Promise<EstablishmentDto> {
  const [provinces, industries] = await Promise.all([currentProvinces(db), industryCatalogue(db)]);
  const target = { provinceCode: row.provinceCode, organisationId: row.organisationId };
  return {
    ...presentItem(row, provinces),
    email: row.email,
    address: row.address,
    industryNames: row.industries.map((code) => ({
      code,
      name: industries.byCode.get(code.toUpperCase()) ?? code,
    })),
    products: row.products,
    revenueBand: row.revenueBand as RevenueBand | null,
    womanOwned: row.womanOwned,
    ethnicMinorityOwned: row.ethnicMinorityOwned,
    foundedYear: row.foundedYear,
    cleanerProduction: row.cleanerProduction,
    eligibility: todayVerdict(row, date),
    eligibilityDetail: eligibilityOfRow(row, date),
    eligibilityByRule: eligibilityRules.map((rule) => ({
      rule: rule.code,
      title: rule.title,
      status: (rule.code === 'ND45_2012' ? row.elig2012 : row.elig2025) as EligibilityStatus,
    })),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    abilities: {
      update: canEstablishment(actor, 'update', target),
      delete: canEstablishment(actor, 'delete', target),
    },
  };
}

export async function listEstablishments(
  db: Db,
  actor: Actor,
  q: EstablishmentListQuery,
): Promise<ListResponse<EstablishmentListItem> & { totalCapped: boolean }> {
  const scope = requireScope(actor);
  const [{ rows, total, capped }, provinces] = await Promise.all([
    repo.listEstablishments(db, scope, q),
    currentProvinces(db),
  ]);
  const today = todayInVietnam();
  return {
    items: rows.map((r) => presentItem(r, provinces, today)),
    total,
    page: q.page,
    pageSize: q.pageSize,
    totalCapped: capped,
  };
}

/** Active establishments of a province for a scheme's beneficiary picker (public identity only). */
export async function establishmentOptions(
  db: Db,
  actor: Actor,
  q: EstablishmentOptionQuery,
): Promise<EstablishmentOption[]> {
  if (!canPickBeneficiaries(actor, q.provinceCode)) throw forbidden();
  const [{ rows }, provinces] = await Promise.all([
    repo.listEstablishments(
      db,
      { kind: 'province', provinceCode: q.provinceCode },
      { q: q.q, status: 'active', page: 1, pageSize: q.pageSize, sort: q.q ? undefined : 'name' },
    ),
    currentProvinces(db),
  ]);
  return rows.map((r) => {
    const i = presentItem(r, provinces);
    return {
      id: i.id,
      name: i.name,
      kind: i.kind,
      kindLabel: i.kindLabel,
      registrationCode: i.registrationCode,
      unit: i.unit,
      provinceCode: i.provinceCode,
      provinceName: i.provinceName,
      eligibility: i.eligibility,
    };
  });
}

export async function getEstablishment(
  db: Db,
  actor: Actor,
  id: string,
  date?: string,
): Promise<EstablishmentDto> {
  const row = await repo.findEstablishment(db, requireScope(actor), id);
  if (!row) throw notFound();
  return present(db, actor, row, date);
}

export async function getEligibility(
  db: Db,
  actor: Actor,
  id: string,
  date: string,
): Promise<EligibilityDto> {
  const row = await repo.findEstablishment(db, requireScope(actor), id);
  if (!row) throw notFound();
  return eligibilityOfRow(row, date);
}

async function resolveUnit(db: Db, unitId: number): Promise<UnitInfo> {
  const info = await unitInfo(db, unitId);
  if (info === 'unknown' || info === 'no_current_province')
    throw new AppError('VALIDATION_FAILED', undefined, [{ path: 'unitId', code: 'unit_unknown' }]);
  if (info === 'not_commune')
    throw new AppError('VALIDATION_FAILED', undefined, [{ path: 'unitId', code: 'unit_not_commune' }]);
  return info;
}

async function checkIndustries(db: Db, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const catalogue = await industryCatalogue(db);
  const normalised = [...new Set(codes.map((c) => c.toUpperCase()))];
  const unknown = normalised.filter((c) => !catalogue.byCode.has(c));
  if (unknown.length)
    throw new AppError('VALIDATION_FAILED', undefined, [
      { path: 'industries', code: 'industry_unknown', params: { codes: unknown.join(', ') } },
    ]);
  return normalised;
}

async function checkCodeFree(db: Db, code: string | null, selfId?: string) {
  if (!code) return;
  const holder = await repo.findByRegistrationCode(db, code);
  if (holder && holder.id !== selfId) throw new AppError('ESTABLISHMENT_CODE_TAKEN', { code });
}

function requireCan(actor: Actor, action: 'create' | 'update', provinceCode: string) {
  if (canEstablishment(actor, action, { provinceCode })) return;
  // Allowed at home, but the unit lies elsewhere: say so rather than a bare 403.
  if (actor.provinceCode && canEstablishment(actor, action, { provinceCode: actor.provinceCode }))
    throw new AppError('ESTABLISHMENT_OUT_OF_PROVINCE');
  throw forbidden();
}

function fieldsFromInput(i: EstablishmentCreateInput, industries: string[]): EstablishmentFields {
  return {
    name: i.name,
    kind: i.kind,
    registrationCode: i.registrationCode ?? null,
    representative: i.representative ?? null,
    phone: i.phone || null,
    email: i.email ?? null,
    address: i.address ?? null,
    craftVillage: i.craftVillage ?? null,
    industries,
    products: i.products ?? null,
    workforce: i.workforce ?? null,
    revenueBand: i.revenueBand ?? null,
    womanOwned: i.womanOwned,
    ethnicMinorityOwned: i.ethnicMinorityOwned,
    foundedYear: i.foundedYear ?? null,
    status: i.status,
    cleanerProduction: i.cleanerProduction,
  };
}

const uniqueGuard = async <T>(code: string | null, fn: () => Promise<T>): Promise<T> => {
  try {
    return await fn();
  } catch (e) {
    if (isUniqueViolation(e, 'establishments_code_uq'))
      throw new AppError('ESTABLISHMENT_CODE_TAKEN', { code });
    throw e;
  }
};

export async function createEstablishment(
  db: Db,
  actor: Actor,
  input: EstablishmentCreateInput,
): Promise<EstablishmentDto> {
  const unit = await resolveUnit(db, input.unitId);
  requireCan(actor, 'create', unit.provinceCode);
  const fields = fieldsFromInput(input, await checkIndustries(db, input.industries));
  await checkCodeFree(db, fields.registrationCode);
  const row = await uniqueGuard(fields.registrationCode, () =>
    tx(db, async (t) => {
      const created = await repo.insertEstablishment(t, {
        ...recordValues(fields, unit),
        createdBy: actor.userId,
        updatedBy: actor.userId,
      });
      await record(t, actor, {
        action: 'establishment.created',
        entityType: 'establishment',
        entityId: created.id,
        provinceCode: created.provinceCode,
        after: created,
      });
      return created;
    }),
  );
  return present(db, actor, row);
}

export async function updateEstablishment(
  db: Db,
  actor: Actor,
  id: string,
  input: EstablishmentUpdateInput,
): Promise<EstablishmentDto> {
  const scope = requireScope(actor);
  const current = await repo.findEstablishment(db, scope, id);
  if (!current) throw notFound();
  if (!canEstablishment(actor, 'update', current)) throw forbidden();
  const { version, unitId, ...patch } = input;
  const unit = await resolveUnit(db, unitId ?? current.unitId);
  if (unit.provinceCode !== current.provinceCode) requireCan(actor, 'create', unit.provinceCode);
  const before = fieldsOf(current);
  const merged = fieldsFromInput(
    {
      ...before,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
      unitId: unit.unitId,
    } as EstablishmentCreateInput,
    patch.industries ? await checkIndustries(db, patch.industries) : before.industries,
  );
  await checkCodeFree(db, merged.registrationCode, id);
  const saved = await uniqueGuard(merged.registrationCode, () =>
    tx(db, async (t) => {
      const row = await repo.updateEstablishment(t, id, version, {
        ...recordValues(merged, unit),
        updatedBy: actor.userId,
      });
      if (!row) throw new AppError('VERSION_CONFLICT');
      await record(t, actor, {
        action: 'establishment.updated',
        entityType: 'establishment',
        entityId: id,
        provinceCode: row.provinceCode,
        before: current,
        after: row,
      });
      return row;
    }),
  );
  return present(db, actor, saved);
}

/** Soft deletion: the row stays (with who and when) and drops out of every list; the code becomes free. */
export async function deleteEstablishment(
  db: Db,
  actor: Actor,
  id: string,
  input: { version: number; reason?: string | null },
): Promise<void> {
  const current = await repo.findEstablishment(db, requireScope(actor), id);
  if (!current) throw notFound();
  if (!canEstablishment(actor, 'delete', current)) throw forbidden();
  await tx(db, async (t) => {
    const row = await repo.softDelete(t, id, input.version, actor.userId);
    if (!row) throw new AppError('VERSION_CONFLICT');
    await record(t, actor, {
      action: 'establishment.deleted',
      entityType: 'establishment',
      entityId: id,
      provinceCode: row.provinceCode,
      before: current,
      meta: { reason: input.reason ?? null },
    });
  });
}

export { canListEstablishments };
