import type { Role } from '../../../../shared/schemas/identity.ts';
import type { SchemeLevel } from '../../../../shared/schemas/rules.ts';
import type { SchemeAbilities, SchemeAction, SchemeState } from '../../../../shared/schemas/schemes.ts';
import { type Actor, isNational, type Scope } from '../../platform/actor.ts';
import { isEditable, type Party, transitionFor } from './schemes.workflow.ts';

/** What a permission decision needs to know about a scheme. */
export type SchemeTarget = {
  level: SchemeLevel;
  state: SchemeState;
  provinceCode: string;
  ownerOrgId: string;
  implementerOrgId: string;
};

/** Roles that draft schemes for their own organisation. */
const drafterRoles: readonly Role[] = [
  'implementer_staff',
  'establishment_rep',
  'department_officer',
  'department_leader',
  'agency_officer',
];

/**
 * Which schemes an actor may read: the agency all; a department its province; an implementer, centre or
 * establishment the schemes it drafted or carries out. Council members see none yet (appraisal assigns them).
 */
export function scopeFor(actor: Actor): Scope {
  if (isNational(actor)) return { kind: 'all' };
  if (
    (actor.role === 'department_admin' ||
      actor.role === 'department_leader' ||
      actor.role === 'department_officer') &&
    actor.provinceCode
  )
    return { kind: 'province', provinceCode: actor.provinceCode };
  if (actor.role === 'implementer_staff' || actor.role === 'establishment_rep')
    return { kind: 'organisation', organisationId: actor.organisationId, provinceCode: actor.provinceCode };
  return { kind: 'self', userId: actor.userId };
}

export function inScope(
  scope: Scope,
  s: Pick<SchemeTarget, 'provinceCode' | 'ownerOrgId' | 'implementerOrgId'>,
) {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'province':
      return s.provinceCode === scope.provinceCode;
    case 'organisation':
      return s.ownerOrgId === scope.organisationId || s.implementerOrgId === scope.organisationId;
    case 'self':
      return false;
  }
}

/** The parties of the workflow table the actor holds for this scheme. */
export function partiesOf(actor: Actor, s: SchemeTarget): Party[] {
  const parties: Party[] = [];
  if (actor.organisationId === s.ownerOrgId && drafterRoles.includes(actor.role)) parties.push('owner');
  const ownProvince = actor.provinceCode !== null && actor.provinceCode === s.provinceCode;
  if (actor.role === 'department_officer' && ownProvince) parties.push('department_officer');
  if (actor.role === 'department_leader' && ownProvince) parties.push('department_leader');
  if (actor.role === 'agency_officer' && s.level === 'national') parties.push('agency_officer');
  if (actor.role === 'agency_leader' && s.level === 'national') parties.push('agency_leader');
  return parties;
}

/** Whether the actor may draft a scheme at this level in this province (for their own organisation). */
export function canCreate(actor: Actor, s: { level: SchemeLevel; provinceCode: string }): boolean {
  if (!drafterRoles.includes(actor.role)) return false;
  if (actor.role === 'agency_officer') return s.level === 'national';
  return actor.provinceCode === null || actor.provinceCode === s.provinceCode;
}

/** Only the owner edits, and only a draft or a scheme returned for changes. */
export function canUpdate(actor: Actor, s: SchemeTarget): boolean {
  return isEditable(s.state) && partiesOf(actor, s).includes('owner');
}

export function canFire(actor: Actor, s: SchemeTarget, action: SchemeAction): boolean {
  const t = transitionFor(s.level, s.state, action);
  if (!t) return false;
  const parties = partiesOf(actor, s);
  return t.by.some((p) => parties.includes(p));
}

/**
 * The record's abilities for the UI: edit, print, and each workflow action the actor may fire now. Computed
 * for every row of a list, so the parties are found once and the object has fixed keys (which the response
 * serializer writes directly); `canFire` decides the same, action by action (a test holds them together).
 */
export function abilitiesOf(actor: Actor, s: SchemeTarget): SchemeAbilities {
  const parties = partiesOf(actor, s);
  const fires = (action: SchemeAction) =>
    transitionFor(s.level, s.state, action)?.by.some((p) => parties.includes(p)) ?? false;
  const editable = isEditable(s.state) && parties.includes('owner');
  return {
    update: editable,
    attach: editable,
    print: true,
    submit: fires('submit'),
    forward: fires('forward'),
    register: fires('register'),
    appraise: fires('appraise'),
    approve: fires('approve'),
    return: fires('return'),
    reject: fires('reject'),
    withdraw: fires('withdraw'),
  };
}
