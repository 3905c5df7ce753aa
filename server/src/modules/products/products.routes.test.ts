import { beforeAll, describe, expect, it } from 'vitest';
import { demo, type Session, signIn, type TestApp, testApp } from '../../test/http.ts';
import { findEstablishmentsByName } from './products.establishments.ts';
import { pastCertificate, shift } from './products.test-support.ts';

let t: TestApp;
let officer: Session;
let leader: Session;
let rep: Session;
let hanoi: Session;
let tanchauId: string;
let lower: string;

// A 1×1 PNG.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

function multipart(name: string, bytes: Buffer) {
  const boundary = '----kc-products-test';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const roundBody = (code: string, over: Record<string, unknown> = {}) => ({
  code,
  name: 'Bình chọn sản phẩm CNNT tiêu biểu tỉnh An Giang',
  level: 'province',
  year: Number(shift(0).slice(0, 4)),
  organiserName: 'Sở Công Thương An Giang',
  provinceCode: '91',
  registrationOpens: shift(-3),
  registrationCloses: shift(3),
  selectionDate: shift(7),
  groups: ['handicraft', 'processed_food'],
  ...over,
});

beforeAll(async () => {
  t = await testApp();
  [officer, leader, rep, hanoi] = await Promise.all([
    signIn(t.app, demo.angiangOfficer),
    signIn(t.app, demo.angiangLeader),
    signIn(t.app, demo.establishmentRep),
    signIn(t.app, demo.hanoiOfficer),
  ]);
  const [tanchau] = await findEstablishmentsByName(t.database.db, 'Dệt may Tân Châu');
  tanchauId = tanchau!.id;
  lower = (await pastCertificate(t.database.db, tanchau!, 'commune', shift(-40), 'Lụa Mỹ A Tân Châu')).number;
});

describe('product rounds API', () => {
  it('401 without a session, 403 for another province, 422 for a bad body, 409 for a taken code, 404 for an unknown or hidden round', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/product-rounds' })).statusCode).toBe(401);
    const forbidden = await hanoi.post('/api/product-rounds', roundBody('R-403'));
    expect(forbidden.statusCode).toBe(403);
    const bad = await officer.post('/api/product-rounds', { ...roundBody('bad code'), groups: [], extra: 1 });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['code', 'groups']),
    );
    const ok = await officer.post('/api/product-rounds', roundBody('R-409'));
    expect(ok.statusCode).toBe(201);
    const dup = await officer.post('/api/product-rounds', roundBody('R-409'));
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({
      code: 'PRODUCT_ROUND_CODE_TAKEN',
      detail: 'Mã đợt bình chọn R-409 đã tồn tại.',
    });
    expect((await officer.get('/api/product-rounds/00000000-0000-4000-8000-000000000000')).statusCode).toBe(
      404,
    );
    expect((await hanoi.get(`/api/product-rounds/${ok.json().id}`)).statusCode).toBe(404);
    expect((await rep.get(`/api/product-rounds/${ok.json().id}`)).statusCode).toBe(404);
  });

  it('runs a round over HTTP: upload, register, council, scores, results, decision, certificate PDF, annexes, public pages', async () => {
    const created = (await officer.post('/api/product-rounds', roundBody('R-HTTP'))).json();
    const opened = (
      await officer.post(`/api/product-rounds/${created.id}/transition`, {
        action: 'open_registration',
        version: created.version,
      })
    ).json();
    expect(opened.abilities).toMatchObject({ register: true, startScoring: true });

    const up = multipart('lua.png', PNG);
    const photo = await rep.request({
      method: 'POST',
      url: '/api/product-uploads?kind=photo',
      payload: up.body,
      headers: up.headers,
    });
    expect(photo.statusCode).toBe(201);
    const fake = multipart('lua.png', Buffer.from('not an image at all'));
    expect(
      (
        await rep.request({
          method: 'POST',
          url: '/api/product-uploads?kind=photo',
          payload: fake.body,
          headers: fake.headers,
        })
      ).json().code,
    ).toBe('PRODUCT_UPLOAD_TYPE');

    const entryBody = {
      establishmentId: tanchauId,
      name: 'Khăn choàng lụa <Tân Châu>',
      group: 'handicraft',
      description: 'Lụa tơ tằm.',
      productionCapacity: '3.000 chiếc/năm',
      market: 'TP Hồ Chí Minh',
      photoFileIds: [photo.json().id],
      lowerCertificateNumber: lower,
    };
    const reg = await rep.post(`/api/product-rounds/${created.id}/entries`, entryBody);
    expect(reg.statusCode).toBe(201);
    const entry = reg.json();
    expect(
      (await rep.get(`/api/product-entries/${entry.id}/files/${photo.json().id}`)).headers['content-type'],
    ).toBe('image/png');
    expect((await hanoi.get(`/api/product-entries/${entry.id}`)).statusCode).toBe(404);

    const users = (
      await t.app.inject({
        method: 'GET',
        url: '/api/users?q=hoidong.&pageSize=50',
        headers: { cookie: `kc_session=${(await signIn(t.app, demo.admin)).cookie}` },
      })
    ).json().items as {
      id: string;
      email: string;
    }[];
    const members = users
      .filter((u) => /hoidong\.0[1-7]@/.test(u.email))
      .sort((a, b) => a.email.localeCompare(b.email));
    for (const [i, u] of members.entries()) {
      const res = await officer.post(`/api/product-rounds/${created.id}/council`, {
        userId: u.id,
        role: i === 0 ? 'chair' : i === 1 ? 'secretary' : 'member',
      });
      expect(res.statusCode).toBe(201);
    }
    const v = (await officer.get(`/api/product-rounds/${created.id}`)).json().version;
    expect(
      (
        await officer.post(`/api/product-rounds/${created.id}/transition`, {
          action: 'start_scoring',
          version: v,
        })
      ).statusCode,
    ).toBe(200);

    const sessions = await Promise.all(members.map((u) => signIn(t.app, u.email)));
    const scores = (m: number) => ({
      scores: [
        { criterion: 'market', points: m, note: 'Thị trường tốt' },
        { criterion: 'economic', points: 34 },
        { criterion: 'culture', points: 9 },
        { criterion: 'other', points: 8 },
      ],
    });
    const out = await sessions[0]!.request({
      method: 'POST',
      url: `/api/product-entries/${entry.id}/score`,
      payload: scores(45),
    });
    expect(out.statusCode).toBe(422);
    expect(out.json().errors[0]).toMatchObject({
      path: 'scores.0.points',
      message: expect.stringContaining('từ 0 đến 40'),
    });
    expect(
      (
        await officer.request({
          method: 'POST',
          url: `/api/product-entries/${entry.id}/score`,
          payload: scores(30),
        })
      ).statusCode,
    ).toBe(403);
    for (const s of sessions)
      expect(
        (
          await s.request({
            method: 'POST',
            url: `/api/product-entries/${entry.id}/score`,
            payload: scores(35),
          })
        ).statusCode,
      ).toBe(200);
    const progress = (await sessions[1]!.get(`/api/product-rounds/${created.id}/results`)).json();
    expect(progress.progress).toMatchObject({ submittedSheets: 7, expectedSheets: 7, percent: 100 });
    expect((await sessions[3]!.get(`/api/product-rounds/${created.id}/results`)).statusCode).toBe(403);

    const v2 = (await officer.get(`/api/product-rounds/${created.id}`)).json().version;
    expect(
      (
        await officer.post(`/api/product-rounds/${created.id}/transition`, {
          action: 'publish_results',
          version: v2,
        })
      ).statusCode,
    ).toBe(200);
    const v3 = (await officer.get(`/api/product-rounds/${created.id}`)).json().version;
    const decision = {
      decisionNumber: '99/QĐ-SCT',
      decisionDate: shift(0),
      decisionSigner: 'Giám đốc Sở',
      version: v3,
    };
    expect((await officer.post(`/api/product-rounds/${created.id}/recognise`, decision)).statusCode).toBe(
      403,
    );
    const rec = await leader.post(`/api/product-rounds/${created.id}/recognise`, decision);
    expect(rec.statusCode).toBe(201);
    const cert = rec.json()[0];
    expect(cert).toMatchObject({ number: 'R-HTTP-001', averageScore: 86, status: 'valid' });

    const pdf = await rep.get(`/api/product-certificates/${cert.id}/pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    for (const kind of ['docx', 'xlsx']) {
      const annex = await officer.get(`/api/product-rounds/${created.id}/annex.${kind}`);
      expect(annex.statusCode).toBe(200);
      expect(annex.rawPayload.subarray(0, 2).toString()).toBe('PK');
    }

    const own = await rep.get(`/api/product-certificates?establishmentId=${tanchauId}`);
    expect(own.json().map((c: { certificateNumber: string }) => c.certificateNumber)).toEqual(
      expect.arrayContaining(['R-HTTP-001', lower]),
    );
    expect((await hanoi.get(`/api/product-certificates?establishmentId=${tanchauId}`)).statusCode).toBe(404);

    const pub = await t.app.inject({ method: 'GET', url: '/api/public/products?q=khan choang lua tan chau' });
    expect(pub.json().items[0]).toMatchObject({
      certificateNumber: 'R-HTTP-001',
      level: 'province',
      photoFileId: photo.json().id,
    });
    const img = await t.app.inject({
      method: 'GET',
      url: `/api/public/products/${cert.productId}/photos/${photo.json().id}`,
    });
    expect(img.headers['content-type']).toBe('image/png');
    const list = await t.app.inject({ method: 'GET', url: '/san-pham-tieu-bieu?q=khan+choang' });
    expect(list.headers['content-type']).toContain('text/html');
    expect(list.body).toContain('Khăn choàng lụa &lt;Tân Châu&gt;');
    expect(list.body).not.toContain('<Tân Châu>');
    const detail = await t.app.inject({ method: 'GET', url: `/san-pham-tieu-bieu/${cert.productId}` });
    expect(detail.body).toContain(lower);
    const verify = await t.app.inject({ method: 'GET', url: '/xac-minh-chung-nhan/R-HTTP-001' });
    expect(verify.statusCode).toBe(200);
    expect(verify.body).toContain('còn hiệu lực');
    expect(verify.body).toContain('<svg');
    expect((await t.app.inject({ method: 'GET', url: '/xac-minh-chung-nhan/KHONG-CO' })).statusCode).toBe(
      404,
    );
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/public/certificates/KHONG-CO' })).json().code,
    ).toBe('NOT_FOUND');
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/public/certificates/R-HTTP-001' })).json(),
    ).toMatchObject({ status: 'valid', productName: 'Khăn choàng lụa <Tân Châu>' });
  });

  it('serves the rules with their citations', async () => {
    const res = (await officer.get('/api/product-rules')).json();
    expect(res.levels.map((l: { level: string }) => l.level)).toEqual([
      'district',
      'commune',
      'province',
      'region',
      'nation',
    ]);
    expect(res.scoreSheets[0].criteria.map((c: { max: number }) => c.max)).toEqual([40, 40, 10, 10]);
    expect(res.regions2014[0].provinceCodes).toHaveLength(28);
  });
});
