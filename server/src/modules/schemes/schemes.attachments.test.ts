import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows, sql } from '../../db/client.ts';
import { demo, multipartFile, type Session, signIn, type TestApp, testApp } from '../../test/http.ts';
import { type Fixture, fixture, schemeBody } from './schemes.fixtures.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

type Scheme = {
  id: string;
  version: number;
  attachments: { id: string; kind: string; name: string; size: number }[];
};

let t: TestApp;
let f: Fixture;
let centre: Session;
let officer: Session;
beforeAll(async () => {
  t = await testApp({ JOB_RUNNER: 'off' });
  f = await fixture(t.database.db);
  centre = await signIn(t.app, demo.centreStaff);
  officer = await signIn(t.app, demo.angiangOfficer);
});

const upload = (s: Session, id: string, name: string, bytes: Buffer, kind = 'quotation') =>
  s.request({
    method: 'POST',
    url: `/api/schemes/${id}/attachments?kind=${kind}`,
    ...multipartFile(name, bytes),
  });

describe('scheme attachments', () => {
  it('attaches a quotation, lists it on the record, downloads it and removes it, each audited', async () => {
    const res = await centre.post('/api/schemes', schemeBody(f, { title: 'Đề án có hồ sơ đính kèm' }));
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json() as Scheme;
    const up = await upload(centre, s.id, 'Báo giá máy dệt.pdf', PDF);
    expect(up.statusCode, up.body).toBe(201);
    const att = (up.json() as Scheme).attachments;
    expect(att).toMatchObject([{ kind: 'quotation', name: 'Báo giá máy dệt.pdf', size: PDF.length }]);
    const file = await centre.get(`/api/schemes/${s.id}/attachments/${att[0]!.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PDF)).toBe(true);
    expect(file.headers['content-disposition']).toContain('filename*=UTF-8');
    // Another province cannot see the scheme, nor its files.
    const hanoi = await signIn(t.app, demo.hanoiOfficer);
    expect((await hanoi.get(`/api/schemes/${s.id}/attachments/${att[0]!.id}`)).statusCode).toBe(404);
    const del = await centre.request({
      method: 'DELETE',
      url: `/api/schemes/${s.id}/attachments/${att[0]!.id}`,
    });
    expect(del.statusCode, del.body).toBe(200);
    expect((del.json() as Scheme).attachments).toEqual([]);
    const actions = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where entity_type = 'scheme' and entity_id = ${s.id} and action like 'scheme.attachment%' order by at`,
    );
    expect(actions.map((a) => a.action)).toEqual(['scheme.attachment_added', 'scheme.attachment_removed']);
  });

  it('refuses a file whose content is not what its name says, an unknown type and an empty file', async () => {
    const s = (
      await centre.post('/api/schemes', schemeBody(f, { title: 'Đề án thử tệp sai' }))
    ).json() as Scheme;
    const fake = await upload(centre, s.id, 'bao-gia.pdf', Buffer.from('MZ\x90\x00 not a pdf'));
    expect(fake.statusCode).toBe(415);
    expect(fake.json()).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED' });
    expect((await upload(centre, s.id, 'virus.exe', PDF)).statusCode).toBe(415);
    const empty = await upload(centre, s.id, 'trong.pdf', Buffer.alloc(0));
    expect(empty.json()).toMatchObject({ code: 'FILE_EMPTY' });
    const after = (await centre.get(`/api/schemes/${s.id}`)).json() as Scheme;
    expect(after.attachments).toEqual([]);
  });

  it('only the drafting unit changes the dossier, and only while the scheme is editable', async () => {
    const s = (
      await centre.post('/api/schemes', schemeBody(f, { title: 'Đề án khoá hồ sơ' }))
    ).json() as Scheme;
    // The department reads the scheme but does not edit the implementer's dossier.
    expect((await upload(officer, s.id, 'bao-gia.pdf', PDF)).statusCode).toBe(403);
    const sub = await centre.post(`/api/schemes/${s.id}/transitions`, {
      action: 'submit',
      version: s.version,
    });
    expect(sub.statusCode, sub.body).toBe(200);
    const late = await upload(centre, s.id, 'bao-gia.pdf', PDF);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'SCHEME_NOT_EDITABLE' });
  });
});
