import { describe, expect, it } from 'vitest';
import type { OrgKind, Role } from '../../../../shared/schemas/identity.ts';
import type { SchemeLevel } from '../../../../shared/schemas/rules.ts';
import {
  type SchemeAction,
  type SchemeState,
  schemeActions,
  schemeStates,
} from '../../../../shared/schemas/schemes.ts';
import type { Actor } from '../../platform/actor.ts';
import {
  abilitiesOf,
  canCreate,
  canFire,
  canUpdate,
  inScope,
  type SchemeTarget,
  scopeFor,
} from './schemes.policy.ts';
import { actionsFrom, transitionFor } from './schemes.workflow.ts';

const actor = (
  role: Role,
  kind: OrgKind,
  provinceCode: string | null,
  org = `org-${kind}-${provinceCode}`,
): Actor => ({
  userId: `u-${role}-${provinceCode}`,
  email: `${role}@x.vn`,
  fullName: role,
  role,
  organisationId: org,
  organisationKind: kind,
  provinceCode,
});

const who = {
  owner: actor('implementer_staff', 'centre', '91'),
  otherCentre: actor('implementer_staff', 'centre', '01'),
  establishment: actor('establishment_rep', 'establishment', '91'),
  agOfficer: actor('department_officer', 'department', '91'),
  agLeader: actor('department_leader', 'department', '91'),
  agAdmin: actor('department_admin', 'department', '91'),
  hnOfficer: actor('department_officer', 'department', '01'),
  hnLeader: actor('department_leader', 'department', '01'),
  agencyOfficer: actor('agency_officer', 'agency', null),
  agencyLeader: actor('agency_leader', 'agency', null),
  sysadmin: actor('system_admin', 'agency', null),
  council: actor('council_member', 'other', '01'),
};
type Who = keyof typeof who;

const scheme = (level: SchemeLevel, state: SchemeState): SchemeTarget => ({
  level,
  state,
  provinceCode: '91',
  ownerOrgId: 'org-centre-91',
  implementerOrgId: 'org-centre-91',
});

/** Everyone allowed to fire an action from a state; everyone else must be refused. */
const allowed: [SchemeLevel, SchemeState, SchemeAction, Who[]][] = [
  ['national', 'draft', 'submit', ['owner']],
  ['local', 'draft', 'submit', ['owner']],
  ['national', 'returned', 'submit', ['owner']],
  ['national', 'submitted', 'forward', ['agOfficer', 'agLeader']],
  ['local', 'submitted', 'forward', ['agOfficer', 'agLeader']],
  ['national', 'submitted', 'return', ['agOfficer', 'agLeader']],
  ['national', 'submitted', 'reject', ['agOfficer', 'agLeader']],
  ['national', 'province_appraised', 'register', ['agOfficer', 'agLeader', 'agencyOfficer']],
  ['local', 'province_appraised', 'register', []],
  ['national', 'province_appraised', 'approve', []],
  ['local', 'province_appraised', 'approve', []],
  ['local', 'province_appraised', 'return', ['agLeader']],
  ['national', 'province_appraised', 'return', ['agOfficer', 'agLeader']],
  ['national', 'registered', 'appraise', ['agencyOfficer', 'agencyLeader']],
  ['national', 'registered', 'return', ['agencyOfficer', 'agencyLeader']],
  ['national', 'agency_appraised', 'approve', []],
  ['national', 'agency_appraised', 'reject', ['agencyOfficer', 'agencyLeader']],
  ['national', 'submitted', 'withdraw', ['owner']],
  ['national', 'agency_appraised', 'withdraw', ['owner']],
  ['national', 'approved', 'withdraw', []],
  ['national', 'approved', 'return', []],
  ['national', 'rejected', 'submit', []],
  ['national', 'withdrawn', 'submit', []],
  ['national', 'draft', 'forward', []],
  ['national', 'submitted', 'submit', []],
  ['local', 'registered', 'appraise', []],
];

describe('scheme workflow × roles', () => {
  it.each(allowed)('%s %s → %s: only %j', (level, state, action, expected) => {
    for (const [name, a] of Object.entries(who) as [Who, Actor][]) {
      expect([name, canFire(a, scheme(level, state), action)]).toEqual([name, expected.includes(name)]);
    }
  });

  it('every state × action either has a transition or is refused for everyone', () => {
    for (const level of ['national', 'local'] as const)
      for (const state of schemeStates)
        for (const action of schemeActions) {
          const t = transitionFor(level, state, action);
          if (!t)
            for (const a of Object.values(who)) expect(canFire(a, scheme(level, state), action)).toBe(false);
        }
  });

  it("local schemes skip registration and agency appraisal; approval is the plan's, never a scheme action", () => {
    expect(actionsFrom('local', 'province_appraised').sort()).toEqual(['reject', 'return', 'withdraw']);
    expect(actionsFrom('national', 'province_appraised').sort()).toEqual([
      'register',
      'reject',
      'return',
      'withdraw',
    ]);
    expect(actionsFrom('national', 'agency_appraised')).not.toContain('approve');
    for (const state of schemeStates) {
      expect(transitionFor('local', state, 'approve')).toBeUndefined();
      expect(transitionFor('national', state, 'approve')).toBeUndefined();
    }
  });

  it('terminal states offer nothing', () => {
    for (const s of ['approved', 'rejected', 'withdrawn'] as const) {
      expect(actionsFrom('national', s)).toEqual([]);
      expect(actionsFrom('local', s)).toEqual([]);
    }
  });

  it('the submission deadline binds the first submission only; registration binds register', () => {
    expect(transitionFor('national', 'draft', 'submit')?.deadline).toEqual({
      stage: 'submission',
      onlyFrom: ['draft'],
    });
    expect(transitionFor('national', 'province_appraised', 'register')?.deadline?.stage).toBe('registration');
    expect(transitionFor('national', 'submitted', 'forward')?.deadline).toBeUndefined();
  });
});

describe('editing, creating, scope', () => {
  it('only the owner edits, and only drafts and returned schemes', () => {
    expect(canUpdate(who.owner, scheme('national', 'draft'))).toBe(true);
    expect(canUpdate(who.owner, scheme('national', 'returned'))).toBe(true);
    expect(canUpdate(who.owner, scheme('national', 'submitted'))).toBe(false);
    expect(canUpdate(who.agOfficer, scheme('national', 'draft'))).toBe(false);
    expect(canUpdate(who.establishment, scheme('national', 'draft'))).toBe(false);
  });

  it('drafters create in their own province; the agency only national schemes', () => {
    expect(canCreate(who.owner, { level: 'national', provinceCode: '91' })).toBe(true);
    expect(canCreate(who.owner, { level: 'local', provinceCode: '01' })).toBe(false);
    expect(canCreate(who.establishment, { level: 'local', provinceCode: '91' })).toBe(true);
    expect(canCreate(who.agencyOfficer, { level: 'national', provinceCode: '01' })).toBe(true);
    expect(canCreate(who.agencyOfficer, { level: 'local', provinceCode: '01' })).toBe(false);
    expect(canCreate(who.council, { level: 'local', provinceCode: '01' })).toBe(false);
    expect(canCreate(who.sysadmin, { level: 'national', provinceCode: '01' })).toBe(false);
    expect(
      canCreate(actor('implementer_staff', 'implementer', null), { level: 'national', provinceCode: '66' }),
    ).toBe(true);
  });

  it('scopes: agency all, department its province, implementer its organisation, council none', () => {
    const s = scheme('national', 'submitted');
    expect(inScope(scopeFor(who.agencyOfficer), s)).toBe(true);
    expect(inScope(scopeFor(who.agAdmin), s)).toBe(true);
    expect(inScope(scopeFor(who.hnOfficer), s)).toBe(false);
    expect(inScope(scopeFor(who.owner), s)).toBe(true);
    expect(inScope(scopeFor(who.otherCentre), s)).toBe(false);
    expect(inScope(scopeFor(who.council), s)).toBe(false);
    expect(inScope(scopeFor(who.establishment), { ...s, ownerOrgId: 'org-establishment-91' })).toBe(true);
  });

  it('abilities list the actions the actor may fire now', () => {
    const a = abilitiesOf(who.agOfficer, scheme('national', 'submitted'));
    expect(a.forward).toBe(true);
    expect(a.return).toBe(true);
    expect(a.submit).toBe(false);
    expect(a.update).toBe(false);
    expect(abilitiesOf(who.owner, scheme('national', 'draft'))).toMatchObject({
      update: true,
      submit: true,
      withdraw: true,
      forward: false,
    });
  });

  it('abilities agree with canFire and canUpdate for every reader, level, state and action', () => {
    for (const a of Object.values(who))
      for (const level of ['national', 'local'] as SchemeLevel[])
        for (const state of schemeStates) {
          const s = scheme(level, state);
          const got = abilitiesOf(a, s);
          expect(Object.keys(got).sort()).toEqual(['attach', 'print', 'update', ...schemeActions].sort());
          for (const action of schemeActions)
            expect(got[action], `${a.role} ${level} ${state} ${action}`).toBe(canFire(a, s, action));
          expect(got.update).toBe(canUpdate(a, s));
          expect(got.attach).toBe(canUpdate(a, s));
        }
  });
});
