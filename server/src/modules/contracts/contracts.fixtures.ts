import { EstablishmentListQuery } from '../../../../shared/schemas/establishments.ts';
import { OrganisationListQuery } from '../../../../shared/schemas/identity.ts';
import { SchemeInput } from '../../../../shared/schemas/schemes.ts';
import type { Db } from '../../db/client.ts';
import { type Actor, systemActor } from '../../platform/actor.ts';
import { currentPlanYear } from '../calls/index.ts';
import { listEstablishments } from '../establishments/index.ts';
import { listOrganisations, listUsers } from '../identity/index.ts';
import { assignForTest } from '../plans/index.ts';
import { createScheme, listSchemeIdsByState, transitionScheme } from '../schemes/index.ts';
import { findBySchemeId } from './contracts.repo.ts';

/** Test and demo factories: demo users as actors, and national schemes taken through appraisal to assignment. */
export async function actorOf(db: Db, email: string): Promise<Actor> {
  const { items } = await listUsers(db, systemActor, { page: 1, pageSize: 5, q: email });
  const u = items.find((x) => x.email === email);
  if (!u) throw new Error(`no user ${email}`);
  return {
    userId: u.id,
    email,
    fullName: u.fullName,
    role: u.role,
    organisationId: u.organisationId,
    organisationKind: u.organisationKind,
    provinceCode: u.provinceCode,
  };
}

const tr = (n: number) => String(n * 1_000_000);

/** A national machinery scheme of TTKC An Giang for HTX Dệt may Tân Châu: 300 tr state, 500 tr counterpart. */
export async function machineryScheme(
  db: Db,
  title: string,
  level: 'national' | 'local' = 'national',
  planYear = currentPlanYear(),
) {
  const org = (
    await listOrganisations(db, systemActor, OrganisationListQuery.parse({ q: 'TTKC-91' }))
  ).items.find((o) => o.code === 'TTKC-91')!;
  const e = (
    await listEstablishments(
      db,
      systemActor,
      EstablishmentListQuery.parse({ q: 'Dệt may Tân Châu', pageSize: 5 }),
    )
  ).items.find((x) => x.name === 'Hợp tác xã Dệt may Tân Châu')!;
  const line = (source: 'national' | 'local' | 'counterpart', price: number) => ({
    itemCode: 'machinery',
    contentCode: 'ND45-3',
    description: `Máy dệt kiếm tự động (${source === 'counterpart' ? 'đối ứng' : 'ngân sách hỗ trợ'})`,
    unit: 'máy',
    quantity: 2,
    unitPrice: tr(price),
    total: tr(2 * price),
    fundingSource: source,
  });
  return SchemeInput.parse({
    planYear,
    level,
    kind: 'ordinary',
    title,
    goals: 'Nâng năng suất dệt lụa, ổn định chất lượng.',
    need: 'Khung dệt cơ khí cũ, năng suất thấp.',
    contentCodes: ['ND45-3'],
    provinceCode: '91',
    locationUnitId: e.unit.id,
    implementerOrgId: org.id,
    beneficiaryIds: [e.id],
    startDate: `${planYear}-03-01`,
    endDate: `${planYear}-10-31`,
    milestones: [{ title: 'Lắp đặt, nghiệm thu', dueDate: `${planYear}-10-15` }],
    costLines: [line(level, 150), line('counterpart', 250)],
  });
}

/**
 * Creates `count` schemes of TTKC An Giang, takes them through appraisal (national: up to the agency; local:
 * the department) and assigns them in one plan of the year through the plans module's real services.
 */
export async function assignedSchemes(
  db: Db,
  count: number,
  level: 'national' | 'local' = 'local',
  planYear = currentPlanYear(),
): Promise<string[]> {
  const centre = await actorOf(db, 'canbo.ttkc.angiang@khuyencong.vn');
  const dept = await actorOf(db, 'chuyenvien.angiang@khuyencong.vn');
  const agency = await actorOf(db, 'chuyenvien.cuc@khuyencong.vn');
  const leader = await actorOf(db, 'lanhdao.cuc@khuyencong.vn');
  const ids: string[] = [];
  for (let i = 1; i <= count; i++) {
    const title = `Máy dệt kiếm tự động, đợt ${i}${level === 'local' ? ' (khuyến công địa phương)' : ''}`;
    const s = await createScheme(db, centre, await machineryScheme(db, title, level, planYear));
    let v = s.version;
    const steps = [
      [centre, 'submit'],
      [dept, 'forward'],
      [dept, 'register'],
      [agency, 'appraise'],
    ] as const;
    for (const [who, action] of level === 'national' ? steps : steps.slice(0, 2))
      v = (await transitionScheme(db, who, s.id, { action, version: v, comment: 'Đạt' })).version;
    ids.push(s.id);
  }
  await assignForTest(
    db,
    level === 'national' ? leader : await actorOf(db, 'lanhdao.angiang@khuyencong.vn'),
    {
      planYear,
      level,
      provinceCode: level === 'local' ? '91' : undefined,
      schemeIds: ids,
    },
  );
  return ids;
}

/** Assigned schemes of the seeded An Giang local plan that have no contract yet (tests take them in order). */
export async function freeAssigned(db: Db, planYear = currentPlanYear()): Promise<string[]> {
  const ids = await listSchemeIdsByState(db, {
    state: 'assigned',
    planYear,
    level: 'local',
    provinceCode: '91',
  });
  const out: string[] = [];
  for (const id of ids) if (!(await findBySchemeId(db, { kind: 'all' }, id))) out.push(id);
  return out.sort();
}
