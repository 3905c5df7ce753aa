import { beforeAll, describe, expect, it } from 'vitest';
import type { LegalDocumentDto } from '../../../../shared/schemas/reference.ts';
import { demo, signIn, type TestApp, testApp } from '../../test/http.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
const MISSING = '00000000-0000-4000-8000-000000000000';

describe('GET /api/legal-documents', () => {
  it('401 without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/legal-documents' })).statusCode).toBe(401);
  });

  it('lists the seeded register, newest first, with kind labels', async () => {
    const s = await signIn(t.app, demo.establishmentRep);
    const page = (await s.get('/api/legal-documents?pageSize=100')).json() as Page<LegalDocumentDto>;
    const numbers = page.items.map((d) => d.number);
    for (const n of [
      '45/2012/NĐ-CP',
      '235/2025/NĐ-CP',
      '46/2012/TT-BCT',
      '36/2013/TT-BCT',
      '26/2014/TTLT-BTC-BCT',
      '28/2018/TT-BTC',
      '64/2024/TT-BTC',
      '26/2014/TT-BCT',
      '14/2018/TT-BCT',
      '38/2025/TT-BCT',
      '1881/QĐ-TTg',
      '2646/QĐ-BCT',
      '382/CTĐP-QLKC',
    ])
      expect(numbers).toContain(n);
    expect(page.items[0]?.number).toBe('20/CT-BCT'); // 04/12/2025, the latest issue date
    const nd45 = page.items.find((d) => d.number === '45/2012/NĐ-CP');
    expect(nd45).toMatchObject({
      kind: 'nghi_dinh',
      kindLabel: 'Nghị định',
      issueDate: '2012-05-21',
      effectiveFrom: '2012-07-05',
      year: 2012,
      abilities: { update: false },
    });
    expect(page.items.find((d) => d.number === '36/2013/TT-BCT')).toMatchObject({
      issueDate: null,
      year: 2013,
      effectiveFrom: '2014-02-10',
    });
  });

  it('filters by kind and year and searches number and title without diacritics', async () => {
    const s = await signIn(t.app, demo.hanoiOfficer);
    const decrees = (
      await s.get('/api/legal-documents?kind=nghi_dinh&year=2025')
    ).json() as Page<LegalDocumentDto>;
    expect(decrees.items.map((d) => d.number).sort()).toEqual(['235/2025/NĐ-CP', '40/2025/NĐ-CP']);
    const bySubject = (
      await s.get(`/api/legal-documents?q=${encodeURIComponent('binh chon san pham')}`)
    ).json() as Page<LegalDocumentDto>;
    expect(bySubject.items.map((d) => d.number).sort()).toEqual(['26/2014/TT-BCT', '38/2025/TT-BCT']);
    const byNumber = (
      await s.get(`/api/legal-documents?q=${encodeURIComponent('382/ctdp')}`)
    ).json() as Page<LegalDocumentDto>;
    expect(byNumber.items.map((d) => d.number)).toEqual(['382/CTĐP-QLKC']);
    const sorted = (
      await s.get('/api/legal-documents?sort=issueDate&pageSize=2')
    ).json() as Page<LegalDocumentDto>;
    expect(sorted.items.map((d) => d.number)).toEqual(['45/2012/NĐ-CP', '1288/QĐ-TTg']);
    expect((await s.get('/api/legal-documents?kind=sac_lenh')).statusCode).toBe(422);
    expect((await s.get('/api/legal-documents?year=20')).statusCode).toBe(422);
  });
});

describe('create and update', () => {
  const body = {
    number: ' 15 / CTĐP-QLKC ',
    kind: 'cong_van',
    issueDate: '2026-03-02',
    issuer: 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công',
    title: 'Hướng dẫn xây dựng kế hoạch khuyến công quốc gia năm 2027',
    fileUrl: 'https://example.gov.vn/vb/15.pdf',
  };

  it('403 for anyone but the system administrator', async () => {
    for (const who of [demo.agencyLeader, demo.hanoiAdmin, demo.centreStaff]) {
      const s = await signIn(t.app, who);
      const res = await s.post('/api/legal-documents', body);
      expect(res.statusCode, who).toBe(403);
    }
  });

  it('the admin registers a document (number normalised, year from the date) and edits it with a version', async () => {
    const admin = await signIn(t.app, demo.admin);
    const res = await admin.post('/api/legal-documents', body);
    expect(res.statusCode).toBe(201);
    const doc = res.json() as LegalDocumentDto;
    expect(doc).toMatchObject({
      number: '15/CTĐP-QLKC',
      year: 2026,
      kindLabel: 'Công văn',
      version: 1,
      abilities: { update: true },
    });
    const got = await admin.get(`/api/legal-documents/${doc.id}`);
    expect(got.json()).toMatchObject({ number: '15/CTĐP-QLKC' });
    const edited = await admin.patch(`/api/legal-documents/${doc.id}`, {
      version: 1,
      effectiveFrom: '2026-03-02',
      note: 'Gửi các Sở Công Thương',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, effectiveFrom: '2026-03-02' });
    const stale = await admin.patch(`/api/legal-documents/${doc.id}`, { version: 1, note: 'x' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const backwards = await admin.patch(`/api/legal-documents/${doc.id}`, {
      version: 2,
      effectiveTo: '2026-01-01',
    });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().code).toBe('LEGAL_DOC_DATES_INVALID');
  });

  it('409 LEGAL_DOC_NUMBER_TAKEN for a number already registered, whatever its case', async () => {
    const admin = await signIn(t.app, demo.admin);
    const dup = await admin.post('/api/legal-documents', { ...body, number: '45/2012/NĐ-cp' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({
      code: 'LEGAL_DOC_NUMBER_TAKEN',
      detail: 'Văn bản số 45/2012/NĐ-cp đã có trong sổ đăng ký.',
    });
    const list = (
      await admin.get(`/api/legal-documents?q=${encodeURIComponent('1881')}`)
    ).json() as Page<LegalDocumentDto>;
    const renamed = await admin.patch(`/api/legal-documents/${list.items[0]!.id}`, {
      version: list.items[0]!.version,
      number: '2646/QĐ-BCT',
    });
    expect(renamed.statusCode).toBe(409);
    expect(renamed.json().code).toBe('LEGAL_DOC_NUMBER_TAKEN');
  });

  it('422 on a malformed number, date, file reference or unknown field; 404 on an unknown id', async () => {
    const admin = await signIn(t.app, demo.admin);
    for (const [patch, path] of [
      [{ number: '382-CTĐP' }, 'number'],
      [{ number: 'Công văn 382' }, 'number'],
      [{ issueDate: '15/05/2019' }, 'issueDate'],
      [{ fileUrl: 'javascript:alert(1)' }, 'fileUrl'],
      [{ effectiveFrom: '2026-01-02', effectiveTo: '2026-01-01' }, 'effectiveTo'],
      [{ kind: 'sac_lenh' }, 'kind'],
      [{ secret: 1 }, ''],
    ] as [Record<string, unknown>, string][]) {
      const res = await admin.post('/api/legal-documents', { ...body, number: '16/CTĐP-QLKC', ...patch });
      expect(res.statusCode, JSON.stringify(patch)).toBe(422);
      expect(res.json().errors[0].path).toBe(path);
    }
    expect((await admin.get(`/api/legal-documents/${MISSING}`)).statusCode).toBe(404);
    expect((await admin.patch(`/api/legal-documents/${MISSING}`, { version: 1, note: 'x' })).statusCode).toBe(
      404,
    );
    expect((await admin.get('/api/legal-documents/abc')).statusCode).toBe(422);
  });
});
