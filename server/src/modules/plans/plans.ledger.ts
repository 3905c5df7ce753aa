import { formatVnd } from '../../../../shared/format.ts';
import { PlanRules } from '../../../../shared/schemas/plans.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { record } from '../audit/index.ts';
import { getSchemeForModule } from '../schemes/index.ts';
import { assignPlan, fundNext, transitionPlan } from './plans.approval.ts';
import { loadCandidates } from './plans.candidates.ts';
import * as repo from './plans.repo.ts';
import { createPlan, runAllocation, setPins, topUpEnvelope, updatePlan } from './plans.service.ts';

export type ReleaseKind = 'stop' | 'reduction' | 'increase' | 'settlement_saving';

/**
 * Money returning to (or, for an increase, leaving) the envelope of the plan the scheme was assigned from,
 * as one ledger entry, inside the caller's transaction. The plan row is locked so concurrent releases and
 * increases serialise on the balance.
 */
export async function recordSchemeRelease(
  t: Db,
  actor: Actor,
  input: {
    schemeId: string;
    kind: ReleaseKind;
    amount: bigint;
    reason: string;
    refType: string;
    refId: string;
  },
): Promise<void> {
  if (typeof input.amount !== 'bigint' || input.amount <= 0n) throw new AppError('LEDGER_AMOUNT_INVALID');
  const found = await repo.lineOfScheme(t, input.schemeId);
  const code = async () =>
    (await getSchemeForModule(t, { kind: 'all' }, input.schemeId))?.code ?? input.schemeId;
  if (!found?.line.assignmentId) throw new AppError('LEDGER_NOT_ASSIGNED', { code: await code() });
  const plan = await repo.findPlan(t, found.plan.id, true);
  if (!plan) throw new AppError('LEDGER_NOT_ASSIGNED', { code: await code() });
  const committed = await repo.committedOf(t, input.schemeId);
  if (input.kind === 'increase') {
    const { available } = await repo.balanceOf(t, plan.id);
    if (input.amount > available)
      throw new AppError('LEDGER_INSUFFICIENT', {
        plan: plan.title,
        available: formatVnd(available),
        amount: formatVnd(input.amount),
        reason: input.reason,
      });
  } else if (input.amount > committed)
    throw new AppError('LEDGER_OVER_COMMITTED', {
      amount: formatVnd(input.amount),
      code: await code(),
      committed: formatVnd(committed),
    });
  const signed = input.kind === 'increase' ? -input.amount : input.amount;
  await repo.insertLedger(t, {
    planId: plan.id,
    kind: input.kind,
    amount: signed,
    schemeId: input.schemeId,
    provinceCode: found.line.provinceCode,
    contentCode: found.line.contentCode,
    reason: input.reason,
    refType: input.refType,
    refId: input.refId,
    actorId: actor.userId,
    actorName: actor.fullName,
  });
  await record(t, actor, {
    action: `plan.ledger_${input.kind}`,
    entityType: 'plan',
    entityId: plan.id,
    provinceCode: plan.provinceKey || null,
    after: { ...input, signed },
  });
}

/** What the scheme was assigned (null when it was never assigned). */
export async function getSchemeAssignment(
  db: Db,
  schemeId: string,
): Promise<null | {
  planId: string;
  planYear: number;
  level: 'national' | 'local';
  provinceCode: string | null;
  amount: bigint;
  assignedAt: Date;
  implementerOrgId: string;
  documentNumber: string | null;
}> {
  const found = await repo.lineOfScheme(db, schemeId);
  if (!found?.line.assignmentId || found.line.assignedAmount === null || !found.line.assignedAt) return null;
  return {
    planId: found.plan.id,
    planYear: found.plan.planYear,
    level: found.plan.level as 'national' | 'local',
    provinceCode: found.plan.provinceKey || null,
    amount: found.line.assignedAmount,
    assignedAt: found.line.assignedAt,
    implementerOrgId: found.line.implementerOrgId,
    documentNumber: found.assignment?.documentNumber ?? null,
  };
}

/**
 * Test/demo helper for other modules: builds an approved+assigned plan for the given schemes (state
 * agency_appraised/province_appraised), as the real services would: create (or reuse) the plan with an envelope
 * that fits them, pin them in, run the allocation, submit, approve, and assign per implementer.
 */
export async function assignForTest(
  db: Db,
  actor: Actor,
  input: { planYear: number; level: 'national' | 'local'; provinceCode?: string; schemeIds: string[] },
): Promise<{ planId: string }> {
  const schemes = [];
  for (const id of input.schemeIds) {
    const s = await getSchemeForModule(db, { kind: 'all' }, id);
    if (!s) throw new Error(`assignForTest: no scheme ${id}`);
    schemes.push(s);
  }
  const need = schemes.reduce((sum, s) => sum + s.support.stateAllowed, 0n);
  const provinceKey = input.level === 'local' ? (input.provinceCode ?? schemes[0]?.provinceCode ?? '') : '';
  let plan = await repo.findPlanByKey(db, input.planYear, input.level, provinceKey);
  if (plan?.state === 'submitted')
    throw new Error(`assignForTest: the plan ${plan.title} is waiting for approval`);
  if (plan?.state === 'approved') {
    // An approved plan takes the schemes as supplementary funding: top up the envelope, fund each, assign.
    const { available } = await repo.balanceOf(db, plan.id);
    if (available < need)
      await topUpEnvelope(db, actor, plan.id, need - available, 'Bổ sung dự toán (dữ liệu thử nghiệm)');
    for (const id of input.schemeIds) plan = await fundNext(db, actor, plan.id, id, plan.version);
  } else {
    if (!plan)
      plan = await createPlan(db, actor, {
        planYear: input.planYear,
        level: input.level,
        provinceCode: input.level === 'local' ? provinceKey : null,
        title: `Kế hoạch khuyến công ${input.level === 'national' ? 'quốc gia' : 'địa phương'} năm ${input.planYear}`,
        envelope: String(need),
        subEnvelopes: [],
        rules: PlanRules.parse({}),
      });
    const { envelope } = await repo.balanceOf(db, plan.id);
    if (envelope < need)
      plan = await updatePlan(db, actor, plan.id, {
        version: plan.version,
        envelope: String(envelope + need),
      });
    // Only the given schemes: every other candidate of the plan is pinned out, so the result is deterministic.
    const others = (await loadCandidates(db, plan)).filter((c) => !input.schemeIds.includes(c.id));
    const pins = [
      ...input.schemeIds.map((schemeId) => ({ schemeId, pin: 'in' as const })),
      ...others.map((c) => ({ schemeId: c.id, pin: 'out' as const })),
    ];
    plan = await setPins(db, actor, plan.id, { version: plan.version, pins });
    const run = await runAllocation(db, actor, plan.id, 'assignForTest');
    plan = await transitionPlan(db, actor, plan.id, {
      action: 'submit',
      version: plan.version,
      runId: run.id,
    });
    plan = await transitionPlan(db, actor, plan.id, {
      action: 'approve',
      version: plan.version,
      decisionNumber: `${input.planYear}/QĐ-TEST`,
      decisionDate: `${input.planYear - 1}-12-15`,
    });
  }
  const byImplementer = new Map<string, { schemeId: string; amount: string }[]>();
  for (const line of await repo.linesOf(db, plan.id)) {
    if (!input.schemeIds.includes(line.schemeId) || line.assignmentId) continue;
    const list = byImplementer.get(line.implementerOrgId) ?? [];
    list.push({ schemeId: line.schemeId, amount: String(line.approvedAmount) });
    byImplementer.set(line.implementerOrgId, list);
  }
  for (const [implementerOrgId, lines] of byImplementer)
    await assignPlan(db, actor, plan.id, {
      implementerOrgId,
      documentNumber: `${input.planYear}/GKH-TEST`,
      documentDate: `${input.planYear}-01-10`,
      lines,
    });
  return { planId: plan.id };
}
