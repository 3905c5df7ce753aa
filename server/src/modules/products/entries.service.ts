import { eq } from 'drizzle-orm';
import type {
  EntryDto,
  EntryInput,
  ProductGroup,
  ProductLevel,
  RoundStatus,
} from '../../../../shared/schemas/products.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, forbidden, isUniqueViolation, notFound } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import { getFiles } from '../files/index.ts';
import * as repo from './entries.repo.ts';
import { establishmentFor, ownEstablishmentIds } from './products.establishments.ts';
import type { Membership } from './products.policy.ts';
import {
  canEntry,
  canRound,
  entryScopeFor,
  registersOnBehalf,
  roundCoversProvince,
} from './products.policy.ts';
import { groupRules, levelRules } from './products.rules.data.ts';
import { certificateValidOn, isLowest, levelBelow, levelRank, todayVn } from './products.rules.ts';
import { productEntries, typicalProducts } from './products.tables.ts';
import { DOCUMENT_PURPOSE, PHOTO_PURPOSE } from './products.uploads.ts';
import { loadRound, roundTarget } from './round-access.ts';
import type { RoundRow } from './rounds.repo.ts';

const levelName = (l: ProductLevel) => levelRules[l].nameVi.toLowerCase();

export function presentEntry(
  actor: Actor,
  e: repo.EntryView,
  round: RoundRow,
  member: Membership,
  own: boolean,
): EntryDto {
  const target = { round: roundTarget(round), member, own, provinceCode: e.provinceCode, status: e.status };
  return {
    id: e.id,
    roundId: e.roundId,
    productId: e.productId,
    establishmentId: e.establishmentId,
    establishmentName: e.establishmentName,
    provinceCode: e.provinceCode,
    name: e.name,
    group: e.group as ProductGroup,
    isSet: e.isSet,
    description: e.description,
    productionCapacity: e.productionCapacity,
    market: e.market,
    photoFileIds: e.photoFileIds,
    documents: e.documents,
    lowerCertificateNumber: e.lowerCertificateNumber,
    status: e.status as EntryDto['status'],
    averageScore: e.averageX100 === null ? null : e.averageX100 / 100,
    rank: e.rankInGroup,
    certificateNumber: e.certificateNumber,
    registeredAt: e.registeredAt.toISOString(),
    version: e.version,
    abilities: {
      withdraw: canEntry(actor, 'withdraw', target),
      complain: canEntry(actor, 'complain', target),
    },
  };
}

/** The lower-level certificate an entry above the lowest level needs, valid on the round's selection date. */
async function checkLowerCertificate(
  t: Db,
  round: RoundRow,
  estId: string,
  number: string | null | undefined,
) {
  const level = round.level as ProductLevel;
  const below = levelBelow(level, round.selectionDate);
  if (isLowest(level) || !below) return null;
  const params = { level: levelName(level), below: levelName(below) };
  if (!number) throw new AppError('PRODUCT_LOWER_CERTIFICATE_REQUIRED', params);
  const cert = await repo.findCertificateByNumber(t, number);
  if (!cert) throw new AppError('PRODUCT_LOWER_CERTIFICATE_UNKNOWN', { number });
  if (cert.establishmentId !== estId)
    throw new AppError('PRODUCT_LOWER_CERTIFICATE_OTHER', { number, name: cert.establishmentName });
  if (cert.levelRank !== levelRank(level) - 1)
    throw new AppError('PRODUCT_LOWER_CERTIFICATE_WRONG_LEVEL', {
      ...params,
      number,
      actual: levelName(cert.level as ProductLevel),
    });
  if (cert.status === 'revoked') throw new AppError('PRODUCT_LOWER_CERTIFICATE_REVOKED', { number });
  if (!certificateValidOn(cert, round.selectionDate))
    throw new AppError('PRODUCT_LOWER_CERTIFICATE_EXPIRED', {
      number,
      validUntil: cert.validUntil.split('-').reverse().join('/'),
      date: round.selectionDate.split('-').reverse().join('/'),
    });
  return cert;
}

async function checkFiles(t: Db, actor: Actor, input: EntryInput, product: repo.ProductRow | undefined) {
  const wanted = [
    ...input.photoFileIds.map((id) => ({ id, purpose: PHOTO_PURPOSE })),
    ...input.documents.map((d) => ({ id: d.fileId, purpose: DOCUMENT_PURPOSE })),
  ];
  if (!wanted.length) return;
  const files = new Map(
    (
      await getFiles(
        t,
        wanted.map((w) => w.id),
      )
    ).map((f) => [f.id, f]),
  );
  const known = new Set(product?.photoFileIds ?? []);
  for (const w of wanted) {
    const f = files.get(w.id);
    const mine = f && f.purpose === w.purpose && (f.createdBy === actor.userId || known.has(f.id));
    if (!mine) throw new AppError('PRODUCT_FILE_INVALID', { fileId: w.id });
  }
}

export async function registerEntry(
  db: Db,
  actor: Actor,
  roundId: string,
  input: EntryInput,
): Promise<EntryDto> {
  const today = todayVn();
  return tx(db, async (t) => {
    const { round, member } = await loadRound(t, actor, roundId, true);
    if (!canRound(actor, 'register', roundTarget(round), member)) throw forbidden();
    if (
      round.status !== 'registration' ||
      today < round.registrationOpens ||
      today > round.registrationCloses
    )
      throw new AppError('PRODUCT_REGISTRATION_CLOSED', {
        round: round.name,
        opens: round.registrationOpens.split('-').reverse().join('/'),
        closes: round.registrationCloses.split('-').reverse().join('/'),
        today: today.split('-').reverse().join('/'),
      });
    const { est, own } = await establishmentFor(t, actor, input.establishmentId);
    if (!own && !registersOnBehalf(actor, est.provinceCode))
      throw new AppError('PRODUCT_NOT_OWN_ESTABLISHMENT');
    if (!roundCoversProvince(roundTarget(round), est.provinceCode))
      throw new AppError('PRODUCT_OUTSIDE_ROUND_AREA', {
        name: est.name,
        province: est.provinceName ?? est.provinceCode,
        round: round.name,
      });
    if (!round.groups.includes(input.group))
      throw new AppError('PRODUCT_GROUP_NOT_IN_ROUND', {
        group: groupRules.find((g) => g.code === input.group)?.nameVi ?? input.group,
      });
    const lowerCert = await checkLowerCertificate(t, round, est.id, input.lowerCertificateNumber);
    const productId = lowerCert?.productId ?? input.productId ?? null;
    const existing = productId ? await repo.findProduct(t, productId) : undefined;
    if (productId && !existing) throw notFound();
    if (existing && existing.establishmentId !== est.id)
      throw new AppError('PRODUCT_NOT_OF_ESTABLISHMENT', { name: existing.establishmentName });
    await checkFiles(t, actor, input, existing);
    const fields = {
      establishmentName: est.name,
      provinceCode: est.provinceCode,
      name: input.name,
      group: input.group,
      isSet: input.isSet,
      description: input.description,
      photoFileIds: input.photoFileIds,
    };
    let product = existing;
    if (product) {
      [product] = await t
        .update(typicalProducts)
        .set({ ...fields, updatedAt: new Date() })
        .where(eq(typicalProducts.id, product.id))
        .returning();
    } else {
      [product] = await t
        .insert(typicalProducts)
        .values({ ...fields, establishmentId: est.id })
        .returning();
    }
    try {
      const [entry] = await t
        .insert(productEntries)
        .values({
          ...fields,
          roundId,
          productId: product!.id,
          establishmentId: est.id,
          productionCapacity: input.productionCapacity,
          market: input.market,
          documents: input.documents,
          lowerCertificateId: lowerCert?.id ?? null,
          registeredBy: actor.userId,
        })
        .returning();
      await record(t, actor, {
        action: 'product_entry.registered',
        entityType: 'product_entry',
        entityId: entry!.id,
        provinceCode: est.provinceCode,
        after: entry,
        meta: { roundId, lowerCertificate: lowerCert?.number ?? null },
      });
      const view = { ...entry!, certificateNumber: null, lowerCertificateNumber: lowerCert?.number ?? null };
      return presentEntry(actor, view, round, member, own);
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('PRODUCT_ALREADY_REGISTERED', { name: input.name });
      throw e;
    }
  });
}

export async function listRoundEntries(
  db: Db,
  actor: Actor,
  roundId: string,
  f: repo.EntryFilter,
): Promise<EntryDto[]> {
  const { round, member } = await loadRound(db, actor, roundId);
  const ownIds = await ownEstablishmentIds(db, actor);
  const scope = entryScopeFor(actor, roundTarget(round), member, ownIds);
  if (!scope) return [];
  const rows = await repo.listEntries(db, roundId, scope, f);
  return rows.map((e) => presentEntry(actor, e, round, member, ownIds.includes(e.establishmentId)));
}

/** The entry with its round, or 404 when the actor may not read it. */
export async function loadEntry(db: Db, actor: Actor, id: string, forUpdate = false) {
  const entry = await repo.findEntry(db, id, forUpdate);
  if (!entry) throw notFound();
  const { round, member } = await loadRound(db, actor, entry.roundId).catch(() => {
    throw notFound();
  });
  const own = (await ownEstablishmentIds(db, actor)).includes(entry.establishmentId);
  const target = {
    round: roundTarget(round),
    member,
    own,
    provinceCode: entry.provinceCode,
    status: entry.status,
  };
  if (!canEntry(actor, 'read', target)) throw notFound();
  return { entry, round, member, own, target };
}

export async function getEntry(db: Db, actor: Actor, id: string): Promise<EntryDto> {
  const { entry, round, member, own } = await loadEntry(db, actor, id);
  return presentEntry(actor, entry, round, member, own);
}

export async function withdrawEntry(db: Db, actor: Actor, id: string, version: number): Promise<EntryDto> {
  return tx(db, async (t) => {
    const { entry, round, member, own, target } = await loadEntry(t, actor, id, true);
    if (!canEntry(actor, 'withdraw', target)) {
      if (entry.status === 'withdrawn') throw new AppError('PRODUCT_ENTRY_WITHDRAWN');
      if ((round.status as RoundStatus) !== 'registration')
        throw new AppError('PRODUCT_ROUND_BAD_STATE', { action: 'rút đăng ký', status: round.status });
      throw forbidden();
    }
    const saved = await repo.bumpEntry(t, id, version, { status: 'withdrawn' });
    if (!saved) throw new AppError('VERSION_CONFLICT');
    await record(t, actor, {
      action: 'product_entry.withdrawn',
      entityType: 'product_entry',
      entityId: id,
      provinceCode: entry.provinceCode,
      before: { status: entry.status },
      after: { status: 'withdrawn' },
    });
    return presentEntry(actor, { ...entry, ...saved }, round, member, own);
  });
}
