import { type Actor, departmentRoles, isNational, type Scope } from '../../platform/actor.ts';

export type EstablishmentAction = 'read' | 'create' | 'update' | 'delete' | 'import' | 'export';
export type EstablishmentTarget = { provinceCode: string; organisationId?: string | null };

/** Centre staff (Trung tâm Khuyến công) keep the province's electronic data on rural industry (TTLT 16/2011 Art 3.4). */
const isCentreStaff = (a: Actor) =>
  a.role === 'implementer_staff' && a.organisationKind === 'centre' && a.provinceCode !== null;

/**
 * Which establishments an actor may read: the agency all; a department and its centre their province;
 * an establishment's representative their own record; nobody else any. `null` means none.
 */
export function establishmentScopeFor(actor: Actor): Scope | null {
  if (isNational(actor)) return { kind: 'all' };
  if ((departmentRoles.includes(actor.role) || isCentreStaff(actor)) && actor.provinceCode)
    return { kind: 'province', provinceCode: actor.provinceCode };
  if (actor.role === 'establishment_rep')
    return { kind: 'organisation', organisationId: actor.organisationId, provinceCode: actor.provinceCode };
  return null;
}

function inScope(scope: Scope | null, t: EstablishmentTarget): boolean {
  if (!scope) return false;
  switch (scope.kind) {
    case 'all':
      return true;
    case 'province':
      return scope.provinceCode === t.provinceCode;
    case 'organisation':
      return !!t.organisationId && t.organisationId === scope.organisationId;
    case 'self':
      return false;
  }
}

const writers = new Set(['department_admin', 'department_officer']);
const deleters = new Set(['department_admin', 'department_leader']);

/**
 * Reading follows the scope. Writing (create, update, import) is for the department's administrators and
 * officers and the centre's staff, in their own province; soft deletion for the department's
 * administrators and leaders; the system administrator may do all of it anywhere. The agency reads and
 * exports but does not edit a province's register.
 */
export function canEstablishment(
  actor: Actor,
  action: EstablishmentAction,
  target: EstablishmentTarget,
): boolean {
  const scope = establishmentScopeFor(actor);
  if (action === 'read' || action === 'export') return inScope(scope, target);
  if (actor.role === 'system_admin') return true;
  const ownProvince = actor.provinceCode !== null && actor.provinceCode === target.provinceCode;
  if (!ownProvince) return false;
  if (action === 'delete') return deleters.has(actor.role);
  return writers.has(actor.role) || isCentreStaff(actor);
}

/**
 * Who may pick beneficiaries for a scheme in a province: the agency and national implementing units
 * anywhere (national schemes run in every province); a department, its centre and a provincial
 * implementing unit in their own province. They see the establishment's public identity only.
 */
export function canPickBeneficiaries(actor: Actor, provinceCode: string): boolean {
  if (isNational(actor)) return true;
  if (actor.role === 'implementer_staff')
    return actor.provinceCode === null || actor.provinceCode === provinceCode;
  return departmentRoles.includes(actor.role) && actor.provinceCode === provinceCode;
}

/** Whether the actor may use the register at all (list, search, export its scope). */
export function canListEstablishments(actor: Actor): boolean {
  return establishmentScopeFor(actor) !== null;
}

/** The province an import or a new record goes to when the actor does not say: their own. */
export function defaultProvinceOf(actor: Actor): string | null {
  return actor.provinceCode;
}

export function establishmentPermissions(actor: Actor): Record<string, boolean> {
  const own = actor.provinceCode ?? '';
  return {
    'establishments.read': canListEstablishments(actor),
    'establishments.export': canListEstablishments(actor),
    'establishments.create':
      actor.role === 'system_admin' || canEstablishment(actor, 'create', { provinceCode: own }),
    'establishments.import':
      actor.role === 'system_admin' || canEstablishment(actor, 'import', { provinceCode: own }),
  };
}
