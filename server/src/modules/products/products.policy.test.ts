import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../shared/schemas/identity.ts';
import type { Actor } from '../../platform/actor.ts';
import {
  canEntry,
  canRound,
  decides,
  entryScopeFor,
  type Membership,
  organises,
  type RoundTarget,
} from './products.policy.ts';

const actor = (
  role: Role,
  provinceCode: string | null,
  kind: Actor['organisationKind'] = 'department',
): Actor => ({
  userId: `u-${role}-${provinceCode}`,
  email: `${role}@x.vn`,
  fullName: role,
  role,
  organisationId: `o-${kind}-${provinceCode}`,
  organisationKind: kind,
  provinceCode,
});

const admin = actor('system_admin', null, 'agency');
const agencyLeader = actor('agency_leader', null, 'agency');
const agencyOfficer = actor('agency_officer', null, 'agency');
const agLeader = actor('department_leader', '91');
const agOfficer = actor('department_officer', '91');
const agAdmin = actor('department_admin', '91');
const hnOfficer = actor('department_officer', '01');
const hnLeader = actor('department_leader', '01');
const agCentre = actor('implementer_staff', '91', 'centre');
const implementer = actor('implementer_staff', null, 'implementer');
const expert = actor('council_member', '01', 'other');
const agRep = actor('establishment_rep', '91', 'establishment');
const hnRep = actor('establishment_rep', '01', 'establishment');

const province = (status: RoundTarget['status'] = 'registration'): RoundTarget => ({
  level: 'province',
  provinceCode: '91',
  regionProvinceCodes: [],
  status,
});
const region: RoundTarget = {
  level: 'region',
  provinceCode: null,
  regionProvinceCodes: ['91', '92', '96'],
  status: 'registration',
};
const nation: RoundTarget = {
  level: 'nation',
  provinceCode: null,
  regionProvinceCodes: [],
  status: 'registration',
};
const chair: Membership = { role: 'chair' };
const plain: Membership = { role: 'member' };

describe('organisers and deciders', () => {
  it.each([
    [admin, province(), true, true],
    [agOfficer, province(), true, false],
    [agAdmin, province(), true, false],
    [agLeader, province(), true, true],
    [hnOfficer, province(), false, false],
    [hnLeader, province(), false, false],
    [agCentre, province(), false, false],
    [agencyOfficer, province(), false, false],
    [agencyOfficer, region, true, false],
    [agencyLeader, region, true, true],
    [agencyLeader, nation, true, true],
    [agLeader, region, false, false],
    [agLeader, nation, false, false],
  ] as const)('%s organises %s: %s, decides: %s', (a, r, org, dec) => {
    expect(organises(a, r)).toBe(org);
    expect(decides(a, r)).toBe(dec);
  });
});

describe('canRound', () => {
  const table: [string, Actor, RoundTarget, Membership, Parameters<typeof canRound>[1], boolean][] = [
    ['organiser reads a draft', agOfficer, province('draft'), null, 'read', true],
    ['another province does not read a draft', hnOfficer, province('draft'), null, 'read', false],
    [
      'another province does not read a published provincial round',
      hnOfficer,
      province(),
      null,
      'read',
      false,
    ],
    ['agency reads every round', agencyOfficer, province('draft'), null, 'read', true],
    ['representative reads a round of its province', agRep, province(), null, 'read', true],
    ['representative does not read a draft', agRep, province('draft'), null, 'read', false],
    ['representative of another province does not read it', hnRep, province(), null, 'read', false],
    ['representative reads a regional round that covers its province', agRep, region, null, 'read', true],
    ['representative outside the region does not', hnRep, region, null, 'read', false],
    ['everyone with a province reads a national round', hnRep, nation, null, 'read', true],
    ['council member reads the round they sit on', expert, province('scoring'), plain, 'read', true],
    ['an outside expert does not', expert, province('scoring'), null, 'read', false],
    ['organiser updates', agOfficer, province(), null, 'update', true],
    ['leader of another province cannot update', hnLeader, province(), null, 'update', false],
    ['organiser manages the council', agAdmin, province(), null, 'manageCouncil', true],
    ['a member cannot manage the council', expert, province(), chair, 'manageCouncil', false],
    ['officer cannot recognise', agOfficer, province('results'), null, 'recognise', false],
    ['leader recognises', agLeader, province('results'), null, 'recognise', true],
    ['agency leader recognises national', agencyLeader, nation, null, 'recognise', true],
    ['agency officer cannot recognise national', agencyOfficer, nation, null, 'recognise', false],
    ['member scores', expert, province('scoring'), plain, 'score', true],
    ['organiser does not score', agOfficer, province('scoring'), null, 'score', false],
    ['chair sees results', expert, province('scoring'), chair, 'viewResults', true],
    ['plain member does not see results', expert, province('scoring'), plain, 'viewResults', false],
    ['secretary sees results', expert, province('scoring'), { role: 'secretary' }, 'viewResults', true],
    ['member declares a conflict', expert, province(), plain, 'declareConflict', true],
    ['organiser records a conflict', agOfficer, province(), null, 'declareConflict', true],
    ['outsider cannot declare', hnOfficer, province(), null, 'declareConflict', false],
    ['representative registers in its province', agRep, province(), null, 'register', true],
    ['representative of another province cannot', hnRep, province(), null, 'register', false],
    ['centre staff registers on behalf', agCentre, province(), null, 'register', true],
    ['department of a province in the region registers', agOfficer, region, null, 'register', true],
    ['department outside the region cannot', hnOfficer, region, null, 'register', false],
    ['agency registers anywhere', agencyOfficer, province(), null, 'register', true],
    ['a national implementer cannot register', implementer, province(), null, 'register', false],
    ['a council member cannot register', expert, province(), null, 'register', false],
    ['organiser resolves complaints', agOfficer, province('results'), null, 'resolveComplaint', true],
    ['leader revokes', agLeader, province('recognised'), null, 'revoke', true],
    ['officer cannot revoke', agOfficer, province('recognised'), null, 'revoke', false],
  ];
  it.each(table)('%s', (_label, a, r, m, action, expected) =>
    expect(canRound(a, action, r, m)).toBe(expected),
  );
});

describe('canEntry and entry scopes', () => {
  const entry = (over: Partial<Parameters<typeof canEntry>[2]> = {}) => ({
    round: province(),
    member: null,
    own: false,
    provinceCode: '91',
    status: 'registered',
    ...over,
  });
  it.each([
    ['own representative reads', agRep, entry({ own: true }), 'read', true],
    ['another representative does not', agRep, entry(), 'read', false],
    ['department of the establishment reads', agOfficer, entry({ round: region }), 'read', true],
    ['department elsewhere does not', hnOfficer, entry(), 'read', false],
    ['council member reads', expert, entry({ member: plain }), 'read', true],
    ['own representative withdraws during registration', agRep, entry({ own: true }), 'withdraw', true],
    ['not after registration', agRep, entry({ own: true, round: province('scoring') }), 'withdraw', false],
    ['not a withdrawn entry', agRep, entry({ own: true, status: 'withdrawn' }), 'withdraw', false],
    [
      'own representative complains after results',
      agRep,
      entry({ own: true, round: province('results') }),
      'complain',
      true,
    ],
    ['not before results', agRep, entry({ own: true, round: province('scoring') }), 'complain', false],
    ['officer complains on behalf', agOfficer, entry({ round: province('results') }), 'complain', true],
    [
      'another representative cannot',
      hnRep,
      entry({ provinceCode: '01', round: province('results') }),
      'complain',
      false,
    ],
  ] as const)('%s', (_l, a, e, action, expected) => expect(canEntry(a, action, e)).toBe(expected));

  it('lists everything for organisers and members, a province for departments, own establishments for representatives', () => {
    expect(entryScopeFor(agOfficer, province(), null, [])).toEqual({ kind: 'all' });
    expect(entryScopeFor(expert, province(), plain, [])).toEqual({ kind: 'all' });
    expect(entryScopeFor(agOfficer, nation, null, [])).toEqual({ kind: 'province', provinceCode: '91' });
    expect(entryScopeFor(agRep, province(), null, ['e1'])).toEqual({
      kind: 'establishments',
      establishmentIds: ['e1'],
    });
    expect(entryScopeFor(implementer, province(), null, [])).toBeNull();
  });
});
