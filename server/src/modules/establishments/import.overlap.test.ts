import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { systemActor } from '../../platform/actor.ts';
import { demo, type Session, signIn, type TestApp, testApp } from '../../test/http.ts';
import { getFile, pathOf } from '../files/index.ts';
import { demoTaxCode } from './establishments.seed.ts';
import { OverlappedWrite } from './import.overlap.ts';
import { readStaged, type StagedLine } from './import.staging.ts';
import { importSteps, multipart, type RowInput, xlsx } from './import.test-utils.ts';

let t: TestApp;
let ag: Session;
const { run, check, count } = importSteps(() => t);

beforeAll(async () => {
  t = await testApp({
    JOB_RUNNER: 'off',
    FILES_DIR: path.join(os.tmpdir(), `kc-import-overlap-test-${process.pid}`),
  });
  ag = await signIn(t.app, demo.angiangOfficer);
});

const lot = (n: number, from: number, label: string): RowInput[] =>
  Array.from({ length: n }, (_, i) => ({
    name: `Cơ sở ${label} ${i + 1}`,
    kind: 'Hộ kinh doanh',
    unit: 'Phường Tân Châu, An Giang',
    registrationCode: demoTaxCode('16', from + i * 10),
  }));

async function checkAndWrite(bytes: Buffer, name: string) {
  const body = multipart(name, bytes);
  const res = await ag.request({
    method: 'POST',
    url: '/api/establishments/imports?commit=if-valid',
    payload: body.payload,
    headers: body.headers,
  });
  expect(res.statusCode, res.body).toBe(202);
  const { jobId, importId } = res.json();
  return { job: await run(ag, jobId), importId: importId as string };
}

const audits = async (action: string, importId: string) =>
  (
    await t.database.raw<{ n: number }>(
      `select count(*)::int as n from audit_log where action = $1 and (entity_id = $2 or meta->>'importId' = $2::text)`,
      [action, importId],
    )
  )[0]!.n;

/** commit=if-valid: the check writes a valid file itself (on PostgreSQL while it reads it), all rows or none. */
describe('check and write if valid', () => {
  it('writes every row of a valid file in chunks, audited, without a confirmation', async () => {
    const before = await count();
    const { job, importId } = await checkAndWrite(
      await xlsx(lot(2100, 700_000, 'Ghi Ngay')),
      'ghi-ngay.xlsx',
    );
    expect(job.status).toBe('done');
    expect(job.result).toMatchObject({
      canCommit: true,
      toCreate: 2100,
      committed: { created: 2100, updated: 0 },
    });
    expect(job.message).toContain('đã ghi');
    expect(await count()).toBe(before + 2100);
    const imp = (await ag.get(`/api/establishments/imports/${importId}`)).json();
    expect(imp).toMatchObject({ status: 'committed', toCreate: 2100, totalRows: 2100 });
    expect(imp.committedAt).not.toBeNull();
    expect(await audits('establishment.imported', importId)).toBe(2);
    expect(await audits('establishment_import.committed', importId)).toBe(1);
    // The same file again changes nothing and writes nothing.
    const again = await checkAndWrite(await xlsx(lot(2100, 700_000, 'Ghi Ngay')), 'ghi-ngay-lai.xlsx');
    expect(again.job.result).toMatchObject({ canCommit: false, unchanged: 2100, committed: null });
    expect(await count()).toBe(before + 2100);
  });

  it('a problem in the last row undoes the rows already written', async () => {
    const rows = lot(2100, 720_000, 'Dong Cuoi Loi');
    rows[2099] = { ...rows[2099], unit: 'Xã Không Có, An Giang' };
    const before = await count();
    const { job, importId } = await checkAndWrite(await xlsx(rows), 'dong-cuoi-loi.xlsx');
    expect(job.status).toBe('done');
    expect(job.result).toMatchObject({ canCommit: false, issueCount: 1, committed: null });
    expect(await count()).toBe(before);
    expect((await ag.get(`/api/establishments/imports/${importId}`)).json().status).toBe('rejected');
    expect(await audits('establishment.imported', importId)).toBe(0);
  });
});

describe('OverlappedWrite', () => {
  async function stagedLines(
    rows: RowInput[],
    name: string,
  ): Promise<{ lines: StagedLine[]; importId: string }> {
    const { job, importId } = await check(ag, await xlsx(rows), name);
    expect(job.result).toMatchObject({ canCommit: true });
    const [imp] = await t.database.raw<{ staged_file_id: string }>(
      'select staged_file_id from establishment_imports where id = $1',
      [importId],
    );
    const file = await getFile(t.database.db, imp!.staged_file_id);
    const lines: StagedLine[] = [];
    for await (const line of readStaged(pathOf(t.app.config, file!))) lines.push(line);
    return { lines, importId };
  }
  const target = (importId: string) => ({
    importId,
    provinceCode: '91',
    actor: systemActor,
    expected: Number.POSITIVE_INFINITY,
  });

  it('a code taken after the check fails the write and nothing of it stays', async () => {
    const rows = lot(2100, 740_000, 'Ma Bi Lay');
    const { lines, importId } = await stagedLines(rows, 'ma-bi-lay.xlsx');
    const unit = (
      await ag.get('/api/units?q=T%C3%A2n%20Ch%C3%A2u&level=commune&era=2025&provinceCode=91')
    ).json().items[0].id;
    const taken = await ag.post('/api/establishments', {
      name: 'Người nhanh tay',
      kind: 'sme',
      registrationCode: rows[2050]!.registrationCode,
      unitId: unit,
    });
    expect(taken.statusCode).toBe(201);
    const before = await count();
    const w = new OverlappedWrite(t.database.db, target(importId));
    await w.push(lines.slice(0, 1000));
    await w.push(lines.slice(1000));
    let finalised = false;
    await expect(
      w.commit(async () => {
        finalised = true;
      }),
    ).rejects.toMatchObject({ cause: { code: '23505' } });
    expect(finalised).toBe(false);
    expect(await count()).toBe(before);
  });

  it('abort rolls back the chunks already written; commit runs finalise in the same transaction', async () => {
    const { lines, importId } = await stagedLines(lot(2500, 760_000, 'Huy Bo'), 'huy-bo.xlsx');
    const before = await count();
    const aborted = new OverlappedWrite(t.database.db, target(importId));
    await aborted.push(lines);
    await aborted.abort();
    expect(await count()).toBe(before);
    const w = new OverlappedWrite(t.database.db, target(importId));
    for (let i = 0; i < lines.length; i += 700) await w.push(lines.slice(i, i + 700));
    const plan = {
      created: lines.filter((l) => l.a === 'c').length,
      updated: lines.filter((l) => l.a === 'u').length,
    };
    expect(plan.created + plan.updated).toBe(2500);
    let seenInside = 0;
    const counts = await w.commit(async (tx, written) => {
      expect(written).toEqual(plan);
      const [r] = await queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from establishments where import_id = ${importId}::uuid`,
      );
      seenInside = r!.n;
    });
    expect(seenInside).toBe(2500);
    expect(counts).toEqual(plan);
    expect(await count()).toBe(before + plan.created);
  });
});
