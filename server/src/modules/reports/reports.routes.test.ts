import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportDto, ReportFigures, SubmissionStatusDto } from '../../../../shared/schemas/reports.ts';
import { demo, type Session, signIn, type TestApp, testApp } from '../../test/http.ts';
import { vnToday } from '../calls/index.ts';
import {
  actorOf,
  assignedSchemes,
  createContract,
  recordEntry,
  submitProgressReport,
  transitionContract,
} from '../contracts/index.ts';
import { runQueuedJobs } from '../jobs/index.ts';

let t: TestApp;
let dept: Session;
let hanoi: Session;
let agency: Session;
const quiet = { info() {}, warn() {}, error() {} };
const today = vnToday();
const year = Number(today.slice(0, 4));
const half = Number(today.slice(5, 7)) <= 6 ? 1 : 2;

beforeAll(async () => {
  t = await testApp({ JOB_RUNNER: 'off' });
  [dept, hanoi, agency] = (await Promise.all(
    [demo.angiangOfficer, demo.hanoiOfficer, demo.agencyOfficer].map((e) => signIn(t.app, e)),
  )) as [Session, Session, Session];
}, 60_000);

const run = () => runQueuedJobs(t.database, t.app.config, quiet);
const body = (periodKind: string, periodIndex: number, extra: Record<string, unknown> = {}) => ({
  periodKind,
  periodYear: year,
  periodIndex,
  ...extra,
});
const minus = (a: ReportFigures, b: ReportFigures, k: keyof ReportFigures) =>
  BigInt(a[k] as string | number) - BigInt(b[k] as string | number);

/**
 * Hand-computed fixture: three local machinery schemes of TTKC An Giang for this year (each 2 machines ×
 * 150 tr state support = 300 tr; 2 × 250 tr counterpart = 500 tr), all assigned; two contracts signed today
 * (300 tr each); one advance of 210 tr today. So a new version of An Giang's report must add exactly:
 * schemes 3, planned 900 tr, assigned 900 tr, contracted 600 tr (2 schemes), disbursed 210 tr (all of it in
 * the period), counterpart 1.500 tr; models 0, machines 4 (none accepted yet → 0), establishments +0 or +1.
 */
async function addFixture() {
  const later = new Date(Date.parse(`${today}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
  const call = await dept.post('/api/calls', {
    planYear: year,
    level: 'local',
    provinceCode: '91',
    title: `Kế hoạch khuyến công địa phương bổ sung năm ${year}`,
    guidanceNumber: '77/SCT-QLCN',
    guidanceDate: today,
    submissionDeadline: later,
  });
  // The demo seed may already hold this year's supplementary call.
  expect([201, 409], call.body).toContain(call.statusCode);
  const ids = await assignedSchemes(t.database.db, 3, 'local', year);
  const officer = await actorOf(t.database.db, demo.angiangOfficer);
  const signed = [];
  for (const id of ids.slice(0, 2)) {
    const c = await createContract(t.database.db, officer, { schemeId: id });
    signed.push(
      await transitionContract(t.database.db, officer, c.id, {
        action: 'sign',
        version: c.version,
        date: today,
      }),
    );
  }
  const centre = await actorOf(t.database.db, demo.centreStaff);
  await submitProgressReport(t.database.db, centre, signed[0]!.id, {
    period: today.slice(0, 7),
    reportDate: today,
    workDone: 'Máy đã về xưởng, đang lắp đặt.',
    overallPercent: 75,
    contents: [{ contentCode: 'ND45-3', percent: 75 }],
    spent: '225000000',
    problems: null,
    documents: [],
  });
  await recordEntry(t.database.db, officer, signed[0]!.id, {
    kind: 'advance',
    amount: '210000000',
    date: today,
    reference: 'Giấy rút dự toán 01/TƯ',
    note: null,
    contractVersion: signed[0]!.version + 1,
  });
}

describe('statutory reports', () => {
  let v1: ReportDto;

  it('a department generates its six-month report as a job; the draft carries the figures', async () => {
    const res = await dept.post('/api/reports', body('half', half, { provinceCode: '91' }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ state: 'generating', version: 1, provinceCode: '91' });
    await run();
    v1 = (await dept.get(`/api/reports/${res.json().id}`)).json();
    expect(v1.state).toBe('draft');
    expect(v1.data?.scope).toEqual({ provinceCode: '91', name: expect.stringMatching(/An Giang/) });
    expect(v1.data?.bySource.every((r) => r.key === 'local' || r.key === 'national')).toBe(true);
    expect(v1.abilities).toEqual({ submit: true, newVersion: false, regenerate: true });
  });

  it('refuses a second report for the same period, a future period, a bad index and another province', async () => {
    const dup = await dept.post('/api/reports', body('half', half, { provinceCode: '91' }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('REPORT_PERIOD_EXISTS');
    expect(dup.headers['content-type']).toMatch(/application\/problem\+json/);
    const future = await dept.post('/api/reports', {
      ...body('year', 1, { provinceCode: '91' }),
      periodYear: year + 1,
    });
    expect(future.statusCode).toBe(422);
    expect(future.json().code).toBe('REPORT_PERIOD_FUTURE');
    expect(future.json().detail).toMatch(/chưa bắt đầu/);
    const bad = await dept.post('/api/reports', body('half', 3, { provinceCode: '91' }));
    expect(bad.statusCode).toBe(422);
    expect(bad.json().code).toBe('REPORT_PERIOD_INVALID');
    expect((await hanoi.get(`/api/reports/${v1.id}`)).statusCode).toBe(404);
    expect((await hanoi.post('/api/reports', body('half', half, { provinceCode: '91' }))).statusCode).toBe(
      404,
    );
    expect((await hanoi.get('/api/reports')).json().items.some((r: { id: string }) => r.id === v1.id)).toBe(
      false,
    );
  });

  it('a period with no data gives an empty but valid report', async () => {
    const res = await hanoi.post('/api/reports', {
      periodKind: 'month',
      periodYear: 2015,
      periodIndex: 1,
      provinceCode: '01',
    });
    expect(res.statusCode, res.body).toBe(201);
    await run();
    const r: ReportDto = (await hanoi.get(`/api/reports/${res.json().id}`)).json();
    expect(r.state).toBe('draft');
    expect(r.data?.totals).toMatchObject({ schemes: 0, planned: '0', disbursed: '0' });
    expect(r.data?.byContent).toEqual([]);
    const pdf = await hanoi.get(`/api/reports/${r.id}/export?format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
  });

  it('submission freezes the figures; a second submission is refused; a new version shows the differences', async () => {
    const submit = (r: ReportDto, number: string) =>
      dept.post(`/api/reports/${r.id}/submit`, {
        version: r.rowVersion,
        number,
        issuedDate: today,
        signerName: 'Nguyễn Văn Giám Đốc',
      });
    const stale = await dept.post(`/api/reports/${v1.id}/submit`, {
      version: v1.rowVersion + 5,
      number: '101/BC-SCT',
      issuedDate: today,
      signerName: 'Nguyễn Văn Giám Đốc',
    });
    expect(stale.statusCode).toBe(409);
    const s1 = await submit(v1, '101/BC-SCT');
    expect(s1.statusCode, s1.body).toBe(200);
    const frozen: ReportDto = s1.json();
    expect(frozen).toMatchObject({ state: 'submitted', number: '101/BC-SCT' });
    const again = await submit(frozen, '102/BC-SCT');
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('REPORT_FROZEN');

    await addFixture();
    const still: ReportDto = (await dept.get(`/api/reports/${v1.id}`)).json();
    expect(still.data).toEqual(frozen.data);

    const nv = await dept.post(`/api/reports/${v1.id}/versions`, {
      version: frozen.rowVersion,
      reason: 'Bổ sung ba đề án giao bổ sung',
    });
    expect(nv.statusCode, nv.body).toBe(201);
    await run();
    const v2: ReportDto = (await dept.get(`/api/reports/${nv.json().id}`)).json();
    expect(v2).toMatchObject({ version: 2, state: 'draft', supersedesId: v1.id });
    const a = v2.data!.totals;
    const b = frozen.data!.totals;
    expect(minus(a, b, 'schemes')).toBe(3n);
    expect(minus(a, b, 'planned')).toBe(900_000_000n);
    expect(minus(a, b, 'assigned')).toBe(900_000_000n);
    expect(minus(a, b, 'contracted')).toBe(600_000_000n);
    expect(minus(a, b, 'contractedSchemes')).toBe(2n);
    expect(minus(a, b, 'disbursed')).toBe(210_000_000n);
    expect(minus(a, b, 'disbursedInPeriod')).toBe(210_000_000n);
    expect(minus(a, b, 'counterpart')).toBe(1_500_000_000n);
    expect(minus(a, b, 'accepted')).toBe(0n);
    const planned = v2.diff!.changes.find(
      (c) => c.section === 'totals' && c.figure === 'Kế hoạch (phê duyệt)',
    );
    expect(BigInt(planned!.after) - BigInt(planned!.before)).toBe(900_000_000n);
    expect(v2.diff!.changes.some((c) => c.section === 'byContent' && c.key === 'ND45-3')).toBe(true);
    expect(v2.versions.map((v) => v.version)).toEqual([1, 2]);

    const s2 = await submit(v2, '115/BC-SCT');
    expect(s2.statusCode, s2.body).toBe(200);
    const old: ReportDto = (await dept.get(`/api/reports/${v1.id}`)).json();
    expect(old.state).toBe('superseded');
    const admin = await signIn(t.app, demo.admin);
    const trail = (await admin.get(`/api/audit?entityType=report&entityId=${v1.id}`)).json() as {
      items: { action: string }[];
    };
    expect(trail.items.map((i) => i.action).sort()).toEqual([
      'report.created',
      'report.generated',
      'report.submitted',
    ]);
    expect(old.data).toEqual(frozen.data);
    v1 = s2.json();
  });

  it('exports the frozen report as .xlsx (every figure, exact to the đồng), .docx and .pdf', async () => {
    const x = await dept.get(`/api/reports/${v1.id}/export?format=xlsx`);
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-disposition']).toMatch(/Bao-cao-6-thang/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Tổng hợp')!;
    const head = ws.getRow(8).values as unknown[];
    const col = head.indexOf('Kế hoạch (phê duyệt)');
    expect(String(ws.getRow(9).getCell(col).value)).toBe(v1.data!.totals.planned);
    expect(String(ws.getRow(1).getCell(1).value)).toMatch(/SỞ CÔNG THƯƠNG/);
    const d = await dept.get(`/api/reports/${v1.id}/export?format=docx`);
    expect(d.statusCode).toBe(200);
    expect(d.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('the agency sees who submitted and consolidates the provinces; departments cannot', async () => {
    const q = `periodKind=half&periodYear=${year}&periodIndex=${half}`;
    expect((await dept.get(`/api/reports/submissions?${q}`)).statusCode).toBe(404);
    const st: SubmissionStatusDto = (await agency.get(`/api/reports/submissions?${q}`)).json();
    expect(st.provinces).toHaveLength(34);
    expect(st.provinces.find((p) => p.code === '91')).toMatchObject({ version: 2, state: 'submitted' });
    expect(st.consolidation).toBeNull();
    expect((await dept.post('/api/reports', body('half', half, { kind: 'consolidated' }))).statusCode).toBe(
      403,
    );
    const res = await agency.post('/api/reports', body('half', half, { kind: 'consolidated' }));
    expect(res.statusCode, res.body).toBe(201);
    await run();
    const c: ReportDto = (await agency.get(`/api/reports/${res.json().id}`)).json();
    expect(c.state).toBe('draft');
    expect(c.sources).toEqual([{ reportId: v1.id, provinceCode: '91', version: 2 }]);
    expect(c.data!.totals).toEqual(v1.data!.totals);
    expect(c.data!.byProvince.map((r) => r.key)).toEqual(['91']);
    expect(c.data!.missingProvinces).toHaveLength(33);
    expect((await dept.get(`/api/reports/${c.id}`)).statusCode).toBe(404);
  });
});
