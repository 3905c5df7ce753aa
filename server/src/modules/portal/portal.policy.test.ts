import { describe, expect, it } from 'vitest';
import type { OrgKind, Role } from '../../../../shared/schemas/identity.ts';
import type { ContentStatus } from '../../../../shared/schemas/portal.ts';
import type { Actor } from '../../platform/actor.ts';
import { type ContentAction, type ContentTarget, canRegister, scopeFor, whyNot } from './portal.policy.ts';

const actor = (role: Role, provinceCode: string | null, organisationKind: OrgKind): Actor => ({
  userId: `u-${role}-${provinceCode}`,
  email: `${role}@x.vn`,
  fullName: role,
  role,
  organisationId: `o-${role}-${provinceCode}`,
  organisationKind,
  provinceCode,
});

const A = {
  admin: actor('system_admin', null, 'agency'),
  agencyLeader: actor('agency_leader', null, 'agency'),
  agencyOfficer: actor('agency_officer', null, 'agency'),
  hanoiAdmin: actor('department_admin', '01', 'department'),
  hanoiLeader: actor('department_leader', '01', 'department'),
  hanoiOfficer: actor('department_officer', '01', 'department'),
  angiangOfficer: actor('department_officer', '91', 'department'),
  angiangLeader: actor('department_leader', '91', 'department'),
  centreStaff: actor('implementer_staff', '91', 'centre'),
  implementer: actor('implementer_staff', null, 'implementer'),
  council: actor('council_member', '01', 'other'),
  establishment: actor('establishment_rep', '91', 'establishment'),
};
type Who = keyof typeof A;

const national = (status: ContentStatus): ContentTarget => ({
  kind: 'article' as const,
  provinceCode: null,
  status,
});
const hanoi = (status: ContentStatus): ContentTarget => ({
  kind: 'article' as const,
  provinceCode: '01',
  status,
});
const angiangEvent = (status: ContentStatus): ContentTarget => ({
  kind: 'event' as const,
  provinceCode: '91',
  status,
});

type Row = [Who, ContentAction, ContentTarget, string | null];

// who × action × target → null (allowed) or the refusal code
const table: Row[] = [
  // creating: editors and reviewers for their own level only
  ['agencyOfficer', 'create', national('draft'), null],
  ['agencyOfficer', 'create', hanoi('draft'), 'PORTAL_OTHER_PROVINCE'],
  ['hanoiOfficer', 'create', hanoi('draft'), null],
  ['hanoiOfficer', 'create', national('draft'), 'PORTAL_OTHER_PROVINCE'],
  ['hanoiAdmin', 'create', hanoi('draft'), null],
  ['centreStaff', 'create', angiangEvent('draft'), null],
  ['centreStaff', 'create', hanoi('draft'), 'PORTAL_OTHER_PROVINCE'],
  ['implementer', 'create', national('draft'), 'FORBIDDEN'],
  ['council', 'create', hanoi('draft'), 'FORBIDDEN'],
  ['establishment', 'create', angiangEvent('draft'), 'FORBIDDEN'],
  ['admin', 'create', hanoi('draft'), null],
  // editing: drafts and items in review by editors; published only by reviewers; archived by nobody
  ['hanoiOfficer', 'update', hanoi('draft'), null],
  ['hanoiOfficer', 'update', hanoi('in_review'), null],
  ['hanoiOfficer', 'update', hanoi('published'), 'PORTAL_REVIEWER_REQUIRED'],
  ['hanoiLeader', 'update', hanoi('published'), null],
  ['hanoiLeader', 'update', hanoi('archived'), 'PORTAL_NOT_EDITABLE'],
  ['angiangOfficer', 'update', hanoi('draft'), 'PORTAL_OTHER_PROVINCE'],
  ['agencyOfficer', 'update', hanoi('draft'), 'PORTAL_OTHER_PROVINCE'],
  ['agencyLeader', 'update', hanoi('published'), 'PORTAL_OTHER_PROVINCE'],
  ['admin', 'update', hanoi('published'), null],
  ['hanoiOfficer', 'restore', hanoi('draft'), null],
  ['hanoiOfficer', 'restore', hanoi('published'), 'PORTAL_REVIEWER_REQUIRED'],
  // workflow
  ['hanoiOfficer', 'submit', hanoi('draft'), null],
  ['hanoiOfficer', 'submit', hanoi('in_review'), 'PORTAL_BAD_TRANSITION'],
  ['hanoiOfficer', 'publish', hanoi('in_review'), 'PORTAL_REVIEWER_REQUIRED'],
  ['hanoiAdmin', 'publish', hanoi('in_review'), 'PORTAL_REVIEWER_REQUIRED'],
  ['hanoiLeader', 'publish', hanoi('in_review'), null],
  ['hanoiLeader', 'publish', hanoi('draft'), null],
  ['hanoiLeader', 'publish', hanoi('published'), 'PORTAL_BAD_TRANSITION'],
  ['angiangLeader', 'publish', hanoi('in_review'), 'PORTAL_OTHER_PROVINCE'],
  ['agencyLeader', 'publish', national('in_review'), null],
  ['agencyLeader', 'publish', hanoi('in_review'), 'PORTAL_OTHER_PROVINCE'],
  ['agencyOfficer', 'publish', national('in_review'), 'PORTAL_REVIEWER_REQUIRED'],
  ['hanoiLeader', 'return', hanoi('in_review'), null],
  ['hanoiOfficer', 'return', hanoi('in_review'), 'PORTAL_REVIEWER_REQUIRED'],
  ['hanoiLeader', 'archive', hanoi('published'), null],
  ['hanoiLeader', 'archive', hanoi('draft'), 'PORTAL_BAD_TRANSITION'],
  ['hanoiOfficer', 'archive', hanoi('published'), 'PORTAL_REVIEWER_REQUIRED'],
  ['hanoiOfficer', 'reopen', hanoi('archived'), null],
  ['hanoiOfficer', 'reopen', hanoi('draft'), 'PORTAL_BAD_TRANSITION'],
  ['establishment', 'publish', angiangEvent('in_review'), 'FORBIDDEN'],
  // reading in the officials' app: national roles everything, provincial staff their province
  ['agencyOfficer', 'read', hanoi('draft'), null],
  ['hanoiOfficer', 'read', hanoi('draft'), null],
  ['hanoiOfficer', 'read', angiangEvent('draft'), 'NOT_FOUND'],
  ['hanoiOfficer', 'read', national('draft'), 'NOT_FOUND'],
  ['establishment', 'read', angiangEvent('published'), 'FORBIDDEN'],
  // the organiser's registration list
  ['centreStaff', 'viewRegistrations', angiangEvent('published'), null],
  ['angiangLeader', 'viewRegistrations', angiangEvent('published'), null],
  ['hanoiLeader', 'viewRegistrations', angiangEvent('published'), 'PORTAL_OTHER_PROVINCE'],
  [
    'angiangLeader',
    'viewRegistrations',
    { kind: 'article', provinceCode: '91', status: 'published' },
    'NOT_FOUND',
  ],
];

describe('portal policy', () => {
  it.each(table)('%s %s %j → %s', (who, action, target, expected) => {
    expect(whyNot(A[who], action, target)).toBe(expected);
  });

  it('scopes the officials app by level', () => {
    expect(scopeFor(A.agencyOfficer)).toEqual({ kind: 'all' });
    expect(scopeFor(A.hanoiOfficer)).toEqual({ kind: 'province', provinceCode: '01' });
    expect(scopeFor(A.centreStaff)).toEqual({ kind: 'province', provinceCode: '91' });
    expect(scopeFor(A.establishment).kind).toBe('self');
  });

  it('lets only establishment representatives register', () => {
    expect(canRegister(A.establishment)).toBe(true);
    for (const who of ['admin', 'hanoiOfficer', 'centreStaff', 'council'] as const)
      expect(canRegister(A[who])).toBe(false);
  });
});
