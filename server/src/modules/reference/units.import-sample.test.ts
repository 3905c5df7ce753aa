import { beforeAll, describe, expect, it } from 'vitest';
import { type Database, queryRows, sql } from '../../db/client.ts';
import { systemActor } from '../../platform/actor.ts';
import { testDatabase } from '../../test/db.ts';
import { listAudit } from '../audit/index.ts';
import { importUnits, type UnitFileTexts } from './units.import.ts';
import { findUnit } from './units.service.ts';

// Small files in the official formats: idempotency, dry runs and all-or-nothing on a tiny data set.
let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});

const files: UnitFileTexts = {
  provinces2025: 'Stt,Mã số,Tên 34 tỉnh sau sáp nhập\n1,01,Thành phố Hà Nội\n2,91,An Giang\n',
  communes2025: [
    '| Stt | Mã số | Tên đơn vị hành chính | Tỉnh (thành phố) |',
    '| --- | ----- | --------------------- | ---------------- |',
    '|     |       | THÀNH PHỐ HÀ NỘI      |                  |',
    '| 1   | 99901 | Phường Thử Nghiệm       | Thành phố Hà Nội |',
    '|     |       | TỈNH AN GIANG         |                  |',
    '| 2   | 99902 | Xã<br>Thử Nghiệm       |                  |',
  ].join('\n'),
  before2025: JSON.stringify({
    data: [
      {
        level1_id: '01',
        name: 'Thành phố Hà Nội',
        type: 'Thành phố Trung ương',
        level2s: [
          {
            level2_id: '998',
            name: 'Quận Thử',
            type: 'Quận',
            level3s: [{ level3_id: '99911', name: 'Phường Cũ', type: 'Phường' }],
          },
        ],
      },
      {
        level1_id: '89',
        name: 'Tỉnh An Giang',
        type: 'Tỉnh',
        level2s: [
          {
            level2_id: '999',
            name: 'Huyện Thử',
            type: 'Huyện',
            level3s: [{ level3_id: '99912', name: 'Thị trấn Cũ', type: 'Thị trấn' }],
          },
        ],
      },
    ],
  }),
  oldToNew: JSON.stringify({
    data: [
      {
        level1_id: '01',
        splits: [{ new_id: '01' }],
        level3s: [{ level3_id: '99911', splits: [{ new_id: '99901' }] }],
      },
      {
        level1_id: '89',
        splits: [{ new_id: '91' }],
        level3s: [{ level3_id: '99912', splits: [{ new_id: '99902' }] }],
      },
    ],
  }),
};

/** Import audit rows so far (the demo seed may have imported the official lists). */
const imports = async () =>
  (await listAudit(database.db, systemActor, { action: 'units.imported', page: 1, pageSize: 1 })).total;

const count = async (table: 'admin_units' | 'admin_unit_links') =>
  (
    await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from ${sql.identifier(table)}`)
  )[0]!.n;

describe('importUnits on sample files', () => {
  it('refuses anyone but the system administrator', async () => {
    await expect(
      importUnits(database.db, { ...systemActor, role: 'agency_leader' }, files),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('imports, then re-imports without changing anything', async () => {
    const before = await count('admin_units');
    const auditBefore = await imports();
    const first = await importUnits(database.db, systemActor, files);
    // The seeded provinces 01, 91 (2025) and 01, 89 (pre-2025) exist already.
    expect(first).toMatchObject({
      communes2025: 2,
      communesPre2025: 2,
      districtsPre2025: 2,
      created: 6,
      updated: 0,
      unchanged: 4,
    });
    expect(await count('admin_units')).toBe(before + 6);
    const links = await count('admin_unit_links');
    expect(links).toBe(4);
    const second = await importUnits(database.db, systemActor, files);
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 10 });
    expect(await count('admin_units')).toBe(before + 6);
    expect(await count('admin_unit_links')).toBe(links);
    const sample = await findUnit(database.db, { era: '2025', level: 'commune', code: '99902' });
    expect(sample).toMatchObject({
      name: 'Xã Thử Nghiệm',
      type: 'xa',
      parentName: 'An Giang',
      validFrom: '2025-07-01',
    });
    expect(await imports()).toBe(auditBefore + 2);
  });

  it('a dry run reports the change and rolls everything back, audit row included', async () => {
    const renamed = {
      ...files,
      communes2025: files.communes2025.replace('Phường Thử Nghiệm', 'Phường Thử Nghiệm Mới'),
    };
    const auditBefore = await imports();
    const dry = await importUnits(database.db, systemActor, renamed, { dryRun: true });
    expect(dry).toMatchObject({ created: 0, updated: 1 });
    expect((await findUnit(database.db, { era: '2025', level: 'commune', code: '99901' }))?.name).toBe(
      'Phường Thử Nghiệm',
    );
    expect(await imports()).toBe(auditBefore);
    const real = await importUnits(database.db, systemActor, renamed);
    expect(real).toMatchObject({ updated: 1 });
    expect(await imports()).toBe(auditBefore + 1);
    expect((await findUnit(database.db, { era: '2025', level: 'commune', code: '99901' }))?.name).toBe(
      'Phường Thử Nghiệm Mới',
    );
  });

  it('a malformed file changes nothing', async () => {
    const units = await count('admin_units');
    const broken = { ...files, communes2025: `${files.communes2025}\n| 3 | 3062 | Xã Lỗi | Tỉnh An Giang |` };
    await expect(importUnits(database.db, systemActor, broken)).rejects.toMatchObject({
      code: 'UNIT_IMPORT_FAILED',
      params: { reason: 'communes-2025.md, dòng 7: mã xã "3062" phải gồm 5 chữ số.' },
    });
    expect(await count('admin_units')).toBe(units);
  });
});
