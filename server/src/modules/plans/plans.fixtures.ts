import { EstablishmentListQuery } from '../../../../shared/schemas/establishments.ts';
import { OrganisationListQuery } from '../../../../shared/schemas/identity.ts';
import { SchemeInput } from '../../../../shared/schemas/schemes.ts';
import type { Db } from '../../db/client.ts';
import { type Actor, systemActor } from '../../platform/actor.ts';
import { listEstablishments } from '../establishments/index.ts';
import { listOrganisations, listUsers } from '../identity/index.ts';
import { createScheme, transitionScheme } from '../schemes/index.ts';

/** Demo and test factories: proposals taken through the real scheme services up to the plan's door. */
export async function actorByEmail(db: Db, email: string): Promise<Actor> {
  const { items } = await listUsers(db, systemActor, { page: 1, pageSize: 5, q: email });
  const u = items.find((x) => x.email === email);
  if (!u) throw new Error(`no demo user ${email}`);
  return {
    userId: u.id,
    email: u.email,
    fullName: u.fullName,
    role: u.role,
    organisationId: u.organisationId,
    organisationKind: u.organisationKind,
    provinceCode: u.provinceCode,
  };
}

export async function orgIdOf(db: Db, code: string): Promise<string> {
  const page = await listOrganisations(
    db,
    systemActor,
    OrganisationListQuery.parse({ q: code, pageSize: 5 }),
  );
  const o = page.items.find((x) => x.code === code);
  if (!o) throw new Error(`no organisation ${code}`);
  return o.id;
}

export type ReadySpec = {
  level: 'national' | 'local';
  provinceCode: '01' | '91' | '66';
  title: string;
  /** State-funded machinery, in triệu: qty × price (≤ 300 tr a scheme under TT 28/2018 Art 8.4). */
  qty: number;
  price: number;
  priorityArea?: boolean;
  valueChain?: string;
  industryCodes?: string[];
};

const officers = {
  '01': 'chuyenvien.hanoi@khuyencong.vn',
  '91': 'chuyenvien.angiang@khuyencong.vn',
  '66': 'chuyenvien.daklak@khuyencong.vn',
};
const leaders: Record<string, string> = {
  '01': 'lanhdao.hanoi@khuyencong.vn',
  '91': 'lanhdao.angiang@khuyencong.vn',
};
const tr = (n: number) => String(Math.round(n * 1_000_000));

/**
 * Creates each scheme as the province's department officer (implementer: the province's centre) and moves it
 * to agency_appraised (national) or province_appraised (local), the real transitions dated before the deadlines.
 */
export async function makeReadySchemes(db: Db, planYear: number, specs: ReadySpec[]): Promise<string[]> {
  const ids: string[] = [];
  const at = new Date(`${planYear - 1}-05-10T03:00:00Z`);
  const agency = await actorByEmail(db, 'chuyenvien.cuc@khuyencong.vn');
  for (const s of specs) {
    const officer = await actorByEmail(db, officers[s.provinceCode]);
    const { items } = await listEstablishments(
      db,
      systemActor,
      EstablishmentListQuery.parse({ provinceCode: s.provinceCode, pageSize: 10, sort: 'name' }),
    );
    const est = items.find((e) => e.status === 'active' && e.eligibility !== 'not_eligible');
    if (!est) throw new Error(`no establishment in ${s.provinceCode}`);
    const source = s.level === 'national' ? 'national' : 'local';
    const body = SchemeInput.parse({
      planYear,
      level: s.level,
      kind: 'ordinary',
      title: s.title,
      goals: 'Nâng năng suất, chất lượng sản phẩm, giảm lao động thủ công.',
      need: 'Thiết bị cũ, năng suất thấp, sản phẩm không đồng đều.',
      contentCodes: ['ND45-3'],
      industryCodes: s.industryCodes ?? [],
      provinceCode: s.provinceCode,
      locationUnitId: est.unit.id,
      implementerOrgId: await orgIdOf(db, `TTKC-${s.provinceCode}`),
      beneficiaryIds: [est.id],
      priorityArea: s.priorityArea ?? false,
      valueChain: s.valueChain ?? null,
      startDate: `${planYear}-03-01`,
      endDate: `${planYear}-10-31`,
      milestones: [{ title: 'Lắp đặt, nghiệm thu', dueDate: `${planYear}-10-15` }],
      costLines: [
        line('Thiết bị (phần ngân sách hỗ trợ)', s.qty, s.price, source),
        line('Thiết bị (phần đối ứng)', s.qty, s.price * 1.2, 'counterpart'),
      ],
    });
    const created = await createScheme(db, officer, body);
    let v = created.version;
    const step = async (actor: Actor, action: 'submit' | 'forward' | 'register' | 'appraise') => {
      v = (await transitionScheme(db, actor, created.id, { action, version: v, comment: null }, at)).version;
    };
    await step(officer, 'submit');
    await step(officer, 'forward');
    if (s.level === 'national') {
      await step(officer, 'register');
      await step(agency, 'appraise');
    }
    ids.push(created.id);
  }
  return ids;
}

function line(description: string, qty: number, price: number, fundingSource: string) {
  return {
    itemCode: 'machinery',
    contentCode: 'ND45-3',
    description,
    unit: 'máy',
    quantity: qty,
    unitPrice: tr(price),
    total: tr(qty * price),
    fundingSource,
  };
}

export { leaders };
