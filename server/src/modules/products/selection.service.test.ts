import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EntryDto, RoundDto } from '../../../../shared/schemas/products.ts';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { testDatabase } from '../../test/db.ts';
import { renderCertificatePdf } from './certificate.pdf.ts';
import { fileComplaint, listComplaints, resolveComplaint } from './complaints.service.ts';
import { declareConflict } from './council.service.ts';
import type { EstablishmentRef } from './products.establishments.ts';
import { certificateValidUntil, complaintWindowEnds, todayVn } from './products.rules.ts';
import { productCertificates } from './products.tables.ts';
import {
  actorFor,
  addWorkingDays,
  auditRows,
  establishmentNamed,
  openRound,
  pastCertificate,
  registerProduct,
  seatCouncil,
  sheet,
  shift,
} from './products.test-support.ts';
import { recognise, refreshExpiry } from './recognition.service.ts';
import {
  holdsValidCertificate,
  recognisedProductsOf,
  searchRegistry,
  verifyCertificate,
} from './registry.service.ts';
import { getRound, transitionRound } from './rounds.service.ts';
import { getResults, mySheets, submitSheet } from './scoring.service.ts';

let database: Database;
let agOfficer: Actor;
let agLeader: Actor;
let agRep: Actor;
let tanchau: EstablishmentRef;
let communeCert: string;

beforeAll(async () => {
  database = await testDatabase();
  const db = database.db;
  [agOfficer, agLeader, agRep] = await Promise.all([
    actorFor(db, 'chuyenvien.angiang@khuyencong.vn'),
    actorFor(db, 'lanhdao.angiang@khuyencong.vn'),
    actorFor(db, 'coso.tanchau@khuyencong.vn'),
  ]);
  tanchau = await establishmentNamed(db, 'Dệt may Tân Châu');
  communeCert = (await pastCertificate(db, tanchau, 'commune', shift(-60), 'Lụa Mỹ A Tân Châu')).number;
});

const fail = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) =>
      e instanceof AppError
        ? { code: e.code, fields: e.fieldErrors?.map((f) => f.path) }
        : { code: String(e) },
  );
const register = (roundId: string, name: string) =>
  registerProduct(database.db, agRep, tanchau, roundId, name);

const version = async (id: string) => (await getRound(database.db, agOfficer, id)).version;
const transition = async (r: RoundDto, action: 'start_scoring' | 'publish_results' | 'close') =>
  transitionRound(database.db, agOfficer, r.id, { action, version: await version(r.id) });

describe('a provincial round from scoring to certificates', () => {
  let round: RoundDto;
  let council: Awaited<ReturnType<typeof seatCouncil>>;
  let a: EntryDto;
  let b: EntryDto;
  let c: EntryDto;
  let d: EntryDto;

  beforeAll(async () => {
    round = await openRound(database.db, agOfficer);
    council = await seatCouncil(database.db, agOfficer, round.id, 7);
    [a, b, c, d] = [
      await register(round.id, 'Lụa Mỹ A'),
      await register(round.id, 'Khăn rằn'),
      await register(round.id, 'Túi lụa'),
      await register(round.id, 'Áo bà ba lụa'),
    ];
  });

  it('records a conflict declaration and keeps the conflicted member from scoring', async () => {
    const conflicted = council[6]!;
    expect(await fail(submitSheet(database.db, conflicted.actor, a.id, sheet(30, 30, 8, 8)))).toMatchObject({
      code: 'PRODUCT_SCORING_CLOSED',
    });
    const decl = await declareConflict(database.db, conflicted.actor, round.id, {
      memberId: conflicted.seat.id,
      establishmentId: tanchau.id,
      reason: 'Là thành viên sáng lập hợp tác xã',
    });
    expect(decl.establishmentName).toBe(tanchau.name);
    expect((await auditRows(database.db, round.id)).map((x) => x.action)).toContain(
      'product_council.conflict_declared',
    );
    expect(
      await fail(
        declareConflict(database.db, council[5]!.actor, round.id, {
          memberId: conflicted.seat.id,
          establishmentId: tanchau.id,
          reason: 'x',
        }),
      ),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    round = await transition(round, 'start_scoring');
    expect(await fail(submitSheet(database.db, conflicted.actor, a.id, sheet(30, 30, 8, 8)))).toMatchObject({
      code: 'PRODUCT_MEMBER_CONFLICTED',
    });
    expect((await mySheets(database.db, conflicted.actor, round.id)).items.every((i) => i.conflicted)).toBe(
      true,
    );
  });

  it('refuses points outside the scale and unknown or missing criteria, naming the field', async () => {
    const m = council[0]!.actor;
    expect(await fail(submitSheet(database.db, m, a.id, sheet(41, 30, 8, 8)))).toEqual({
      code: 'PRODUCT_SCORE_INVALID',
      fields: ['scores.0.points'],
    });
    expect(await fail(submitSheet(database.db, m, a.id, sheet(30, 30, 11, -1)))).toEqual({
      code: 'PRODUCT_SCORE_INVALID',
      fields: ['scores.2.points', 'scores.3.points'],
    });
    expect(
      await fail(submitSheet(database.db, m, a.id, { scores: sheet(1, 1, 1, 1).scores.slice(0, 3) })),
    ).toMatchObject({ fields: ['scores'] });
  });

  it('computes averages, spread, pass at 70, ranks with ties, and refuses publication without quorum', async () => {
    const eligible = council.slice(0, 6);
    for (const [i, m] of eligible.entries()) {
      await submitSheet(database.db, m.actor, a.id, sheet(32, 32, 8, 8, 'Mẫu mã đẹp')); // 80
      await submitSheet(database.db, m.actor, b.id, sheet(28, 28, 7, i % 2 ? 7 : 6)); // 69.5
      await submitSheet(database.db, m.actor, d.id, sheet(32, 32, 8, 8)); // 80, tie with a
      if (i < 3) await submitSheet(database.db, m.actor, c.id, sheet(35, 35, 9, 9)); // 3 of 6 < quorum 4
    }
    const sheetAudit = await auditRows(database.db, a.id);
    expect(sheetAudit.filter((x) => x.action === 'product_score.submitted')).toHaveLength(6);
    expect(await fail(transition(round, 'publish_results'))).toMatchObject({
      code: 'PRODUCT_QUORUM_NOT_MET',
    });
    const before = await getResults(database.db, council[1]!.actor, round.id);
    expect(before.progress).toMatchObject({ expectedSheets: 24, submittedSheets: 21 });
    const rc = before.rows.find((r) => r.entryId === c.id)!;
    expect(rc).toMatchObject({
      sheets: 3,
      eligibleMembers: 6,
      quorumMet: false,
      passed: false,
      rankInGroup: null,
    });
    await submitSheet(database.db, eligible[3]!.actor, c.id, sheet(35, 35, 9, 9));
    round = await transition(round, 'publish_results');
    const res = await getResults(database.db, agOfficer, round.id);
    const row = (id: string) => res.rows.find((r) => r.entryId === id)!;
    expect(row(a.id)).toMatchObject({
      average: 80,
      spread: 0,
      passed: true,
      rankInGroup: 2,
      tied: true,
      status: 'passed',
    });
    expect(row(d.id)).toMatchObject({ average: 80, rankInGroup: 2, tied: true });
    expect(row(c.id)).toMatchObject({ average: 88, rankInGroup: 1, tied: false });
    expect(row(b.id)).toMatchObject({
      average: 69.5,
      spread: 1,
      passed: false,
      status: 'failed',
      rankInGroup: 4,
    });
    expect(await fail(getResults(database.db, council[4]!.actor, round.id))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('takes complaints within 15 working days of the results only, and records their handling', async () => {
    const published = round.resultsPublishedOn ?? todayVn();
    expect(round.complaintWindowEnds).toBe(complaintWindowEnds(published));
    expect(
      await fail(
        fileComplaint(
          database.db,
          agRep,
          b.id,
          'Đề nghị chấm lại sản phẩm khăn rằn.',
          addWorkingDays(published, 16),
        ),
      ),
    ).toMatchObject({
      code: 'PRODUCT_COMPLAINT_WINDOW_CLOSED',
    });
    const late = await fileComplaint(
      database.db,
      agRep,
      a.id,
      'Đề nghị xem lại thứ hạng sản phẩm lụa.',
      addWorkingDays(published, 15),
    );
    expect(late).toMatchObject({
      status: 'open',
      windowEnds: complaintWindowEnds(published),
      responseDue: addWorkingDays(addWorkingDays(published, 15), 10),
    });
    expect(
      await fail(
        recognise(
          database.db,
          agLeader,
          round.id,
          {
            decisionNumber: '10/QĐ-SCT',
            decisionDate: published,
            decisionSigner: 'Giám đốc',
            version: await version(round.id),
          },
          'http://x',
        ),
      ),
    ).toMatchObject({
      code: 'PRODUCT_COMPLAINT_PENDING',
    });
    const done = await resolveComplaint(database.db, agOfficer, late.id, {
      outcome: 'rejected',
      response: 'Hội đồng giữ nguyên kết quả.',
      version: late.version,
    });
    expect(done).toMatchObject({ status: 'rejected', response: 'Hội đồng giữ nguyên kết quả.' });
    expect(
      await fail(
        resolveComplaint(database.db, agOfficer, late.id, {
          outcome: 'upheld',
          response: 'x x x x x',
          version: done.version,
        }),
      ),
    ).toMatchObject({ code: 'PRODUCT_COMPLAINT_RESOLVED' });
    expect((await auditRows(database.db, late.id)).map((x) => x.action)).toEqual([
      'product_complaint.filed',
      'product_complaint.resolved',
    ]);
    expect(await listComplaints(database.db, agRep, round.id)).toHaveLength(1);
  });

  it('refuses a certificate below the threshold, a duplicate number and an officer’s decision; nothing is half-written', async () => {
    const base = { decisionNumber: '15/QĐ-SCT', decisionDate: todayVn(), decisionSigner: 'Giám đốc Sở' };
    expect(
      await fail(
        recognise(
          database.db,
          agLeader,
          round.id,
          { ...base, entryIds: [a.id, b.id], version: await version(round.id) },
          'http://x',
        ),
      ),
    ).toMatchObject({
      code: 'PRODUCT_BELOW_THRESHOLD',
    });
    expect(
      await fail(
        recognise(
          database.db,
          agLeader,
          round.id,
          {
            ...base,
            numbers: { [a.id]: 'SO-TRUNG-01', [d.id]: 'SO-TRUNG-01' },
            version: await version(round.id),
          },
          'http://x',
        ),
      ),
    ).toMatchObject({ code: 'PRODUCT_CERTIFICATE_NUMBER_TAKEN' });
    expect(
      await fail(
        recognise(
          database.db,
          agLeader,
          round.id,
          { ...base, numbers: { [a.id]: communeCert }, version: await version(round.id) },
          'http://x',
        ),
      ),
    ).toMatchObject({
      code: 'PRODUCT_CERTIFICATE_NUMBER_TAKEN',
    });
    expect(
      await fail(
        recognise(
          database.db,
          agOfficer,
          round.id,
          { ...base, version: await version(round.id) },
          'http://x',
        ),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await database.db.select().from(productCertificates).where(eq(productCertificates.roundId, round.id)),
    ).toHaveLength(0);
  });

  it('recognises the entries that passed, numbers the certificates and dates them to 31/12 of the third year', async () => {
    const date = todayVn();
    const certs = await recognise(
      database.db,
      agLeader,
      round.id,
      {
        decisionNumber: '15/QĐ-SCT',
        decisionDate: date,
        decisionSigner: 'Giám đốc Sở',
        numbers: { [c.id]: `AG-${round.code}` },
        version: await version(round.id),
      },
      'https://khuyencong.example',
    );
    expect(certs.map((x) => x.number).sort()).toEqual(
      [`${round.code}-001`, `${round.code}-002`, `AG-${round.code}`].sort(),
    );
    expect(certs.every((x) => x.validUntil === certificateValidUntil(date) && x.status === 'valid')).toBe(
      true,
    );
    expect(certs[0]!.verifyUrl).toMatch(/^https:\/\/khuyencong\.example\/xac-minh-chung-nhan\//);
    const cert = certs.find((x) => x.number === `AG-${round.code}`)!;
    expect((await auditRows(database.db, cert.id)).map((x) => x.action)).toEqual([
      'product_certificate.issued',
    ]);
    expect((await getRound(database.db, agOfficer, round.id)).status).toBe('recognised');

    expect(await holdsValidCertificate(database.db, tanchau.id, { minLevel: 'province', date })).toBe(true);
    expect(await holdsValidCertificate(database.db, tanchau.id, { minLevel: 'region', date })).toBe(false);
    expect(
      await holdsValidCertificate(database.db, tanchau.id, {
        minLevel: 'province',
        date: `${Number(date.slice(0, 4)) + 3}-01-01`,
      }),
    ).toBe(false);
    const mine = await recognisedProductsOf(
      database.db,
      { kind: 'province', provinceCode: '91' },
      tanchau.id,
    );
    expect(mine.map((x) => x.certificateNumber)).toContain(cert.number);
    expect(
      await recognisedProductsOf(database.db, { kind: 'province', provinceCode: '01' }, tanchau.id),
    ).toEqual([]);

    const found = await searchRegistry(database.db, {
      q: 'tui lua tan chau',
      level: 'province',
      page: 1,
      pageSize: 20,
    });
    expect(found.items.map((x) => x.certificateNumber)).toContain(cert.number);
    expect((await verifyCertificate(database.db, cert.number)).status).toBe('valid');

    const pdf = await renderCertificatePdf(cert);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain(`(${cert.number})`);
    expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('marks certificates past their 31 December as expired, with an audit row', async () => {
    const later = `${Number(todayVn().slice(0, 4)) + 3}-01-01`;
    const { expired } = await refreshExpiry(database.db, agLeader, later);
    expect(expired).toBeGreaterThanOrEqual(3);
    const [one] = await database.db
      .select()
      .from(productCertificates)
      .where(eq(productCertificates.roundId, round.id));
    expect(one?.status).toBe('expired');
    expect((await refreshExpiry(database.db, agLeader, later)).expired).toBe(0);
  });
});
