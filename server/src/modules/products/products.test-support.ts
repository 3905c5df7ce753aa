import { AuditListQuery } from '../../../../shared/schemas/audit.ts';
import { UserListQuery } from '../../../../shared/schemas/identity.ts';
import type { ProductGroup, ProductLevel, RoundInput } from '../../../../shared/schemas/products.ts';
import type { Db } from '../../db/client.ts';
import { type Actor, systemActor } from '../../platform/actor.ts';
import { foldVietnamese } from '../../platform/search.ts';
import { listAudit } from '../audit/index.ts';
import { listUsers } from '../identity/index.ts';
import { addMember } from './council.service.ts';
import { registerEntry } from './entries.service.ts';
import { type EstablishmentRef, findEstablishmentsByName } from './products.establishments.ts';
import { levelRules } from './products.rules.data.ts';
import { addWorkingDays, certificateValidUntil, todayVn } from './products.rules.ts';
import { productCertificates, productEntries, productRounds, typicalProducts } from './products.tables.ts';
import { createRound, transitionRound } from './rounds.service.ts';

/** Helpers shared by this module's tests (not a test file itself). */
export async function actorFor(db: Db, email: string): Promise<Actor> {
  const { items } = await listUsers(db, systemActor, UserListQuery.parse({ q: email, pageSize: 5 }));
  const u = items.find((x) => x.email === email);
  if (!u) throw new Error(`no demo user ${email}`);
  return {
    userId: u.id,
    email: u.email,
    fullName: u.fullName,
    role: u.role,
    organisationId: u.organisationId,
    organisationKind: u.organisationKind,
    provinceCode: u.provinceCode,
  };
}

export async function establishmentNamed(db: Db, name: string) {
  const [e] = await findEstablishmentsByName(db, name);
  if (!e) throw new Error(`no demo establishment ${name}`);
  return e;
}

export const shift = (days: number, from = todayVn()) => {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

export const allGroups: ProductGroup[] = ['handicraft', 'processed_food', 'machinery', 'other'];

let counter = 0;
/** A round open for registration today (the window runs from 5 days ago to 5 days ahead). */
export async function openRound(db: Db, organiser: Actor, over: Partial<RoundInput> = {}) {
  const year = Number(todayVn().slice(0, 4));
  const round = await createRound(db, organiser, {
    code: `TEST-${Date.now().toString(36).toUpperCase()}-${++counter}`,
    name: 'Đợt thử nghiệm',
    level: 'province',
    year,
    organiserName: 'Sở Công Thương An Giang',
    provinceCode: '91',
    regionProvinceCodes: [],
    registrationOpens: shift(-5),
    registrationCloses: shift(5),
    selectionDate: shift(10),
    groups: allGroups,
    prizes: [],
    ...over,
  });
  return transitionRound(db, organiser, round.id, { action: 'open_registration', version: round.version });
}

/** Seats `count` of the demo council members, the first as chair and the second as secretary. */
export async function seatCouncil(db: Db, organiser: Actor, roundId: string, count: number, from = 1) {
  const members = [];
  for (let i = 0; i < count; i++) {
    const member = await actorFor(db, `hoidong.${String(from + i).padStart(2, '0')}@khuyencong.vn`);
    const seat = await addMember(db, organiser, roundId, {
      userId: member.userId,
      role: i === 0 ? 'chair' : i === 1 ? 'secretary' : 'member',
    });
    members.push({ actor: member, seat });
  }
  return members;
}

export const sheet = (market: number, economic: number, culture: number, other: number, note = '') => ({
  scores: [
    { criterion: 'market', points: market, note },
    { criterion: 'economic', points: economic, note },
    { criterion: 'culture', points: culture, note },
    { criterion: 'other', points: other, note },
  ],
});

/** The audit trail of one record, oldest first. */
export async function auditRows(db: Db, entityId: string) {
  const { items } = await listAudit(db, systemActor, AuditListQuery.parse({ entityId, pageSize: 100 }));
  return items.reverse();
}

/** A certificate from an earlier, finished round, written straight into the tables (dates relative to today). */
export async function pastCertificate(
  db: Db,
  est: EstablishmentRef,
  level: ProductLevel,
  decisionDate: string,
  name = 'Sản phẩm đã công nhận',
) {
  const n = `PAST-${Date.now().toString(36).toUpperCase()}-${++counter}`;
  const year = Number(decisionDate.slice(0, 4));
  const [round] = await db
    .insert(productRounds)
    .values({
      code: n,
      name: `Đợt cũ ${n}`,
      level,
      era: decisionDate < '2025-07-01' ? 'tt26_2014' : 'tt38_2025',
      year,
      organiserName: 'Cơ quan tổ chức',
      provinceCode: level === 'region' || level === 'nation' ? null : est.provinceCode,
      registrationOpens: decisionDate,
      registrationCloses: decisionDate,
      selectionDate: decisionDate,
      groups: allGroups,
      scoreSheetVersion: 'tt26-2014-tt14-2018',
      passThreshold: 70,
      quorumPercent: 66,
      status: 'recognised',
    })
    .returning();
  const [product] = await db
    .insert(typicalProducts)
    .values({
      establishmentId: est.id,
      establishmentName: est.name,
      provinceCode: est.provinceCode,
      name,
      group: 'handicraft',
      description: 'x',
    })
    .returning();
  const [entry] = await db
    .insert(productEntries)
    .values({
      roundId: round!.id,
      productId: product!.id,
      establishmentId: est.id,
      establishmentName: est.name,
      provinceCode: est.provinceCode,
      name,
      group: 'handicraft',
      description: 'x',
      productionCapacity: 'x',
      market: 'x',
      status: 'recognised',
    })
    .returning();
  await db.insert(productCertificates).values({
    number: `${n}-001`,
    entryId: entry!.id,
    productId: product!.id,
    roundId: round!.id,
    establishmentId: est.id,
    establishmentName: est.name,
    provinceCode: est.provinceCode,
    level,
    levelRank: levelRules[level].rank,
    year,
    group: 'handicraft',
    productName: name,
    organiserName: 'Cơ quan tổ chức',
    decisionNumber: '1/QĐ',
    decisionDate,
    validUntil: certificateValidUntil(decisionDate),
    searchKey: foldVietnamese(`${name} ${est.name}`),
  });
  return { number: `${n}-001`, productId: product!.id };
}

/** Registers a product of `est` (by its representative or an officer), each with its own fresh commune certificate. */
export async function registerProduct(
  db: Db,
  actor: Actor,
  est: EstablishmentRef,
  roundId: string,
  name: string,
) {
  const lower = (await pastCertificate(db, est, 'commune', shift(-60), name)).number;
  return registerEntry(db, actor, roundId, {
    establishmentId: est.id,
    name,
    group: 'handicraft',
    isSet: false,
    description: 'Sản phẩm thủ công.',
    productionCapacity: '1.000 sản phẩm/năm',
    market: 'Trong tỉnh',
    photoFileIds: [],
    documents: [],
    lowerCertificateNumber: lower,
  });
}

export { addWorkingDays };
