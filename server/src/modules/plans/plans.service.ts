import { formatVnd } from '../../../../shared/format.ts';
import type {
  PinsBody,
  PlanCreate,
  PlanUpdate,
  RunDetail,
  SubEnvelope,
} from '../../../../shared/schemas/plans.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import { allocate, explain } from './allocation.solve.ts';
import { loadCandidates, modelRules } from './plans.candidates.ts';
import { canManage, canRead } from './plans.policy.ts';
import { runDetail } from './plans.present.ts';
import * as repo from './plans.repo.ts';

const levelVi = (level: string) => (level === 'national' ? 'quốc gia' : 'địa phương');

/** The plan if the actor may read it (else 404), locked for update when asked. */
export async function planFor(db: Db, actor: Actor, id: string, forUpdate = false) {
  const plan = await repo.findPlan(db, id, forUpdate);
  if (!plan || !canRead(actor, targetOf(plan))) throw notFound();
  return plan;
}

export const targetOf = (p: repo.PlanRow) => ({
  level: p.level as 'national' | 'local',
  provinceCode: p.provinceKey || null,
  state: p.state,
});

function checkSubEnvelopes(envelope: bigint, subs: SubEnvelope[]) {
  const sum = (kind: string) =>
    subs.filter((s) => s.kind === kind).reduce((a, s) => a + BigInt(s.amount), 0n);
  const problems: string[] = [];
  for (const kind of ['province', 'content'] as const) {
    const each = sum(kind) + sum('reserve');
    if (sum(kind) > 0n && each > envelope)
      problems.push(
        `${kind === 'province' ? 'các tỉnh' : 'các nội dung'} cộng dự phòng ${formatVnd(each)} > ${formatVnd(envelope)}`,
      );
  }
  const keys = subs.map((s) => `${s.kind}:${s.key}`);
  const dup = keys.find((k, i) => keys.indexOf(k) !== i);
  if (dup) problems.push(`nguồn con ${dup} bị lặp`);
  if (sum('reserve') > envelope)
    problems.push(`dự phòng ${formatVnd(sum('reserve'))} > ${formatVnd(envelope)}`);
  if (problems.length) throw new AppError('PLAN_SUBENVELOPES_INVALID', { detail: problems.join('; ') });
}

export async function createPlan(db: Db, actor: Actor, input: PlanCreate) {
  const provinceCode = input.provinceCode ?? null;
  if ((input.level === 'local') !== (provinceCode !== null)) throw new AppError('PLAN_PROVINCE_INVALID');
  if (!canManage(actor, { level: input.level, provinceCode })) throw forbidden();
  const envelope = BigInt(input.envelope);
  checkSubEnvelopes(envelope, input.subEnvelopes);
  return tx(db, async (t) => {
    if (await repo.findPlanByKey(t, input.planYear, input.level, provinceCode ?? ''))
      throw new AppError('PLAN_EXISTS', {
        level: levelVi(input.level),
        planYear: input.planYear,
        where: provinceCode ? ` của tỉnh ${provinceCode}` : '',
      });
    const plan = await repo.insertPlan(t, {
      planYear: input.planYear,
      level: input.level,
      provinceKey: provinceCode ?? '',
      title: input.title,
      subEnvelopes: input.subEnvelopes,
      rules: input.rules,
      createdBy: actor.userId,
    });
    await repo.insertLedger(t, {
      planId: plan.id,
      kind: 'budget',
      amount: envelope,
      reason: `Dự toán kinh phí khuyến công ${levelVi(input.level)} năm ${input.planYear}`,
      actorId: actor.userId,
      actorName: actor.fullName,
    });
    await record(t, actor, {
      action: 'plan.created',
      entityType: 'plan',
      entityId: plan.id,
      provinceCode,
      after: { ...input, envelope },
    });
    return plan;
  });
}

function draftOnly(plan: repo.PlanRow, action: string) {
  if (plan.state !== 'draft')
    throw new AppError('PLAN_BAD_STATE', {
      action,
      state: plan.state === 'approved' ? 'Đã phê duyệt' : 'Đã trình',
    });
}

/** Envelope, sub-envelopes and rules of a draft; an envelope change is a `budget` ledger entry (±). */
export async function updatePlan(db: Db, actor: Actor, id: string, input: PlanUpdate) {
  return tx(db, async (t) => {
    const plan = await planFor(t, actor, id, true);
    if (!canManage(actor, targetOf(plan))) throw forbidden();
    if (plan.version !== input.version) throw new AppError('VERSION_CONFLICT');
    draftOnly(plan, 'sửa');
    const { envelope } = await repo.balanceOf(t, id);
    const next = input.envelope === undefined ? envelope : BigInt(input.envelope);
    checkSubEnvelopes(next, input.subEnvelopes ?? plan.subEnvelopes);
    const updated = await repo.updatePlan(t, id, plan.version, {
      title: input.title ?? plan.title,
      subEnvelopes: input.subEnvelopes ?? plan.subEnvelopes,
      rules: input.rules ?? plan.rules,
    });
    if (!updated) throw new AppError('VERSION_CONFLICT');
    if (next !== envelope)
      await repo.insertLedger(t, {
        planId: id,
        kind: 'budget',
        amount: next - envelope,
        reason: `Điều chỉnh dự toán từ ${formatVnd(envelope)} thành ${formatVnd(next)}`,
        actorId: actor.userId,
        actorName: actor.fullName,
      });
    await record(t, actor, {
      action: 'plan.updated',
      entityType: 'plan',
      entityId: id,
      provinceCode: plan.provinceKey || null,
      before: { envelope, subEnvelopes: plan.subEnvelopes, rules: plan.rules },
      after: { envelope: next, subEnvelopes: updated.subEnvelopes, rules: updated.rules },
    });
    return updated;
  });
}

/** Supplementary budget (bổ sung dự toán) in any state: one `budget` ledger entry. */
export async function topUpEnvelope(db: Db, actor: Actor, id: string, amount: bigint, reason: string) {
  if (amount <= 0n) throw new AppError('LEDGER_AMOUNT_INVALID');
  return tx(db, async (t) => {
    const plan = await planFor(t, actor, id, true);
    if (!canManage(actor, targetOf(plan))) throw forbidden();
    await repo.insertLedger(t, {
      planId: id,
      kind: 'budget',
      amount,
      reason,
      actorId: actor.userId,
      actorName: actor.fullName,
    });
    await record(t, actor, {
      action: 'plan.topped_up',
      entityType: 'plan',
      entityId: id,
      provinceCode: plan.provinceKey || null,
      after: { amount, reason },
    });
  });
}

export async function setPins(db: Db, actor: Actor, id: string, input: PinsBody) {
  return tx(db, async (t) => {
    const plan = await planFor(t, actor, id, true);
    if (!canManage(actor, targetOf(plan))) throw forbidden();
    if (plan.version !== input.version) throw new AppError('VERSION_CONFLICT');
    draftOnly(plan, 'ghim đề án');
    const pins = { ...plan.pins };
    for (const p of input.pins) {
      if (p.pin === 'none') delete pins[p.schemeId];
      else pins[p.schemeId] = p.pin;
    }
    const updated = await repo.updatePlan(t, id, plan.version, { pins });
    if (!updated) throw new AppError('VERSION_CONFLICT');
    await record(t, actor, {
      action: 'plan.pinned',
      entityType: 'plan',
      entityId: id,
      provinceCode: plan.provinceKey || null,
      before: plan.pins,
      after: pins,
    });
    return updated;
  });
}

/** Runs the allocation on the plan's current candidates, rules and pins and keeps the run. */
export async function runAllocation(
  db: Db,
  actor: Actor,
  id: string,
  note?: string | null,
): Promise<RunDetail> {
  return tx(db, async (t) => {
    const plan = await planFor(t, actor, id, true);
    if (!canManage(actor, targetOf(plan))) throw forbidden();
    draftOnly(plan, 'chạy phân bổ');
    const cands = await loadCandidates(t, plan);
    if (!cands.length) throw new AppError('ALLOCATION_NO_CANDIDATES', { planYear: plan.planYear });
    const { envelope } = await repo.balanceOf(t, id);
    const rules = modelRules(plan, envelope);
    const res = await allocate(cands, rules);
    const decisions = explain(cands, rules, res);
    const run = await repo.insertRun(t, {
      planId: id,
      status: res.status,
      rules: { ...plan.rules, envelope: String(envelope), subEnvelopes: plan.subEnvelopes, pins: plan.pins },
      mipValue: res.mipValue,
      greedyValue: res.greedyValue,
      mipAmount: res.mipAmount,
      greedyAmount: res.greedyAmount,
      gap: res.gap,
      solveMs: res.solveMs,
      selectedCount: res.x.filter(Boolean).length,
      greedyCount: res.greedyX.filter(Boolean).length,
      decisions,
      note: note ?? null,
      createdBy: actor.userId,
      createdByName: actor.fullName,
    });
    await record(t, actor, {
      action: 'plan.allocation_run',
      entityType: 'plan',
      entityId: id,
      provinceCode: plan.provinceKey || null,
      after: {
        runId: run.id,
        seq: run.seq,
        mipValue: res.mipValue,
        greedyValue: res.greedyValue,
        gap: res.gap,
      },
    });
    return runDetail(run);
  });
}

export async function getRun(db: Db, actor: Actor, planId: string, runId: string): Promise<RunDetail> {
  await planFor(db, actor, planId);
  const run = await repo.findRun(db, planId, runId);
  if (!run) throw notFound();
  return runDetail(run);
}
