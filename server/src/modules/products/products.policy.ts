import type { CouncilRole, ProductLevel, RoundStatus } from '../../../../shared/schemas/products.ts';
import { type Actor, departmentRoles, isNational } from '../../platform/actor.ts';
import { levelRules } from './products.rules.data.ts';

/**
 * Who may do what in the typical-product selection.
 * - Organisers: a round of commune, district or province level is run by that province's Department of
 *   Industry and Trade (admin, leader, officer); regional and national rounds by the agency (leader, officer).
 *   The system administrator may do everything.
 * - The decision that recognises products, and revoking a certificate, belong to a leader of the organiser
 *   (department leader or agency leader) or the system administrator.
 * - Council members read the round they sit on and its entries, declare conflicts and score; the chair
 *   and secretary also follow progress and results.
 * - An establishment's representative registers its own products and complains about its own entries;
 *   officers register on its behalf: department staff and centre staff of its province, the agency anywhere.
 */
export type RoundTarget = {
  level: ProductLevel;
  provinceCode: string | null;
  regionProvinceCodes: readonly string[];
  status: RoundStatus;
};

export type Membership = { role: CouncilRole } | null;

export type RoundAction =
  | 'read'
  | 'update'
  | 'transition'
  | 'manageCouncil'
  | 'viewResults'
  | 'recognise'
  | 'score'
  | 'declareConflict'
  | 'register'
  | 'resolveComplaint'
  | 'revoke';

const isDepartment = (a: Actor) => departmentRoles.includes(a.role);
const isCentre = (a: Actor) => a.role === 'implementer_staff' && a.organisationKind === 'centre';

export function organises(actor: Actor, round: Pick<RoundTarget, 'level' | 'provinceCode'>): boolean {
  if (actor.role === 'system_admin') return true;
  if (levelRules[round.level].organiser === 'agency')
    return actor.role === 'agency_leader' || actor.role === 'agency_officer';
  return isDepartment(actor) && actor.provinceCode !== null && actor.provinceCode === round.provinceCode;
}

export function decides(actor: Actor, round: Pick<RoundTarget, 'level' | 'provinceCode'>): boolean {
  if (actor.role === 'system_admin') return true;
  if (levelRules[round.level].organiser === 'agency') return actor.role === 'agency_leader';
  return (
    actor.role === 'department_leader' &&
    actor.provinceCode !== null &&
    actor.provinceCode === round.provinceCode
  );
}

/** Whether establishments of a province may enter the round. */
export function roundCoversProvince(
  round: Pick<RoundTarget, 'level' | 'provinceCode' | 'regionProvinceCodes'>,
  provinceCode: string,
): boolean {
  if (round.level === 'nation') return true;
  if (round.level === 'region') return round.regionProvinceCodes.includes(provinceCode);
  return round.provinceCode === provinceCode;
}

/** Staff who register on an establishment's behalf, for an establishment of `provinceCode`. */
export function registersOnBehalf(actor: Actor, provinceCode: string): boolean {
  if (actor.role === 'system_admin' || actor.role === 'agency_leader' || actor.role === 'agency_officer')
    return true;
  return (isDepartment(actor) || isCentre(actor)) && actor.provinceCode === provinceCode;
}

export function canRound(actor: Actor, action: RoundAction, round: RoundTarget, member: Membership): boolean {
  const org = organises(actor, round);
  switch (action) {
    case 'read':
      if (org || member || isNational(actor)) return true;
      return (
        round.status !== 'draft' &&
        actor.provinceCode !== null &&
        roundCoversProvince(round, actor.provinceCode)
      );
    case 'update':
    case 'transition':
    case 'manageCouncil':
    case 'resolveComplaint':
      return org;
    case 'viewResults':
      return org || isNational(actor) || member?.role === 'chair' || member?.role === 'secretary';
    case 'recognise':
    case 'revoke':
      return decides(actor, round);
    case 'score':
      return member !== null;
    case 'declareConflict':
      return member !== null || org;
    case 'register':
      // The window is checked by the service, which says why; here only who may register at all.
      if (actor.role === 'system_admin' || actor.role === 'agency_leader' || actor.role === 'agency_officer')
        return true;
      if (actor.role === 'establishment_rep' || isDepartment(actor) || isCentre(actor))
        return actor.provinceCode !== null && roundCoversProvince(round, actor.provinceCode);
      return false;
  }
}

export type EntryTarget = {
  round: RoundTarget;
  member: Membership;
  /** The entry's establishment is the one the actor represents. */
  own: boolean;
  provinceCode: string;
  status: string;
};
export type EntryAction = 'read' | 'withdraw' | 'complain';

export function canEntry(actor: Actor, action: EntryAction, entry: EntryTarget): boolean {
  const registrantSide =
    (actor.role === 'establishment_rep' && entry.own) ||
    (actor.role !== 'establishment_rep' && registersOnBehalf(actor, entry.provinceCode));
  switch (action) {
    case 'read':
      return registrantSide || organises(actor, entry.round) || entry.member !== null || isNational(actor);
    case 'withdraw':
      return registrantSide && entry.round.status === 'registration' && entry.status === 'registered';
    case 'complain':
      return registrantSide && entry.round.status === 'results';
  }
}

/** What an actor may list of a round's entries. */
export type EntryScope =
  | { kind: 'all' }
  | { kind: 'province'; provinceCode: string }
  | { kind: 'establishments'; establishmentIds: readonly string[] };

export function entryScopeFor(
  actor: Actor,
  round: RoundTarget,
  member: Membership,
  ownEstablishmentIds: readonly string[],
): EntryScope | null {
  if (organises(actor, round) || member !== null || isNational(actor)) return { kind: 'all' };
  if ((isDepartment(actor) || isCentre(actor)) && actor.provinceCode)
    return { kind: 'province', provinceCode: actor.provinceCode };
  if (actor.role === 'establishment_rep')
    return { kind: 'establishments', establishmentIds: ownEstablishmentIds };
  return null;
}

/** Screen-level permissions for the web menu. */
export function productPermissions(actor: Actor): Record<string, boolean> {
  return {
    'products.read': true,
    'products.organise':
      actor.role === 'system_admin' ||
      isNational(actor) ||
      (isDepartment(actor) && actor.provinceCode !== null),
  };
}
