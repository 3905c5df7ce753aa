import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows, sql } from '../../db/client.ts';
import { demo, multipartFile, type Session, signIn, type TestApp, testApp } from '../../test/http.ts';
import { freeAssigned } from './contracts.fixtures.ts';

/** The first bytes of a PNG (signature and the start of IHDR): enough for the type check. */
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
  0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const photoName = 'Ảnh hiện trường — máy dệt đã lắp (tháng 5).png';
const today = new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);

type Ref = { name: string; number: string | null; date: string | null; fileId: string };
type Contract = {
  id: string;
  schemeId: string;
  schemeVersion: number;
  lastProgress: number | null;
  contents: { code: string; name: string }[];
};

let t: TestApp;
let centre: Session;
let dept: Session;
let hanoi: Session;
let agency: Session;
let a: Contract;
let b: Contract;

const upload = (s: Session, contractId: string, name: string, bytes: Buffer) =>
  s.request({ method: 'POST', url: `/api/contracts/${contractId}/files`, ...multipartFile(name, bytes) });

const report = (c: Contract, documents: unknown[]) => ({
  period: today.slice(0, 7),
  reportDate: today,
  workDone: 'Lắp đặt xong máy thứ nhất.',
  overallPercent: Math.max(c.lastProgress ?? 0, 80),
  contents: c.contents.map((x) => ({ contentCode: x.code, percent: 80 })),
  spent: '230000000',
  problems: null,
  documents,
});

beforeAll(async () => {
  t = await testApp({ JOB_RUNNER: 'off' });
  [centre, dept, hanoi, agency] = (await Promise.all(
    [demo.centreStaff, demo.angiangOfficer, demo.hanoiOfficer, demo.agencyOfficer].map((e) =>
      signIn(t.app, e),
    ),
  )) as [Session, Session, Session, Session];
  // Two signed contracts of the seeded An Giang local plan (TTKC An Giang carries both out).
  const list = (await dept.get('/api/contracts?level=local&state=signed&pageSize=10')).json() as {
    items: { id: string }[];
  };
  expect(list.items.length).toBeGreaterThanOrEqual(2);
  [a, b] = (await Promise.all(
    list.items.slice(0, 2).map(async (i) => (await dept.get(`/api/contracts/${i.id}`)).json()),
  )) as [Contract, Contract];
}, 60_000);

describe('contract documents', () => {
  it('the implementer uploads a photo with a Vietnamese name; readers download the same bytes; audited', async () => {
    const up = await upload(centre, a.id, photoName, PNG);
    expect(up.statusCode, up.body).toBe(201);
    const ref = up.json() as Ref;
    expect(ref).toMatchObject({ name: photoName, number: null, date: null });
    expect(ref.fileId).toMatch(/^[0-9a-f-]{36}$/);
    for (const who of [centre, dept, agency]) {
      const file = await who.get(`/api/contracts/${a.id}/files/${ref.fileId}`);
      expect(file.statusCode).toBe(200);
      expect(file.rawPayload.equals(PNG)).toBe(true);
      expect(file.headers['content-type']).toBe('image/png');
      const cd = String(file.headers['content-disposition']);
      expect(cd).toContain(
        `filename*=UTF-8''${encodeURIComponent(photoName).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
      );
      expect(cd).toContain('filename="Anh hien truong _ may det da lap _thang 5_.png"');
    }
    // Not a file of the other contract, even for someone who reads both.
    expect((await dept.get(`/api/contracts/${b.id}/files/${ref.fileId}`)).statusCode).toBe(404);
    const audit = await queryRows<{ after: { fileId: string; name: string; size: number } }>(
      t.database.db,
      sql`select after from audit_log where action = 'contract.file_uploaded' and entity_type = 'contract' and entity_id = ${a.id}`,
    );
    expect(audit.map((r) => r.after)).toContainEqual({
      fileId: ref.fileId,
      name: photoName,
      size: PNG.length,
    });
    const link = await queryRows<{ contract_id: string; scheme_id: string }>(
      t.database.db,
      sql`select contract_id, scheme_id from contract_files where file_id = ${ref.fileId}`,
    );
    expect(link).toEqual([{ contract_id: a.id, scheme_id: a.schemeId }]);
  });

  it('refuses another type, content that is not what the name says, an empty file and a JSON body', async () => {
    const exe = await upload(centre, a.id, 'setup.exe', PNG);
    expect(exe.statusCode).toBe(415);
    expect(exe.json()).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED' });
    expect(exe.json().detail).toContain('.pdf, .docx');
    const fake = await upload(centre, a.id, 'bien-ban.pdf', PNG);
    expect(fake.statusCode).toBe(415);
    expect(fake.json()).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED' });
    const empty = await upload(centre, a.id, 'trong.png', Buffer.alloc(0));
    expect(empty.statusCode).toBe(422);
    expect(empty.json()).toMatchObject({ code: 'FILE_EMPTY' });
    expect((await centre.post(`/api/contracts/${a.id}/files`, { name: 'x' })).statusCode).toBe(415);
  });

  it('out of scope answers 404 on upload and download; in scope without a write action 403', async () => {
    const ref = (await upload(dept, a.id, 'Biên bản kiểm tra.pdf', PDF)).json() as Ref;
    expect(ref.fileId).toBeTruthy();
    expect((await upload(hanoi, a.id, 'x.png', PNG)).statusCode).toBe(404);
    expect((await hanoi.get(`/api/contracts/${a.id}/files/${ref.fileId}`)).statusCode).toBe(404);
    // The agency reads a local contract but holds no action on it.
    expect((await upload(agency, a.id, 'x.png', PNG)).statusCode).toBe(403);
    expect((await dept.get(`/api/contracts/${a.id}/files/${randomUUID()}`)).statusCode).toBe(404);
  });

  it('a progress report keeps its uploaded photo and per-content percentages; unknown files are refused, nothing written', async () => {
    expect(a.contents).toEqual([{ code: 'ND45-3', name: expect.any(String) }]);
    expect(a.contents[0]!.name).not.toBe('ND45-3');
    const photo = (await upload(centre, a.id, photoName, PNG)).json() as Ref;
    const other = (await upload(centre, b.id, 'Ảnh hợp đồng khác.png', PNG)).json() as Ref;
    const before = ((await centre.get(`/api/contracts/${a.id}/reports`)).json() as unknown[]).length;
    const random = await centre.post(
      `/api/contracts/${a.id}/reports`,
      report(a, [{ name: 'Ảnh không có thật', fileId: randomUUID() }]),
    );
    expect(random.statusCode).toBe(422);
    expect(random.json()).toMatchObject({ code: 'DOCUMENT_FILE_UNKNOWN' });
    expect(random.json().detail).toContain('Ảnh không có thật');
    const foreign = await centre.post(
      `/api/contracts/${a.id}/reports`,
      report(a, [photo, { ...other, number: null }]),
    );
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json()).toMatchObject({ code: 'DOCUMENT_FILE_UNKNOWN' });
    expect(foreign.json().detail).toContain('Ảnh hợp đồng khác.png');
    expect(((await centre.get(`/api/contracts/${a.id}/reports`)).json() as unknown[]).length).toBe(before);
    const ok = await centre.post(
      `/api/contracts/${a.id}/reports`,
      report(a, [photo, { name: 'Công văn báo cáo', number: '12/TTKC', date: today }]),
    );
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({
      contents: [{ contentCode: 'ND45-3', percent: 80 }],
      documents: [photo, { name: 'Công văn báo cáo', number: '12/TTKC', date: today }],
    });
    const listed = (await dept.get(`/api/contracts/${a.id}/reports`)).json() as { documents: Ref[] }[];
    expect(listed.flatMap((r) => r.documents)).toContainEqual({ ...photo, name: photoName });
  });

  it('inspections, change requests and a new contract check their files too', async () => {
    const minutes = (await upload(dept, a.id, 'Biên bản kiểm tra hiện trường.pdf', PDF)).json() as Ref;
    const ins = await dept.post(`/api/contracts/${a.id}/inspections`, {
      date: today,
      inspectors: 'Phòng Quản lý công nghiệp',
      findings: 'Máy đã lắp đặt đúng hồ sơ.',
      rating: 'on_track',
      documents: [minutes],
    });
    expect(ins.statusCode, ins.body).toBe(201);
    expect(ins.json().documents).toEqual([minutes]);
    const badIns = await dept.post(`/api/contracts/${b.id}/inspections`, {
      date: today,
      inspectors: 'Phòng Quản lý công nghiệp',
      findings: 'Kiểm tra',
      rating: 'on_track',
      documents: [minutes],
    });
    expect(badIns.json()).toMatchObject({ code: 'DOCUMENT_FILE_UNKNOWN' });
    const cr = await centre.post(`/api/schemes/${b.schemeId}/change-requests`, {
      kinds: ['stop'],
      reason: 'Thử tệp của hợp đồng khác',
      documents: [minutes],
      schemeVersion: b.schemeVersion,
    });
    expect(cr.statusCode).toBe(422);
    expect(cr.json()).toMatchObject({ code: 'DOCUMENT_FILE_UNKNOWN' });
    const changes = (await centre.get(`/api/schemes/${b.schemeId}/change-requests`)).json() as unknown[];
    expect(changes).toEqual([]);
    // A contract not made yet has no files: its draft cannot point at one.
    const [free] = await freeAssigned(t.database.db);
    const draft = await dept.post('/api/contracts', { schemeId: free, documents: [minutes] });
    expect(draft.json()).toMatchObject({ code: 'DOCUMENT_FILE_UNKNOWN' });
    expect((await dept.get(`/api/schemes/${free}/contract`)).json()).toEqual({ contract: null });
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { tags: string[]; summary: string }>>;
    };
    expect(doc.paths['/api/contracts/{id}/files']?.post?.tags).toEqual(['contracts']);
    expect(doc.paths['/api/contracts/{id}/files/{fileId}']?.get?.summary).toMatch(/Tải về/);
  });
});
