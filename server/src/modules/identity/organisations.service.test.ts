import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { testDatabase } from '../../test/db.ts';
import { actorOf } from './auth.service.ts';
import * as repo from './identity.repo.ts';
import { createOrganisation, updateOrganisation } from './organisations.service.ts';

let database: Database;
let hnAdmin: Actor;
let sysAdmin: Actor;

beforeAll(async () => {
  database = await testDatabase();
  hnAdmin = actorOf((await repo.findUserByEmail(database.db, 'quantri.hanoi@khuyencong.vn'))!);
  sysAdmin = actorOf((await repo.findUserByEmail(database.db, 'admin@khuyencong.vn'))!);
});

type AuditRow = {
  action: string;
  entity_type: string;
  province_code: string | null;
  actor_email: string | null;
  after: unknown;
};
async function auditOf(entityId: string) {
  return database.raw<AuditRow>('SELECT * FROM audit_log WHERE entity_id = $1 ORDER BY id', [entityId]);
}
const auditCount = async () =>
  Number((await database.raw<{ n: string }>('SELECT count(*) AS n FROM audit_log'))[0]!.n);

describe('organisations service', () => {
  it('creates an implementer in the admin’s province and writes the audit row in the same transaction', async () => {
    const org = await createOrganisation(database.db, hnAdmin, {
      code: 'HTX-GOM-BATTRANG',
      name: 'Hợp tác xã Gốm sứ Bát Tràng',
      kind: 'implementer',
      provinceCode: '01',
    });
    expect(org.provinceName).toBe('Thành phố Hà Nội');
    const rows = await auditOf(org.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'organisation.created',
      entity_type: 'organisation',
      province_code: '01',
      actor_email: hnAdmin.email,
    });
    expect((rows[0]!.after as { code: string }).code).toBe('HTX-GOM-BATTRANG');
  });

  it('refuses another province, a missing province and an unknown province', async () => {
    await expect(
      createOrganisation(database.db, hnAdmin, {
        code: 'X-91',
        name: 'X',
        kind: 'implementer',
        provinceCode: '91',
      }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      createOrganisation(database.db, sysAdmin, { code: 'X-NONE', name: 'X', kind: 'centre' }),
    ).rejects.toMatchObject({
      code: 'ORG_PROVINCE_REQUIRED',
    });
    await expect(
      createOrganisation(database.db, sysAdmin, {
        code: 'X-99',
        name: 'X',
        kind: 'centre',
        provinceCode: '99',
      }),
    ).rejects.toMatchObject({
      code: 'UNIT_UNKNOWN',
    });
  });

  it('a duplicate code is a 409 and writes nothing', async () => {
    const before = await auditCount();
    const err = await createOrganisation(database.db, sysAdmin, {
      code: 'SCT-01',
      name: 'X',
      kind: 'department',
      provinceCode: '01',
    }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('ORG_CODE_TAKEN');
    expect(await auditCount()).toBe(before);
  });

  it('moving an organisation to another province moves its users; a stale version is refused', async () => {
    const org = await createOrganisation(database.db, sysAdmin, {
      code: 'DV-MOVE',
      name: 'Đơn vị chuyển tỉnh',
      kind: 'implementer',
      provinceCode: '01',
    });
    await repo.insertUser(database.db, {
      email: 'move@khuyencong.vn',
      fullName: 'Người chuyển',
      passwordHash: 'x',
      organisationId: org.id,
      role: 'implementer_staff',
      provinceCode: '01',
    });
    const moved = await updateOrganisation(database.db, sysAdmin, org.id, {
      version: org.version,
      provinceCode: '91',
    });
    expect(moved.version).toBe(org.version + 1);
    expect((await repo.findUserByEmail(database.db, 'move@khuyencong.vn'))!.provinceCode).toBe('91');
    await expect(
      updateOrganisation(database.db, sysAdmin, org.id, { version: org.version, name: 'Khác' }),
    ).rejects.toMatchObject({
      code: 'VERSION_CONFLICT',
    });
    const actions = (await auditOf(org.id)).map((r) => r.action);
    expect(actions).toEqual(['organisation.created', 'organisation.updated']);
  });

  it('the audit trail refuses UPDATE and DELETE', async () => {
    await expect(database.raw('UPDATE audit_log SET action = $1', ['tampered'])).rejects.toThrow(
      /append-only/,
    );
    await expect(database.raw('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
  });
});
