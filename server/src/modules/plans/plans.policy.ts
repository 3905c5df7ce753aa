import type { SchemeLevel } from '../../../../shared/schemas/rules.ts';
import type { Actor } from '../../platform/actor.ts';

/** What a permission decision needs to know about a plan. */
export type PlanTarget = { level: SchemeLevel; provinceCode: string | null; state: string };

const agency = (a: Actor) => a.role === 'agency_officer' || a.role === 'agency_leader';
const department = (a: Actor) =>
  a.role === 'department_officer' || a.role === 'department_leader' || a.role === 'department_admin';

/**
 * Who reads a plan: the agency every plan; a department its province's local plan and the national plan
 * (its province's lines are in it). Anyone else: not found.
 */
export function canRead(actor: Actor, p: PlanTarget): boolean {
  if (actor.role === 'system_admin' || agency(actor)) return true;
  if (department(actor)) return p.level === 'national' || p.provinceCode === actor.provinceCode;
  return false;
}

/** Who prepares a plan (create, envelopes, pins, runs, submit, assignment): the agency for national, the department for local. */
export function canManage(actor: Actor, p: Pick<PlanTarget, 'level' | 'provinceCode'>): boolean {
  if (actor.role === 'system_admin') return true;
  if (p.level === 'national') return agency(actor);
  return (
    (actor.role === 'department_officer' || actor.role === 'department_leader') &&
    actor.provinceCode === p.provinceCode
  );
}

/** Who approves: the ministry (agency leader, by delegation) for national, the province (department leader) for local. */
export function canApprove(actor: Actor, p: Pick<PlanTarget, 'level' | 'provinceCode'>): boolean {
  if (actor.role === 'system_admin') return true;
  if (p.level === 'national') return actor.role === 'agency_leader';
  return actor.role === 'department_leader' && actor.provinceCode === p.provinceCode;
}

export const approverLabel = (level: SchemeLevel) =>
  level === 'national' ? 'Bộ Công Thương (lãnh đạo Cục)' : 'UBND tỉnh (lãnh đạo Sở Công Thương)';

export function abilitiesOf(actor: Actor, p: PlanTarget): Record<string, boolean> {
  const manage = canManage(actor, p);
  const draft = p.state === 'draft';
  return {
    update: manage && draft,
    pin: manage && draft,
    run: manage && draft,
    submit: manage && draft,
    approve: canApprove(actor, p) && p.state === 'submitted',
    return: canApprove(actor, p) && p.state === 'submitted',
    assign: manage && p.state === 'approved',
    fundNext: manage && p.state === 'approved',
    export: true,
  };
}

/** Plans listed for an actor: all for the agency; the national plan and its own local plan for a department. */
export function listFilter(actor: Actor): { all: true } | { provinceCode: string } | null {
  if (actor.role === 'system_admin' || agency(actor)) return { all: true };
  if (department(actor) && actor.provinceCode) return { provinceCode: actor.provinceCode };
  return null;
}

// ---- appraisal councils ----

export type CouncilTarget = {
  level: 'province' | 'agency';
  provinceCode: string | null;
  memberIds: string[];
};

/** Who sets up and runs a council round: agency officers/leaders (agency level), the department of the province (province level). */
export function canManageCouncil(actor: Actor, c: Pick<CouncilTarget, 'level' | 'provinceCode'>): boolean {
  if (actor.role === 'system_admin') return true;
  if (c.level === 'agency') return agency(actor);
  return (
    (actor.role === 'department_officer' || actor.role === 'department_leader') &&
    actor.provinceCode === c.provinceCode
  );
}

/** Managers and the council's own members read it; anyone else gets 404. */
export function canReadCouncil(actor: Actor, c: CouncilTarget): boolean {
  return (
    canManageCouncil(actor, c) ||
    c.memberIds.includes(actor.userId) ||
    (agency(actor) && c.level === 'province')
  );
}

/** Screen-level permissions for /api/auth/me: may the actor start a plan or a council (some level)? */
export function plansPermissions(actor: Actor): Record<string, boolean> {
  const anyLevel =
    canManage(actor, { level: 'national', provinceCode: null }) ||
    canManage(actor, { level: 'local', provinceCode: actor.provinceCode });
  return { 'plans.create': anyLevel, 'councils.create': anyLevel };
}
