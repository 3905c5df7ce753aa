import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type {
  CertificateDto,
  ProductGroup,
  ProductLevel,
  RecogniseInput,
  RoundStatus,
} from '../../../../shared/schemas/products.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, forbidden, isUniqueViolation, notFound } from '../../platform/errors.ts';
import { foldVietnamese } from '../../platform/search.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import { currentProvinces } from '../reference/index.ts';
import * as entriesRepo from './entries.repo.ts';
import { loadEntry } from './entries.service.ts';
import { canRound, decides } from './products.policy.ts';
import { levelRules } from './products.rules.data.ts';
import { certificateStatusOn, certificateValidUntil, todayVn } from './products.rules.ts';
import { productCertificates, productComplaints, productEntries } from './products.tables.ts';
import { roundStatusLabels } from './products.workflow.ts';
import { loadRound, roundTarget } from './round-access.ts';
import * as repo from './rounds.repo.ts';

export type CertificateRow = typeof productCertificates.$inferSelect;

export const verifyPath = (number: string) => `/xac-minh-chung-nhan/${encodeURIComponent(number)}`;

export function presentCertificate(
  c: CertificateRow,
  roundName: string,
  provinceName: string | null,
  baseUrl: string,
): CertificateDto {
  return {
    id: c.id,
    number: c.number,
    productId: c.productId,
    roundId: c.roundId,
    roundName,
    establishmentId: c.establishmentId,
    establishmentName: c.establishmentName,
    provinceCode: c.provinceCode,
    provinceName,
    level: c.level as ProductLevel,
    year: c.year,
    group: c.group as ProductGroup,
    productName: c.productName,
    decisionNumber: c.decisionNumber,
    decisionDate: c.decisionDate,
    organiserName: c.organiserName,
    validUntil: c.validUntil,
    status: certificateStatusOn(c, todayVn()),
    averageScore: c.averageX100 === null ? null : c.averageX100 / 100,
    verifyUrl: `${baseUrl}${verifyPath(c.number)}`,
  };
}

function whyNotPassed(e: entriesRepo.EntryRow, threshold: number): string | null {
  if (e.status === 'passed') return null;
  if (e.status === 'withdrawn') return 'đã rút khỏi đợt';
  if (e.status === 'recognised') return 'đã được công nhận';
  if (e.averageX100 === null) return 'chưa có kết quả chấm';
  return `đạt ${(e.averageX100 / 100).toLocaleString('vi-VN')} điểm, dưới ngưỡng ${threshold} điểm`;
}

/**
 * The organiser's decision: recognises the entries that passed (all of them by default), issues one
 * certificate each with a unique number, valid to 31/12 of the third year. All or nothing.
 */
export async function recognise(
  db: Db,
  actor: Actor,
  roundId: string,
  input: RecogniseInput,
  baseUrl: string,
): Promise<CertificateDto[]> {
  const rows = await tx(db, async (t) => {
    const { round, member } = await loadRound(t, actor, roundId, true);
    if (!canRound(actor, 'recognise', roundTarget(round), member)) throw forbidden();
    if (round.status !== 'results')
      throw new AppError('PRODUCT_ROUND_BAD_STATE', {
        action: 'công nhận kết quả',
        status: roundStatusLabels[round.status as RoundStatus],
      });
    if (round.resultsPublishedOn && input.decisionDate < round.resultsPublishedOn)
      throw new AppError('PRODUCT_DECISION_DATE_INVALID', {
        published: round.resultsPublishedOn.split('-').reverse().join('/'),
      });
    const entries = await entriesRepo.activeEntries(t, roundId);
    const byId = new Map(entries.map((e) => [e.id, e]));
    const chosen = input.entryIds
      ? input.entryIds.map((id) => {
          const e = byId.get(id);
          if (!e) throw new AppError('PRODUCT_ENTRY_NOT_IN_ROUND', { entryId: id });
          return e;
        })
      : entries.filter((e) => e.status === 'passed');
    for (const e of chosen) {
      const reason = whyNotPassed(e, round.passThreshold);
      if (reason) throw new AppError('PRODUCT_BELOW_THRESHOLD', { name: e.name, reason });
    }
    const open = chosen.length
      ? await t
          .select({ entryId: productComplaints.entryId })
          .from(productComplaints)
          .where(
            and(
              inArray(
                productComplaints.entryId,
                chosen.map((e) => e.id),
              ),
              eq(productComplaints.status, 'open'),
            ),
          )
      : [];
    if (open.length)
      throw new AppError('PRODUCT_COMPLAINT_PENDING', { name: byId.get(open[0]!.entryId)?.name ?? '' });
    const [{ n: issued } = { n: 0 }] = await t
      .select({ n: sql<number>`count(*)::int` })
      .from(productCertificates)
      .where(eq(productCertificates.roundId, roundId));
    let seq = issued;
    const numbers = chosen.map(
      (e) => input.numbers?.[e.id] ?? `${round.code}-${String(++seq).padStart(3, '0')}`,
    );
    const dup = numbers.find((n, i) => numbers.indexOf(n) !== i);
    if (dup) throw new AppError('PRODUCT_CERTIFICATE_NUMBER_TAKEN', { number: dup });
    if (numbers.length) {
      const [taken] = await t
        .select({ number: productCertificates.number })
        .from(productCertificates)
        .where(inArray(productCertificates.number, numbers));
      if (taken) throw new AppError('PRODUCT_CERTIFICATE_NUMBER_TAKEN', { number: taken.number });
    }
    const validUntil = certificateValidUntil(input.decisionDate);
    const level = round.level as ProductLevel;
    let certs: CertificateRow[] = [];
    if (chosen.length) {
      try {
        certs = await t
          .insert(productCertificates)
          .values(
            chosen.map((e, i) => ({
              number: numbers[i]!,
              entryId: e.id,
              productId: e.productId,
              roundId,
              establishmentId: e.establishmentId,
              establishmentName: e.establishmentName,
              provinceCode: e.provinceCode,
              level,
              levelRank: levelRules[level].rank,
              year: round.year,
              group: e.group,
              productName: e.name,
              organiserName: round.organiserName,
              decisionNumber: input.decisionNumber,
              decisionDate: input.decisionDate,
              validUntil,
              status: validUntil < todayVn() ? 'expired' : 'valid',
              averageX100: e.averageX100,
              searchKey: foldVietnamese(`${e.name} ${e.establishmentName}`),
            })),
          )
          .returning();
      } catch (err) {
        if (isUniqueViolation(err, 'product_certificates_number_uq'))
          throw new AppError('PRODUCT_CERTIFICATE_NUMBER_TAKEN', { number: numbers.join(', ') });
        throw err;
      }
      await t
        .update(productEntries)
        .set({ status: 'recognised', version: sql`${productEntries.version} + 1`, updatedAt: new Date() })
        .where(
          inArray(
            productEntries.id,
            chosen.map((e) => e.id),
          ),
        );
    }
    const saved = await repo.bumpRound(t, roundId, input.version, {
      status: 'recognised',
      decisionNumber: input.decisionNumber,
      decisionDate: input.decisionDate,
      decisionSigner: input.decisionSigner,
    });
    if (!saved) throw new AppError('VERSION_CONFLICT');
    await record(t, actor, {
      action: 'product_round.recognised',
      entityType: 'product_round',
      entityId: roundId,
      provinceCode: round.provinceCode,
      before: { status: round.status },
      after: {
        status: 'recognised',
        decisionNumber: input.decisionNumber,
        decisionDate: input.decisionDate,
        certificates: certs.map((c) => c.number),
      },
    });
    for (const c of certs)
      await record(t, actor, {
        action: 'product_certificate.issued',
        entityType: 'product_certificate',
        entityId: c.id,
        provinceCode: c.provinceCode,
        after: c,
      });
    return { certs, roundName: round.name };
  });
  const names = await currentProvinces(db);
  return rows.certs.map((c) =>
    presentCertificate(c, rows.roundName, names.get(c.provinceCode)?.name ?? null, baseUrl),
  );
}

export async function listRoundCertificates(
  db: Db,
  actor: Actor,
  roundId: string,
  baseUrl: string,
): Promise<CertificateDto[]> {
  const { round } = await loadRound(db, actor, roundId);
  const [rows, names] = await Promise.all([
    db
      .select()
      .from(productCertificates)
      .where(eq(productCertificates.roundId, roundId))
      .orderBy(productCertificates.number),
    currentProvinces(db),
  ]);
  return rows.map((c) => presentCertificate(c, round.name, names.get(c.provinceCode)?.name ?? null, baseUrl));
}

/** A certificate with its round, for whoever may read the entry it was issued to. */
export async function loadCertificate(db: Db, actor: Actor, id: string) {
  const [cert] = await db.select().from(productCertificates).where(eq(productCertificates.id, id));
  if (!cert) throw notFound();
  const { round } = await loadEntry(db, actor, cert.entryId);
  return { cert, round };
}

export async function getCertificate(
  db: Db,
  actor: Actor,
  id: string,
  baseUrl: string,
): Promise<CertificateDto> {
  const { cert, round } = await loadCertificate(db, actor, id);
  return presentCertificate(
    cert,
    round.name,
    (await currentProvinces(db)).get(cert.provinceCode)?.name ?? null,
    baseUrl,
  );
}

export async function revokeCertificate(
  db: Db,
  actor: Actor,
  id: string,
  reason: string,
  baseUrl: string,
): Promise<CertificateDto> {
  const { cert, round } = await loadCertificate(db, actor, id);
  if (!decides(actor, roundTarget(round))) throw forbidden();
  if (cert.status === 'revoked') throw new AppError('PRODUCT_CERTIFICATE_REVOKED');
  const saved = await tx(db, async (t) => {
    const [r] = await t
      .update(productCertificates)
      .set({ status: 'revoked', revokedReason: reason, revokedAt: new Date() })
      .where(and(eq(productCertificates.id, id), sql`${productCertificates.status} <> 'revoked'`))
      .returning();
    if (!r) throw new AppError('PRODUCT_CERTIFICATE_REVOKED');
    await record(t, actor, {
      action: 'product_certificate.revoked',
      entityType: 'product_certificate',
      entityId: id,
      provinceCode: r.provinceCode,
      before: { status: cert.status },
      after: { status: 'revoked', reason },
    });
    return r;
  });
  return presentCertificate(
    saved,
    round.name,
    (await currentProvinces(db)).get(saved.provinceCode)?.name ?? null,
    baseUrl,
  );
}

/** Marks as expired every valid certificate whose 31 December has passed (reads already compute it). */
export async function refreshExpiry(db: Db, actor: Actor, today = todayVn()): Promise<{ expired: number }> {
  return tx(db, async (t) => {
    const rows = await t
      .update(productCertificates)
      .set({ status: 'expired' })
      .where(and(eq(productCertificates.status, 'valid'), lt(productCertificates.validUntil, today)))
      .returning({ id: productCertificates.id });
    if (rows.length)
      await record(t, actor, {
        action: 'product_certificate.expired',
        entityType: 'product_certificate',
        meta: { count: rows.length, asOf: today, ids: rows.slice(0, 100).map((r) => r.id) },
      });
    return { expired: rows.length };
  });
}

export async function certificatesOfEstablishment(db: Db, establishmentId: string) {
  return db
    .select()
    .from(productCertificates)
    .where(eq(productCertificates.establishmentId, establishmentId))
    .orderBy(desc(productCertificates.decisionDate), desc(productCertificates.levelRank));
}
