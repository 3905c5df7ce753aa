import { describe, expect, it } from 'vitest';
import type { OrgKind, Role } from '../../../../shared/schemas/identity.ts';
import type { Actor } from '../../platform/actor.ts';
import {
  canEstablishment,
  canListEstablishments,
  type EstablishmentAction,
  establishmentScopeFor,
} from './establishments.policy.ts';

const actor = (
  role: Role,
  provinceCode: string | null,
  organisationKind: OrgKind,
  organisationId = 'org-1',
): Actor => ({
  userId: `u-${role}`,
  email: `${role}@x.vn`,
  fullName: role,
  role,
  organisationId,
  organisationKind,
  provinceCode,
});

const actors = {
  system_admin: actor('system_admin', null, 'agency'),
  agency_leader: actor('agency_leader', null, 'agency'),
  agency_officer: actor('agency_officer', null, 'agency'),
  department_admin: actor('department_admin', '91', 'department'),
  department_leader: actor('department_leader', '91', 'department'),
  department_officer: actor('department_officer', '91', 'department'),
  centre_staff: actor('implementer_staff', '91', 'centre'),
  implementer_staff: actor('implementer_staff', null, 'implementer'),
  council_member: actor('council_member', '01', 'other'),
  establishment_rep: actor('establishment_rep', '91', 'establishment', 'org-htx'),
};

const own = { provinceCode: '91', organisationId: 'org-htx' };
const ownOther = { provinceCode: '91', organisationId: 'org-other' };
const other = { provinceCode: '01', organisationId: null };

// Expected: [own province, own province but another organisation's record, another province]
const Y = true;
const N = false;
const table: Record<keyof typeof actors, Record<EstablishmentAction, [boolean, boolean, boolean]>> = {
  system_admin: {
    read: [Y, Y, Y],
    export: [Y, Y, Y],
    create: [Y, Y, Y],
    update: [Y, Y, Y],
    import: [Y, Y, Y],
    delete: [Y, Y, Y],
  },
  agency_leader: {
    read: [Y, Y, Y],
    export: [Y, Y, Y],
    create: [N, N, N],
    update: [N, N, N],
    import: [N, N, N],
    delete: [N, N, N],
  },
  agency_officer: {
    read: [Y, Y, Y],
    export: [Y, Y, Y],
    create: [N, N, N],
    update: [N, N, N],
    import: [N, N, N],
    delete: [N, N, N],
  },
  department_admin: {
    read: [Y, Y, N],
    export: [Y, Y, N],
    create: [Y, Y, N],
    update: [Y, Y, N],
    import: [Y, Y, N],
    delete: [Y, Y, N],
  },
  department_leader: {
    read: [Y, Y, N],
    export: [Y, Y, N],
    create: [N, N, N],
    update: [N, N, N],
    import: [N, N, N],
    delete: [Y, Y, N],
  },
  department_officer: {
    read: [Y, Y, N],
    export: [Y, Y, N],
    create: [Y, Y, N],
    update: [Y, Y, N],
    import: [Y, Y, N],
    delete: [N, N, N],
  },
  centre_staff: {
    read: [Y, Y, N],
    export: [Y, Y, N],
    create: [Y, Y, N],
    update: [Y, Y, N],
    import: [Y, Y, N],
    delete: [N, N, N],
  },
  implementer_staff: {
    read: [N, N, N],
    export: [N, N, N],
    create: [N, N, N],
    update: [N, N, N],
    import: [N, N, N],
    delete: [N, N, N],
  },
  council_member: {
    read: [N, N, N],
    export: [N, N, N],
    create: [N, N, N],
    update: [N, N, N],
    import: [N, N, N],
    delete: [N, N, N],
  },
  establishment_rep: {
    read: [Y, N, N],
    export: [Y, N, N],
    create: [N, N, N],
    update: [N, N, N],
    import: [N, N, N],
    delete: [N, N, N],
  },
};

describe('establishments policy: role × action × province', () => {
  for (const [name, expected] of Object.entries(table)) {
    for (const [action, [a, b, c]] of Object.entries(expected)) {
      it(`${name} ${action}: own ${a ? 'yes' : 'no'}, own-other-org ${b ? 'yes' : 'no'}, other province ${c ? 'yes' : 'no'}`, () => {
        const who = actors[name as keyof typeof actors];
        const act = action as EstablishmentAction;
        expect(canEstablishment(who, act, own)).toBe(a);
        expect(canEstablishment(who, act, ownOther)).toBe(b);
        expect(canEstablishment(who, act, other)).toBe(c);
      });
    }
  }

  it('scopes: all, province, organisation, none', () => {
    expect(establishmentScopeFor(actors.agency_officer)).toEqual({ kind: 'all' });
    expect(establishmentScopeFor(actors.department_officer)).toEqual({
      kind: 'province',
      provinceCode: '91',
    });
    expect(establishmentScopeFor(actors.centre_staff)).toEqual({ kind: 'province', provinceCode: '91' });
    expect(establishmentScopeFor(actors.establishment_rep)).toMatchObject({
      kind: 'organisation',
      organisationId: 'org-htx',
    });
    expect(establishmentScopeFor(actors.council_member)).toBeNull();
    expect(canListEstablishments(actors.implementer_staff)).toBe(false);
  });
});
