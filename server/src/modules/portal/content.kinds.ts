import type { ContentInput, PortalKind } from '../../../../shared/schemas/portal.ts';
import { AppError } from '../../platform/errors.ts';
import type { ItemInsert, ItemRow } from './portal.repo.ts';

/** A field-level refusal, shown next to the field in the editor. */
export type FieldProblem = { path: string; code: string; params?: Record<string, unknown> };

/** The editable fields of a stored item, in the shape of the input schemas (for merging and restore). */
export function inputOf(row: ItemRow): ContentInput {
  return {
    title: row.title,
    slug: row.slug,
    summary: row.summary,
    bodyHtml: row.bodyHtml,
    coverMediaId: row.coverMediaId,
    tags: row.tags,
    provinceCode: row.provinceCode,
    attachmentIds: row.attachments.filter((a) => a.id !== row.coverMediaId).map((a) => a.id),
    relatedIds: row.relatedIds,
    category: (row.category ?? undefined) as ContentInput['category'],
    eventKind: (row.eventKind ?? undefined) as ContentInput['eventKind'],
    startsOn: row.startsOn ?? undefined,
    endsOn: row.endsOn ?? undefined,
    place: row.place ?? undefined,
    organiser: row.organiser ?? undefined,
    registrationMode: (row.registrationMode ?? undefined) as ContentInput['registrationMode'],
    registrationUrl: row.registrationUrl,
    registrationDeadline: row.registrationDeadline,
    docNumber: row.docNumber ?? undefined,
    docKind: (row.docKind ?? undefined) as ContentInput['docKind'],
    issuer: row.issuer ?? undefined,
    issuedOn: row.issuedOn ?? undefined,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    legalDocumentId: row.legalDocumentId,
  };
}

const need = (v: unknown) => v === undefined || v === null || v === '';

/** Cross-field rules per kind, checked on the merged record (so a partial update cannot break them). */
export function problemsOf(kind: PortalKind, m: ContentInput): FieldProblem[] {
  const out: FieldProblem[] = [];
  const required = (fields: (keyof ContentInput)[]) => {
    for (const f of fields) if (need(m[f])) out.push({ path: f, code: 'required' });
  };
  switch (kind) {
    case 'article':
      required(['category']);
      break;
    case 'event':
      required(['eventKind', 'startsOn', 'endsOn', 'place', 'organiser']);
      if (m.startsOn && m.endsOn && m.endsOn < m.startsOn)
        out.push({ path: 'endsOn', code: 'portal_ends_before_start' });
      if (m.registrationMode === 'link' && need(m.registrationUrl))
        out.push({ path: 'registrationUrl', code: 'required' });
      if (m.registrationMode === 'form' && need(m.registrationDeadline))
        out.push({ path: 'registrationDeadline', code: 'required' });
      if (m.registrationDeadline && m.endsOn && m.registrationDeadline > m.endsOn)
        out.push({ path: 'registrationDeadline', code: 'portal_deadline_after_end' });
      break;
    case 'document':
      required(['docNumber', 'docKind', 'issuer', 'issuedOn']);
      if (m.effectiveFrom && m.effectiveTo && m.effectiveTo < m.effectiveFrom)
        out.push({ path: 'effectiveTo', code: 'portal_ends_before_start' });
      break;
    case 'page':
      break;
  }
  return out;
}

export function assertValid(kind: PortalKind, m: ContentInput): void {
  const problems = problemsOf(kind, m);
  if (problems.length) throw new AppError('VALIDATION_FAILED', undefined, problems);
}

/** The kind's own columns from the merged input; the other kinds' columns stay null. */
export function kindColumns(kind: PortalKind, m: ContentInput): Partial<ItemInsert> {
  const empty: Partial<ItemInsert> = {
    category: null,
    eventKind: null,
    startsOn: null,
    endsOn: null,
    place: null,
    organiser: null,
    registrationMode: null,
    registrationUrl: null,
    registrationDeadline: null,
    docNumber: null,
    docKind: null,
    issuer: null,
    issuedOn: null,
    effectiveFrom: null,
    effectiveTo: null,
    legalDocumentId: null,
  };
  switch (kind) {
    case 'article':
      return { ...empty, category: m.category ?? null };
    case 'event':
      return {
        ...empty,
        eventKind: m.eventKind ?? null,
        startsOn: m.startsOn ?? null,
        endsOn: m.endsOn ?? null,
        place: m.place ?? null,
        organiser: m.organiser ?? null,
        registrationMode: m.registrationMode ?? 'none',
        registrationUrl: m.registrationMode === 'link' ? (m.registrationUrl ?? null) : null,
        registrationDeadline: m.registrationDeadline ?? null,
      };
    case 'document':
      return {
        ...empty,
        docNumber: m.docNumber?.trim() ?? null,
        docKind: m.docKind ?? null,
        issuer: m.issuer?.trim() ?? null,
        issuedOn: m.issuedOn ?? null,
        effectiveFrom: m.effectiveFrom ?? null,
        effectiveTo: m.effectiveTo ?? null,
        legalDocumentId: m.legalDocumentId ?? null,
      };
    case 'page':
      return empty;
  }
}

/** The fields a revision keeps: everything an editor can change plus the workflow state. */
export function snapshotOf(row: ItemRow): Record<string, unknown> {
  return {
    ...inputOf(row),
    attachments: row.attachments,
    status: row.status,
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}
