import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { demo, type Session, signIn, type TestApp, testApp } from '../../test/http.ts';
import { demoTaxCode } from './establishments.seed.ts';
import { headers, importSteps, type RowInput, readReport, upload, xlsx } from './import.test-utils.ts';

let t: TestApp;
let ag: Session;
const { run, drain, check, commit, count } = importSteps(() => t);

const good: RowInput[] = [
  {
    stt: 1,
    name: 'Hợp tác xã Dệt may Châu Phong',
    kind: 'Hợp tác xã',
    registrationCode: demoTaxCode('16', 880_001),
    unit: 'Xã Châu Phong, Thị xã Tân Châu, Tỉnh An Giang',
    industries: 'ND45-I6; Sản xuất hàng tiểu thủ công nghiệp',
    workforce: 30,
    womanOwned: 'Có',
    foundedYear: 2010,
  },
  {
    stt: 2,
    name: 'Cơ sở Bánh pía Châu Đốc',
    kind: 'hộ kinh doanh',
    unit: 'phuong chau doc, an giang',
    workforce: '1.200',
    revenueBand: 'Dưới 1 tỷ đồng',
    status: 'Đang hoạt động',
  },
  // Excel stored this code as a number and dropped its leading zero.
  {
    stt: 3,
    name: 'Công ty TNHH Cơ khí Phú Tân',
    kind: 'DNNVV',
    registrationCode: Number(demoTaxCode('01', 880_002)),
    unit: 'Xã Phú Tân, An Giang',
    cleanerProduction: 'x',
  },
];

beforeAll(async () => {
  t = await testApp({
    JOB_RUNNER: 'off',
    UPLOAD_MAX_MB: '1',
    FILES_DIR: path.join(os.tmpdir(), `kc-import-test-${process.pid}`),
  });
  ag = await signIn(t.app, demo.angiangOfficer);
});

describe('template', () => {
  it('downloads a template with Vietnamese headers, a help sheet and drop-downs', async () => {
    const res = await ag.get('/api/establishments/import-template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''M%E1%BA%ABu");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Danh sách', 'Danh mục', 'Hướng dẫn']);
    const data = wb.getWorksheet('Danh sách')!;
    expect((data.getRow(1).values as string[]).slice(1)).toEqual(headers);
    expect(data.getCell('C2').dataValidation).toMatchObject({ type: 'list' });
    expect(wb.getWorksheet('Hướng dẫn')!.getCell('A3').value).toBe('Tên cơ sở');
  });
});

describe('import, re-import, update', () => {
  let importId: string;
  it('checks, reports, and writes all rows on confirmation; units of either era, with or without accents', async () => {
    const before = await count();
    const { job, importId: id } = await check(ag, await xlsx(good));
    importId = id;
    expect(job.status).toBe('done');
    expect(job.result).toMatchObject({
      totalRows: 3,
      validRows: 3,
      issueCount: 0,
      toCreate: 3,
      toUpdate: 0,
      canCommit: true,
    });
    expect(await count()).toBe(before);
    const report = await ag.get(`/api/jobs/${job.id}/result`);
    expect(report.statusCode).toBe(200);
    expect(await readReport(report.rawPayload)).toEqual([]);
    const done = await commit(ag, importId);
    expect(done).toMatchObject({ status: 'done', result: { created: 3, updated: 0 } });
    expect(await count()).toBe(before + 3);
    const list = (await ag.get(`/api/establishments?q=${encodeURIComponent('co khi phu tan')}`)).json();
    expect(list.items[0].registrationCode).toBe(demoTaxCode('01', 880_002));
    const imp = (await ag.get(`/api/establishments/imports/${importId}`)).json();
    expect(imp).toMatchObject({ status: 'committed', toCreate: 3 });
    const again = await ag.post(`/api/establishments/imports/${importId}/commit`);
    expect(again.json().code).toBe('IMPORT_NOT_READY');
  });

  it('re-importing the same file changes nothing; an edited file updates instead of duplicating', async () => {
    const before = await count();
    const same = await check(ag, await xlsx(good));
    expect(same.job.result).toMatchObject({ unchanged: 3, toCreate: 0, toUpdate: 0, canCommit: false });
    const edited = good.map((r, i) => (i === 1 ? { ...r, workforce: 15, representative: 'Lý Thị Pía' } : r));
    const upd = await check(ag, await xlsx(edited));
    expect(upd.job.result).toMatchObject({ unchanged: 2, toUpdate: 1, toCreate: 0, canCommit: true });
    expect((await commit(ag, upd.importId)).result).toMatchObject({ updated: 1, created: 0 });
    expect(await count()).toBe(before);
    const row = (await ag.get(`/api/establishments?q=${encodeURIComponent('banh pia chau doc')}`)).json()
      .items[0];
    expect(row.representative).toBe('Lý Thị Pía');
    const admin = await signIn(t.app, demo.admin);
    const trail = (await admin.get('/api/audit?action=establishment.imported&pageSize=5')).json().items;
    expect(
      trail.some(
        (a: { before: Record<string, { representative: string | null }> | null }) =>
          a.before && Object.values(a.before)[0]?.representative === null,
      ),
    ).toBe(true);
  });
});

describe('bad input: precise report, nothing written', () => {
  it('reports every problem row by row in Vietnamese and refuses to write', async () => {
    const hanoiCode = (
      await (
        await signIn(t.app, demo.agencyOfficer)
      ).get(`/api/establishments?q=${encodeURIComponent('Gốm sứ Bát Tràng')}`)
    ).json().items[0].registrationCode;
    const dup = demoTaxCode('16', 880_010);
    const rows: RowInput[] = [
      { name: null, kind: 'Hợp tác xã', unit: 'Phường Tân Châu, An Giang' },
      { name: 'Cơ sở A', kind: 'Nhà máy', unit: 'Phường Tân Châu, An Giang' },
      {
        name: 'Cơ sở B',
        kind: 'Hộ kinh doanh',
        registrationCode: '0300588568',
        unit: 'Phường Tân Châu, An Giang',
      },
      { name: 'Cơ sở C', kind: 'Hộ kinh doanh', registrationCode: dup, unit: 'Phường Tân Châu, An Giang' },
      { name: 'Cơ sở D', kind: 'Hộ kinh doanh', registrationCode: dup, unit: 'Phường Tân Châu, An Giang' },
      { name: 'Cơ sở E', kind: 'Hộ kinh doanh', unit: 'Xã Không Có Thật, An Giang' },
      { name: 'Cơ sở F', kind: 'Hộ kinh doanh', unit: 'Xã Bát Tràng, Hà Nội' },
      {
        name: 'Cơ sở G',
        kind: 'Hộ kinh doanh',
        unit: 'Phường Tân Châu, An Giang',
        workforce: { formula: '10*3', result: 30 },
      },
      {
        name: 'Cơ sở H',
        kind: 'Hộ kinh doanh',
        unit: 'Phường Tân Châu, An Giang',
        foundedYear: 2999,
        womanOwned: 'có lẽ',
      },
      {
        name: 'Cơ sở I',
        kind: 'Hộ kinh doanh',
        unit: 'Phường Tân Châu, An Giang',
        industries: 'Sản xuất phần mềm',
      },
      {
        name: 'Cơ sở J',
        kind: 'Hộ kinh doanh',
        registrationCode: hanoiCode,
        unit: 'Phường Tân Châu, An Giang',
      },
      { name: 'Cơ sở K', kind: 'Hộ kinh doanh', unit: 'Huyện Chợ Mới, Tỉnh An Giang' },
    ];
    const before = await count();
    const { job, importId } = await check(ag, await xlsx(rows));
    expect(job.status).toBe('done');
    expect(job.result).toMatchObject({ totalRows: 12, canCommit: false, toCreate: 1 });
    const report = await readReport((await ag.get(`/api/jobs/${job.id}/result`)).rawPayload);
    const at = (row: number) => report.filter((r) => r.row === row).map((r) => r.code);
    expect(at(2)).toEqual(['required']);
    expect(at(3)).toEqual(['invalid_kind']);
    expect(at(4)).toEqual(['invalid_code']);
    expect(at(5)).toEqual([]);
    expect(at(6)).toEqual(['duplicate_in_file']);
    expect(at(7)).toEqual(['unit_not_found']);
    expect(at(8)).toEqual(['unit_other_province']);
    expect(at(9)).toEqual(['formula']);
    expect(at(10).sort()).toEqual(['invalid_bool', 'invalid_number']);
    expect(at(11)).toEqual(['unknown_industry']);
    expect(at(12)).toEqual(['code_other_province']);
    expect(at(13)).toEqual(['unit_not_commune']);
    expect(report.find((r) => r.row === 6)!.message).toBe('Mã số trùng với dòng 5 trong cùng tệp.');
    expect(report.find((r) => r.row === 8)!.message).toContain('Hà Nội');
    expect(report.find((r) => r.row === 9)!.column).toBe('Số lao động');
    expect(await count()).toBe(before);
    const refused = await ag.post(`/api/establishments/imports/${importId}/commit`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'IMPORT_HAS_ERRORS' });
    expect(refused.json().detail).toContain('12 lỗi'.replace('12', String(report.length)));
  });

  it('renamed, missing and duplicated columns are named; empty sheets and header-only files too', async () => {
    const renamed = headers
      .map((h) => (h === 'Tên cơ sở' ? 'Tên doanh nghiệp' : h))
      .filter((h) => h !== 'Làng nghề');
    const { job } = await check(ag, await xlsx([{ name: 'X' }], { headers: [...renamed, 'Loại hình'] }));
    const codes = (job.result!.issues as { code: string; column: string }[]).map(
      (i) => `${i.code}:${i.column}`,
    );
    expect(codes).toEqual(
      expect.arrayContaining([
        'unknown_column:Tên doanh nghiệp',
        'missing_column:Tên cơ sở',
        'missing_column:Làng nghề',
        'duplicate_column:Loại hình',
      ]),
    );
    const empty = await check(ag, await xlsx([], { headers: [] }));
    expect((empty.job.result!.issues as { code: string }[])[0]!.code).toBe('empty_file');
    const headerOnly = await check(ag, await xlsx([]), 'chi-tieu-de.xlsx');
    expect((headerOnly.job.result!.issues as { code: string }[])[0]!.code).toBe('no_rows');
  });

  it('thousands of bad rows: every one in the report, the first 200 in the job result', async () => {
    const rows: RowInput[] = Array.from({ length: 3000 }, (_, i) => ({
      name: `Cơ sở số ${i}`,
      kind: 'Hộ kinh doanh',
      registrationCode: `12345${i}`,
      unit: 'Phường Tân Châu, An Giang',
    }));
    const before = await count();
    const { job } = await check(ag, await xlsx(rows), 'nhieu-loi.xlsx');
    expect(job.result).toMatchObject({
      totalRows: 3000,
      rowsWithIssues: 3000,
      issueCount: 3000,
      canCommit: false,
    });
    expect(job.result!.issues).toHaveLength(200);
    expect(await readReport((await ag.get(`/api/jobs/${job.id}/result`)).rawPayload)).toHaveLength(3000);
    expect(await count()).toBe(before);
  });

  it('refuses other formats, empty and too-large files at upload with the limit stated', async () => {
    const csv = await upload(ag, 'danh-sach.csv', Buffer.from('Tên cơ sở;Loại hình\nA;Hợp tác xã\n'));
    expect(csv.statusCode).toBe(415);
    expect(csv.json().code).toBe('FILE_TYPE_NOT_ALLOWED');
    const fake = await upload(ag, 'danh-sach.xlsx', Buffer.from('Tên cơ sở,Loại hình\n'));
    expect(fake.json().code).toBe('FILE_TYPE_NOT_ALLOWED');
    const xls = await upload(
      ag,
      'danh-sach.xlsx',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    );
    expect(xls.json().detail).toContain('.xls');
    const empty = await upload(ag, 'rong.xlsx', Buffer.alloc(0));
    expect(empty.json().code).toBe('FILE_EMPTY');
    const big = await upload(
      ag,
      'lon.xlsx',
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(1_200_000, 1)]),
    );
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({
      code: 'FILE_TOO_LARGE',
      detail: 'Tệp quá lớn: dung lượng tối đa cho phép là 1 MB.',
    });
    const json = await ag.post('/api/establishments/imports', { file: 'x' });
    expect(json.statusCode).toBe(415);
  });

  it('a damaged .xlsx fails its check with a reason', async () => {
    const bytes = await xlsx(good);
    const { job } = await check(ag, bytes.subarray(0, bytes.length - 200));
    expect(job).toMatchObject({ status: 'failed', error: { code: 'IMPORT_UNREADABLE' } });
  });
});

describe('concurrency and provinces', () => {
  it('refuses a second import of the same file while the first is unfinished', async () => {
    const bytes = await xlsx([
      { name: 'Cơ sở Song song', kind: 'Hộ kinh doanh', unit: 'Phường Tân Châu, An Giang' },
    ]);
    const first = await upload(ag, 'song-song.xlsx', bytes);
    expect(first.statusCode).toBe(202);
    const second = await upload(ag, 'ban-sao.xlsx', bytes);
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('IMPORT_ALREADY_RUNNING');
    const other = await upload(
      ag,
      'khac.xlsx',
      await xlsx([{ name: 'Cơ sở Khác', kind: 'Hộ kinh doanh', unit: 'Phường Tân Châu, An Giang' }]),
    );
    expect(other.statusCode).toBe(202);
    expect((await run(ag, first.json().jobId)).status).toBe('done');
    // Once the check has finished the same file may be checked again.
    expect((await upload(ag, 'song-song.xlsx', bytes)).statusCode).toBe(202);
    await drain();
  });

  it("cannot import into another province; an old province code means today's province", async () => {
    const bytes = await xlsx([
      { name: 'Cơ sở Xuyên tỉnh', kind: 'Hộ kinh doanh', unit: 'Xã Bát Tràng, Hà Nội' },
    ]);
    const res = await upload(ag, 'xuyen-tinh.xlsx', bytes, '01');
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('ESTABLISHMENT_OUT_OF_PROVINCE');
    const hn = await signIn(t.app, demo.hanoiOfficer);
    const { importId } = await check(
      ag,
      await xlsx([{ name: 'Cơ sở Tỉnh cũ', kind: 'Hộ kinh doanh', unit: 'Phường Tân Châu, An Giang' }]),
      'tinh-cu.xlsx',
      '89',
    );
    expect((await ag.get(`/api/establishments/imports/${importId}`)).json().provinceCode).toBe('91');
    expect((await hn.get(`/api/establishments/imports/${importId}`)).statusCode).toBe(404);
    expect((await hn.post(`/api/establishments/imports/${importId}/commit`)).statusCode).toBe(404);
  });

  it('a record written after the check makes the confirmation fail as a whole', async () => {
    const code = demoTaxCode('16', 880_050);
    const rows: RowInput[] = [
      {
        name: 'Cơ sở Trước',
        kind: 'Hộ kinh doanh',
        unit: 'Phường Tân Châu, An Giang',
        registrationCode: demoTaxCode('16', 880_051),
      },
      {
        name: 'Cơ sở Tranh chấp',
        kind: 'Hộ kinh doanh',
        unit: 'Phường Tân Châu, An Giang',
        registrationCode: code,
      },
    ];
    const { job, importId } = await check(ag, await xlsx(rows), 'tranh-chap.xlsx');
    expect(job.result).toMatchObject({ canCommit: true, toCreate: 2 });
    const unit = (
      await ag.get('/api/units?q=T%C3%A2n%20Ch%C3%A2u&level=commune&era=2025&provinceCode=91')
    ).json().items[0].id;
    expect(
      (
        await ag.post('/api/establishments', {
          name: 'Ai đó nhanh tay',
          kind: 'sme',
          registrationCode: code,
          unitId: unit,
        })
      ).statusCode,
    ).toBe(201);
    const before = await count();
    const failed = await commit(ag, importId);
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'IMPORT_STALE' } });
    expect(await count()).toBe(before);
    expect((await ag.get(`/api/establishments/imports/${importId}`)).json().status).toBe('failed');
  });
});
