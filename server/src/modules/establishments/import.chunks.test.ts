import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { demo, type Session, signIn, type TestApp, testApp } from '../../test/http.ts';
import { demoTaxCode } from './establishments.seed.ts';
import { importSteps, type RowInput, xlsx } from './import.test-utils.ts';

let t: TestApp;
let ag: Session;
const { check, commit, count } = importSteps(() => t);

beforeAll(async () => {
  t = await testApp({
    JOB_RUNNER: 'off',
    FILES_DIR: path.join(os.tmpdir(), `kc-import-chunks-test-${process.pid}`),
  });
  ag = await signIn(t.app, demo.angiangOfficer);
});

/** The confirmation writes chunks of 2,000 staged rows, reading the next while one is inserted. */
describe('confirmation in chunks', () => {
  it('a clash in a later chunk undoes the chunks already written (2,100 rows, chunks of 2,000)', async () => {
    const rows: RowInput[] = Array.from({ length: 2100 }, (_, i) => ({
      name: `Cơ sở Lô Lớn ${i + 1}`,
      kind: 'Hộ kinh doanh',
      unit: 'Phường Tân Châu, An Giang',
      registrationCode: demoTaxCode('16', 890_000 + i * 10),
    }));
    const { job, importId } = await check(ag, await xlsx(rows), 'lo-lon.xlsx');
    expect(job.result).toMatchObject({ canCommit: true, toCreate: 2100 });
    const unit = (
      await ag.get('/api/units?q=T%C3%A2n%20Ch%C3%A2u&level=commune&era=2025&provinceCode=91')
    ).json().items[0].id;
    const taken = await ag.post('/api/establishments', {
      name: 'Ai đó nhanh tay lần nữa',
      kind: 'sme',
      registrationCode: rows[2050]!.registrationCode,
      unitId: unit,
    });
    expect(taken.statusCode).toBe(201);
    const before = await count();
    const failed = await commit(ag, importId);
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'IMPORT_STALE' } });
    expect(await count()).toBe(before);
  });
});
