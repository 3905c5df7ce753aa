import { beforeAll, describe, expect, it } from 'vitest';
import { demo, type Session, signIn, type TestApp, testApp } from '../../test/http.ts';
import { demoTaxCode } from './establishments.seed.ts';

let t: TestApp;
let ag: Session;
let hn: Session;
let agency: Session;

type Item = {
  id: string;
  name: string;
  provinceCode: string;
  eligibility: string;
  registrationCode: string | null;
  unit: { id: number; label: string };
};
type Page = { items: Item[]; total: number };

async function unitId(s: Session, text: string, province: string): Promise<number> {
  // Units are reached through the reference API like the web app does.
  const res = await s.get(
    `/api/units?q=${encodeURIComponent(text)}&level=commune&era=2025&provinceCode=${province}&pageSize=5`,
  );
  expect(res.statusCode).toBe(200);
  const item = (res.json().items as { id: number; name: string }[])[0];
  if (!item) throw new Error(`unit ${text} not found`);
  return item.id;
}

beforeAll(async () => {
  t = await testApp({ JOB_RUNNER: 'off' });
  ag = await signIn(t.app, demo.angiangOfficer);
  hn = await signIn(t.app, demo.hanoiOfficer);
  agency = await signIn(t.app, demo.agencyOfficer);
});

describe('list, search and scope', () => {
  it('a department sees only its province; the agency sees all', async () => {
    const mine: Page = (await ag.get('/api/establishments?pageSize=200')).json();
    expect(mine.total).toBeGreaterThan(5);
    expect(mine.items.every((i) => i.provinceCode === '91')).toBe(true);
    const all: Page = (await agency.get('/api/establishments?pageSize=200')).json();
    expect(new Set(all.items.map((i) => i.provinceCode))).toEqual(new Set(['01', '91', '66']));
    const other = await ag.get('/api/establishments?provinceCode=01');
    expect(other.json().total).toBe(0);
    expect((await (await signIn(t.app, demo.councilMember)).get('/api/establishments')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/establishments' })).statusCode).toBe(401);
  });

  it('finds "Hợp tác xã Dệt may …" from "hop tac xa det may" typed without accents', async () => {
    const res: Page = (
      await agency.get(`/api/establishments?q=${encodeURIComponent('hop tac xa det may')}`)
    ).json();
    expect(res.items.map((i) => i.name).sort()).toEqual([
      'Hợp tác xã Dệt may Phùng Xá',
      'Hợp tác xã Dệt may Tân Châu',
    ]);
    const scoped: Page = (
      await ag.get(`/api/establishments?q=${encodeURIComponent('HOP TAC XA DET MAY')}`)
    ).json();
    expect(scoped.items.map((i) => i.name)).toEqual(['Hợp tác xã Dệt may Tân Châu']);
    const byCode: Page = (
      await agency.get(`/api/establishments?q=${scoped.items[0]!.registrationCode}`)
    ).json();
    expect(byCode.items.map((i) => i.name)).toEqual(['Hợp tác xã Dệt may Tân Châu']);
  });

  it('lets a national implementer pick beneficiaries in any province, without contact details', async () => {
    const vienck = await signIn(t.app, demo.implementerStaff);
    const q = encodeURIComponent('det may');
    const res = await vienck.get(`/api/establishments/options?provinceCode=91&q=${q}`);
    expect(res.statusCode).toBe(200);
    const items = res.json() as Record<string, unknown>[];
    expect(items.map((i) => i.name)).toEqual(['Hợp tác xã Dệt may Tân Châu']);
    expect(Object.keys(items[0]!).sort()).toEqual(
      [
        'eligibility',
        'id',
        'kind',
        'kindLabel',
        'name',
        'provinceCode',
        'provinceName',
        'registrationCode',
        'unit',
      ].sort(),
    );
    // The register itself stays closed to them, and the picker to those who never draft schemes.
    expect((await vienck.get('/api/establishments')).statusCode).toBe(403);
    const centre = await signIn(t.app, demo.centreStaff);
    expect((await centre.get('/api/establishments/options?provinceCode=91')).statusCode).toBe(200);
    expect((await centre.get('/api/establishments/options?provinceCode=01')).statusCode).toBe(403);
    expect((await hn.get('/api/establishments/options?provinceCode=91')).statusCode).toBe(403);
    const rep = await signIn(t.app, demo.establishmentRep);
    expect((await rep.get('/api/establishments/options?provinceCode=91')).statusCode).toBe(403);
    expect((await vienck.get('/api/establishments/options?provinceCode=9')).statusCode).toBe(422);
  });

  it('filters by kind, industry, craft village, status and eligibility; sorts and pages', async () => {
    const coops: Page = (await agency.get('/api/establishments?kind=cooperative&pageSize=200')).json();
    expect(coops.items.length).toBeGreaterThan(2);
    const food: Page = (await agency.get('/api/establishments?industry=ND45-I1&provinceCode=66')).json();
    expect(food.items.map((i) => i.name)).toContain('Hợp tác xã Cà phê Ea Tul');
    const village: Page = (
      await agency.get(`/api/establishments?craftVillage=${encodeURIComponent('bat trang')}`)
    ).json();
    expect(village.items.map((i) => i.name)).toEqual(['Công ty TNHH Gốm sứ Bát Tràng Hưng Long']);
    const closed: Page = (await agency.get('/api/establishments?status=closed')).json();
    expect(closed.items.map((i) => i.name)).toEqual(['Cơ sở Gạch nung Long Phú']);
    const notEligible: Page = (
      await agency.get('/api/establishments?eligibility=not_eligible&eligibleOn=2026-01-01&pageSize=200')
    ).json();
    expect(notEligible.items.map((i) => i.name)).toEqual(
      expect.arrayContaining([
        'Cơ sở Cơ khí Thanh Thùy',
        'Cơ sở Gạch nung Long Phú',
        'Hợp tác xã Sầu riêng Krông Pắc',
      ]),
    );
    expect(notEligible.items.map((i) => i.name)).not.toContain('Hợp tác xã Lụa Vạn Phúc');
    // Under the 2012 rule a ward of an urban district (quận) was outside the programme.
    const in2020: Page = (
      await agency.get('/api/establishments?eligibility=not_eligible&eligibleOn=2020-01-01&pageSize=200')
    ).json();
    expect(in2020.items.map((i) => i.name)).toContain('Hợp tác xã Lụa Vạn Phúc');
    const p1: Page = (await agency.get('/api/establishments?sort=-name&pageSize=3&page=1')).json();
    const p2: Page = (await agency.get('/api/establishments?sort=-name&pageSize=3&page=2')).json();
    expect(p1.items).toHaveLength(3);
    expect(p1.total).toBe(p2.total);
    expect(p1.items.map((i) => i.id)).not.toContain(p2.items[0]!.id);
    const bad = await agency.get('/api/establishments?kind=factory');
    expect(bad.statusCode).toBe(422);
  });
});

describe('record, eligibility and changes', () => {
  let id: string;
  let version: number;

  it('creates a record with a validated code, audited, and shows its eligibility with the legal basis', async () => {
    const unit = await unitId(ag, 'Châu Phong', '91');
    const code = demoTaxCode('16', 777_001);
    const res = await ag.post('/api/establishments', {
      name: 'Cơ sở Dệt chiếu Châu Phong',
      kind: 'household',
      registrationCode: code,
      unitId: unit,
      industries: ['nd45-i6'],
      workforce: 6,
      womanOwned: true,
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    id = body.id;
    version = body.version;
    expect(body).toMatchObject({
      provinceCode: '91',
      industries: ['ND45-I6'],
      eligibility: 'eligible',
      abilities: { update: true, delete: false },
    });
    expect(body.unit.label).toBe('Xã Châu Phong, Tỉnh An Giang');
    expect(body.eligibilityDetail.rule.code).toBe('ND235_2025');
    expect(body.eligibilityDetail.citations[0].document).toContain('235/2025');
    const old = (await ag.get(`/api/establishments/${id}/eligibility?date=2024-05-01`)).json();
    expect(old).toMatchObject({ status: 'eligible', rule: { code: 'ND45_2012' } });
    expect(old.citations.map((c: { document: string }) => c.document)).toContain('Nghị định 45/2012/NĐ-CP');
    const audit = (await signIn(t.app, demo.admin)).get(`/api/audit?entityType=establishment&entityId=${id}`);
    expect((await audit).json().items[0].action).toBe('establishment.created');
  });

  it('refuses a bad or taken code, an unknown industry, a non-commune unit and another province', async () => {
    const unit = await unitId(ag, 'Châu Phong', '91');
    const bad = await ag.post('/api/establishments', {
      name: 'X',
      kind: 'sme',
      registrationCode: '0300588568',
      unitId: unit,
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('registrationCode');
    const taken = await ag.post('/api/establishments', {
      name: 'Y',
      kind: 'sme',
      registrationCode: demoTaxCode('16', 777_001),
      unitId: unit,
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('ESTABLISHMENT_CODE_TAKEN');
    const industry = await ag.post('/api/establishments', {
      name: 'Z',
      kind: 'sme',
      unitId: unit,
      industries: ['XX-1'],
    });
    expect(industry.json().errors[0]).toMatchObject({ path: 'industries', code: 'industry_unknown' });
    const province = (await ag.get('/api/units?q=An%20Giang&level=province&era=2025')).json().items[0].id;
    const notCommune = await ag.post('/api/establishments', { name: 'Z', kind: 'sme', unitId: province });
    expect(notCommune.json().errors[0].code).toBe('unit_not_commune');
    const hanoiUnit = await unitId(ag, 'Bát Tràng', '01');
    const elsewhere = await ag.post('/api/establishments', { name: 'Z', kind: 'sme', unitId: hanoiUnit });
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().code).toBe('ESTABLISHMENT_OUT_OF_PROVINCE');
  });

  it('updates with optimistic locking; another province gets 404; the agency may read but not edit', async () => {
    const ok = await ag.patch(`/api/establishments/${id}`, {
      version,
      status: 'suspended',
      phone: '0296 3822 123',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      status: 'suspended',
      eligibility: 'not_eligible',
      version: version + 1,
    });
    const stale = await ag.patch(`/api/establishments/${id}`, { version, name: 'Khác' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    expect((await hn.get(`/api/establishments/${id}`)).statusCode).toBe(404);
    expect(
      (await hn.patch(`/api/establishments/${id}`, { version: version + 1, name: 'Hack' })).statusCode,
    ).toBe(404);
    expect((await agency.get(`/api/establishments/${id}`)).statusCode).toBe(200);
    expect(
      (await agency.patch(`/api/establishments/${id}`, { version: version + 1, name: 'Cục sửa' })).statusCode,
    ).toBe(403);
    version += 1;
  });

  it('soft-deletes (leader only), keeps the row out of lists and frees the code', async () => {
    expect(
      (await ag.request({ method: 'DELETE', url: `/api/establishments/${id}?version=${version}` }))
        .statusCode,
    ).toBe(403);
    const leader = await signIn(t.app, demo.angiangLeader);
    const del = await leader.request({
      method: 'DELETE',
      url: `/api/establishments/${id}?version=${version}&reason=Nh%E1%BA%ADp%20tr%C3%B9ng`,
    });
    expect(del.statusCode).toBe(204);
    expect((await ag.get(`/api/establishments/${id}`)).statusCode).toBe(404);
    const rows = await t.database.raw<{ deleted_at: string | null }>(
      'select deleted_at from establishments where id = $1',
      [id],
    );
    expect(rows[0]?.deleted_at).not.toBeNull();
    const unit = await unitId(ag, 'Châu Phong', '91');
    const again = await ag.post('/api/establishments', {
      name: 'Cơ sở mới',
      kind: 'sme',
      registrationCode: demoTaxCode('16', 777_001),
      unitId: unit,
    });
    expect(again.statusCode).toBe(201);
  });

  it('an establishment representative reads only their own establishment', async () => {
    const rep = await signIn(t.app, demo.establishmentRep);
    const page: Page = (await rep.get('/api/establishments')).json();
    expect(page.items.map((i) => i.name)).toEqual(['Hợp tác xã Dệt may Tân Châu']);
    const other = (await ag.get(`/api/establishments?q=${encodeURIComponent('Văn Giáo')}`)).json().items[0]
      .id;
    expect((await rep.get(`/api/establishments/${other}`)).statusCode).toBe(404);
  });
});
