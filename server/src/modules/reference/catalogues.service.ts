import type { ListResponse } from '../../../../shared/schemas/common.ts';
import type {
  ActivityContentCreateInput,
  ActivityContentDto,
  ActivityContentKind,
  ActivityContentListQuery,
  ActivityContentUpdateInput,
  IndustryCreateInput,
  IndustryDto,
  IndustryListQuery,
  IndustryUpdateInput,
  SchemeKindDto,
  SchemeKindListQuery,
} from '../../../../shared/schemas/reference.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, forbidden, isUniqueViolation, notFound } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import * as repo from './catalogues.repo.ts';
import { canReference } from './reference.policy.ts';

type CatalogueRow = repo.ActivityContentRow | repo.IndustryRow;

function common(actor: Actor, r: CatalogueRow) {
  return {
    id: r.id,
    code: r.code,
    nameVi: r.nameVi,
    nameEn: r.nameEn,
    note: r.note,
    source: r.source,
    active: r.active,
    sortOrder: r.sortOrder,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    abilities: { update: canReference(actor, 'catalogues.manage') },
  };
}

export const presentActivityContent = (actor: Actor, r: repo.ActivityContentRow): ActivityContentDto => ({
  ...common(actor, r),
  kind: r.kind as ActivityContentKind,
  parentCode: r.parentCode,
  programmeGroup: r.programmeGroup,
});

export const presentIndustry = (actor: Actor, r: repo.IndustryRow): IndustryDto => common(actor, r);

function requireRead(actor: Actor) {
  if (!canReference(actor, 'catalogues.read')) throw forbidden();
}
function requireManage(actor: Actor) {
  if (!canReference(actor, 'catalogues.manage')) throw forbidden();
}

/**
 * An item hangs under a content; contents and groups stand alone. The programme group, when given, must be
 * a QĐ 1881 group, and a group has none itself.
 */
async function checkActivityLinks(
  db: Db,
  v: { code: string; kind: ActivityContentKind; parentCode: string | null; programmeGroup: string | null },
) {
  const invalid = (field: string, code: string | null) =>
    new AppError('CATALOGUE_REFERENCE_INVALID', { code: code ?? '—', field });
  if (v.kind === 'item') {
    const parent = v.parentCode ? await repo.findActivityContentByCode(db, v.parentCode) : undefined;
    if (parent?.kind !== 'content' || parent.code === v.code) throw invalid('parentCode', v.parentCode);
  } else if (v.parentCode) throw invalid('parentCode', v.parentCode);
  if (v.programmeGroup) {
    const group = await repo.findActivityContentByCode(db, v.programmeGroup);
    if (v.kind === 'programme_group' || !group || group.kind !== 'programme_group') {
      throw invalid('programmeGroup', v.programmeGroup);
    }
  }
}

export async function listActivityContents(
  db: Db,
  actor: Actor,
  q: ActivityContentListQuery,
): Promise<ListResponse<ActivityContentDto>> {
  requireRead(actor);
  const { rows, total } = await repo.listActivityContents(db, q);
  return {
    items: rows.map((r) => presentActivityContent(actor, r)),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function getActivityContent(db: Db, actor: Actor, id: string): Promise<ActivityContentDto> {
  requireRead(actor);
  const row = await repo.findActivityContent(db, id);
  if (!row) throw notFound();
  return presentActivityContent(actor, row);
}

export async function createActivityContent(
  db: Db,
  actor: Actor,
  input: ActivityContentCreateInput,
): Promise<ActivityContentDto> {
  requireManage(actor);
  const row = await tx(db, async (t) => {
    const values = {
      ...input,
      parentCode: input.parentCode ?? null,
      programmeGroup: input.programmeGroup ?? null,
      note: input.note ?? null,
    };
    await checkActivityLinks(t, values);
    try {
      const created = await repo.insertActivityContent(t, {
        ...values,
        sortOrder: input.sortOrder ?? (await repo.nextActivitySortOrder(t)),
      });
      await record(t, actor, {
        action: 'activity_content.created',
        entityType: 'activity_content',
        entityId: created.id,
        after: created,
      });
      return created;
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('CATALOGUE_CODE_TAKEN', { code: input.code });
      throw e;
    }
  });
  return presentActivityContent(actor, row);
}

export async function updateActivityContent(
  db: Db,
  actor: Actor,
  id: string,
  input: ActivityContentUpdateInput,
): Promise<ActivityContentDto> {
  requireManage(actor);
  const row = await tx(db, async (t) => {
    const current = await repo.findActivityContent(t, id);
    if (!current) throw notFound();
    const { version, ...patch } = input;
    await checkActivityLinks(t, {
      code: current.code,
      kind: current.kind as ActivityContentKind,
      parentCode: patch.parentCode === undefined ? current.parentCode : patch.parentCode,
      programmeGroup: patch.programmeGroup === undefined ? current.programmeGroup : patch.programmeGroup,
    });
    const saved = await repo.updateActivityContent(t, id, version, patch);
    if (!saved) throw new AppError('VERSION_CONFLICT');
    await record(t, actor, {
      action: 'activity_content.updated',
      entityType: 'activity_content',
      entityId: id,
      before: current,
      after: saved,
    });
    return saved;
  });
  return presentActivityContent(actor, row);
}

export async function listIndustries(
  db: Db,
  actor: Actor,
  q: IndustryListQuery,
): Promise<ListResponse<IndustryDto>> {
  requireRead(actor);
  const { rows, total } = await repo.listIndustries(db, q);
  return { items: rows.map((r) => presentIndustry(actor, r)), total, page: q.page, pageSize: q.pageSize };
}

export async function getIndustry(db: Db, actor: Actor, id: string): Promise<IndustryDto> {
  requireRead(actor);
  const row = await repo.findIndustry(db, id);
  if (!row) throw notFound();
  return presentIndustry(actor, row);
}

export async function createIndustry(db: Db, actor: Actor, input: IndustryCreateInput): Promise<IndustryDto> {
  requireManage(actor);
  const row = await tx(db, async (t) => {
    try {
      const created = await repo.insertIndustry(t, {
        ...input,
        note: input.note ?? null,
        sortOrder: input.sortOrder ?? (await repo.nextIndustrySortOrder(t)),
      });
      await record(t, actor, {
        action: 'industry.created',
        entityType: 'industry',
        entityId: created.id,
        after: created,
      });
      return created;
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('CATALOGUE_CODE_TAKEN', { code: input.code });
      throw e;
    }
  });
  return presentIndustry(actor, row);
}

export async function updateIndustry(
  db: Db,
  actor: Actor,
  id: string,
  input: IndustryUpdateInput,
): Promise<IndustryDto> {
  requireManage(actor);
  const row = await tx(db, async (t) => {
    const current = await repo.findIndustry(t, id);
    if (!current) throw notFound();
    const { version, ...patch } = input;
    const saved = await repo.updateIndustry(t, id, version, patch);
    if (!saved) throw new AppError('VERSION_CONFLICT');
    await record(t, actor, {
      action: 'industry.updated',
      entityType: 'industry',
      entityId: id,
      before: current,
      after: saved,
    });
    return saved;
  });
  return presentIndustry(actor, row);
}

export async function listSchemeKinds(
  db: Db,
  actor: Actor,
  q: SchemeKindListQuery,
): Promise<SchemeKindDto[]> {
  requireRead(actor);
  const rows = await repo.listSchemeKinds(db, q);
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    category: r.category as SchemeKindDto['category'],
    nameVi: r.nameVi,
    nameEn: r.nameEn,
    note: r.note,
    source: r.source,
    active: r.active,
    sortOrder: r.sortOrder,
  }));
}
