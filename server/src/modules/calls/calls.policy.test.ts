import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../shared/schemas/identity.ts';
import type { Actor } from '../../platform/actor.ts';
import { canCall, stageOpen, vnToday } from './calls.policy.ts';

const actor = (role: Role, provinceCode: string | null): Actor => ({
  userId: 'u',
  email: 'u@x.vn',
  fullName: 'u',
  role,
  organisationId: 'o',
  organisationKind: provinceCode ? 'department' : 'agency',
  provinceCode,
});

// TT 36/2013: proposals to the department before 20 May, registration with the agency before 15 June.
const call = { submissionDeadline: '2019-05-20', registrationDeadline: '2019-06-15' };

describe('stageOpen', () => {
  it.each([
    ['2019-05-19', 'submission', true],
    ['2019-05-20', 'submission', true],
    ['2019-05-21', 'submission', false],
    ['2019-06-15', 'registration', true],
    ['2019-06-16', 'registration', false],
  ] as const)('%s %s → %s', (today, stage, open) => {
    expect(stageOpen(call, [], stage, '91', today).open).toBe(open);
  });

  it('a reopened window counts for all provinces or the one named, inside its dates', () => {
    const all = [{ stage: 'submission', provinceCode: null, opensOn: '2019-05-21', closesOn: '2019-05-31' }];
    const one = [{ stage: 'submission', provinceCode: '66', opensOn: '2019-05-21', closesOn: '2019-05-31' }];
    expect(stageOpen(call, all, 'submission', '91', '2019-05-31')).toEqual({
      open: true,
      deadline: '2019-05-20',
      viaWindow: true,
    });
    expect(stageOpen(call, all, 'submission', '91', '2019-06-01').open).toBe(false);
    expect(stageOpen(call, all, 'registration', '91', '2019-06-20').open).toBe(false);
    expect(stageOpen(call, one, 'submission', '66', '2019-05-25').open).toBe(true);
    expect(stageOpen(call, one, 'submission', '91', '2019-05-25').open).toBe(false);
  });

  it('a stage without a deadline (local registration) is always open', () => {
    expect(
      stageOpen(
        { submissionDeadline: '2019-07-15', registrationDeadline: null },
        [],
        'registration',
        '01',
        '2030-01-01',
      ).open,
    ).toBe(true);
  });

  it('Vietnam date: 17:00 UTC is already the next day', () => {
    expect(vnToday(new Date('2019-05-20T16:59:59Z'))).toBe('2019-05-20');
    expect(vnToday(new Date('2019-05-20T17:00:00Z'))).toBe('2019-05-21');
  });
});

describe('canCall', () => {
  const national = { level: 'national' as const, provinceCode: null };
  const local91 = { level: 'local' as const, provinceCode: '91' };
  it.each([
    ['agency_officer', null, national, 'create', true],
    ['agency_leader', null, national, 'reopen', true],
    ['department_leader', '91', national, 'create', false],
    ['department_officer', '91', local91, 'create', true],
    ['department_officer', '91', local91, 'reopen', false],
    ['department_leader', '91', local91, 'reopen', true],
    ['department_leader', '01', local91, 'update', false],
    ['agency_officer', null, local91, 'update', false],
    ['implementer_staff', '91', local91, 'read', true],
    ['implementer_staff', '91', local91, 'create', false],
    ['system_admin', null, local91, 'reopen', true],
  ] as const)('%s (%s) %j %s → %s', (role, province, target, action, expected) => {
    expect(canCall(actor(role, province), action, target)).toBe(expected);
  });
});
