import { inflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows, sql } from '../../db/client.ts';
import { demo, type Session, signIn, type TestApp, testApp } from '../../test/http.ts';
import { establishment, type Fixture, fixture, machineryLines, schemeBody } from './schemes.fixtures.ts';

/** One entry of a zip (a .docx) read through its central directory. */
function entryText(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const nameLen = zip.readUInt16LE(p + 28);
    const entry = zip.subarray(p + 46, p + 46 + nameLen).toString();
    const local = zip.readUInt32LE(p + 42);
    if (entry === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + zip.readUInt32LE(p + 20));
      return (zip.readUInt16LE(p + 10) === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    p += 46 + nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return '';
}

let t: TestApp;
let f: Fixture;
let centre: Session;
let officer: Session;
beforeAll(async () => {
  t = await testApp();
  f = await fixture(t.database.db);
  centre = await signIn(t.app, demo.centreStaff);
  officer = await signIn(t.app, demo.angiangOfficer);
});

type Scheme = {
  id: string;
  code: string;
  state: string;
  version: number;
  support: { stateAllowed: string; stateRequested: string; blocking: boolean; ruleSetCode: string };
  supportDetail: {
    items: { citation: { document: string; article?: string; clause?: string }; capVnd: string }[];
  };
  timeline: { kind: string; action: string | null; comment: string | null }[];
  abilities: Record<string, boolean>;
};
type Problem = { code: string; detail?: string; errors?: { path: string; code: string; message: string }[] };

const create = async (over: Record<string, unknown> = {}) => centre.post('/api/schemes', schemeBody(f, over));
const created = async (over: Record<string, unknown> = {}) => {
  const res = await create(over);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Scheme;
};
const fire = (s: Session, id: string, action: string, version: number, comment?: string) =>
  s.post(`/api/schemes/${id}/transitions`, { action, version, comment });
const problem = (res: { json: () => unknown }) => res.json() as Problem;
const fieldCodes = (res: { json: () => unknown }) =>
  (problem(res).errors ?? []).map((e) => `${e.path}:${e.code}`);

describe('drafting with the support computed by the rules', () => {
  it('401 without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/schemes' })).statusCode).toBe(401);
  });

  it('creates a draft whose state support is capped at 300 tr under TT 28/2018 Art 8.4, and audits it', async () => {
    const s = await created();
    expect(s).toMatchObject({
      state: 'draft',
      version: 1,
      abilities: { update: true, submit: true, forward: false },
    });
    expect(s.code).toMatch(/^KCQG-\d{4}-\d{6}$/);
    // 2 × 150 tr state + 2 × 250 tr counterpart: 50% of 800 = 400, cap 300 → 300 allowed, 300 requested
    expect(s.support).toMatchObject({
      stateAllowed: '300000000',
      stateRequested: '300000000',
      blocking: false,
    });
    expect(s.supportDetail.items[0]).toMatchObject({
      capVnd: '300000000',
      citation: { document: 'TT 28/2018/TT-BTC', article: '8', clause: '4' },
    });
    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where entity_id = ${s.id}`,
    );
    expect(audit.map((a) => a.action)).toEqual(['scheme.created']);
  });

  it('the live computation explains each line without saving', async () => {
    const res = await centre.post('/api/schemes/support-preview', {
      planYear: f.planYear,
      level: 'national',
      provinceCode: '91',
      costLines: machineryLines(2, 200, 200),
    });
    expect(res.statusCode).toBe(200);
    const r = res.json() as { violations: { code: string }[]; items: { explanationVi: string }[] };
    expect(r.violations.map((v) => v.code)).toEqual(['CAP_EXCEEDED']);
    expect(r.items[0]!.explanationVi).toContain('300.000.000 ₫');
  });

  it('refuses negative and non-integer money (422, nothing written)', async () => {
    const [a, b] = machineryLines(1, 100, 100);
    const neg = await create({ costLines: [{ ...a, unitPrice: '-100000000', total: '-100000000' }, b] });
    expect(neg.statusCode).toBe(422);
    expect(fieldCodes(neg)).toContain('costLines.0.unitPrice:custom');
    const frac = await create({ costLines: [{ ...a, total: '100000000.5' }, b] });
    expect(frac.statusCode).toBe(422);
    expect(problem(frac).errors?.[0]?.message).toContain('số nguyên đồng');
  });

  it('refuses totals that do not add up', async () => {
    const [a, b] = machineryLines(2, 150, 250);
    const line = await create({ costLines: [{ ...a, total: '290000000' }, b] });
    expect(problem(line).code).toBe('SCHEME_INVALID');
    expect(fieldCodes(line)).toEqual(['costLines.0.total:line_total_mismatch']);
    const sum = await create({ costTotal: '700000000' });
    expect(fieldCodes(sum)).toEqual(['costTotal:cost_total_mismatch']);
  });

  it('refuses dates out of order and milestones outside the schedule', async () => {
    const res = await create({
      startDate: `${f.planYear}-10-01`,
      endDate: `${f.planYear}-03-01`,
      milestones: [],
    });
    expect(fieldCodes(res)).toEqual(['endDate:date_order']);
    const m = await create({ milestones: [{ title: 'x', dueDate: `${f.planYear + 1}-01-15` }] });
    expect(fieldCodes(m)).toEqual(['milestones.0.dueDate:milestone_out_of_schedule']);
  });

  it('refuses a point scheme with one content or running a single year', async () => {
    const res = await create({ kind: 'point' });
    expect(fieldCodes(res)).toEqual(
      expect.arrayContaining(['contentCodes:point_needs_two_contents', 'endDate:point_needs_multi_year']),
    );
    expect(problem(res).errors?.[0]?.message).toContain('TT 36/2013/TT-BCT');
  });

  it('refuses a content the level does not fund (regional selection events are national only under TTLT 26/2014)', async () => {
    const res = await create({
      level: 'local',
      planYear: 2017,
      startDate: '2017-03-01',
      endDate: '2017-10-31',
      milestones: [],
      beneficiaryIds: [],
      contentCodes: ['ND45-4'],
      costLines: [
        {
          itemCode: 'selection_event_region',
          contentCode: 'ND45-4',
          description: 'Bình chọn khu vực',
          unit: 'sự kiện',
          quantity: 1,
          unitPrice: '80000000',
          total: '80000000',
          fundingSource: 'local',
        },
      ],
    });
    expect(res.statusCode).toBe(422);
    expect(fieldCodes(res)).toEqual(['costLines.0.itemCode:content_not_funded']);
  });

  it('refuses a beneficiary outside the province or not eligible on the date', async () => {
    const phuVinh = await establishment(t.database.db, 'Cơ sở Mây tre đan Phú Vinh');
    const closed = await establishment(t.database.db, 'Cơ sở Gạch nung Long Phú');
    const count = async () =>
      (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from schemes`))[0]!.n;
    const before = await count();
    const res = await create({ beneficiaryIds: [phuVinh.id, closed.id] });
    expect(fieldCodes(res)).toEqual([
      'beneficiaryIds.0:beneficiary_out_of_province',
      'beneficiaryIds.1:beneficiary_ineligible',
    ]);
    expect(problem(res).errors?.[1]?.message).toContain('Cơ sở Gạch nung Long Phú');
    expect(await count()).toBe(before);
  });
});

describe('workflow', () => {
  it('wrong state 409, wrong role 403, stale version 409, edits after submission 409', async () => {
    const s = await created();
    const early = await fire(officer, s.id, 'forward', 1);
    expect(early.statusCode).toBe(409);
    expect(problem(early).code).toBe('SCHEME_BAD_STATE');
    const notOwner = await fire(officer, s.id, 'submit', 1);
    expect(notOwner.statusCode).toBe(403);
    expect(problem(notOwner).code).toBe('SCHEME_ROLE_FORBIDDEN');
    const put = (version: number) =>
      centre.request({
        method: 'PATCH',
        url: `/api/schemes/${s.id}`,
        payload: { ...schemeBody(f), version },
      });
    expect((await put(1)).statusCode).toBe(200);
    const stale = await put(1);
    expect(stale.statusCode).toBe(409);
    expect(problem(stale).code).toBe('VERSION_CONFLICT');
    expect((await fire(centre, s.id, 'submit', 2)).statusCode).toBe(200);
    const late = await put(3);
    expect(late.statusCode).toBe(409);
    expect(problem(late).code).toBe('SCHEME_NOT_EDITABLE');
  });

  it('submit, forward, return with a reason, resubmit: timeline and audit keep every step', async () => {
    const s = await created();
    const submitted = (await fire(centre, s.id, 'submit', 1)).json() as Scheme;
    expect(submitted.state).toBe('submitted');
    const noReason = await fire(officer, s.id, 'return', 2);
    expect(problem(noReason).code).toBe('SCHEME_COMMENT_REQUIRED');
    const returned = await fire(officer, s.id, 'return', 2, 'Bổ sung báo giá');
    expect(returned.json()).toMatchObject({ state: 'returned', abilities: { forward: false } });
    expect((await fire(centre, s.id, 'submit', 3)).statusCode).toBe(200);
    const fwd = (await fire(officer, s.id, 'forward', 4)).json() as Scheme;
    expect(fwd.state).toBe('province_appraised');
    expect(fwd.timeline.map((e) => e.action ?? e.kind)).toEqual([
      'created',
      'submit',
      'return',
      'submit',
      'forward',
    ]);
    expect(fwd.timeline[2]!.comment).toBe('Bổ sung báo giá');
    // Approval is the plan's: the scheme refuses it as an action of its own and stays where it is.
    const direct = await fire(officer, s.id, 'approve', 5);
    expect(direct.statusCode).toBe(409);
    expect(problem(direct)).toMatchObject({ code: 'SCHEME_APPROVED_IN_PLAN' });
    expect(problem(direct).detail).toContain('phê duyệt kế hoạch khuyến công');
    expect(fwd.abilities).not.toMatchObject({ approve: true });
    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where entity_id = ${s.id} order by at`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'scheme.created',
      'scheme.submitted',
      'scheme.returned',
      'scheme.submitted',
      'scheme.forwarded',
    ]);
    const versions = (await centre.get(`/api/schemes/${s.id}/versions`)).json() as {
      version: number;
      state: string;
    }[];
    expect(versions.map((v) => v.state)).toEqual([
      'draft',
      'submitted',
      'returned',
      'submitted',
      'province_appraised',
    ]);
    const v1 = (await centre.get(`/api/schemes/${s.id}/versions/1`)).json() as {
      snapshot: { title: string };
    };
    expect(v1.snapshot.title).toContain('máy dệt kiếm');
  });

  it('refuses to submit an incomplete scheme, one over the cap, and one whose rule is not verified', async () => {
    const incomplete = await created({ goals: null, beneficiaryIds: [] });
    const r1 = await fire(centre, incomplete.id, 'submit', 1);
    expect(problem(r1).code).toBe('SCHEME_INCOMPLETE');
    expect(fieldCodes(r1)).toEqual(['goals:missing', 'beneficiaryIds:beneficiaries_required']);
    const over = await created({ costLines: machineryLines(2, 200, 200) });
    expect(over.support.blocking).toBe(true);
    const r2 = await fire(centre, over.id, 'submit', 1);
    expect(problem(r2).code).toBe('SCHEME_SUPPORT_BLOCKED');
    expect(problem(r2).errors?.[0]?.message).toContain('vượt mức tối đa');
    const brand = await created({
      contentCodes: ['ND45-4'],
      costLines: [
        {
          itemCode: 'brand',
          contentCode: 'ND45-4',
          description: 'Đăng ký nhãn hiệu',
          unit: 'gói',
          quantity: 1,
          unitPrice: '30000000',
          total: '30000000',
          fundingSource: 'national',
        },
      ],
    });
    const r3 = await fire(centre, brand.id, 'submit', 1);
    expect(problem(r3).code).toBe('SCHEME_RULES_INCOMPLETE');
    const state = await queryRows<{ state: string }>(
      t.database.db,
      sql`select state from schemes where id in (${incomplete.id}, ${over.id}, ${brand.id})`,
    );
    expect(state.every((r) => r.state === 'draft')).toBe(true);
  });

  it('refuses a submission after the call’s deadline until the agency reopens the window', async () => {
    const agency = await signIn(t.app, demo.agencyOfficer);
    const call = await agency.post('/api/calls', {
      planYear: 2035,
      level: 'national',
      title: 'Kế hoạch 2035',
      guidanceNumber: '900/ĐMST-KC',
      guidanceDate: '2020-04-01',
      submissionDeadline: '2020-05-20',
      registrationDeadline: '2020-06-15',
    });
    expect(call.statusCode).toBe(201);
    const s = await created({
      planYear: 2035,
      startDate: '2035-03-01',
      endDate: '2035-10-31',
      milestones: [],
    });
    const late = await fire(centre, s.id, 'submit', 1);
    expect(late.statusCode).toBe(422);
    expect(problem(late)).toMatchObject({ code: 'SCHEME_DEADLINE_PASSED' });
    expect((late.json() as { detail: string }).detail).toContain('20/05/2020');
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const reopen = await agency.post(`/api/calls/${call.json().id}/windows`, {
      stage: 'submission',
      provinceCode: '91',
      opensOn: today,
      closesOn: today,
      reason: 'Bổ sung',
      version: 1,
    });
    expect(reopen.statusCode).toBe(201);
    expect((await fire(centre, s.id, 'submit', 1)).json()).toMatchObject({ state: 'submitted' });
  });

  it('a department forwards every checked scheme in bulk; each result is reported', async () => {
    const a = await created();
    const b = await created();
    const draft = await created();
    await fire(centre, a.id, 'submit', 1);
    await fire(centre, b.id, 'submit', 1);
    const res = await officer.post('/api/schemes/bulk-transitions', {
      action: 'forward',
      items: [a, b, draft]
        .map((s) => ({ id: s.id, version: 2 }))
        .map((x, i) => (i === 2 ? { ...x, version: 1 } : x)),
    });
    expect(res.statusCode).toBe(200);
    const out = res.json() as {
      done: number;
      failed: number;
      results: { ok: boolean; code: string | null; detail: string | null }[];
    };
    expect(out).toMatchObject({ done: 2, failed: 1 });
    expect(out.results[2]).toMatchObject({ ok: false, code: 'SCHEME_BAD_STATE' });
    expect(out.results[2]!.detail).toContain('Dự thảo');
  });
});

describe('reading', () => {
  it('is described in the OpenAPI document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys((res.json() as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/schemes',
        '/api/schemes/{id}/transitions',
        '/api/schemes/bulk-transitions',
        '/api/calls/{id}/windows',
      ]),
    );
  });

  it('scopes: another province answers 404; lists filter and search without diacritics', async () => {
    const s = await created({ title: 'Hỗ trợ máy se sợi tơ tằm Đặc biệt' });
    const hanoi = await signIn(t.app, demo.hanoiOfficer);
    expect((await hanoi.get(`/api/schemes/${s.id}`)).statusCode).toBe(404);
    const page = (
      await officer.get(
        `/api/schemes?q=may%20se%20soi%20dac%20biet&planYear=${f.planYear}&state=draft&contentCode=ND45-3`,
      )
    ).json() as {
      items: { id: string }[];
      total: number;
    };
    expect(page.items.map((i) => i.id)).toEqual([s.id]);
    const none = (await hanoi.get('/api/schemes?q=may%20se%20soi%20dac%20biet')).json() as { total: number };
    expect(none.total).toBe(0);
  });

  it('prints the proposal as Word with the amounts in words', async () => {
    const s = await created();
    const res = await centre.get(`/api/schemes/${s.id}/document.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const xml = entryText(res.rawPayload, 'word/document.xml');
    expect(xml).toContain('Ba trăm triệu đồng');
    expect(xml).toContain('ĐỀ ÁN KHUYẾN CÔNG QUỐC GIA');
  });
});
