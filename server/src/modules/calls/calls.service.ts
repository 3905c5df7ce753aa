import type {
  CallDto,
  CallInput,
  CallListQuery,
  CallStage,
  CallUpdateInput,
  CallWindowInput,
} from '../../../../shared/schemas/calls.ts';
import type { SchemeLevel } from '../../../../shared/schemas/rules.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, forbidden, isUniqueViolation, notFound } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import { currentProvinces, isCurrentProvince } from '../reference/index.ts';
import { type CallTarget, canCall, stageOpen, vnToday } from './calls.policy.ts';
import * as repo from './calls.repo.ts';

const target = (c: { level: string; provinceCode: string | null }): CallTarget => ({
  level: c.level as SchemeLevel,
  provinceCode: c.provinceCode,
});

async function present(
  db: Db,
  actor: Actor,
  c: repo.CallRow,
  windows: repo.CallWindowRow[],
  now: Date,
): Promise<CallDto> {
  const provinces = await currentProvinces(db);
  const today = vnToday(now);
  const ws = windows.filter((w) => w.callId === c.id);
  const openFor = (stage: CallStage) => stageOpen(c, ws, stage, actor.provinceCode, today).open;
  return {
    id: c.id,
    planYear: c.planYear,
    level: c.level as SchemeLevel,
    provinceCode: c.provinceCode,
    provinceName: c.provinceCode ? (provinces.get(c.provinceCode)?.name ?? null) : null,
    title: c.title,
    guidanceNumber: c.guidanceNumber,
    guidanceDate: c.guidanceDate,
    submissionDeadline: c.submissionDeadline,
    registrationDeadline: c.registrationDeadline,
    note: c.note,
    windows: ws.map((w) => ({
      id: w.id,
      stage: w.stage as CallStage,
      provinceCode: w.provinceCode,
      opensOn: w.opensOn,
      closesOn: w.closesOn,
      reason: w.reason,
      createdByName: w.createdByName,
      createdAt: w.createdAt.toISOString(),
    })),
    open: { submission: openFor('submission'), registration: openFor('registration') },
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    abilities: {
      update: canCall(actor, 'update', target(c)),
      reopen: canCall(actor, 'reopen', target(c)),
    },
  };
}

export async function listCalls(
  db: Db,
  actor: Actor,
  q: CallListQuery,
  now = new Date(),
): Promise<CallDto[]> {
  const rows = await repo.listCalls(db, q);
  const windows = await repo.windowsOf(
    db,
    rows.map((r) => r.id),
  );
  return Promise.all(rows.map((r) => present(db, actor, r, windows, now)));
}

export async function getCall(db: Db, actor: Actor, id: string, now = new Date()): Promise<CallDto> {
  const row = await repo.findCall(db, id);
  if (!row) throw notFound();
  return present(db, actor, row, await repo.windowsOf(db, [id]), now);
}

async function checkCall(db: Db, input: CallInput) {
  const provinceCode = input.provinceCode ?? null;
  if ((input.level === 'local') !== (provinceCode !== null)) throw new AppError('CALL_PROVINCE_INVALID');
  if (provinceCode && !(await isCurrentProvince(db, provinceCode)))
    throw new AppError('UNIT_UNKNOWN', { code: provinceCode });
  if (
    input.submissionDeadline < input.guidanceDate ||
    (input.registrationDeadline && input.registrationDeadline < input.submissionDeadline)
  )
    throw new AppError('CALL_DATES_INVALID');
}

function taken(input: CallInput) {
  return new AppError('CALL_EXISTS', {
    level: input.level === 'national' ? 'quốc gia' : 'địa phương',
    planYear: input.planYear,
    where: input.provinceCode ? ` của tỉnh/thành phố ${input.provinceCode}` : '',
  });
}

export async function createCall(db: Db, actor: Actor, input: CallInput): Promise<CallDto> {
  const values = { ...input, provinceCode: input.provinceCode ?? null };
  await checkCall(db, input);
  if (!canCall(actor, 'create', target(values))) throw forbidden();
  const row = await tx(db, async (t) => {
    try {
      const r = await repo.insertCall(t, {
        ...values,
        registrationDeadline: input.registrationDeadline ?? null,
        note: input.note ?? null,
        createdBy: actor.userId,
      });
      await record(t, actor, {
        action: 'call.created',
        entityType: 'call',
        entityId: r.id,
        provinceCode: r.provinceCode,
        after: r,
      });
      return r;
    } catch (e) {
      if (isUniqueViolation(e)) throw taken(input);
      throw e;
    }
  });
  return present(db, actor, row, [], new Date());
}

export async function updateCall(db: Db, actor: Actor, id: string, input: CallUpdateInput): Promise<CallDto> {
  const { version, ...fields } = input;
  await checkCall(db, fields);
  const row = await tx(db, async (t) => {
    const current = await repo.findCall(t, id);
    if (!current) throw notFound();
    const next = { ...fields, provinceCode: fields.provinceCode ?? null };
    if (!canCall(actor, 'update', target(current)) || !canCall(actor, 'update', target(next)))
      throw forbidden();
    try {
      const r = await repo.updateCall(t, id, version, {
        ...next,
        registrationDeadline: fields.registrationDeadline ?? null,
        note: fields.note ?? null,
      });
      if (!r) throw new AppError('VERSION_CONFLICT');
      await record(t, actor, {
        action: 'call.updated',
        entityType: 'call',
        entityId: id,
        provinceCode: r.provinceCode,
        before: current,
        after: r,
      });
      return r;
    } catch (e) {
      if (isUniqueViolation(e)) throw taken(fields);
      throw e;
    }
  });
  return present(db, actor, row, await repo.windowsOf(db, [id]), new Date());
}

/** Reopens a stage after its deadline (for one province or all), with a reason; bumps the call's version. */
export async function reopenWindow(
  db: Db,
  actor: Actor,
  id: string,
  input: CallWindowInput,
): Promise<CallDto> {
  const row = await tx(db, async (t) => {
    const current = await repo.findCall(t, id);
    if (!current) throw notFound();
    if (!canCall(actor, 'reopen', target(current))) throw forbidden();
    if (
      input.closesOn < input.opensOn ||
      (input.stage === 'registration' && current.registrationDeadline === null)
    )
      throw new AppError('CALL_WINDOW_INVALID');
    const provinceCode = current.level === 'local' ? current.provinceCode : (input.provinceCode ?? null);
    if (provinceCode && !(await isCurrentProvince(t, provinceCode)))
      throw new AppError('UNIT_UNKNOWN', { code: provinceCode });
    const bumped = await repo.updateCall(t, id, input.version, {});
    if (!bumped) throw new AppError('VERSION_CONFLICT');
    const w = await repo.insertWindow(t, {
      callId: id,
      stage: input.stage,
      provinceCode,
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      reason: input.reason,
      createdBy: actor.userId,
      createdByName: actor.fullName,
    });
    await record(t, actor, {
      action: 'call.window_reopened',
      entityType: 'call',
      entityId: id,
      provinceCode: current.provinceCode ?? provinceCode,
      after: w,
    });
    return bumped;
  });
  return present(db, actor, row, await repo.windowsOf(db, [id]), new Date());
}

export type StageCheck =
  | { ok: true; call: repo.CallRow; viaWindow: boolean }
  | { ok: false; reason: 'no_call' }
  | { ok: false; reason: 'deadline_passed'; call: repo.CallRow; deadline: string };

/**
 * For other modules: whether a scheme of this plan year, level and province may enter a stage today.
 * Works inside the caller's transaction.
 */
export async function checkStage(
  db: Db,
  key: { planYear: number; level: SchemeLevel; provinceCode: string },
  stage: CallStage,
  now = new Date(),
): Promise<StageCheck> {
  const call = await repo.findCallFor(db, key);
  if (!call) return { ok: false, reason: 'no_call' };
  const res = stageOpen(call, await repo.windowsOf(db, [call.id]), stage, key.provinceCode, vnToday(now));
  if (res.open) return { ok: true, call, viaWindow: res.viaWindow };
  return { ok: false, reason: 'deadline_passed', call, deadline: res.deadline ?? '' };
}

/** The governing call of a scheme, if any (for display and documents). */
export async function callFor(db: Db, key: { planYear: number; level: SchemeLevel; provinceCode: string }) {
  return repo.findCallFor(db, key);
}
