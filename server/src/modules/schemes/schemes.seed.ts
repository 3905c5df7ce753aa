import { sql } from 'drizzle-orm';
import {
  type EstablishmentListItem,
  EstablishmentListQuery,
} from '../../../../shared/schemas/establishments.ts';
import type { SchemeInput, SchemeState } from '../../../../shared/schemas/schemes.ts';
import { type Db, queryRows } from '../../db/client.ts';
import { type Actor, systemActor } from '../../platform/actor.ts';
import { currentPlanYear } from '../calls/index.ts';
import { listEstablishments } from '../establishments/index.ts';
import { listOrganisations, listUsers } from '../identity/index.ts';
import { snapshotOf } from './schemes.present.ts';
import * as repo from './schemes.repo.ts';
import { type SeedScheme, seedSchemes as specs, tr } from './schemes.seed.data.ts';
import { computeForScheme, summaryOf } from './schemes.support.ts';
import { transitionFor } from './schemes.workflow.ts';

const DAY = 86_400_000;
const addMonths = (year: number, months: number) => {
  const d = new Date(Date.UTC(year, months, 1));
  return d.toISOString().slice(0, 10);
};
const minusDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - DAY).toISOString().slice(0, 10);

async function actorOf(db: Db, email: string, cache: Map<string, Actor>): Promise<Actor> {
  const hit = cache.get(email);
  if (hit) return hit;
  const { items } = await listUsers(db, systemActor, { page: 1, pageSize: 5, q: email });
  const u = items.find((x) => x.email === email);
  if (!u) throw new Error(`seed: no demo user ${email}`);
  const a: Actor = {
    userId: u.id,
    email: u.email,
    fullName: u.fullName,
    role: u.role,
    organisationId: u.organisationId,
    organisationKind: u.organisationKind,
    provinceCode: u.provinceCode,
  };
  cache.set(email, a);
  return a;
}

async function orgOf(db: Db, code: string) {
  const { items } = await listOrganisations(db, systemActor, { page: 1, pageSize: 10, q: code });
  const o = items.find((x) => x.code === code);
  if (!o) throw new Error(`seed: no organisation ${code}`);
  return o;
}

async function establishmentsOf(db: Db, provinceCode: string): Promise<EstablishmentListItem[]> {
  const q = EstablishmentListQuery.parse({ provinceCode, pageSize: 50, sort: 'name' });
  const { items } = await listEstablishments(db, systemActor, q);
  return items.filter((e) => e.status === 'active' && e.eligibility !== 'not_eligible');
}

function inputOf(
  s: SeedScheme,
  planYear: number,
  implementerOrgId: string,
  beneficiaries: EstablishmentListItem[],
): SchemeInput {
  const startDate = addMonths(planYear, s.startMonth);
  const endDate = minusDay(addMonths(planYear, s.startMonth + s.months));
  return {
    planYear,
    level: s.level,
    kind: s.kind,
    title: s.title,
    goals: s.goals,
    need: s.need,
    scale: s.scale ?? null,
    organisation:
      'Đơn vị thực hiện chủ trì khảo sát, lựa chọn nhà cung cấp, giám sát lắp đặt và nghiệm thu; cơ sở thụ hưởng bố trí mặt bằng, vốn đối ứng và nhân lực vận hành.',
    effects:
      s.effects ??
      'Nâng cao năng suất, chất lượng sản phẩm; tạo việc làm ổn định cho lao động nông thôn; là mô hình để các cơ sở khác học tập.',
    contentCodes: s.contents,
    industryCodes: s.industries ?? [],
    provinceCode: s.provinceCode,
    locationUnitId: beneficiaries[0]?.unit.id ?? null,
    address: null,
    implementerOrgId,
    beneficiaryIds: beneficiaries.map((b) => b.id),
    beneficiariesLater: s.beneficiariesLater ?? false,
    partners: [],
    startDate,
    endDate,
    milestones: [
      {
        title: 'Khảo sát, lựa chọn nhà cung cấp, ký hợp đồng',
        dueDate: addMonths(planYear, s.startMonth).replace(/-01$/, '-20'),
        note: null,
      },
      { title: 'Lắp đặt, vận hành thử, nghiệm thu cơ sở', dueDate: endDate, note: null },
    ],
    valueChain: s.valueChain ?? null,
    priorityArea: false,
    costLines: s.lines.map(([itemCode, contentCode, description, unit, qty, price, fundingSource]) => ({
      itemCode,
      contentCode,
      description,
      unit,
      quantity: qty,
      unitPrice: tr(price),
      total: tr(qty * price),
      fundingSource,
    })),
    costTotal: null,
    contacts: [],
  };
}

/** One demo scheme with its whole history: created, then each step with its version snapshot and timeline row. */
async function insertOne(
  db: Db,
  s: SeedScheme,
  i: number,
  now: Date,
  actors: Map<string, Actor>,
  pool: Map<string, EstablishmentListItem[]>,
) {
  const planYear = s.cycle === '2019' ? 2020 : currentPlanYear(now);
  const owner = await actorOf(db, s.owner, actors);
  const ownerOrg = await orgOf(db, s.ownerOrg);
  const implementer = await orgOf(db, s.implementerOrg);
  const available = pool.get(s.provinceCode) ?? [];
  const beneficiaries = available.length
    ? Array.from({ length: s.beneficiaries }, (_, k) => available[(i + k) % available.length]!)
    : [];
  const input = inputOf(s, planYear, implementer.id, beneficiaries);
  const support = await computeForScheme(db, input);
  const lastDay = s.steps.at(-1)?.[2] ?? 0;
  const created =
    s.cycle === '2019'
      ? new Date(Date.parse('2019-05-09T02:00:00Z') + i * 3600_000)
      : new Date(now.getTime() - (lastDay + 5) * DAY - i * 3600_000);
  const at = (days: number) => new Date(created.getTime() + days * DAY);
  const n = await repo.nextNumber(db);
  const code = `${s.level === 'national' ? 'KCQG' : 'KCDP'}-${planYear}-${String(n).padStart(6, '0')}`;
  const children: repo.Children = {
    contents: input.contentCodes,
    beneficiaries: beneficiaries.map((b, k) => ({
      establishmentId: b.id,
      name: b.name,
      code: b.registrationCode,
      provinceCode: b.provinceCode,
      sortOrder: k,
    })),
    costLines: input.costLines.map((l, k) => ({
      ...l,
      lineNo: k + 1,
      unit: l.unit ?? null,
      unitPrice: BigInt(l.unitPrice),
      total: BigInt(l.total),
    })),
    milestones: input.milestones.map((m, k) => ({
      seq: k + 1,
      title: m.title,
      dueDate: m.dueDate,
      note: null,
    })),
    partners: [],
  };
  type Step = {
    action: string;
    from: SchemeState;
    to: SchemeState;
    when: Date;
    actor: Actor;
    comment: string | null;
  };
  const steps: Step[] = [];
  let state: SchemeState = 'draft';
  for (const [action, email, days, comment] of s.steps) {
    const t = transitionFor(s.level, state, action);
    if (!t) throw new Error(`seed: ${s.title}: cannot ${action} from ${state}`);
    steps.push({
      action,
      from: state,
      to: t.to,
      when: at(days),
      actor: await actorOf(db, email, actors),
      comment: comment ?? null,
    });
    state = t.to;
  }
  if (state !== s.expect) throw new Error(`seed: ${s.title} ended ${state}, expected ${s.expect}`);
  const last = steps.at(-1);
  const row = await repo.insertScheme(db, {
    code,
    planYear,
    level: s.level,
    kind: s.kind,
    title: s.title,
    goals: s.goals,
    need: s.need,
    scale: input.scale,
    organisation: input.organisation,
    effects: input.effects,
    industryCodes: input.industryCodes,
    provinceCode: s.provinceCode,
    locationUnitId: input.locationUnitId,
    ownerOrgId: ownerOrg.id,
    implementerOrgId: implementer.id,
    implementerName: implementer.name,
    beneficiariesLater: input.beneficiariesLater,
    startDate: input.startDate,
    endDate: input.endDate,
    valueChain: input.valueChain,
    contacts: [{ name: owner.fullName, title: null, phone: null, email: owner.email }],
    ...summaryOf(support),
    searchText: repo.searchTextOf([
      code,
      s.title,
      implementer.name,
      ...beneficiaries.map((b) => b.name),
      s.valueChain,
    ]),
    state,
    version: 1 + steps.length,
    createdBy: owner.userId,
    updatedBy: last?.actor.userId ?? owner.userId,
    createdAt: created,
    updatedAt: last?.when ?? created,
    stateChangedAt: last?.when ?? created,
  });
  await repo.replaceChildren(db, row.id, children);
  await repo.saveSupport(db, row.id, support);
  const version = (v: number, st: SchemeState, reason: string, who: Actor, when: Date) =>
    repo.insertVersion(db, {
      schemeId: row.id,
      version: v,
      reason,
      state: st,
      snapshot: snapshotOf({ ...row, state: st, version: v }, children),
      createdBy: who.userId,
      createdByName: who.fullName,
      createdAt: when,
    });
  await version(1, 'draft', 'created', owner, created);
  for (const [k, st] of steps.entries()) {
    await repo.insertTransition(db, {
      schemeId: row.id,
      action: st.action,
      fromState: st.from,
      toState: st.to,
      actorId: st.actor.userId,
      actorName: st.actor.fullName,
      actorRole: st.actor.role,
      comment: st.comment,
      version: k + 2,
      at: st.when,
    });
    await version(k + 2, st.to, `transition:${st.action}`, st.actor, st.when);
  }
}

/**
 * Demo schemes of the 2019 cycle (plan 2020, under 382/CTĐP-QLKC) and of this year's cycle, in Hà Nội (01),
 * An Giang (91) and Đắk Lắk (66): machinery, demonstration models, a point and a group scheme, in every
 * state from draft to approved. Support is computed by the rules. Runs once (skips when schemes exist).
 */
export async function seedSchemes(db: Db, now = new Date()): Promise<void> {
  const [existing] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from schemes`);
  if ((existing?.n ?? 0) > 0) return;
  const actors = new Map<string, Actor>();
  const pool = new Map<string, EstablishmentListItem[]>();
  for (const p of ['01', '91', '66']) pool.set(p, await establishmentsOf(db, p));
  for (const [i, s] of specs.entries()) await insertOne(db, s, i, now, actors, pool);
}
