import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../../../shared/format.ts';
import { queryRows, sql } from '../../db/client.ts';
import { demo, type Session, signIn, type TestApp, testApp } from '../../test/http.ts';
import { enqueueJob, runQueuedJobs } from '../jobs/index.ts';
import { headers, type Job, upload } from './import.test-utils.ts';

let t: TestApp;
const quiet = { info() {}, warn() {}, error() {} };

async function exportAs(
  s: Session,
  filters: Record<string, unknown>,
): Promise<{ job: Job; sheet: ExcelJS.Worksheet; bytes: Buffer }> {
  const res = await s.post('/api/establishments/exports', filters);
  expect(res.statusCode, res.body).toBe(202);
  await runQueuedJobs(t.database, t.app.config, quiet);
  const job: Job = (await s.get(`/api/jobs/${res.json().jobId}`)).json();
  expect(job.status, JSON.stringify(job.error)).toBe('done');
  const file = await s.get(`/api/jobs/${job.id}/result`);
  expect(file.statusCode).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
  return { job, sheet: wb.getWorksheet('Danh sách')!, bytes: file.rawPayload };
}

beforeAll(async () => {
  t = await testApp({
    JOB_RUNNER: 'off',
    FILES_DIR: path.join(os.tmpdir(), `kc-export-test-${process.pid}`),
  });
});

describe('export', () => {
  it('exports a filtered list in scope with the template columns first, and a Vietnamese file name', async () => {
    const ag = await signIn(t.app, demo.angiangOfficer);
    const { job, sheet } = await exportAs(ag, { kind: 'cooperative', sort: '-name' });
    const head = (sheet.getRow(1).values as string[]).slice(1);
    expect(head.slice(0, headers.length)).toEqual(headers);
    expect(head).toContain('Đủ điều kiện hỗ trợ (hiện hành)');
    const names: string[] = [];
    sheet.eachRow((r, n) => {
      if (n > 1) names.push(String(r.getCell(2).value));
    });
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, 'vi')));
    expect(names).toContain('Hợp tác xã Dệt may Tân Châu');
    expect(names).not.toContain('Hợp tác xã Dệt may Phùng Xá');
    expect(job.result).toMatchObject({ rows: names.length, total: names.length });
    expect((job.result as { fileName: string }).fileName).toMatch(
      /^Danh sách cơ sở CNNT - An Giang - \d\d-\d\d-\d{4}\.xlsx$/,
    );
    const tanChau = names.indexOf('Hợp tác xã Dệt may Tân Châu') + 2;
    expect(sheet.getRow(tanChau).getCell(3).value).toBe('Hợp tác xã');
    expect(sheet.getRow(tanChau).getCell(15).value).toBe('Có');
    // Industries joined and the last change dated (Vietnam time) by the database, as the form shows them.
    const [rec] = await queryRows<{ industries: string[]; updatedAt: Date }>(
      t.database.db,
      sql`select industries, updated_at as "updatedAt" from establishments where name = 'Hợp tác xã Dệt may Tân Châu'`,
    );
    expect(sheet.getRow(tanChau).getCell(11).value).toBe(rec!.industries.join('; '));
    expect(sheet.getRow(tanChau).getCell(23).value).toBe(formatDate(rec!.updatedAt));
  });

  it.each(['updatedAt', '-name', 'foundedYear', '-workforce', 'registrationCode'])(
    'pages through the list in keyset order (sort %s) without losing or repeating rows',
    async (sort) => {
      const agency = await signIn(t.app, demo.agencyOfficer);
      const all = (await agency.get('/api/establishments?pageSize=1')).json().total as number;
      const me = (await agency.get('/api/auth/me')).json().user;
      const actor = {
        userId: me.id,
        email: me.email,
        fullName: me.fullName,
        role: me.role,
        organisationId: me.organisationId,
        organisationKind: me.organisationKind,
        provinceCode: me.provinceCode,
      };
      const job = await enqueueJob(t.database.db, actor, {
        kind: 'establishments.export',
        input: { filters: { sort }, actor, pageSize: 4 },
      });
      await runQueuedJobs(t.database, t.app.config, quiet);
      const done: Job = (await agency.get(`/api/jobs/${job.id}`)).json();
      expect(done.status).toBe('done');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(
        (await agency.get(`/api/jobs/${job.id}/result`)).rawPayload as unknown as ArrayBuffer,
      );
      const ids: string[] = [];
      wb.getWorksheet('Danh sách')!.eachRow((r, n) => {
        if (n > 1) ids.push(String(r.getCell(headers.length + 5).value));
      });
      expect(ids).toHaveLength(all);
      expect(new Set(ids).size).toBe(all);
      const listed = (await agency.get(`/api/establishments?sort=${sort}&pageSize=200`))
        .json()
        .items.map((i: { id: string }) => i.id);
      expect(ids).toEqual(listed);
    },
  );

  it('applies the accent-free search and the eligibility filter like the list', async () => {
    const ag = await signIn(t.app, demo.angiangOfficer);
    const { job, sheet } = await exportAs(ag, { q: 'hop tac xa det may' });
    expect(job.result).toMatchObject({ rows: 1 });
    expect(sheet.getRow(2).getCell(2).value).toBe('Hợp tác xã Dệt may Tân Châu');
    const listed = (await ag.get('/api/establishments?eligibility=not_eligible&pageSize=200')).json().total;
    expect((await exportAs(ag, { eligibility: 'not_eligible' })).job.result).toMatchObject({ rows: listed });
  });

  it('an exported file imports back unchanged (round trip)', async () => {
    const ag = await signIn(t.app, demo.angiangOfficer);
    const { bytes } = await exportAs(ag, {});
    const res = await upload(ag, 'xuat-ra.xlsx', bytes);
    expect(res.statusCode).toBe(202);
    await runQueuedJobs(t.database, t.app.config, quiet);
    const job: Job = (await ag.get(`/api/jobs/${res.json().jobId}`)).json();
    expect(job.result).toMatchObject({ issueCount: 0, toCreate: 0, toUpdate: 0 });
    expect((job.result as { unchanged: number }).unchanged).toBeGreaterThan(5);
  });

  it('is refused to those who may not read the register', async () => {
    const council = await signIn(t.app, demo.councilMember);
    expect((await council.post('/api/establishments/exports', {})).statusCode).toBe(403);
    const ag = await signIn(t.app, demo.angiangOfficer);
    expect((await ag.post('/api/establishments/exports', { colour: 'red' })).statusCode).toBe(422);
  });
});
