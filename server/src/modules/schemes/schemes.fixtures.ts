import { EstablishmentListQuery } from '../../../../shared/schemas/establishments.ts';
import { OrganisationListQuery } from '../../../../shared/schemas/identity.ts';
import type { Db } from '../../db/client.ts';
import { systemActor } from '../../platform/actor.ts';
import { currentPlanYear } from '../calls/index.ts';
import { listEstablishments } from '../establishments/index.ts';
import { listOrganisations } from '../identity/index.ts';

/** Test factories: demo organisations and establishments by name, and a valid machinery scheme body. */
export async function orgId(db: Db, code: string): Promise<string> {
  const page = await listOrganisations(
    db,
    systemActor,
    OrganisationListQuery.parse({ q: code, pageSize: 5 }),
  );
  const o = page.items.find((x) => x.code === code);
  if (!o) throw new Error(`no organisation ${code}`);
  return o.id;
}

export async function establishment(db: Db, name: string) {
  const page = await listEstablishments(
    db,
    systemActor,
    EstablishmentListQuery.parse({ q: name, pageSize: 5 }),
  );
  const e = page.items.find((x) => x.name === name);
  if (!e) throw new Error(`no establishment ${name}`);
  return e;
}

const tr = (n: number) => String(n * 1_000_000);

/** A machinery line pair: the state's part and the establishment's counterpart (quantity × price in triệu). */
export function machineryLines(
  qty: number,
  statePrice: number,
  counterpartPrice: number,
  source: 'national' | 'local' = 'national',
) {
  return [
    {
      itemCode: 'machinery',
      contentCode: 'ND45-3',
      description: 'Máy dệt kiếm tự động (phần ngân sách hỗ trợ)',
      unit: 'máy',
      quantity: qty,
      unitPrice: tr(statePrice),
      total: tr(qty * statePrice),
      fundingSource: source,
    },
    {
      itemCode: 'machinery',
      contentCode: 'ND45-3',
      description: 'Máy dệt kiếm tự động (phần đối ứng)',
      unit: 'máy',
      quantity: qty,
      unitPrice: tr(counterpartPrice),
      total: tr(qty * counterpartPrice),
      fundingSource: 'counterpart',
    },
  ];
}

export type Fixture = { planYear: number; ttkc91: string; tanChau: { id: string; unitId: number } };

export async function fixture(db: Db): Promise<Fixture> {
  const e = await establishment(db, 'Hợp tác xã Dệt may Tân Châu');
  return {
    planYear: currentPlanYear(),
    ttkc91: await orgId(db, 'TTKC-91'),
    tanChau: { id: e.id, unitId: e.unit.id },
  };
}

/** A complete national machinery scheme for HTX Dệt may Tân Châu, ready to submit. */
export function schemeBody(f: Fixture, over: Record<string, unknown> = {}) {
  return {
    planYear: f.planYear,
    level: 'national',
    kind: 'ordinary',
    title: 'Hỗ trợ ứng dụng máy dệt kiếm tự động cho Hợp tác xã Dệt may Tân Châu',
    goals: 'Nâng năng suất dệt lụa, ổn định chất lượng.',
    need: 'Khung dệt cơ khí cũ, năng suất thấp.',
    contentCodes: ['ND45-3'],
    provinceCode: '91',
    locationUnitId: f.tanChau.unitId,
    implementerOrgId: f.ttkc91,
    beneficiaryIds: [f.tanChau.id],
    startDate: `${f.planYear}-03-01`,
    endDate: `${f.planYear}-10-31`,
    milestones: [{ title: 'Lắp đặt, nghiệm thu', dueDate: `${f.planYear}-10-15` }],
    costLines: machineryLines(2, 150, 250),
    ...over,
  };
}
