import type { OrgKind, Role } from '../../../../shared/schemas/identity.ts';
import { type Actor, isNational, type Scope } from '../../platform/actor.ts';

/** Roles a department administrator may hand out inside its province. */
const provincialRoles: readonly Role[] = [
  'department_admin',
  'department_leader',
  'department_officer',
  'implementer_staff',
  'council_member',
  'establishment_rep',
];

/** Which users and organisations an actor may see. */
export function scopeFor(actor: Actor): Scope {
  if (isNational(actor)) return { kind: 'all' };
  if (
    (actor.role === 'department_admin' ||
      actor.role === 'department_leader' ||
      actor.role === 'department_officer') &&
    actor.provinceCode
  )
    return { kind: 'province', provinceCode: actor.provinceCode };
  return { kind: 'organisation', organisationId: actor.organisationId, provinceCode: actor.provinceCode };
}

export type OrgTarget = { id?: string; kind: OrgKind; provinceCode: string | null };
export type UserTarget = { id?: string; role: Role; organisation: OrgTarget };

export function inScope(scope: Scope, org: OrgTarget, userId?: string): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'province':
      return org.provinceCode === scope.provinceCode;
    case 'organisation':
      return org.id === scope.organisationId;
    case 'self':
      return userId === scope.userId;
  }
}

function administersProvinceOf(actor: Actor, org: OrgTarget): boolean {
  return (
    actor.role === 'department_admin' &&
    actor.provinceCode !== null &&
    org.provinceCode === actor.provinceCode &&
    org.kind !== 'agency'
  );
}

export type OrgAction = 'read' | 'create' | 'update';
export type UserAction = 'read' | 'create' | 'update' | 'disable' | 'resetPassword' | 'changeRole';

export function canOrg(actor: Actor, action: OrgAction, org: OrgTarget): boolean {
  if (action === 'read') return inScope(scopeFor(actor), org);
  if (actor.role === 'system_admin') return true;
  return administersProvinceOf(actor, org) && org.kind !== 'department';
}

export function canUser(actor: Actor, action: UserAction, user: UserTarget): boolean {
  if (action === 'read')
    return inScope(scopeFor(actor), user.organisation, user.id) || user.id === actor.userId;
  if (action === 'update' && user.id === actor.userId && actor.role !== 'system_admin') return false;
  if (actor.role === 'system_admin') return !(action === 'disable' && user.id === actor.userId);
  if (!administersProvinceOf(actor, user.organisation)) return false;
  if (user.id === actor.userId && (action === 'disable' || action === 'changeRole')) return false;
  return provincialRoles.includes(user.role);
}

type PermissionSource = (actor: Actor) => Record<string, boolean>;
const permissionSources = new Map<string, PermissionSource>();

/**
 * A domain module adds its screen-level permissions to /api/auth/me (identity cannot import the modules
 * built on it); registered once per module name, so building several apps does not repeat them.
 */
export function setPermissionSource(module: string, source: PermissionSource): void {
  permissionSources.set(module, source);
}

/** Screen-level permissions for the web app's navigation. */
export function permissionsOf(actor: Actor): Record<string, boolean> {
  const admin = actor.role === 'system_admin' || actor.role === 'department_admin';
  const fromModules = [...permissionSources.values()].map((source) => source(actor));
  return {
    ...Object.assign({}, ...fromModules),
    'users.read': true,
    'users.manage': admin,
    'organisations.read': true,
    'organisations.manage': admin,
    'audit.read': true,
    'audit.readAll': actor.role === 'system_admin' || actor.role === 'agency_leader',
    'reference.manage': actor.role === 'system_admin',
  };
}
