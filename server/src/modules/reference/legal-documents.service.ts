import type { ListResponse } from '../../../../shared/schemas/common.ts';
import {
  type LegalDocKind,
  type LegalDocumentCreateInput,
  type LegalDocumentDto,
  type LegalDocumentListQuery,
  type LegalDocumentUpdateInput,
  legalDocKindLabels,
} from '../../../../shared/schemas/reference.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, forbidden, isUniqueViolation, notFound } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import { documentYear } from './legal-documents.data.ts';
import * as repo from './legal-documents.repo.ts';
import { canReference } from './reference.policy.ts';

export function presentLegalDocument(actor: Actor, r: repo.LegalDocumentRow): LegalDocumentDto {
  const kind = r.kind as LegalDocKind;
  return {
    id: r.id,
    number: r.number,
    kind,
    kindLabel: legalDocKindLabels[kind]?.vi ?? r.kind,
    issueDate: r.issueDate,
    year: r.year,
    issuer: r.issuer,
    title: r.title,
    effectiveFrom: r.effectiveFrom,
    effectiveTo: r.effectiveTo,
    fileUrl: r.fileUrl,
    note: r.note,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    abilities: { update: canReference(actor, 'legalDocuments.manage') },
  };
}

const taken = (number: string) => new AppError('LEGAL_DOC_NUMBER_TAKEN', { number });

export async function listLegalDocuments(
  db: Db,
  actor: Actor,
  q: LegalDocumentListQuery,
): Promise<ListResponse<LegalDocumentDto>> {
  if (!canReference(actor, 'legalDocuments.read')) throw forbidden();
  const { rows, total } = await repo.listLegalDocuments(db, q);
  return {
    items: rows.map((r) => presentLegalDocument(actor, r)),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function getLegalDocument(db: Db, actor: Actor, id: string): Promise<LegalDocumentDto> {
  if (!canReference(actor, 'legalDocuments.read')) throw forbidden();
  const row = await repo.findLegalDocument(db, id);
  if (!row) throw notFound();
  return presentLegalDocument(actor, row);
}

export async function createLegalDocument(
  db: Db,
  actor: Actor,
  input: LegalDocumentCreateInput,
): Promise<LegalDocumentDto> {
  if (!canReference(actor, 'legalDocuments.manage')) throw forbidden();
  const row = await tx(db, async (t) => {
    if (await repo.findLegalDocumentByNumber(t, input.number)) throw taken(input.number);
    try {
      const created = await repo.insertLegalDocument(t, {
        number: input.number,
        kind: input.kind,
        issueDate: input.issueDate ?? null,
        year: documentYear(input.number, input.issueDate),
        issuer: input.issuer ?? null,
        title: input.title,
        effectiveFrom: input.effectiveFrom ?? null,
        effectiveTo: input.effectiveTo ?? null,
        fileUrl: input.fileUrl ?? null,
        note: input.note ?? null,
      });
      await record(t, actor, {
        action: 'legal_document.created',
        entityType: 'legal_document',
        entityId: created.id,
        after: created,
      });
      return created;
    } catch (e) {
      // Two administrators registering the same number at once: the unique index decides.
      if (isUniqueViolation(e)) throw taken(input.number);
      throw e;
    }
  });
  return presentLegalDocument(actor, row);
}

export async function updateLegalDocument(
  db: Db,
  actor: Actor,
  id: string,
  input: LegalDocumentUpdateInput,
): Promise<LegalDocumentDto> {
  if (!canReference(actor, 'legalDocuments.manage')) throw forbidden();
  const row = await tx(db, async (t) => {
    const current = await repo.findLegalDocument(t, id);
    if (!current) throw notFound();
    const { version, ...patch } = input;
    const number = patch.number ?? current.number;
    const issueDate = patch.issueDate === undefined ? current.issueDate : patch.issueDate;
    const from = patch.effectiveFrom === undefined ? current.effectiveFrom : patch.effectiveFrom;
    const to = patch.effectiveTo === undefined ? current.effectiveTo : patch.effectiveTo;
    if (from && to && to < from) throw new AppError('LEGAL_DOC_DATES_INVALID');
    if (number.toLowerCase() !== current.number.toLowerCase()) {
      const other = await repo.findLegalDocumentByNumber(t, number);
      if (other && other.id !== id) throw taken(number);
    }
    try {
      const saved = await repo.updateLegalDocument(t, id, version, {
        ...patch,
        year: documentYear(number, issueDate),
      });
      if (!saved) throw new AppError('VERSION_CONFLICT');
      await record(t, actor, {
        action: 'legal_document.updated',
        entityType: 'legal_document',
        entityId: id,
        before: current,
        after: saved,
      });
      return saved;
    } catch (e) {
      if (isUniqueViolation(e)) throw taken(number);
      throw e;
    }
  });
  return presentLegalDocument(actor, row);
}
