import { beforeAll, describe, expect, it } from 'vitest';
import type { RuleSetDto, RuleSetInput } from '../../../../shared/schemas/rules.ts';
import { demo, signIn, type TestApp, testApp } from '../../test/http.ts';
import { canRuleSet } from './rules.policy.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

const localSet = (provinceCode: string, code: string): RuleSetInput => ({
  code,
  nameVi: 'Mức chi khuyến công địa phương An Giang',
  level: 'local',
  provinceCode,
  effectiveFrom: '2025-01-01',
  legalBasis: 'NQ 99/2024/NQ-HĐND tỉnh An Giang (ví dụ thử nghiệm)',
  body: {
    supportItems: [
      {
        code: 'machinery',
        nameVi: 'Máy móc thiết bị',
        activityContentCodes: ['ND45-3'],
        levels: ['local'],
        percent: 50,
        capVnd: '150000000',
        priorityEligible: true,
        unknown: false,
        citation: { document: 'NQ 99/2024/NQ-HĐND', article: '3' },
      },
    ],
    priorityMultiplier: null,
    advanceRules: [],
    advanceCapPercent: null,
    overhead: null,
    conditions: [],
    unknownsVi: [],
  },
});

describe('rule sets API', () => {
  it('ships the three national rule sets, readable by any signed-in user', async () => {
    const s = await signIn(t.app, demo.establishmentRep);
    const list = (await s.get('/api/rule-sets')).json() as RuleSetDto[];
    expect(list.map((r) => r.code)).toEqual(
      expect.arrayContaining(['TTLT-26-2014', 'TT-28-2018', 'TT-28-2018-SD-64-2024']),
    );
    expect(list.every((r) => r.abilities.update === false)).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: '/api/rule-sets' })).statusCode).toBe(401);
  });

  it('computes support with the cap and its citation', async () => {
    const s = await signIn(t.app, demo.implementerStaff);
    const res = await s.post('/api/rule-sets/compute', {
      date: '2026-03-01',
      level: 'national',
      lines: [
        {
          itemCode: 'machinery',
          quantity: 4,
          unitPrice: '300000000',
          total: '1200000000',
          fundingSource: 'counterpart',
        },
        {
          itemCode: 'machinery',
          quantity: 1,
          unitPrice: '400000000',
          total: '400000000',
          fundingSource: 'national',
        },
      ],
    });
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.items[0].allowedState).toBe('300000000');
    expect(r.items[0].citation).toMatchObject({ document: 'TT 28/2018/TT-BTC', article: '8', clause: '4' });
    expect(r.violations[0].code).toBe('CAP_EXCEEDED');
  });

  it('rejects negative or fractional money with 422', async () => {
    const s = await signIn(t.app, demo.implementerStaff);
    const res = await s.post('/api/rule-sets/compute', {
      date: '2026-03-01',
      level: 'national',
      lines: [
        { itemCode: 'machinery', quantity: 1, unitPrice: '-5', total: '1.5', fundingSource: 'national' },
      ],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'lines.0.unitPrice',
      'lines.0.total',
    ]);
  });

  it('a department leader adds its province’s resolution; another province’s is 403; duplicates 409; stale 409', async () => {
    const ag = await signIn(t.app, demo.angiangLeader);
    const created = await ag.post('/api/rule-sets', localSet('91', 'NQ-99-2024-AG'));
    expect(created.statusCode).toBe(201);
    const dto = created.json() as RuleSetDto;
    expect(dto.abilities.update).toBe(true);
    expect((await ag.post('/api/rule-sets', localSet('01', 'NQ-HN'))).statusCode).toBe(403);
    expect((await ag.post('/api/rule-sets', localSet('91', 'NQ-99-2024-AG'))).json().code).toBe(
      'RULESET_CODE_TAKEN',
    );
    const officer = await signIn(t.app, demo.angiangOfficer);
    expect((await officer.post('/api/rule-sets', localSet('91', 'NQ-X'))).statusCode).toBe(403);
    const { id, version } = dto;
    const body = { ...localSet('91', 'NQ-99-2024-AG'), version };
    expect((await ag.request({ method: 'PUT', url: `/api/rule-sets/${id}`, payload: body })).statusCode).toBe(
      200,
    );
    const stale = await ag.request({ method: 'PUT', url: `/api/rule-sets/${id}`, payload: body });
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    // the local scheme in An Giang now uses the province's own levels
    const r = (
      await ag.post('/api/rule-sets/compute', {
        date: '2026-03-01',
        level: 'local',
        provinceCode: '91',
        lines: [
          {
            itemCode: 'machinery',
            quantity: 1,
            unitPrice: '400000000',
            total: '400000000',
            fundingSource: 'local',
          },
        ],
      })
    ).json();
    expect(r.ruleSet.code).toBe('NQ-99-2024-AG');
    expect(r.items[0].allowedState).toBe('150000000');
    const audit = (await ag.get(`/api/audit?entityId=${id}`)).json();
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual([
      'ruleset.updated',
      'ruleset.created',
    ]);
  });

  it('an end date before the start is refused', async () => {
    const s = await signIn(t.app, demo.admin);
    const res = await s.post('/api/rule-sets', { ...localSet('91', 'NQ-BAD'), effectiveTo: '2024-01-01' });
    expect(res.json().code).toBe('RULESET_PERIOD_INVALID');
  });
});

describe('rule set policy', () => {
  const a = (
    role: 'system_admin' | 'department_leader' | 'department_officer' | 'agency_leader',
    provinceCode: string | null,
  ) => ({
    userId: 'u',
    email: 'u@x',
    fullName: 'u',
    role,
    organisationId: 'o',
    organisationKind: 'department' as const,
    provinceCode,
  });
  it.each([
    ['system_admin', null, 'national', null, true],
    ['agency_leader', null, 'national', null, false],
    ['department_leader', '91', 'local', '91', true],
    ['department_leader', '91', 'local', '01', false],
    ['department_leader', '91', 'national', null, false],
    ['department_officer', '91', 'local', '91', false],
  ] as const)('%s of %s updates a %s set of %s → %s', (role, p, level, tp, expected) => {
    expect(canRuleSet(a(role, p), 'update', { level, provinceCode: tp })).toBe(expected);
  });
});
