import { beforeAll, describe, expect, it } from 'vitest';
import type { ActivityContentDto, IndustryDto, SchemeKindDto } from '../../../../shared/schemas/reference.ts';
import { demo, signIn, type TestApp, testApp } from '../../test/http.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

type Page<T> = { items: T[]; total: number };
const MISSING = '00000000-0000-4000-8000-000000000000';

describe('activity contents', () => {
  it('401 without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/catalogues/activity-contents' });
    expect(res.statusCode).toBe(401);
  });

  it('lists the seeded contents of NĐ 45, NĐ 235 and the QĐ 1881 groups for any signed-in user', async () => {
    const s = await signIn(t.app, demo.establishmentRep);
    const groups = (
      await s.get('/api/catalogues/activity-contents?kind=programme_group')
    ).json() as Page<ActivityContentDto>;
    expect(groups.items.map((g) => g.code)).toEqual([
      'QD1881-1',
      'QD1881-2',
      'QD1881-3',
      'QD1881-4',
      'QD1881-5',
      'QD1881-6',
      'QD1881-7',
    ]);
    const contents = (
      await s.get('/api/catalogues/activity-contents?kind=content')
    ).json() as Page<ActivityContentDto>;
    expect(contents.items.map((c) => c.code)).toEqual([
      ...Array.from({ length: 9 }, (_, i) => `ND45-${i + 1}`),
      'ND235-1',
      'ND235-2',
      'ND235-3',
    ]);
    expect(contents.items.find((c) => c.code === 'ND45-3')).toMatchObject({
      programmeGroup: 'QD1881-1',
      source: 'NĐ 45/2012/NĐ-CP, Điều 4, khoản 3',
      active: true,
      abilities: { update: false },
    });
    const nd45_3 = (
      await s.get('/api/catalogues/activity-contents?parentCode=ND45-3')
    ).json() as Page<ActivityContentDto>;
    expect(nd45_3.items.map((i) => [i.code, i.programmeGroup])).toEqual([
      ['ND45-3.1', 'QD1881-1'],
      ['ND45-3.2', 'QD1881-1'],
      ['ND45-3.3', 'QD1881-1'],
      ['ND45-3.4', 'QD1881-2'],
    ]);
    expect(contents.items.find((c) => c.code === 'ND235-2')?.source).toContain('NĐ 235/2025');
  });

  it('searches without diacritics', async () => {
    const s = await signIn(t.app, demo.hanoiOfficer);
    const res = (
      await s.get(`/api/catalogues/activity-contents?q=${encodeURIComponent('may moc tien tien')}`)
    ).json() as Page<ActivityContentDto>;
    expect(res.items.map((c) => c.code)).toEqual(expect.arrayContaining(['ND45-3', 'ND45-3.3']));
  });

  it('403 when a non-admin creates or edits; 404 on an unknown id', async () => {
    const s = await signIn(t.app, demo.agencyLeader);
    const body = {
      code: 'ND45-1.1',
      kind: 'item',
      parentCode: 'ND45-1',
      nameVi: 'X',
      nameEn: 'X',
      source: 'X',
    };
    expect((await s.post('/api/catalogues/activity-contents', body)).statusCode).toBe(403);
    const [first] = (
      (await s.get('/api/catalogues/activity-contents?pageSize=1')).json() as Page<ActivityContentDto>
    ).items;
    const res = await s.patch(`/api/catalogues/activity-contents/${first!.id}`, {
      version: first!.version,
      nameVi: 'Y',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
    const admin = await signIn(t.app, demo.admin);
    expect(
      (await admin.patch(`/api/catalogues/activity-contents/${MISSING}`, { version: 1, nameVi: 'Y' }))
        .statusCode,
    ).toBe(404);
    expect((await admin.get(`/api/catalogues/activity-contents/${MISSING}`)).statusCode).toBe(404);
  });

  it('the admin adds an item, edits it with a version, and gets 409 on a stale version or a taken code', async () => {
    const admin = await signIn(t.app, demo.admin);
    const created = await admin.post('/api/catalogues/activity-contents', {
      code: 'ND45-1.1',
      kind: 'item',
      parentCode: 'ND45-1',
      programmeGroup: 'QD1881-5',
      nameVi: 'Truyền nghề cho lao động nông thôn',
      nameEn: 'Craft transmission',
      source: 'NĐ 45/2012/NĐ-CP, Điều 4, khoản 1',
    });
    expect(created.statusCode).toBe(201);
    const item = created.json() as ActivityContentDto;
    expect(item).toMatchObject({ code: 'ND45-1.1', version: 1, abilities: { update: true } });
    const taken = await admin.post('/api/catalogues/activity-contents', {
      code: 'ND45-1.1',
      kind: 'content',
      nameVi: 'X',
      nameEn: 'X',
      source: 'X',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('CATALOGUE_CODE_TAKEN');
    const ok = await admin.patch(`/api/catalogues/activity-contents/${item.id}`, {
      version: 1,
      active: false,
      note: 'Gộp vào ND45-1',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ version: 2, active: false, note: 'Gộp vào ND45-1' });
    const stale = await admin.patch(`/api/catalogues/activity-contents/${item.id}`, {
      version: 1,
      nameVi: 'Z',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const inactive = (
      await admin.get('/api/catalogues/activity-contents?active=false')
    ).json() as Page<ActivityContentDto>;
    expect(inactive.items.map((i) => i.code)).toEqual(['ND45-1.1']);
  });

  it('422 on bad input: code format, unknown fields, wrong parent or group', async () => {
    const admin = await signIn(t.app, demo.admin);
    const base = { kind: 'content', nameVi: 'X', nameEn: 'X', source: 'X' };
    const badCode = await admin.post('/api/catalogues/activity-contents', { ...base, code: 'nd 45' });
    expect(badCode.statusCode).toBe(422);
    expect(badCode.json().errors[0].path).toBe('code');
    const extra = await admin.post('/api/catalogues/activity-contents', {
      ...base,
      code: 'ND45-10',
      id: 'x',
    });
    expect(extra.json().errors[0].code).toBe('unrecognized_keys');
    const orphan = await admin.post('/api/catalogues/activity-contents', {
      ...base,
      code: 'ND45-9.9',
      kind: 'item',
      parentCode: 'ND45-99',
    });
    expect(orphan.statusCode).toBe(422);
    expect(orphan.json()).toMatchObject({ code: 'CATALOGUE_REFERENCE_INVALID' });
    const wrongGroup = await admin.post('/api/catalogues/activity-contents', {
      ...base,
      code: 'ND45-10',
      programmeGroup: 'ND45-1',
    });
    expect(wrongGroup.json().code).toBe('CATALOGUE_REFERENCE_INVALID');
  });
});

describe('industries and scheme kinds', () => {
  it('lists NĐ 45 Art 5 industries and the NĐ 235 additions', async () => {
    const s = await signIn(t.app, demo.councilMember);
    const page = (await s.get('/api/catalogues/industries')).json() as Page<IndustryDto>;
    expect(page.total).toBe(13);
    expect(page.items.filter((i) => i.source.startsWith('NĐ 235/2025')).map((i) => i.code)).toEqual([
      'ND235-I1',
      'ND235-I2',
      'ND235-I3',
      'ND235-I4',
      'ND235-I5',
    ]);
    expect(page.items.find((i) => i.code === 'ND45-I4')?.note).toContain('gạch đất sét nung');
  });

  it('only the admin edits an industry; stale versions are refused', async () => {
    const officer = await signIn(t.app, demo.angiangAdmin);
    const [first] = ((await officer.get('/api/catalogues/industries?pageSize=1')).json() as Page<IndustryDto>)
      .items;
    expect(
      (await officer.patch(`/api/catalogues/industries/${first!.id}`, { version: first!.version, note: 'x' }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await officer.post('/api/catalogues/industries', {
          code: 'X-1',
          nameVi: 'X',
          nameEn: 'X',
          source: 'X',
        })
      ).statusCode,
    ).toBe(403);
    const admin = await signIn(t.app, demo.admin);
    const ok = await admin.patch(`/api/catalogues/industries/${first!.id}`, {
      version: first!.version,
      nameEn: 'Agro-food processing',
    });
    expect(ok.json()).toMatchObject({ nameEn: 'Agro-food processing', version: first!.version + 1 });
    expect(
      (await admin.patch(`/api/catalogues/industries/${first!.id}`, { version: first!.version, note: 'x' }))
        .statusCode,
    ).toBe(409);
    const created = await admin.post('/api/catalogues/industries', {
      code: 'LOCAL-1',
      nameVi: 'Ngành địa phương',
      nameEn: 'Local',
      source: 'NQ HĐND',
    });
    expect(created.statusCode).toBe(201);
    expect(
      (
        await admin.post('/api/catalogues/industries', {
          code: 'LOCAL-1',
          nameVi: 'X',
          nameEn: 'X',
          source: 'X',
        })
      ).json().code,
    ).toBe('CATALOGUE_CODE_TAKEN');
    expect((await admin.patch(`/api/catalogues/industries/${MISSING}`, { version: 1 })).statusCode).toBe(404);
  });

  it('lists scheme kinds and levels', async () => {
    const s = await signIn(t.app, demo.implementerStaff);
    const all = (await s.get('/api/catalogues/scheme-kinds')).json() as { items: SchemeKindDto[] };
    expect(all.items.map((k) => `${k.category}:${k.code}`)).toEqual([
      'kind:ordinary',
      'kind:point',
      'kind:group',
      'kind:product_support',
      'level:national',
      'level:local',
    ]);
    expect(all.items.find((k) => k.code === 'point')?.source).toBe('TT 36/2013/TT-BCT, Điều 2, khoản 3');
    const levels = (await s.get('/api/catalogues/scheme-kinds?category=level')).json() as {
      items: SchemeKindDto[];
    };
    expect(levels.items.map((k) => k.nameVi)).toEqual([
      'Khuyến công quốc gia (KCQG)',
      'Khuyến công địa phương (KCĐP)',
    ]);
    expect((await t.app.inject({ method: 'GET', url: '/api/catalogues/scheme-kinds' })).statusCode).toBe(401);
  });
});
