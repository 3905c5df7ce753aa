import type {
  ContentStatus,
  MediaDto,
  PortalItemDto,
  PortalItemSummaryDto,
  PortalKind,
} from '../../../../shared/schemas/portal.ts';
import { publicPathOf } from '../../../../shared/schemas/portal.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { currentProvinces } from '../reference/index.ts';
import { abilitiesOf } from './portal.policy.ts';
import type { ItemRow } from './portal.repo.ts';
import type { StoredAttachment } from './portal.tables.ts';
import { isPublic } from './portal.workflow.ts';

/** Where the public site serves an uploaded file (inline for images, download for documents). */
export function mediaUrl(a: Pick<StoredAttachment, 'id' | 'name'>): string {
  return `/tep/${a.id}/${encodeURIComponent(a.name)}`;
}

export function mediaDto(a: StoredAttachment): MediaDto {
  return { id: a.id, name: a.name, mime: a.mime, size: a.size, url: mediaUrl(a) };
}

/** Whether a form registration is accepted today: the form is on and today (Vietnam time) ≤ the deadline. */
export function registrationOpen(
  row: Pick<ItemRow, 'registrationMode' | 'registrationDeadline'>,
  now = new Date(),
): boolean {
  if (row.registrationMode !== 'form' || !row.registrationDeadline) return false;
  return vnToday(now) <= row.registrationDeadline;
}

/** Today's date in Vietnam (UTC+7) as yyyy-mm-dd. */
export function vnToday(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

function summaryOf(
  actor: Actor | null,
  row: ItemRow,
  provinces: Map<string, { name: string }>,
  registrations: number,
): PortalItemSummaryDto {
  const status = row.status as ContentStatus;
  const kind = row.kind as PortalKind;
  const target = { kind, provinceCode: row.provinceCode, status };
  return {
    id: row.id,
    kind,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    category: (row.category ?? null) as PortalItemSummaryDto['category'],
    provinceCode: row.provinceCode,
    provinceName: row.provinceCode ? (provinces.get(row.provinceCode)?.name ?? null) : null,
    status,
    scheduled: status === 'published' && !isPublic(status, row.publishedAt),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    authorName: row.authorName,
    publicUrl: publicPathOf(kind, row.slug),
    event:
      kind === 'event'
        ? {
            eventKind: row.eventKind as NonNullable<PortalItemSummaryDto['event']>['eventKind'],
            startsOn: row.startsOn ?? '',
            endsOn: row.endsOn ?? '',
            place: row.place ?? '',
            organiser: row.organiser ?? '',
            registrationMode: (row.registrationMode ?? 'none') as NonNullable<
              PortalItemSummaryDto['event']
            >['registrationMode'],
            registrationUrl: row.registrationUrl,
            registrationDeadline: row.registrationDeadline,
            registrationOpen: registrationOpen(row),
            registrationCount: registrations,
          }
        : null,
    document:
      kind === 'document'
        ? {
            docNumber: row.docNumber ?? '',
            docKind: row.docKind as NonNullable<PortalItemSummaryDto['document']>['docKind'],
            issuer: row.issuer ?? '',
            issuedOn: row.issuedOn ?? '',
            effectiveFrom: row.effectiveFrom,
            effectiveTo: row.effectiveTo,
            legalDocumentId: row.legalDocumentId,
          }
        : null,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    abilities: actor ? abilitiesOf(actor, target) : {},
  };
}

export async function presentSummaries(
  db: Db,
  actor: Actor,
  rows: { item: ItemRow; registrations: number }[],
): Promise<PortalItemSummaryDto[]> {
  const provinces = await currentProvinces(db);
  return rows.map((r) => summaryOf(actor, r.item, provinces, r.registrations));
}

export async function presentItem(
  db: Db,
  actor: Actor,
  row: ItemRow,
  registrations: number,
): Promise<PortalItemDto> {
  const provinces = await currentProvinces(db);
  const cover = row.coverMediaId ? row.attachments.find((a) => a.id === row.coverMediaId) : undefined;
  return {
    ...summaryOf(actor, row, provinces, registrations),
    bodyHtml: row.bodyHtml,
    tags: row.tags,
    cover: cover ? mediaDto(cover) : null,
    attachments: row.attachments.filter((a) => a.id !== row.coverMediaId).map(mediaDto),
    relatedIds: row.relatedIds,
    reviewNote: row.reviewNote,
    createdAt: row.createdAt.toISOString(),
  };
}
