import {
  type SchemeInput,
  type SchemeLifecycleEvent,
  type SchemeState,
  schemeLifecycleLabels,
  schemeStateLabels,
} from '../../../../shared/schemas/schemes.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { record } from '../audit/index.ts';
import { inputOf, snapshotOf } from './schemes.present.ts';
import * as repo from './schemes.repo.ts';
import { recordOf } from './schemes.service.ts';
import { computeForScheme } from './schemes.support.ts';
import { validateScheme } from './schemes.validate.ts';

/**
 * The scheme's life after appraisal. These steps are fired by the plans and contracts modules inside their
 * own transactions (their service checks who may do it); here the scheme only checks that the step is
 * possible from its state and records it on its timeline, versions and audit log.
 */
export const lifecycleMoves: Record<
  SchemeLifecycleEvent,
  { from: readonly SchemeState[]; to: SchemeState | null }
> = {
  plan_approve: { from: ['province_appraised', 'agency_appraised'], to: 'approved' },
  assign: { from: ['approved'], to: 'assigned' },
  sign_contract: { from: ['assigned'], to: 'contracted' },
  start: { from: ['contracted'], to: 'implementing' },
  accept: { from: ['contracted', 'implementing'], to: 'accepted' },
  settle: { from: ['accepted'], to: 'settled' },
  stop: { from: ['approved', 'assigned', 'contracted', 'implementing'], to: 'stopped' },
  /** An approved change request: the state stays, the content changes (see `amendScheme`). */
  amend: { from: ['approved', 'assigned', 'contracted', 'implementing'], to: null },
};

export type LifecycleStep = {
  event: SchemeLifecycleEvent;
  /** When given, the scheme must still be at this version (a decision taken on what the user saw). */
  expectedVersion?: number;
  comment?: string | null;
  now?: Date;
};

export type LifecycleResult = { id: string; state: SchemeState; version: number; provinceCode: string };

async function lockFor(t: Db, id: string, step: LifecycleStep) {
  const row = await repo.findScheme(t, { kind: 'all' }, id, true);
  if (!row) throw notFound();
  if (step.expectedVersion !== undefined && row.version !== step.expectedVersion)
    throw new AppError('VERSION_CONFLICT');
  const state = row.state as SchemeState;
  if (!lifecycleMoves[step.event].from.includes(state))
    throw new AppError('SCHEME_BAD_STATE', {
      action: schemeLifecycleLabels[step.event].vi.toLowerCase(),
      state: schemeStateLabels[state]?.vi ?? state,
      level: row.level === 'national' ? 'quốc gia' : 'địa phương',
    });
  return row;
}

async function trail(
  t: Db,
  actor: Actor,
  row: repo.SchemeRow,
  updated: repo.SchemeRow,
  step: LifecycleStep,
  before: unknown,
  after: unknown,
) {
  const now = step.now ?? new Date();
  await repo.insertTransition(t, {
    schemeId: row.id,
    action: step.event,
    fromState: row.state,
    toState: updated.state,
    actorId: actor.userId,
    actorName: actor.fullName,
    actorRole: actor.role,
    comment: step.comment?.trim() || null,
    version: updated.version,
    at: now,
  });
  await repo.insertVersion(t, {
    schemeId: row.id,
    version: updated.version,
    reason: `lifecycle:${step.event}`,
    state: updated.state,
    snapshot: snapshotOf(updated, await repo.loadChildren(t, row.id)),
    createdBy: actor.userId,
    createdByName: actor.fullName,
  });
  await record(t, actor, {
    action: `scheme.${step.event}`,
    entityType: 'scheme',
    entityId: row.id,
    provinceCode: row.provinceCode,
    before,
    after,
    meta: { comment: step.comment ?? null },
  });
}

/** Moves the scheme one lifecycle step; call inside the caller's transaction so both land or neither. */
export async function advanceScheme(
  t: Db,
  actor: Actor,
  id: string,
  step: LifecycleStep,
): Promise<LifecycleResult> {
  if (step.event === 'amend') throw new Error('use amendScheme for amendments');
  const row = await lockFor(t, id, step);
  const to = lifecycleMoves[step.event].to as SchemeState;
  const updated = await repo.updateScheme(t, id, row.version, {
    state: to,
    stateChangedAt: step.now ?? new Date(),
    updatedBy: actor.userId,
  });
  if (!updated) throw new AppError('VERSION_CONFLICT');
  await trail(
    t,
    actor,
    row,
    updated,
    step,
    { state: row.state, version: row.version },
    { state: to, version: updated.version },
  );
  return { id, state: to, version: updated.version, provinceCode: updated.provinceCode };
}

/**
 * Applies an approved change request to the scheme's content (funding, contents, site, beneficiaries,
 * partners, schedule): the change is merged into the current record, validated and its support recomputed
 * like an edit, and a new version is written; the previous one stays readable in the versions list.
 */
export async function amendScheme(
  t: Db,
  actor: Actor,
  id: string,
  changes: Partial<SchemeInput>,
  step: Omit<LifecycleStep, 'event'>,
): Promise<LifecycleResult> {
  const full: LifecycleStep = { ...step, event: 'amend' };
  const row = await lockFor(t, id, full);
  const children = await repo.loadChildren(t, id);
  const before = snapshotOf(row, children);
  const merged: SchemeInput = { ...inputOf(row, children), ...changes };
  const resolved = await validateScheme(t, merged);
  const support = await computeForScheme(t, merged);
  const next = recordOf(merged, resolved, support, row.code);
  const updated = await repo.updateScheme(t, id, row.version, { ...next.row, updatedBy: actor.userId });
  if (!updated) throw new AppError('VERSION_CONFLICT');
  await repo.replaceChildren(t, id, next.children);
  await repo.saveSupport(t, id, support);
  await trail(t, actor, row, updated, full, before, snapshotOf(updated, next.children));
  return {
    id,
    state: updated.state as SchemeState,
    version: updated.version,
    provinceCode: updated.provinceCode,
  };
}
