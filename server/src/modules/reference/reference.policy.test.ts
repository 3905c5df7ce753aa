import { describe, expect, it } from 'vitest';
import { type OrgKind, type Role, roles } from '../../../../shared/schemas/identity.ts';
import type { Actor } from '../../platform/actor.ts';
import { canReference, type ReferenceAction, referenceActions } from './reference.policy.ts';

const kindOf: Record<Role, OrgKind> = {
  system_admin: 'agency',
  agency_leader: 'agency',
  agency_officer: 'agency',
  department_admin: 'department',
  department_leader: 'department',
  department_officer: 'department',
  implementer_staff: 'centre',
  council_member: 'other',
  establishment_rep: 'establishment',
};

const actor = (role: Role): Actor => ({
  userId: `u-${role}`,
  email: `${role}@x.vn`,
  fullName: role,
  role,
  organisationId: `org-${role}`,
  organisationKind: kindOf[role],
  provinceCode: kindOf[role] === 'agency' ? null : '01',
});

/** Every role × every action: reads for everyone signed in; changes for the system administrator alone. */
const expected: Record<ReferenceAction, (role: Role) => boolean> = {
  'units.read': () => true,
  'catalogues.read': () => true,
  'legalDocuments.read': () => true,
  'units.import': (r) => r === 'system_admin',
  'catalogues.manage': (r) => r === 'system_admin',
  'legalDocuments.manage': (r) => r === 'system_admin',
};

describe('reference policy (role × action)', () => {
  const cases = roles.flatMap((role) =>
    referenceActions.map((action) => [role, action, expected[action](role)] as const),
  );

  it('covers every role and action', () => {
    expect(cases).toHaveLength(roles.length * 6);
  });

  it.each(cases)('%s %s → %s', (role, action, allowed) => {
    expect(canReference(actor(role), action)).toBe(allowed);
  });

  it.each(referenceActions)('nobody signed out may %s', (action) => {
    expect(canReference(null, action)).toBe(false);
  });

  it('department administrators do not edit national catalogues', () => {
    expect(canReference(actor('department_admin'), 'catalogues.manage')).toBe(false);
    expect(canReference(actor('agency_leader'), 'legalDocuments.manage')).toBe(false);
  });
});
