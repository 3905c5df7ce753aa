import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { demo, multipartFile, type Session, signIn, type TestApp, testApp } from '../../test/http.ts';

let t: TestApp;
let s: Record<
  'officer' | 'leader' | 'hanoiOfficer' | 'hanoiLeader' | 'agencyOfficer' | 'establishment',
  Session
>;

beforeAll(async () => {
  t = await testApp();
  s = {
    officer: await signIn(t.app, demo.angiangOfficer),
    leader: await signIn(t.app, demo.angiangLeader),
    hanoiOfficer: await signIn(t.app, demo.hanoiOfficer),
    hanoiLeader: await signIn(t.app, demo.hanoiLeader),
    agencyOfficer: await signIn(t.app, demo.agencyOfficer),
    establishment: await signIn(t.app, demo.establishmentRep),
  };
});

type Item = {
  id: string;
  slug: string;
  version: number;
  status: string;
  publicUrl: string;
  abilities: Record<string, boolean>;
};

const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

describe('auth, scope and validation', () => {
  it('401 without a session, 403 for an establishment, 404 across provinces', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/portal/articles' })).statusCode).toBe(401);
    const est = await s.establishment.get('/api/portal/articles');
    expect(est.statusCode).toBe(403);
    const created = (
      await s.officer.post('/api/portal/articles', { title: 'Tin An Giang', category: 'tin-hoat-dong' })
    ).json() as Item;
    expect((await s.hanoiOfficer.get(`/api/portal/articles/${created.id}`)).statusCode).toBe(404);
    expect((await s.officer.get(`/api/portal/events/${created.id}`)).statusCode).toBe(404);
    const agency = await s.agencyOfficer.patch(`/api/portal/articles/${created.id}`, {
      version: created.version,
      title: 'x',
    });
    expect(agency.statusCode).toBe(403);
    expect(agency.json().code).toBe('PORTAL_OTHER_PROVINCE');
  });

  it('422 on a broken slug, a missing field or an unknown field, with field paths', async () => {
    const slug = await s.officer.post('/api/portal/articles', {
      title: 'X',
      category: 'thong-bao',
      slug: 'Hội-Chợ 2019',
    });
    expect(slug.statusCode).toBe(422);
    expect(slug.json().errors[0]).toMatchObject({ path: 'slug' });
    expect(slug.json().errors[0].message).toContain('chữ thường không dấu');
    const missing = await s.officer.post('/api/portal/articles', { title: 'X' });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors[0]).toMatchObject({ path: 'category' });
    const extra = await s.officer.post('/api/portal/articles', {
      title: 'X',
      category: 'thong-bao',
      status: 'published',
    });
    expect(extra.json().errors[0]).toMatchObject({ code: 'unrecognized_keys' });
  });

  it('409 on a taken slug, a duplicate document number and a stale version', async () => {
    const a = (
      await s.officer.post('/api/portal/articles', {
        title: 'Slug riêng',
        slug: 'slug-rieng',
        category: 'thong-bao',
      })
    ).json() as Item;
    const dup = await s.officer.post('/api/portal/articles', {
      title: 'Khác',
      slug: 'slug-rieng',
      category: 'thong-bao',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({
      code: 'PORTAL_SLUG_TAKEN',
      detail: expect.stringContaining('slug-rieng'),
    });
    const doc = await s.agencyOfficer.post('/api/portal/documents', {
      title: 'Trùng số',
      docNumber: '382/CTĐP-QLKC',
      docKind: 'cong_van',
      issuer: 'Cục Công Thương địa phương',
      issuedOn: '2019-05-15',
    });
    expect(doc.statusCode).toBe(409);
    expect(doc.json().detail).toBe(
      'Văn bản số 382/CTĐP-QLKC của Cục Công Thương địa phương đã có trên cổng thông tin.',
    );
    await s.officer.patch(`/api/portal/articles/${a.id}`, { version: a.version, title: 'Lần 1' });
    const stale = await s.officer.patch(`/api/portal/articles/${a.id}`, {
      version: a.version,
      title: 'Lần 2',
    });
    expect(stale.json().code).toBe('VERSION_CONFLICT');
  });
});

describe('write, review and publish with an image', () => {
  it('uploads a checked image, previews, submits, and only the reviewer publishes', async () => {
    const up = await s.officer.request({
      method: 'POST',
      url: '/api/portal/media?purpose=image',
      ...multipartFile('anh-hoi-cho.png', PNG),
    });
    expect(up.statusCode).toBe(201);
    const media = up.json() as { id: string; url: string; mime: string };
    expect(media.mime).toBe('image/png');
    const served = await t.app.inject({ method: 'GET', url: media.url });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');

    const created = await s.officer.post('/api/portal/articles', {
      title: 'Hội chợ hàng thủ công An Giang thu hút đông khách',
      category: 'xuc-tien-thuong-mai',
      coverMediaId: media.id,
      bodyHtml: `<p>Gian hàng đông khách.</p><img src="${media.url}" alt="Hội chợ"><img src=x onerror=alert(1)><script>alert(1)</script>`,
    });
    expect(created.statusCode).toBe(201);
    const a = created.json() as Item & { bodyHtml: string; cover: { id: string } };
    expect(a.cover.id).toBe(media.id);
    expect(a.bodyHtml).toContain(`<img src="${media.url}" alt="Hội chợ" />`);
    expect(a.bodyHtml).not.toMatch(/onerror|script/);

    const preview = await s.officer.get(`/api/portal/items/${a.id}/preview`);
    expect(preview.headers['content-type']).toContain('text/html');
    expect(preview.body).toContain('Bản xem trước');

    const submitted = (
      await s.officer.post(`/api/portal/items/${a.id}/transitions`, { action: 'submit', version: a.version })
    ).json() as Item;
    const refused = await s.officer.post(`/api/portal/items/${a.id}/transitions`, {
      action: 'publish',
      version: submitted.version,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('PORTAL_REVIEWER_REQUIRED');
    expect((await t.app.inject({ method: 'GET', url: a.publicUrl })).statusCode).toBe(404);
    const bad = await s.leader.post(`/api/portal/items/${a.id}/transitions`, {
      action: 'archive',
      version: submitted.version,
    });
    expect(bad.statusCode).toBe(409);
    expect(bad.json().detail).toContain('Chờ duyệt');
    const published = await s.leader.post(`/api/portal/items/${a.id}/transitions`, {
      action: 'publish',
      version: submitted.version,
    });
    expect(published.statusCode).toBe(200);
    const page = await t.app.inject({ method: 'GET', url: a.publicUrl });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`<meta property="og:image" content="http://localhost:80${media.url}">`);
    const revisions = (await s.leader.get(`/api/portal/items/${a.id}/revisions`)).json() as {
      action: string;
    }[];
    expect(revisions.map((r) => r.action)).toEqual(['published', 'submitted', 'created']);
  });

  it('refuses a program renamed .pdf, a PDF as an image, and an oversized image', async () => {
    const exe = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
    const disguised = await s.officer.request({
      method: 'POST',
      url: '/api/portal/media',
      ...multipartFile('quyet-dinh.pdf', exe, 'application/pdf'),
    });
    expect(disguised.statusCode).toBe(415);
    expect(disguised.json()).toMatchObject({
      code: 'PORTAL_FILE_TYPE_REFUSED',
      detail: expect.stringContaining('quyet-dinh.pdf'),
    });
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj\n');
    expect(
      (
        await s.officer.request({
          method: 'POST',
          url: '/api/portal/media?purpose=image',
          ...multipartFile('a.pdf', pdf),
        })
      ).statusCode,
    ).toBe(415);
    expect(
      (await s.officer.request({ method: 'POST', url: '/api/portal/media', ...multipartFile('a.pdf', pdf) }))
        .statusCode,
    ).toBe(201);
    const big = new Uint8Array(6 * 1024 * 1024);
    big.set(PNG);
    const tooBig = await s.officer.request({
      method: 'POST',
      url: '/api/portal/media?purpose=image',
      ...multipartFile('to.png', big),
    });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().code).toBe('PORTAL_FILE_TOO_LARGE');
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/portal/media',
      ...multipartFile('a.png', PNG),
    });
    expect(anonymous.statusCode).toBe(401);
    expect(
      (
        await s.establishment.request({
          method: 'POST',
          url: '/api/portal/media',
          ...multipartFile('a.png', PNG),
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('event registration', () => {
  let openEvent: Item;
  beforeAll(async () => {
    const list = (await s.officer.get('/api/portal/events?pageSize=50')).json() as {
      items: (Item & { event: { registrationOpen: boolean } })[];
    };
    openEvent = list.items.find((e) => e.event.registrationOpen)!;
  });
  const form = {
    establishmentName: 'Hợp tác xã Dệt may Tân Châu',
    contactName: 'Châu Thị Ngọc',
    phone: '0296 3822 123',
    email: 'htx.tanchau@example.vn',
    products: 'Lụa Mỹ A, khăn choàng lụa <b>thủ công</b>',
  };

  it('lets an establishment register once and refuses officials', async () => {
    expect(openEvent).toBeDefined();
    const url = `/api/portal/events/${openEvent.id}/registrations`;
    const officer = await s.hanoiOfficer.post(url, form);
    expect(officer.json().code).toBe('PORTAL_REGISTRATION_NOT_ALLOWED');
    const ok = await s.establishment.post(url, form);
    expect(ok.statusCode).toBe(201);
    const again = await s.establishment.post(url, form);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('PORTAL_REGISTRATION_DUPLICATE');
    const mine = await s.establishment.get(`/api/portal/events/${openEvent.id}/my-registration`);
    expect(mine.json().registration.products).toBe(form.products);
  });

  it('refuses registration after the deadline', async () => {
    const e = (
      await s.officer.post('/api/portal/events', {
        title: 'Hội chợ đã hết hạn đăng ký',
        eventKind: 'fair',
        startsOn: '2026-01-10',
        endsOn: '2026-01-12',
        place: 'Long Xuyên',
        organiser: 'Sở Công Thương An Giang',
        registrationMode: 'form',
        registrationDeadline: '2026-01-05',
      })
    ).json() as Item;
    await s.leader.post(`/api/portal/items/${e.id}/transitions`, { action: 'publish', version: e.version });
    const late = await s.establishment.post(`/api/portal/events/${e.id}/registrations`, form);
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toBe('Đã hết hạn đăng ký tham gia sự kiện này (hạn chót 05/01/2026).');
  });

  it('exports the list to Excel for the organiser only', async () => {
    const list = await s.officer.get(`/api/portal/events/${openEvent.id}/registrations`);
    expect(list.json()).toHaveLength(1);
    const res = await s.leader.request({
      method: 'GET',
      url: `/api/portal/events/${openEvent.id}/registrations.xlsx`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell('A1').value)).toContain('DANH SÁCH ĐĂNG KÝ');
    expect(ws.getRow(5).getCell(2).value).toBe('Hợp tác xã Dệt may Tân Châu');
    expect(ws.getRow(5).getCell(6).value).toBe(form.products);
    expect(
      (await s.hanoiLeader.get(`/api/portal/events/${openEvent.id}/registrations.xlsx`)).statusCode,
    ).toBe(404);
    expect((await s.establishment.get(`/api/portal/events/${openEvent.id}/registrations`)).statusCode).toBe(
      403,
    );
  });
});
