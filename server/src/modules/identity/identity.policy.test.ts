import { describe, expect, it } from 'vitest';
import type { OrgKind, Role } from '../../../../shared/schemas/identity.ts';
import type { Actor } from '../../platform/actor.ts';
import { canOrg, canUser, scopeFor } from './identity.policy.ts';

const actor = (
  role: Role,
  kind: OrgKind,
  provinceCode: string | null,
  id = `u-${role}-${provinceCode}`,
): Actor => ({
  userId: id,
  email: `${id}@x.vn`,
  fullName: id,
  role,
  organisationId: `org-${kind}-${provinceCode}`,
  organisationKind: kind,
  provinceCode,
});

const actors = {
  sysadmin: actor('system_admin', 'agency', null),
  agencyLeader: actor('agency_leader', 'agency', null),
  agencyOfficer: actor('agency_officer', 'agency', null),
  hnAdmin: actor('department_admin', 'department', '01'),
  hnLeader: actor('department_leader', 'department', '01'),
  hnOfficer: actor('department_officer', 'department', '01'),
  centre: actor('implementer_staff', 'centre', '01'),
  council: actor('council_member', 'other', '01'),
  establishment: actor('establishment_rep', 'establishment', '01'),
};
type Who = keyof typeof actors;

const ownCentre: { id: string; kind: OrgKind; provinceCode: string | null } = {
  id: 'org-centre-01',
  kind: 'centre',
  provinceCode: '01',
};
const otherCentre = { id: 'org-centre-91', kind: 'centre' as OrgKind, provinceCode: '91' };
const agencyOrg = { id: 'org-agency-null', kind: 'agency' as OrgKind, provinceCode: null };

// role × action × own/other province: [who, action, target, expected]
const userCases: [Who, Parameters<typeof canUser>[1], 'own' | 'other' | 'agency', Role, boolean][] = [
  ['sysadmin', 'create', 'other', 'department_officer', true],
  ['sysadmin', 'create', 'agency', 'agency_officer', true],
  ['agencyLeader', 'read', 'other', 'implementer_staff', true],
  ['agencyLeader', 'create', 'own', 'implementer_staff', false],
  ['agencyOfficer', 'update', 'own', 'implementer_staff', false],
  ['hnAdmin', 'read', 'own', 'implementer_staff', true],
  ['hnAdmin', 'read', 'other', 'implementer_staff', false],
  ['hnAdmin', 'create', 'own', 'implementer_staff', true],
  ['hnAdmin', 'create', 'own', 'department_admin', true],
  ['hnAdmin', 'create', 'own', 'agency_officer', false],
  ['hnAdmin', 'create', 'own', 'system_admin', false],
  ['hnAdmin', 'create', 'other', 'implementer_staff', false],
  ['hnAdmin', 'update', 'other', 'implementer_staff', false],
  ['hnAdmin', 'disable', 'own', 'department_officer', true],
  ['hnAdmin', 'resetPassword', 'own', 'establishment_rep', true],
  ['hnAdmin', 'create', 'agency', 'agency_officer', false],
  ['hnLeader', 'read', 'own', 'implementer_staff', true],
  ['hnLeader', 'read', 'other', 'implementer_staff', false],
  ['hnLeader', 'update', 'own', 'implementer_staff', false],
  ['hnOfficer', 'read', 'own', 'department_officer', true],
  ['hnOfficer', 'create', 'own', 'implementer_staff', false],
  ['centre', 'read', 'own', 'implementer_staff', true],
  ['centre', 'read', 'other', 'implementer_staff', false],
  ['council', 'read', 'own', 'implementer_staff', false],
  ['establishment', 'update', 'own', 'implementer_staff', false],
];

describe('canUser: role × action × province', () => {
  it.each(userCases)('%s %s a %s-province %s → %s', (who, action, where, role, expected) => {
    const organisation = where === 'own' ? ownCentre : where === 'other' ? otherCentre : agencyOrg;
    expect(canUser(actors[who], action, { id: 'target', role, organisation })).toBe(expected);
  });

  it('nobody disables or re-roles themselves', () => {
    const me = actors.hnAdmin;
    const self = {
      id: me.userId,
      role: me.role,
      organisation: { id: me.organisationId, kind: 'department' as OrgKind, provinceCode: '01' },
    };
    expect(canUser(me, 'disable', self)).toBe(false);
    expect(canUser(me, 'changeRole', self)).toBe(false);
    expect(canUser(actors.sysadmin, 'disable', { ...self, id: actors.sysadmin.userId })).toBe(false);
  });

  it('everyone reads their own record', () => {
    const e = actors.establishment;
    expect(
      canUser(e, 'read', {
        id: e.userId,
        role: e.role,
        organisation: { id: 'elsewhere', kind: 'establishment', provinceCode: '01' },
      }),
    ).toBe(true);
  });
});

describe('canOrg', () => {
  const cases: [Who, 'read' | 'create' | 'update', typeof ownCentre, boolean][] = [
    ['sysadmin', 'create', otherCentre, true],
    ['hnAdmin', 'create', ownCentre, true],
    ['hnAdmin', 'create', otherCentre, false],
    ['hnAdmin', 'update', { ...ownCentre, kind: 'department' }, false],
    ['hnAdmin', 'create', agencyOrg, false],
    ['hnOfficer', 'create', ownCentre, false],
    ['hnOfficer', 'read', ownCentre, true],
    ['hnOfficer', 'read', otherCentre, false],
    ['agencyOfficer', 'read', otherCentre, true],
    ['agencyOfficer', 'update', otherCentre, false],
  ];
  it.each(cases)('%s %s %o → %s', (who, action, org, expected) => {
    expect(canOrg(actors[who], action, org)).toBe(expected);
  });
});

describe('scopeFor', () => {
  it('national roles see all, departments their province, others their organisation', () => {
    expect(scopeFor(actors.agencyOfficer)).toEqual({ kind: 'all' });
    expect(scopeFor(actors.hnOfficer)).toEqual({ kind: 'province', provinceCode: '01' });
    expect(scopeFor(actors.centre)).toMatchObject({ kind: 'organisation', organisationId: 'org-centre-01' });
  });
});
