import { fieldMessages, fillMessage, type Locale } from '../../../../shared/errors.ts';
import { formatDate } from '../../../../shared/format.ts';
import { callStageLabels } from '../../../../shared/schemas/calls.ts';
import type { BulkTransitionInput, BulkTransitionResult } from '../../../../shared/schemas/scheme-extras.ts';
import {
  type SchemeAction,
  type SchemeDto,
  type SchemeState,
  schemeActionLabels,
  schemeStateLabels,
  type TransitionInput,
} from '../../../../shared/schemas/schemes.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, notFound, problemOf } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import { checkStage, reopenerLabel } from '../calls/index.ts';
import { canFire, scopeFor } from './schemes.policy.ts';
import { inputOf, presentScheme, snapshotOf, targetOf } from './schemes.present.ts';
import * as repo from './schemes.repo.ts';
import { BLOCKING_VIOLATIONS, computeForScheme, summaryOf } from './schemes.support.ts';
import { checkComplete, validateScheme } from './schemes.validate.ts';
import { transitionFor, transitions } from './schemes.workflow.ts';

const pastTense: Record<SchemeAction, string> = {
  submit: 'submitted',
  forward: 'forwarded',
  register: 'registered',
  appraise: 'appraised',
  approve: 'approved',
  return: 'returned',
  reject: 'rejected',
  withdraw: 'withdrawn',
};

const levelVi = (level: string) => (level === 'national' ? 'quốc gia' : 'địa phương');

/** A submission re-checks the whole record (eligibility may have changed), completeness and the support rules. */
async function checkSubmission(db: Db, row: repo.SchemeRow) {
  const input = inputOf(row, await repo.loadChildren(db, row.id));
  const missing = checkComplete(input);
  if (missing.length) throw new AppError('SCHEME_INCOMPLETE', { count: missing.length }, missing);
  await validateScheme(db, input);
  const support = await computeForScheme(db, input);
  const blocking = (support?.violations ?? []).filter((v) => BLOCKING_VIOLATIONS.has(v.code));
  const unknown = blocking.filter((v) => v.code === 'RULE_UNKNOWN');
  if (unknown.length && support) {
    const items = support.items.filter((i) => i.violations.some((v) => v.code === 'RULE_UNKNOWN'));
    throw new AppError(
      'SCHEME_RULES_INCOMPLETE',
      { ruleSet: support.ruleSet.nameVi, items: items.map((i) => i.itemNameVi).join('; ') },
      unknown.map((v) => ({
        path: 'costLines',
        code: 'support_violation',
        params: { message: v.messageVi },
      })),
    );
  }
  if (blocking.length)
    throw new AppError(
      'SCHEME_SUPPORT_BLOCKED',
      { count: blocking.length },
      blocking.map((v) => ({
        path: v.lineRefs.length ? `costLines.${Number(v.lineRefs[0]) - 1}` : 'costLines',
        code: 'support_violation',
        params: { message: v.messageVi },
      })),
    );
  return support;
}

async function checkDeadline(db: Db, row: repo.SchemeRow, stage: 'submission' | 'registration', now: Date) {
  const res = await checkStage(
    db,
    { planYear: row.planYear, level: row.level as 'national' | 'local', provinceCode: row.provinceCode },
    stage,
    now,
  );
  if (res.ok) return res.call.id;
  if (res.reason === 'no_call')
    throw new AppError('SCHEME_NO_CALL', {
      level: levelVi(row.level),
      planYear: row.planYear,
      where: row.level === 'local' ? ` của tỉnh/thành phố ${row.provinceCode}` : '',
    });
  throw new AppError('SCHEME_DEADLINE_PASSED', {
    stage: callStageLabels[stage].vi.toLowerCase(),
    deadline: formatDate(res.deadline),
    guidance: res.call.guidanceNumber,
    who: reopenerLabel(row.level as 'national' | 'local'),
  });
}

/**
 * Fires one workflow action: stale version → 409, wrong state → 409, wrong role → 403, then the action's
 * own checks (reason, completeness, support rules, the call's deadline). State, timeline row, version
 * snapshot and audit row are written together.
 */
export async function transitionScheme(
  db: Db,
  actor: Actor,
  id: string,
  input: TransitionInput,
  now = new Date(),
): Promise<SchemeDto> {
  const saved = await tx(db, async (t) => {
    const row = await repo.findScheme(t, scopeFor(actor), id, true);
    if (!row) throw notFound();
    if (row.version !== input.version) throw new AppError('VERSION_CONFLICT');
    const state = row.state as SchemeState;
    const params = {
      action: schemeActionLabels[input.action].vi.toLowerCase(),
      state: schemeStateLabels[state]?.vi ?? state,
      level: levelVi(row.level),
    };
    if (input.action === 'approve')
      throw new AppError('SCHEME_APPROVED_IN_PLAN', {
        level: params.level,
        approver: row.level === 'national' ? 'Bộ Công Thương (Cục)' : 'Ủy ban nhân dân tỉnh (Sở Công Thương)',
      });
    const tr = transitionFor(row.level as 'national' | 'local', state, input.action);
    if (!tr) throw new AppError('SCHEME_BAD_STATE', params);
    if (!canFire(actor, targetOf(row), input.action)) throw new AppError('SCHEME_ROLE_FORBIDDEN', params);
    const comment = input.comment?.trim() || null;
    if (tr.commentRequired && !comment) throw new AppError('SCHEME_COMMENT_REQUIRED', params);
    let patch = {};
    if (input.action === 'submit') {
      const support = await checkSubmission(t, row);
      await repo.saveSupport(t, id, support);
      patch = summaryOf(support);
    }
    if (tr.deadline && (!tr.deadline.onlyFrom || tr.deadline.onlyFrom.includes(state)))
      patch = { ...patch, callId: await checkDeadline(t, row, tr.deadline.stage, now) };
    const updated = await repo.updateScheme(t, id, input.version, {
      ...patch,
      state: tr.to,
      stateChangedAt: now,
      updatedBy: actor.userId,
    });
    if (!updated) throw new AppError('VERSION_CONFLICT');
    await repo.insertTransition(t, {
      schemeId: id,
      action: input.action,
      fromState: state,
      toState: tr.to,
      actorId: actor.userId,
      actorName: actor.fullName,
      actorRole: actor.role,
      comment,
      version: updated.version,
      at: now,
    });
    const snapshot = snapshotOf(updated, await repo.loadChildren(t, id));
    await repo.insertVersion(t, {
      schemeId: id,
      version: updated.version,
      reason: `transition:${input.action}`,
      state: tr.to,
      snapshot,
      createdBy: actor.userId,
      createdByName: actor.fullName,
    });
    await record(t, actor, {
      action: `scheme.${pastTense[input.action]}`,
      entityType: 'scheme',
      entityId: id,
      provinceCode: row.provinceCode,
      before: { state, version: row.version },
      after: { state: tr.to, version: updated.version },
      meta: { comment, action: input.action },
    });
    return updated;
  });
  return presentScheme(db, actor, saved);
}

function messageOf(e: AppError, locale: Locale): string {
  const detail = problemOf(e.code, locale, e.params).detail;
  const fields = (e.fieldErrors ?? []).map((f) =>
    fillMessage(
      (fieldMessages[f.code as keyof typeof fieldMessages] ?? { vi: f.code, en: f.code })[locale],
      f.params,
    ),
  );
  return [detail, ...fields].join(' ');
}

/** The same action on many schemes (e.g. a department forwards every checked proposal); each one on its own. */
export async function bulkTransition(
  db: Db,
  actor: Actor,
  input: BulkTransitionInput,
  locale: Locale = 'vi',
): Promise<BulkTransitionResult> {
  const results: BulkTransitionResult['results'] = [];
  for (const item of input.items) {
    try {
      const s = await transitionScheme(db, actor, item.id, {
        ...item,
        action: input.action,
        comment: input.comment,
      });
      results.push({ id: item.id, ok: true, code: null, detail: null, state: s.state, version: s.version });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      results.push({
        id: item.id,
        ok: false,
        code: e.code,
        detail: messageOf(e, locale),
        state: null,
        version: null,
      });
    }
  }
  const done = results.filter((r) => r.ok).length;
  return { done, failed: results.length - done, results };
}

export { transitions };
