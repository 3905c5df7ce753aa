import { formatVnd } from '../../../../shared/format.ts';
import type { AssignBody, PlanTransitionBody } from '../../../../shared/schemas/plans.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, forbidden } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import { advanceScheme, getSchemeForModule } from '../schemes/index.ts';
import { loadCandidates, readyState } from './plans.candidates.ts';
import { approverLabel, canApprove, canManage } from './plans.policy.ts';
import * as repo from './plans.repo.ts';
import { planFor, targetOf } from './plans.service.ts';

const stateVi: Record<string, string> = { draft: 'Dự thảo', submitted: 'Đã trình', approved: 'Đã phê duyệt' };
const actionVi = { submit: 'trình phê duyệt', approve: 'phê duyệt', return: 'trả lại' } as const;
const moves = {
  submit: { from: 'draft', to: 'submitted' },
  approve: { from: 'submitted', to: 'approved' },
  return: { from: 'submitted', to: 'draft' },
} as const;

/** The schemes a run selected, re-read now: refuses when one no longer waits for the plan. */
async function selectionOf(t: Db, plan: repo.PlanRow, run: repo.RunRow) {
  const chosen = run.decisions.filter((d) => d.inMip);
  const out = [];
  for (const d of chosen) {
    const s = await getSchemeForModule(t, { kind: 'all' }, d.schemeId);
    if (!s || s.state !== readyState(plan.level) || s.support.stateAllowed !== BigInt(d.amount))
      throw new AppError('PLAN_RUN_STALE', { seq: run.seq, code: d.code });
    out.push({ ...d, amount: BigInt(d.amount), implementerOrgId: s.implementerOrgId });
  }
  return out;
}

/** Refuses an approval whose selection exceeds the available envelope or any province/content sub-envelope. */
async function checkWithinEnvelope(
  t: Db,
  plan: repo.PlanRow,
  sel: { amount: bigint; provinceCode: string; contentCode: string }[],
) {
  const { available } = await repo.balanceOf(t, plan.id);
  const total = sel.reduce((s, d) => s + d.amount, 0n);
  if (total > available)
    throw new AppError('PLAN_OVER_ENVELOPE', {
      total: formatVnd(total),
      constraint: 'nguồn kinh phí còn lại',
      limit: formatVnd(available),
    });
  const ledger = await repo.ledgerOf(t, plan.id);
  for (const sub of plan.subEnvelopes) {
    if (sub.kind === 'reserve') continue;
    const keyOf = (d: { provinceCode: string | null; contentCode: string | null }) =>
      sub.kind === 'province' ? d.provinceCode : d.contentCode;
    const committed = -ledger
      .filter((l) => l.schemeId && keyOf(l) === sub.key)
      .reduce((s, l) => s + l.amount, 0n);
    const sum =
      committed +
      sel
        .filter((d) => (sub.kind === 'province' ? d.provinceCode : d.contentCode) === sub.key)
        .reduce((s, d) => s + d.amount, 0n);
    if (sum > BigInt(sub.amount))
      throw new AppError('PLAN_OVER_ENVELOPE', {
        total: formatVnd(sum),
        constraint: sub.kind === 'province' ? `nguồn của tỉnh ${sub.key}` : `nguồn nội dung ${sub.key}`,
        limit: formatVnd(BigInt(sub.amount)),
      });
  }
}

/** draft → submitted → approved (or back to draft). Approval moves the selected schemes to `approved`. */
export async function transitionPlan(
  db: Db,
  actor: Actor,
  id: string,
  input: PlanTransitionBody,
  now = new Date(),
) {
  return tx(db, async (t) => {
    const plan = await planFor(t, actor, id);
    const move = moves[input.action];
    const target = targetOf(plan);
    const allowed = input.action === 'submit' ? canManage(actor, target) : canApprove(actor, target);
    if (!allowed)
      throw new AppError('PLAN_ROLE_FORBIDDEN', {
        action: actionVi[input.action],
        level: plan.level === 'national' ? 'quốc gia' : 'địa phương',
        who: input.action === 'submit' ? 'cơ quan lập kế hoạch' : approverLabel(target.level),
      });
    if (plan.version !== input.version) throw new AppError('VERSION_CONFLICT');
    if (plan.state !== move.from)
      throw new AppError('PLAN_BAD_STATE', {
        action: actionVi[input.action],
        state: stateVi[plan.state] ?? plan.state,
      });
    let patch: Partial<repo.PlanRow> = { state: move.to };
    if (input.action === 'submit') {
      const runs = await repo.runsOf(t, id);
      const run = input.runId ? runs.find((r) => r.id === input.runId) : runs[0];
      if (!run) throw new AppError('PLAN_NO_RUN');
      await checkWithinEnvelope(t, plan, await selectionOf(t, plan, run));
      patch = { ...patch, selectedRunId: run.id };
    }
    if (input.action === 'approve' && (!input.decisionNumber || !input.decisionDate))
      throw new AppError('PLAN_DECISION_REQUIRED');
    if (input.action === 'approve')
      patch = {
        ...patch,
        decisionNumber: input.decisionNumber ?? null,
        decisionDate: input.decisionDate ?? null,
        approvedBy: actor.userId,
        approvedByName: actor.fullName,
        approvedAt: now,
      };
    // The version-guarded update comes first: of two leaders approving the same version, one waits here and loses.
    const updated = await repo.updatePlan(t, id, plan.version, patch);
    if (!updated) throw new AppError('VERSION_CONFLICT');
    if (input.action === 'approve') await approveSelection(t, actor, plan, now, input.decisionNumber ?? '');
    await repo.insertTransition(t, {
      planId: id,
      action: input.action,
      fromState: plan.state,
      toState: move.to,
      actorId: actor.userId,
      actorName: actor.fullName,
      comment: input.comment ?? null,
      at: now,
    });
    await record(t, actor, {
      action: `plan.${input.action === 'approve' ? 'approved' : input.action === 'submit' ? 'submitted' : 'returned'}`,
      entityType: 'plan',
      entityId: id,
      provinceCode: plan.provinceKey || null,
      before: { state: plan.state, version: plan.version },
      after: {
        state: move.to,
        version: updated.version,
        runId: updated.selectedRunId,
        decision: input.decisionNumber,
      },
    });
    return updated;
  });
}

async function approveSelection(t: Db, actor: Actor, plan: repo.PlanRow, now: Date, decision: string) {
  const run = plan.selectedRunId ? await repo.findRun(t, plan.id, plan.selectedRunId) : undefined;
  if (!run) throw new AppError('PLAN_NO_RUN');
  const sel = await selectionOf(t, plan, run);
  await checkWithinEnvelope(t, plan, sel);
  for (const d of sel) {
    await advanceScheme(t, actor, d.schemeId, {
      event: 'plan_approve',
      comment: `Quyết định ${decision}`,
      now,
    });
    await repo.insertLines(t, [
      {
        planId: plan.id,
        schemeId: d.schemeId,
        provinceCode: d.provinceCode,
        contentCode: d.contentCode,
        implementerOrgId: d.implementerOrgId,
        approvedAmount: d.amount,
        approvedAt: now,
      },
    ]);
    await repo.insertLedger(t, {
      planId: plan.id,
      kind: 'approval',
      amount: -d.amount,
      schemeId: d.schemeId,
      provinceCode: d.provinceCode,
      contentCode: d.contentCode,
      reason: `Phê duyệt đề án ${d.code} theo quyết định ${decision}`,
      refType: 'plan_decision',
      refId: decision,
      actorId: actor.userId,
      actorName: actor.fullName,
      at: now,
    });
  }
}

/** Giao kế hoạch, kinh phí to one implementer: each amount at most what was approved; the rest returns to the envelope. */
export async function assignPlan(db: Db, actor: Actor, id: string, input: AssignBody) {
  return tx(db, async (t) => {
    const plan = await planFor(t, actor, id, true);
    if (!canManage(actor, targetOf(plan))) throw forbidden();
    if (plan.state !== 'approved')
      throw new AppError('PLAN_BAD_STATE', {
        action: 'giao kế hoạch',
        state: stateVi[plan.state] ?? plan.state,
      });
    const lines = new Map((await repo.linesOf(t, id)).map((l) => [l.schemeId, l]));
    const now = new Date();
    const checked = [];
    for (const l of input.lines) {
      const line = lines.get(l.schemeId);
      const s = await getSchemeForModule(t, { kind: 'all' }, l.schemeId);
      const code = s?.code ?? l.schemeId;
      if (!line || line.assignmentId || line.implementerOrgId !== input.implementerOrgId)
        throw new AppError('ASSIGN_NOT_IN_PLAN', { code });
      const amount = BigInt(l.amount);
      if (amount > line.approvedAmount)
        throw new AppError('ASSIGN_OVER_APPROVED', {
          code,
          amount: formatVnd(amount),
          approved: formatVnd(line.approvedAmount),
        });
      if (amount <= 0n) throw new AppError('LEDGER_AMOUNT_INVALID');
      checked.push({ line, amount, code });
    }
    const assignment = await repo.insertAssignment(t, {
      planId: id,
      implementerOrgId: input.implementerOrgId,
      documentNumber: input.documentNumber ?? null,
      documentDate: input.documentDate ?? null,
      total: checked.reduce((s, c) => s + c.amount, 0n),
      createdBy: actor.userId,
    });
    for (const { line, amount, code } of checked) {
      await repo.assignLine(t, id, line.schemeId, { amount, assignmentId: assignment.id, at: now });
      await repo.insertLedger(t, {
        planId: id,
        kind: 'assignment',
        amount: line.approvedAmount - amount,
        schemeId: line.schemeId,
        provinceCode: line.provinceCode,
        contentCode: line.contentCode,
        reason:
          amount === line.approvedAmount
            ? `Giao kế hoạch, kinh phí đề án ${code} đủ mức phê duyệt`
            : `Giao kế hoạch đề án ${code} thấp hơn mức phê duyệt; phần chênh lệch trả về nguồn`,
        refType: 'assignment',
        refId: assignment.id,
        actorId: actor.userId,
        actorName: actor.fullName,
        at: now,
      });
      await advanceScheme(t, actor, line.schemeId, {
        event: 'assign',
        comment: input.documentNumber ? `Văn bản giao ${input.documentNumber}` : null,
        now,
      });
    }
    await record(t, actor, {
      action: 'plan.assigned',
      entityType: 'plan',
      entityId: id,
      provinceCode: plan.provinceKey || null,
      after: { assignmentId: assignment.id, ...input },
    });
    return assignment;
  });
}

/** Re-release: funds the next unfunded scheme of an approved plan from freed money (a `re_release` entry). */
export async function fundNext(db: Db, actor: Actor, id: string, schemeId: string, version: number) {
  return tx(db, async (t) => {
    const plan = await planFor(t, actor, id, true);
    if (!canManage(actor, targetOf(plan))) throw forbidden();
    if (plan.version !== version) throw new AppError('VERSION_CONFLICT');
    if (plan.state !== 'approved')
      throw new AppError('PLAN_BAD_STATE', {
        action: 'bố trí lại',
        state: stateVi[plan.state] ?? plan.state,
      });
    const cand = (await loadCandidates(t, plan)).find((c) => c.id === schemeId);
    if (!cand) throw new AppError('ASSIGN_NOT_IN_PLAN', { code: schemeId });
    const { available } = await repo.balanceOf(t, id);
    if (cand.amount > available)
      throw new AppError('LEDGER_INSUFFICIENT', {
        plan: plan.title,
        available: formatVnd(available),
        amount: formatVnd(cand.amount),
        reason: `bố trí đề án ${cand.code}`,
      });
    await checkWithinEnvelope(t, plan, [cand]);
    const now = new Date();
    await advanceScheme(t, actor, schemeId, {
      event: 'plan_approve',
      comment: 'Bố trí từ kinh phí được giải phóng',
      now,
    });
    await repo.insertLines(t, [
      {
        planId: id,
        schemeId,
        provinceCode: cand.provinceCode,
        contentCode: cand.contentCode,
        implementerOrgId: cand.implementerOrgId,
        approvedAmount: cand.amount,
        approvedAt: now,
      },
    ]);
    await repo.insertLedger(t, {
      planId: id,
      kind: 're_release',
      amount: -cand.amount,
      schemeId,
      provinceCode: cand.provinceCode,
      contentCode: cand.contentCode,
      reason: `Bố trí đề án kế tiếp ${cand.code} từ kinh phí được giải phóng`,
      actorId: actor.userId,
      actorName: actor.fullName,
      at: now,
    });
    const updated = await repo.updatePlan(t, id, plan.version, {});
    if (!updated) throw new AppError('VERSION_CONFLICT');
    await record(t, actor, {
      action: 'plan.re_released',
      entityType: 'plan',
      entityId: id,
      provinceCode: plan.provinceKey || null,
      after: { schemeId, amount: cand.amount },
    });
    return updated;
  });
}
