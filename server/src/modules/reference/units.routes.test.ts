import { beforeAll, describe, expect, it } from 'vitest';
import type { UnitDetailDto, UnitDto } from '../../../../shared/schemas/reference.ts';
import { demo, signIn, type TestApp, testApp } from '../../test/http.ts';

// The demo seed: 34 provinces of 2025, 63 of before and their mapping (communes too when the demo imports them).
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

describe('GET /api/units/provinces (public)', () => {
  it("lists today's 34 provinces without a session", async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/units/provinces' });
    expect(res.statusCode).toBe(200);
    const list = res.json() as { code: string; name: string; type: string }[];
    expect(list).toHaveLength(34);
    expect(list.find((p) => p.code === '91')).toEqual({ code: '91', name: 'An Giang', type: 'tinh' });
  });

  it('lists the 63 provinces before 2025 with ?era=pre2025, and refuses an unknown era', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/units/provinces?era=pre2025' });
    const list = res.json() as { code: string; name: string; type: string }[];
    expect(list).toHaveLength(63);
    expect(list.find((p) => p.code === '17')?.name).toBe('Tỉnh Hoà Bình');
    expect(list.filter((p) => p.type === 'thanh_pho_tw')).toHaveLength(6);
    const bad = await t.app.inject({ method: 'GET', url: '/api/units/provinces?era=1999' });
    expect(bad.statusCode).toBe(422);
  });
});

describe('GET /api/units', () => {
  it('401 without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/units' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('AUTH_REQUIRED');
  });

  it('any signed-in user reads units; the default era is 2025, sorted by name', async () => {
    const s = await signIn(t.app, demo.establishmentRep);
    const res = await s.get('/api/units?level=province&pageSize=5');
    expect(res.statusCode).toBe(200);
    const page = res.json() as Page<UnitDto>;
    expect(page).toMatchObject({ total: 34, page: 1, pageSize: 5 });
    expect(page.items.map((u) => u.name)).toEqual([
      'An Giang',
      'Bắc Ninh',
      'Cà Mau',
      'Thành phố Cần Thơ',
      'Cao Bằng',
    ]);
    expect(page.items[0]).toMatchObject({
      era: '2025',
      level: 'province',
      type: 'tinh',
      typeLabel: 'Tỉnh',
      validFrom: '2025-07-01',
      validTo: null,
    });
  });

  it('"hoa binh" finds "Hòa Bình" and "dak lak" finds "Đắk Lắk", in either era', async () => {
    const s = await signIn(t.app, demo.hanoiOfficer);
    const hoaBinh = (
      await s.get('/api/units?era=pre2025&level=province&q=hoa%20binh')
    ).json() as Page<UnitDto>;
    expect(hoaBinh.items.map((u) => u.name)).toEqual(['Tỉnh Hoà Bình']);
    const dakLak = (await s.get('/api/units?level=province&q=dak+lak')).json() as Page<UnitDto>;
    expect(dakLak.items.map((u) => u.name)).toEqual(['Đắk Lắk']);
    const byCode = (await s.get('/api/units?era=pre2025&level=province&q=89')).json() as Page<UnitDto>;
    expect(byCode.items.map((u) => u.name)).toEqual(['Tỉnh An Giang']);
  });

  it('filters by province and sorts by code descending', async () => {
    const s = await signIn(t.app, demo.hanoiOfficer);
    const one = (
      await s.get('/api/units?era=pre2025&level=province&provinceCode=89')
    ).json() as Page<UnitDto>;
    expect(one.items.map((u) => u.code)).toEqual(['89']);
    const desc = (
      await s.get('/api/units?era=pre2025&level=province&sort=-code&pageSize=2')
    ).json() as Page<UnitDto>;
    expect(desc.items.map((u) => u.code)).toEqual(['96', '95']);
    expect(desc.total).toBe(63);
  });

  it('422 on bad filters', async () => {
    const s = await signIn(t.app, demo.hanoiOfficer);
    for (const url of [
      '/api/units?level=village',
      '/api/units?provinceCode=1',
      '/api/units?pageSize=1000',
      '/api/units?sort=nameKey',
    ]) {
      const res = await s.get(url);
      expect(res.statusCode, url).toBe(422);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('GET /api/units/:id', () => {
  it("shows a pre-2025 province with its successor and today's province", async () => {
    const s = await signIn(t.app, demo.councilMember);
    const [kienGiang] = (
      (await s.get('/api/units?era=pre2025&level=province&q=kien%20giang')).json() as Page<UnitDto>
    ).items;
    const res = await s.get(`/api/units/${kienGiang!.id}`);
    expect(res.statusCode).toBe(200);
    const detail = res.json() as UnitDetailDto;
    expect(detail).toMatchObject({
      code: '91',
      name: 'Tỉnh Kiên Giang',
      era: 'pre2025',
      validTo: '2025-06-30',
    });
    expect(detail.successors.map((l) => [l.unit.era, l.unit.code, l.unit.name, l.kind])).toEqual([
      ['2025', '91', 'An Giang', 'full'],
    ]);
    expect(detail.predecessors).toEqual([]);
    expect(detail.currentProvince).toEqual({ code: '91', name: 'An Giang', type: 'tinh' });
  });

  it('shows a 2025 province with the old provinces merged into it', async () => {
    const s = await signIn(t.app, demo.councilMember);
    const [anGiang] = ((await s.get('/api/units?level=province&q=an%20giang')).json() as Page<UnitDto>).items;
    const detail = (await s.get(`/api/units/${anGiang!.id}`)).json() as UnitDetailDto;
    expect(detail.predecessors.map((l) => l.unit.name).sort()).toEqual(['Tỉnh An Giang', 'Tỉnh Kiên Giang']);
    expect(detail.currentProvince?.code).toBe('91');
  });

  it('404 for an unknown id, 422 for a malformed one, 401 without a session', async () => {
    const s = await signIn(t.app, demo.councilMember);
    const missing = await s.get('/api/units/99999999');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('NOT_FOUND');
    expect((await s.get('/api/units/abc')).statusCode).toBe(422);
    expect((await t.app.inject({ method: 'GET', url: '/api/units/1' })).statusCode).toBe(401);
  });
});
