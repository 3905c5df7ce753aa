import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../../shared/schemas/identity.ts';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { testDatabase } from '../../test/db.ts';
import { listAudit } from '../audit/index.ts';
import {
  createActivityContent,
  createIndustry,
  updateActivityContent,
  updateIndustry,
} from './catalogues.service.ts';
import { createLegalDocument, updateLegalDocument } from './legal-documents.service.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});

const actor = (role: Role, n: number): Actor => ({
  userId: `00000000-0000-4000-8000-00000000000${n}`,
  email: `${role}@khuyencong.vn`,
  fullName: role,
  role,
  organisationId: '00000000-0000-4000-8000-000000000100',
  organisationKind: role === 'system_admin' ? 'agency' : 'department',
  provinceCode: role === 'system_admin' ? null : '01',
});
const admin = actor('system_admin', 1);
const deptAdmin = actor('department_admin', 2);

const auditOf = async (entityId: string) =>
  (await listAudit(database.db, admin, { entityId, page: 1, pageSize: 50 })).items.sort(
    (a, b) => a.id - b.id,
  );

describe('catalogue edits are audited in the same transaction', () => {
  it('creates and updates an activity content with before/after rows', async () => {
    const created = await createActivityContent(database.db, admin, {
      code: 'ND235-2.1',
      kind: 'item',
      parentCode: 'ND235-2',
      nameVi: 'Ứng dụng phần mềm quản lý sản xuất',
      nameEn: 'Production-management software',
      source: 'NĐ 235/2025/NĐ-CP',
    });
    const updated = await updateActivityContent(database.db, admin, created.id, {
      version: 1,
      nameEn: 'Production software',
    });
    expect(updated.version).toBe(2);
    const rows = await auditOf(created.id);
    expect(rows.map((r) => r.action)).toEqual(['activity_content.created', 'activity_content.updated']);
    expect(rows[0]).toMatchObject({
      entityType: 'activity_content',
      actorEmail: admin.email,
      actorId: admin.userId,
    });
    expect(rows[1]?.before).toMatchObject({ nameEn: 'Production-management software', version: 1 });
    expect(rows[1]?.after).toMatchObject({ nameEn: 'Production software', version: 2 });
  });

  it('writes nothing when the change is refused', async () => {
    const created = await createIndustry(database.db, admin, {
      code: 'TEST-I1',
      nameVi: 'Thử',
      nameEn: 'Test',
      source: 'x',
    });
    await expect(
      updateIndustry(database.db, deptAdmin, created.id, { version: 1, note: 'x' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      updateIndustry(database.db, admin, created.id, { version: 7, note: 'x' }),
    ).rejects.toMatchObject({
      code: 'VERSION_CONFLICT',
    });
    await expect(
      createIndustry(database.db, admin, { code: 'TEST-I1', nameVi: 'X', nameEn: 'X', source: 'x' }),
    ).rejects.toMatchObject({
      code: 'CATALOGUE_CODE_TAKEN',
    });
    expect((await auditOf(created.id)).map((r) => r.action)).toEqual(['industry.created']);
  });
});

describe('legal documents are audited', () => {
  it('records creation and update; a duplicate number leaves no trace', async () => {
    const doc = await createLegalDocument(database.db, admin, {
      number: '99/2026/TT-BCT',
      kind: 'thong_tu',
      title: 'Thông tư thử nghiệm',
      issueDate: null,
    });
    expect(doc.year).toBe(2026);
    await updateLegalDocument(database.db, admin, doc.id, { version: 1, title: 'Thông tư thử nghiệm (sửa)' });
    await expect(
      createLegalDocument(database.db, admin, { number: '99/2026/tt-bct', kind: 'thong_tu', title: 'Trùng' }),
    ).rejects.toMatchObject({ code: 'LEGAL_DOC_NUMBER_TAKEN' });
    await expect(
      createLegalDocument(database.db, deptAdmin, { number: '98/2026/TT-BCT', kind: 'thong_tu', title: 'X' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const rows = await auditOf(doc.id);
    expect(rows.map((r) => r.action)).toEqual(['legal_document.created', 'legal_document.updated']);
    expect(rows[1]?.before).toMatchObject({ title: 'Thông tư thử nghiệm' });
    expect(rows[1]?.after).toMatchObject({ title: 'Thông tư thử nghiệm (sửa)', version: 2 });
  });
});
