import type { OrgKind, Role } from '../../../shared/schemas/identity.ts';

/** Who is making the request: everything a policy needs, nothing more. */
export type Actor = {
  userId: string;
  email: string;
  fullName: string;
  role: Role;
  organisationId: string;
  organisationKind: OrgKind;
  /** Today's province of the actor's organisation; null for the agency. */
  provinceCode: string | null;
  sessionId?: string;
  ip?: string;
  userAgent?: string;
};

/** What rows a read may return. Repos require one, so a forgotten check does not compile. */
export type Scope =
  | { kind: 'all' }
  | { kind: 'province'; provinceCode: string }
  | { kind: 'organisation'; organisationId: string; provinceCode: string | null }
  | { kind: 'self'; userId: string };

export const nationalRoles: readonly Role[] = ['system_admin', 'agency_leader', 'agency_officer'];
export const departmentRoles: readonly Role[] = [
  'department_admin',
  'department_leader',
  'department_officer',
];

export function isNational(actor: Actor): boolean {
  return nationalRoles.includes(actor.role);
}

/** A system actor for CLI commands and seeds: audited as "system". */
export const systemActor: Actor = {
  userId: '00000000-0000-0000-0000-000000000000',
  email: 'system@khuyencong.local',
  fullName: 'Hệ thống',
  role: 'system_admin',
  organisationId: '00000000-0000-0000-0000-000000000000',
  organisationKind: 'agency',
  provinceCode: null,
};
