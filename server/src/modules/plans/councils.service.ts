import type { Council, CouncilCreate, ScoreBody } from '../../../../shared/schemas/councils.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import { getUser } from '../identity/index.ts';
import { getSchemeForModule } from '../schemes/index.ts';
import { councilDto } from './councils.present.ts';
import * as repo from './councils.repo.ts';
import { canManageCouncil, canReadCouncil } from './plans.policy.ts';

export const SHEET_CODE = 'TT36-2013-D9';

/** States a scheme is in while a council of that level appraises it. */
const statesFor = {
  province: ['submitted', 'province_appraised'],
  agency: ['registered', 'agency_appraised'],
} as const;

async function loadFor(db: Db, actor: Actor, id: string, forUpdate = false) {
  const c = await repo.findCouncil(db, id, forUpdate);
  if (!c) throw notFound();
  const members = await repo.membersOf(db, id);
  const target = {
    level: c.level as 'province' | 'agency',
    provinceCode: c.provinceCode,
    memberIds: members.map((m) => m.userId),
  };
  if (!canReadCouncil(actor, target)) throw notFound();
  return { c, members, target };
}

async function checkScheme(
  db: Db,
  c: Pick<repo.CouncilRow, 'planYear' | 'level' | 'provinceCode'>,
  schemeId: string,
) {
  const s = await getSchemeForModule(db, { kind: 'all' }, schemeId);
  const states: readonly string[] = statesFor[c.level as 'province' | 'agency'];
  if (
    !s ||
    s.planYear !== c.planYear ||
    !states.includes(s.state) ||
    (c.level === 'agency' && s.level !== 'national') ||
    (c.level === 'province' && s.provinceCode !== c.provinceCode)
  )
    throw new AppError('COUNCIL_SCHEME_UNKNOWN', { code: s?.code ?? schemeId });
  return s;
}

export async function createCouncil(db: Db, actor: Actor, input: CouncilCreate): Promise<Council> {
  const provinceCode = input.provinceCode ?? null;
  if ((input.level === 'province') !== (provinceCode !== null)) throw new AppError('PLAN_PROVINCE_INVALID');
  if (!canManageCouncil(actor, { level: input.level, provinceCode })) throw forbidden();
  const ids = new Set(input.members.map((m) => m.userId));
  const count = (r: string) => input.members.filter((m) => m.role === r).length;
  if (ids.size !== input.members.length || count('chair') !== 1 || count('secretary') !== 1)
    throw new AppError('COUNCIL_ROLES_INVALID');
  const sheet = await repo.currentSheet(db, SHEET_CODE);
  if (!sheet) throw new Error('score sheet TT36-2013-D9 not seeded');
  const id = await tx(db, async (t) => {
    const c = await repo.insertCouncil(t, {
      planYear: input.planYear,
      level: input.level,
      provinceCode,
      name: input.name,
      sheetId: sheet.id,
      decisionNumber: input.decisionNumber ?? null,
      createdBy: actor.userId,
    });
    const members = [];
    for (const m of input.members) {
      const u = await getUser(t, { ...actor, role: 'system_admin' }, m.userId).catch(() => null);
      if (!u) throw new AppError('COUNCIL_ROLES_INVALID');
      members.push({ councilId: c.id, userId: m.userId, fullName: u.fullName, role: m.role });
    }
    await repo.insertMembers(t, members);
    for (const sid of input.schemeIds) await checkScheme(t, c, sid);
    await repo.insertCouncilSchemes(
      t,
      input.schemeIds.map((schemeId) => ({ councilId: c.id, schemeId })),
    );
    await record(t, actor, {
      action: 'council.created',
      entityType: 'council',
      entityId: c.id,
      provinceCode,
      after: input,
    });
    return c.id;
  });
  return getCouncil(db, actor, id);
}

/** Every listed scorer (default: all but the secretary) scores every listed scheme (default: all). */
export async function bulkAssign(
  db: Db,
  actor: Actor,
  id: string,
  input: { userIds?: string[]; schemeIds?: string[] },
) {
  await tx(db, async (t) => {
    const { c, members, target } = await loadFor(t, actor, id, true);
    if (!canManageCouncil(actor, target)) throw forbidden();
    if (c.state === 'closed') throw new AppError('COUNCIL_CLOSED', { name: c.name });
    const inCouncil = new Set((await repo.schemesOf(t, id)).map((s) => s.schemeId));
    const schemeIds = input.schemeIds ?? [...inCouncil];
    for (const sid of schemeIds)
      if (!inCouncil.has(sid)) {
        await checkScheme(t, c, sid);
        await repo.insertCouncilSchemes(t, [{ councilId: id, schemeId: sid }]);
      }
    const scorers = input.userIds ?? members.filter((m) => m.role !== 'secretary').map((m) => m.userId);
    for (const u of scorers)
      if (!members.some((m) => m.userId === u)) throw new AppError('COUNCIL_ROLES_INVALID');
    await repo.insertAssignments(
      t,
      schemeIds.flatMap((schemeId) => scorers.map((userId) => ({ councilId: id, schemeId, userId }))),
    );
    await record(t, actor, {
      action: 'council.assigned',
      entityType: 'council',
      entityId: id,
      after: { scorers, schemeIds },
    });
  });
  return getCouncil(db, actor, id);
}

/** A member declares (or withdraws) a conflict of interest on one scheme; a conflicted member cannot score it. */
export async function declareConflict(
  db: Db,
  actor: Actor,
  id: string,
  input: { schemeId: string; conflict: boolean; note?: string | null },
) {
  await tx(db, async (t) => {
    const { c, members } = await loadFor(t, actor, id);
    if (!members.some((m) => m.userId === actor.userId))
      throw new AppError('COUNCIL_NOT_MEMBER', { name: c.name });
    if (c.state === 'closed') throw new AppError('COUNCIL_CLOSED', { name: c.name });
    if (!(await repo.schemesOf(t, id)).some((s) => s.schemeId === input.schemeId))
      throw new AppError('COUNCIL_SCHEME_UNKNOWN', { code: input.schemeId });
    await repo.setConflict(t, {
      councilId: id,
      schemeId: input.schemeId,
      userId: actor.userId,
      conflict: input.conflict,
      conflictNote: input.note ?? null,
      declaredAt: new Date(),
    });
    await record(t, actor, {
      action: 'council.conflict_declared',
      entityType: 'council',
      entityId: id,
      after: { schemeId: input.schemeId, conflict: input.conflict, note: input.note ?? null },
    });
  });
  return getCouncil(db, actor, id);
}

/** A member's score sheet: every criterion within its scale, a rationale; a rescoring adds a revision. */
export async function scoreScheme(db: Db, actor: Actor, id: string, input: ScoreBody) {
  await tx(db, async (t) => {
    const { c } = await loadFor(t, actor, id);
    if (c.state === 'closed') throw new AppError('COUNCIL_CLOSED', { name: c.name });
    const assignment = (await repo.assignmentsOf(t, id)).find(
      (a) => a.schemeId === input.schemeId && a.userId === actor.userId,
    );
    if (!assignment) throw new AppError('COUNCIL_NOT_MEMBER', { name: c.name });
    if (assignment.conflict) {
      const s = await getSchemeForModule(t, { kind: 'all' }, input.schemeId);
      throw new AppError('COUNCIL_CONFLICT_OF_INTEREST', {
        member: actor.fullName,
        code: s?.code ?? input.schemeId,
      });
    }
    const sheet = (await repo.findSheet(t, c.sheetId))!;
    const keys = Object.keys(input.points);
    const wrong = [
      ...sheet.criteria.filter((k) => !(k.code in input.points)).map((k) => k.name),
      ...keys.filter((k) => !sheet.criteria.some((x) => x.code === k)),
    ];
    if (wrong.length) throw new AppError('COUNCIL_SCORE_INCOMPLETE', { criteria: wrong.join(', ') });
    for (const k of sheet.criteria) {
      const v = input.points[k.code]!;
      if (!Number.isFinite(v) || v < 0 || v > k.max || Math.round(v * 2) !== v * 2)
        throw new AppError('COUNCIL_SCORE_OUT_OF_SCALE', { criterion: k.name, max: k.max, value: v });
    }
    const total = sheet.criteria.reduce((s, k) => s + input.points[k.code]!, 0);
    const row = await repo.insertScore(t, {
      councilId: id,
      schemeId: input.schemeId,
      userId: actor.userId,
      points: input.points,
      total,
      rationale: input.rationale,
    });
    await record(t, actor, {
      action: 'council.scored',
      entityType: 'council',
      entityId: id,
      after: { schemeId: input.schemeId, revision: row.revision, total, points: input.points },
    });
  });
  return getCouncil(db, actor, id);
}

/** The secretary records the council's conclusion once every non-conflicted assigned member has scored. */
export async function concludeScheme(
  db: Db,
  actor: Actor,
  id: string,
  input: { schemeId: string; conclusion: string; note?: string | null; version: number },
) {
  await tx(db, async (t) => {
    const { c, members } = await loadFor(t, actor, id);
    if (c.state === 'closed') throw new AppError('COUNCIL_CLOSED', { name: c.name });
    if (!members.some((m) => m.userId === actor.userId && m.role === 'secretary'))
      throw new AppError('COUNCIL_SECRETARY_ONLY');
    const cs = (await repo.schemesOf(t, id)).find((s) => s.schemeId === input.schemeId);
    if (!cs) throw new AppError('COUNCIL_SCHEME_UNKNOWN', { code: input.schemeId });
    const scored = new Set(
      (await repo.scoresOf(t, id)).filter((s) => s.schemeId === input.schemeId).map((s) => s.userId),
    );
    const pending = (await repo.assignmentsOf(t, id)).filter(
      (a) => a.schemeId === input.schemeId && !a.conflict && !scored.has(a.userId),
    );
    if (pending.length) {
      const s = await getSchemeForModule(t, { kind: 'all' }, input.schemeId);
      throw new AppError('COUNCIL_SCORES_PENDING', {
        code: s?.code ?? input.schemeId,
        pending: pending.length,
      });
    }
    const updated = await repo.updateConclusion(t, id, input.schemeId, input.version, {
      conclusion: input.conclusion,
      conclusionNote: input.note ?? null,
      concludedBy: actor.userId,
      concludedAt: new Date(),
    });
    if (!updated) throw new AppError('VERSION_CONFLICT');
    await record(t, actor, {
      action: 'council.concluded',
      entityType: 'council',
      entityId: id,
      before: { conclusion: cs.conclusion },
      after: input,
    });
  });
  return getCouncil(db, actor, id);
}

export async function closeCouncil(db: Db, actor: Actor, id: string, version: number) {
  await tx(db, async (t) => {
    const { c, members, target } = await loadFor(t, actor, id, true);
    const chairOrSecretary = members.some((m) => m.userId === actor.userId && m.role !== 'member');
    if (!canManageCouncil(actor, target) && !chairOrSecretary) throw forbidden();
    if (c.state === 'closed') throw new AppError('COUNCIL_CLOSED', { name: c.name });
    const updated = await repo.updateCouncil(t, id, version, { state: 'closed', closedAt: new Date() });
    if (!updated) throw new AppError('VERSION_CONFLICT');
    await record(t, actor, {
      action: 'council.closed',
      entityType: 'council',
      entityId: id,
      after: { state: 'closed' },
    });
  });
  return getCouncil(db, actor, id);
}

export async function getCouncil(db: Db, actor: Actor, id: string): Promise<Council> {
  const { c, members, target } = await loadFor(db, actor, id);
  return councilDto(db, actor, c, members, canManageCouncil(actor, target));
}

export async function listCouncils(db: Db, actor: Actor, planYear?: number) {
  const all = await repo.listCouncils(db, planYear);
  const out = [];
  for (const c of all) {
    const members = await repo.membersOf(db, c.id);
    const target = {
      level: c.level as 'province' | 'agency',
      provinceCode: c.provinceCode,
      memberIds: members.map((m) => m.userId),
    };
    if (!canReadCouncil(actor, target)) continue;
    out.push({
      id: c.id,
      planYear: c.planYear,
      level: target.level,
      provinceCode: c.provinceCode,
      name: c.name,
      state: c.state as 'open' | 'closed',
      schemeCount: (await repo.schemesOf(db, c.id)).length,
      memberCount: members.length,
    });
  }
  return out;
}
