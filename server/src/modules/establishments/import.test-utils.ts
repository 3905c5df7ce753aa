import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { multipartFile, type Session, type TestApp } from '../../test/http.ts';
import { runQueuedJobs } from '../jobs/index.ts';
import { importColumns } from './import.columns.ts';

/** Test helpers for import files: rows in the template's column order, multipart bodies, job polling. */

export type RowInput = Partial<Record<(typeof importColumns)[number]['key'], ExcelJS.CellValue>>;

export const headers = importColumns.map((c) => c.header);

export function rowValues(r: RowInput): ExcelJS.CellValue[] {
  return importColumns.map((c) => r[c.key] ?? null);
}

/** An .xlsx made by ExcelJS (shared strings, like Excel itself writes). */
export async function xlsx(
  rows: RowInput[],
  opts: { headers?: string[]; sheet?: string; extra?: (ws: ExcelJS.Worksheet) => void } = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opts.sheet ?? 'Danh sách');
  ws.addRow(opts.headers ?? headers);
  for (const r of rows) ws.addRow(rowValues(r));
  opts.extra?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const multipart = (
  fileName: string,
  bytes: Buffer,
  contentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
) => multipartFile(fileName, bytes, contentType);

export async function upload(s: Session, fileName: string, bytes: Buffer, province?: string) {
  const body = multipart(fileName, bytes);
  return s.request({
    method: 'POST',
    url: `/api/establishments/imports${province ? `?provinceCode=${province}` : ''}`,
    payload: body.payload,
    headers: body.headers,
  });
}

export type Job = {
  id: string;
  status: string;
  result: Record<string, unknown> | null;
  error: { code: string; message: string } | null;
  resultFileId: string | null;
  message: string | null;
  progress: number;
};

export async function waitJob(s: Session, id: string): Promise<Job> {
  for (let i = 0; i < 600; i++) {
    const j = (await s.get(`/api/jobs/${id}`)).json() as Job;
    if (j.status !== 'queued' && j.status !== 'running') return j;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`job ${id} did not finish`);
}

export async function readReport(
  bytes: Buffer,
): Promise<{ row: number; column: string; value: string; code: string; message: string }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Lỗi');
  if (!ws) throw new Error('no "Lỗi" sheet');
  const out: { row: number; column: string; value: string; code: string; message: string }[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const v = row.values as ExcelJS.CellValue[];
    out.push({
      row: Number(v[1]),
      column: String(v[2] ?? ''),
      value: String(v[3] ?? ''),
      code: String(v[4] ?? ''),
      message: String(v[5] ?? ''),
    });
  });
  return out;
}

const quiet = { info() {}, warn() {}, error() {} };

/** Check and confirm an import through the API, running the queued jobs in the test process. */
export function importSteps(app: () => TestApp) {
  const run = async (s: Session, jobId: string): Promise<Job> => {
    await runQueuedJobs(app().database, app().app.config, quiet);
    return (await s.get(`/api/jobs/${jobId}`)).json();
  };
  return {
    run,
    /** Runs whatever is queued (jobs not awaited by the test). */
    drain: () => runQueuedJobs(app().database, app().app.config, quiet),
    async check(s: Session, bytes: Buffer, name = 'danh-sach.xlsx', province?: string) {
      const res = await upload(s, name, bytes, province);
      expect(res.statusCode, res.body).toBe(202);
      const { jobId, importId } = res.json();
      return { job: await run(s, jobId), importId: importId as string };
    },
    async commit(s: Session, importId: string) {
      const res = await s.post(`/api/establishments/imports/${importId}/commit`);
      expect(res.statusCode, res.body).toBe(202);
      return run(s, res.json().jobId);
    },
    count: async () =>
      (
        await app().database.raw<{ n: number }>(
          'select count(*)::int as n from establishments where deleted_at is null',
        )
      )[0]!.n,
  };
}
