import type { ErrorCode } from '../../../../shared/errors.ts';
import type { ListResponse } from '../../../../shared/schemas/common.ts';
import type {
  ContentInput,
  ContentStatus,
  PortalItemDto,
  PortalItemSummaryDto,
  PortalKind,
  PortalListQuery,
} from '../../../../shared/schemas/portal.ts';
import type { Db } from '../../db/client.ts';
import { type Actor, isNational } from '../../platform/actor.ts';
import { AppError, forbidden, isUniqueViolation, notFound } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import { assertValid, type FieldProblem, inputOf, kindColumns, snapshotOf } from './content.kinds.ts';
import { resolveMedia } from './media.service.ts';
import { contentChanged } from './portal.events.ts';
import { isContentStaff, scopeFor, whyNot } from './portal.policy.ts';
import { presentItem, presentSummaries } from './portal.present.ts';
import * as repo from './portal.repo.ts';
import { sanitizeBody, textOf } from './sanitize.ts';
import { searchTitleOf, searchVectorOf } from './search.ts';
import { firstFreeSlug, slugify } from './slug.ts';

/** Throws the policy's refusal as an AppError (404 for out of scope, 403/409 with a clear code otherwise). */
export function refuse(code: ErrorCode, params?: Record<string, unknown>): never {
  throw code === 'NOT_FOUND' ? notFound() : code === 'FORBIDDEN' ? forbidden() : new AppError(code, params);
}

/** The item in the actor's scope, of the expected kind, or 404. */
export async function loadInScope(
  db: Db,
  actor: Actor,
  id: string,
  kind?: PortalKind,
): Promise<repo.ItemRow> {
  if (!isContentStaff(actor)) throw forbidden();
  const row = await repo.findItem(db, scopeFor(actor), id);
  if (!row || (kind && row.kind !== kind)) throw notFound();
  return row;
}

export async function listContent(
  db: Db,
  actor: Actor,
  kind: PortalKind,
  q: PortalListQuery,
): Promise<ListResponse<PortalItemSummaryDto>> {
  if (!isContentStaff(actor)) throw forbidden();
  const { rows, total } = await repo.listItems(db, scopeFor(actor), kind, q);
  return { items: await presentSummaries(db, actor, rows), total, page: q.page, pageSize: q.pageSize };
}

export async function getContent(
  db: Db,
  actor: Actor,
  id: string,
  kind?: PortalKind,
): Promise<PortalItemDto> {
  const row = await loadInScope(db, actor, id, kind);
  return presentItem(db, actor, row, await repo.registrationCountOf(db, id));
}

const unique = <T>(xs: T[]) => [...new Set(xs)];

/** Every derived column of an item from its merged input: sanitised body, files, links, search text. */
export async function columnsOf(
  t: Db,
  kind: PortalKind,
  m: ContentInput,
  selfId?: string,
): Promise<Partial<repo.ItemInsert>> {
  assertValid(kind, m);
  const bodyHtml = sanitizeBody(m.bodyHtml ?? '');
  const ids = unique([...(m.coverMediaId ? [m.coverMediaId] : []), ...(m.attachmentIds ?? [])]);
  const attachments = await resolveMedia(t, ids);
  const problems: FieldProblem[] = [];
  const cover = m.coverMediaId ? attachments.find((a) => a.id === m.coverMediaId) : undefined;
  if (cover && !cover.mime.startsWith('image/'))
    problems.push({ path: 'coverMediaId', code: 'portal_cover_not_image' });
  const relatedIds = unique(m.relatedIds ?? []).filter((id) => id !== selfId);
  const related = await repo.itemsByIds(t, relatedIds);
  if (related.length !== relatedIds.length)
    problems.push({ path: 'relatedIds', code: 'portal_related_unknown' });
  if (problems.length) throw new AppError('VALIDATION_FAILED', undefined, problems);
  const cols = kindColumns(kind, m);
  const tags = unique((m.tags ?? []).map((s) => s.trim()).filter(Boolean));
  return {
    ...cols,
    title: m.title!.trim(),
    summary: m.summary?.trim() || null,
    bodyHtml,
    coverMediaId: m.coverMediaId ?? null,
    tags,
    attachments,
    relatedIds,
    searchTitle: searchTitleOf(m.title!),
    searchVector: searchVectorOf([
      m.title,
      cols.docNumber,
      cols.issuer,
      cols.place,
      cols.organiser,
      m.summary,
      tags.join(' '),
      textOf(bodyHtml),
    ]),
  };
}

async function chooseSlug(
  t: Db,
  kind: PortalKind,
  wanted: string | null | undefined,
  title: string,
  selfId?: string,
) {
  if (wanted) {
    if (await repo.slugTaken(t, kind, wanted, selfId))
      throw new AppError('PORTAL_SLUG_TAKEN', { slug: wanted });
    return wanted;
  }
  const base = slugify(title);
  return firstFreeSlug(base, await repo.slugsLike(t, kind, base || 'noi-dung', selfId));
}

async function checkDocumentNumber(t: Db, kind: PortalKind, cols: Partial<repo.ItemInsert>, selfId?: string) {
  if (kind !== 'document' || !cols.docNumber || !cols.issuer) return;
  if (await repo.documentNumberTaken(t, cols.docNumber, cols.issuer, selfId))
    throw new AppError('PORTAL_DOCUMENT_NUMBER_TAKEN', { number: cols.docNumber, issuer: cols.issuer });
}

/** Unique indexes raced past the pre-checks come back as the same clear codes. */
function translateUnique(e: unknown, m: ContentInput, slug: string): never {
  if (isUniqueViolation(e, 'portal_items_doc_number_uq'))
    throw new AppError('PORTAL_DOCUMENT_NUMBER_TAKEN', { number: m.docNumber, issuer: m.issuer });
  if (isUniqueViolation(e, 'portal_items_kind_slug_uq')) throw new AppError('PORTAL_SLUG_TAKEN', { slug });
  throw e;
}

/** Writes the revision row and the audit row of a change, inside the change's transaction. */
export async function recordChange(
  t: Db,
  actor: Actor,
  action: string,
  row: repo.ItemRow,
  before?: repo.ItemRow,
) {
  await repo.insertRevision(t, {
    itemId: row.id,
    revision: row.version,
    action,
    status: row.status,
    snapshot: snapshotOf(row),
    actorId: actor.userId,
    actorName: actor.fullName,
  });
  const strip = (r?: repo.ItemRow) =>
    r ? { ...r, searchVector: undefined, searchTitle: undefined } : undefined;
  await record(t, actor, {
    action: `portal.${row.kind}.${action}`,
    entityType: `portal_${row.kind}`,
    entityId: row.id,
    provinceCode: row.provinceCode,
    before: strip(before),
    after: strip(row),
  });
}

export async function createContent(
  db: Db,
  actor: Actor,
  kind: PortalKind,
  input: ContentInput,
): Promise<PortalItemDto> {
  if (!isContentStaff(actor)) throw forbidden();
  const provinceCode =
    input.provinceCode !== undefined
      ? input.provinceCode
      : isNational(actor)
        ? null
        : (actor.provinceCode ?? null);
  const reason = whyNot(actor, 'create', { kind, provinceCode, status: 'draft' });
  if (reason) refuse(reason);
  const id = await tx(db, async (t) => {
    const cols = await columnsOf(t, kind, input);
    await checkDocumentNumber(t, kind, cols);
    const slug = await chooseSlug(t, kind, input.slug, input.title ?? '');
    try {
      const row = await repo.insertItem(t, {
        ...cols,
        kind,
        slug,
        title: cols.title!,
        provinceCode,
        organisationId: actor.organisationId,
        authorId: actor.userId,
        authorName: actor.fullName,
        status: 'draft',
      });
      await recordChange(t, actor, 'created', row);
      return row.id;
    } catch (e) {
      return translateUnique(e, input, slug);
    }
  });
  contentChanged();
  return getContent(db, actor, id);
}

export async function updateContent(
  db: Db,
  actor: Actor,
  kind: PortalKind,
  id: string,
  input: ContentInput & { version: number },
): Promise<PortalItemDto> {
  const { version, ...fields } = input;
  await tx(db, async (t) => {
    const current = await loadInScope(t, actor, id, kind);
    const reason = whyNot(actor, 'update', {
      kind,
      provinceCode: current.provinceCode,
      status: current.status as ContentStatus,
    });
    if (reason) refuse(reason);
    if (fields.provinceCode !== undefined && fields.provinceCode !== current.provinceCode) {
      const moveReason = whyNot(actor, 'create', {
        kind,
        provinceCode: fields.provinceCode ?? null,
        status: 'draft',
      });
      if (moveReason) refuse(moveReason);
    }
    const defined = Object.fromEntries(
      Object.entries(fields).filter(([, v]) => v !== undefined),
    ) as ContentInput;
    const merged: ContentInput = { ...inputOf(current), ...defined };
    const cols = await columnsOf(t, kind, merged, id);
    await checkDocumentNumber(t, kind, cols, id);
    const slug =
      fields.slug && fields.slug !== current.slug
        ? await chooseSlug(t, kind, fields.slug, '', id)
        : current.slug;
    try {
      const row = await repo.updateItem(t, id, version, {
        ...cols,
        slug,
        provinceCode: merged.provinceCode ?? null,
      });
      if (!row) throw new AppError('VERSION_CONFLICT');
      await recordChange(t, actor, 'updated', row, current);
    } catch (e) {
      translateUnique(e, merged, slug);
    }
  });
  contentChanged();
  return getContent(db, actor, id);
}
