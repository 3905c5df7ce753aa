import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regionSuccessors, regions2014 } from './products.regions.data.ts';
import {
  awardCaps,
  complaintRules,
  eras,
  groupRules,
  levelRules,
  passThreshold,
  scoreSheets,
} from './products.rules.data.ts';
import {
  addWorkingDays,
  certificateStatusOn,
  certificateValidOn,
  certificateValidUntil,
  checkSheet,
  complaintResponseDue,
  complaintWindowEnds,
  computeResults,
  councilSizeProblem,
  currentScoreSheet,
  eraOn,
  levelBelow,
  todayVn,
} from './products.rules.ts';

describe('rules data (TT 26/2014 as amended by TT 14/2018 and TT 38/2025)', () => {
  it('has two eras: district until 30/06/2025, commune from 01/07/2025', () => {
    expect(eraOn('2024-12-31')?.levels).toEqual(['district', 'province', 'region', 'nation']);
    expect(eraOn('2025-06-30')?.code).toBe('tt26_2014');
    expect(eraOn('2025-07-01')?.levels).toEqual(['commune', 'province', 'region', 'nation']);
    expect(eraOn('2014-10-20')).toBeNull();
    expect(levelBelow('province', '2026-03-01')).toBe('commune');
    expect(levelBelow('province', '2024-03-01')).toBe('district');
    expect(levelBelow('nation', '2026-03-01')).toBe('region');
    expect(levelBelow('commune', '2026-03-01')).toBeNull();
  });

  it('sets council sizes 5/7, 7/9, 9/11, 11/13 (odd only)', () => {
    const table: [keyof typeof levelRules, number, boolean][] = [
      ['district', 5, true],
      ['district', 7, true],
      ['district', 6, false],
      ['district', 9, false],
      ['commune', 5, true],
      ['province', 7, true],
      ['province', 9, true],
      ['province', 5, false],
      ['province', 8, false],
      ['region', 9, true],
      ['region', 11, true],
      ['region', 13, false],
      ['nation', 11, true],
      ['nation', 13, true],
      ['nation', 12, false],
      ['nation', 9, false],
    ];
    for (const [level, size, ok] of table)
      expect(councilSizeProblem(level, size) === null, `${level} ${size}`).toBe(ok);
  });

  it('scores on 100 points: 40 + 40 + 10 + 10, pass at 70', () => {
    const sheet = currentScoreSheet();
    expect(sheet.criteria.map((c) => c.max)).toEqual([40, 40, 10, 10]);
    expect(sheet.criteria.reduce((a, c) => a + c.max, 0)).toBe(100);
    expect(passThreshold.points).toBe(70);
    expect(groupRules.map((g) => g.code)).toEqual(['handicraft', 'processed_food', 'machinery', 'other']);
    expect(complaintRules).toMatchObject({ fileWithinWorkingDays: 15, answerWithinWorkingDays: 10 });
    expect(awardCaps.nation?.capVnd).toBe(10_000_000n);
  });

  it('cites a document for every value', () => {
    const citations = [
      ...eras.map((e) => e.citation),
      ...Object.values(levelRules).map((l) => l.councilSize.citation),
      ...groupRules.map((g) => g.citation),
      ...scoreSheets.map((s) => s.citation),
      ...regions2014.map((r) => r.citation),
      passThreshold.citation,
      complaintRules.citation,
    ];
    for (const c of citations) expect(c.document).toMatch(/^TT(LT)? \d+\/20\d\d\//);
  });

  it('has the 2014 regions with 28 + 15 + 20 = 63 distinct provinces', () => {
    expect(regions2014.map((r) => r.provinceCodes.length)).toEqual([28, 15, 20]);
    expect(new Set(regions2014.flatMap((r) => r.provinceCodes)).size).toBe(63);
  });

  it('maps a 2014 region to today’s provinces and flags the ones that straddle two regions', () => {
    const successors = new Map([
      ['67', '68'],
      ['68', '68'],
      ['60', '68'],
      ['66', '66'],
      ['54', '66'],
      ['89', '91'],
      ['91', '91'],
    ]);
    const central = regionSuccessors(regions2014[1]!, successors);
    expect(central.provinceCodes).toEqual(['66']);
    expect(central.ambiguous).toEqual(['68']);
    expect(regionSuccessors(regions2014[2]!, successors).provinceCodes).toEqual(['91']);
  });
});

describe('certificate validity: to 31/12 of the third year, the recognition year being the first', () => {
  it.each([
    ['2026-01-02', '2028-12-31'],
    ['2026-12-31', '2028-12-31'],
    ['2025-07-01', '2027-12-31'],
    ['2014-11-15', '2016-12-31'],
  ])('recognised %s → valid until %s', (d, until) => expect(certificateValidUntil(d)).toBe(until));

  it('is valid through the last day and expired the day after; revoked stays revoked', () => {
    const cert = { decisionDate: '2026-05-10', validUntil: '2028-12-31', status: 'valid' };
    expect(certificateStatusOn(cert, '2028-12-31')).toBe('valid');
    expect(certificateStatusOn(cert, '2029-01-01')).toBe('expired');
    expect(certificateStatusOn({ ...cert, status: 'revoked' }, '2027-01-01')).toBe('revoked');
    expect(certificateValidOn(cert, '2026-05-09')).toBe(false);
    expect(certificateValidOn(cert, '2026-05-10')).toBe(true);
    expect(certificateValidOn(cert, '2029-01-01')).toBe(false);
  });
});

describe('working days (weekends skipped; holidays not modelled)', () => {
  it('counts 15 working days for complaints and 10 for the answer', () => {
    // Friday 06/03/2026 + 15 working days = Friday 27/03/2026
    expect(complaintWindowEnds('2026-03-06')).toBe('2026-03-27');
    // Saturday start: the next working day is Monday
    expect(addWorkingDays('2026-03-07', 1)).toBe('2026-03-09');
    expect(complaintResponseDue('2026-03-09')).toBe('2026-03-23');
  });

  it('never lands on a weekend and moves at least n calendar days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 40 }), (offset, n) => {
        const start = new Date(Date.UTC(2024, 0, 1) + offset * 86400_000).toISOString().slice(0, 10);
        const end = addWorkingDays(start, n);
        const dow = new Date(`${end}T00:00:00Z`).getUTCDay();
        const days = (Date.parse(end) - Date.parse(start)) / 86400_000;
        return dow !== 0 && dow !== 6 && days >= n && days <= n + Math.ceil(n / 5) * 2 + 2;
      }),
    );
  });

  it('knows today in Vietnam (UTC+7)', () => {
    expect(todayVn(new Date('2026-03-06T18:30:00Z'))).toBe('2026-03-07');
  });
});

describe('score sheets', () => {
  const sheet = currentScoreSheet();
  const full = (m: number, e: number, c: number, o: number) => [
    { criterion: 'market', points: m },
    { criterion: 'economic', points: e },
    { criterion: 'culture', points: c },
    { criterion: 'other', points: o },
  ];
  it('totals a complete sheet', () =>
    expect(checkSheet(sheet, full(35, 30, 8, 7))).toEqual({ total: 80, problems: [] }));
  it('refuses points outside the scale, unknown and missing criteria', () => {
    expect(checkSheet(sheet, full(41, 30, 8, 7)).problems[0]).toMatchObject({
      path: 'scores.0.points',
      code: 'points_out_of_scale',
    });
    expect(checkSheet(sheet, full(10, -1, 8, 7)).problems[0]?.code).toBe('points_out_of_scale');
    expect(checkSheet(sheet, full(10, 10, 8.5, 7)).problems[0]?.code).toBe('points_out_of_scale');
    expect(
      checkSheet(sheet, [...full(1, 1, 1, 1), { criterion: 'beauty', points: 1 }]).problems[0]?.code,
    ).toBe('criterion_unknown');
    expect(checkSheet(sheet, full(1, 1, 1, 1).slice(0, 3)).problems[0]?.code).toBe('criterion_missing');
  });
});

describe('results', () => {
  const criteria = currentScoreSheet().criteria;
  const members = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'];
  const sheet = (entryId: string, memberId: string, total: number) => ({
    entryId,
    memberId,
    total,
    points: { market: Math.min(40, total), economic: Math.max(0, total - 40), culture: 0, other: 0 },
  });
  const entries = [
    { id: 'a', group: 'handicraft' as const, establishmentId: 'e1', status: 'registered' },
    { id: 'b', group: 'handicraft' as const, establishmentId: 'e2', status: 'registered' },
    { id: 'c', group: 'handicraft' as const, establishmentId: 'e3', status: 'registered' },
    { id: 'd', group: 'machinery' as const, establishmentId: 'e4', status: 'registered' },
  ];

  it('averages, spreads, passes at exactly 70, ranks per group with ties, excludes the conflicted member', () => {
    const sheets = [
      ...members.map((m) => sheet('a', m, 70)),
      ...members.map((m, i) => sheet('b', m, i < 6 ? 80 : 10)), // m7 is conflicted with e2: its sheet is ignored
      ...members.map((m) => sheet('c', m, 80)),
      ...members.slice(0, 4).map((m) => sheet('d', m, 75)), // 4 of 7 < quorum 5
    ];
    const rows = computeResults({
      threshold: 70,
      quorumPercent: 66,
      criteria,
      memberIds: members,
      conflicts: [{ memberId: 'm7', establishmentId: 'e2' }],
      entries,
      sheets,
    });
    const [a, b, c, d] = rows;
    expect(a).toMatchObject({ average: 70, passed: true, rankInGroup: 3, tied: false, spread: 0 });
    expect(b).toMatchObject({
      sheets: 6,
      eligibleMembers: 6,
      average: 80,
      passed: true,
      rankInGroup: 1,
      tied: true,
    });
    expect(c).toMatchObject({ average: 80, rankInGroup: 1, tied: true });
    expect(d).toMatchObject({ quorum: 5, quorumMet: false, passed: false, rankInGroup: null });
  });

  it('fails 69.99 and computes the spread and criterion averages', () => {
    const sheets = [sheet('a', 'm1', 70), sheet('a', 'm2', 70), sheet('a', 'm3', 69)];
    const [a] = computeResults({
      threshold: 70,
      quorumPercent: 100,
      criteria,
      memberIds: ['m1', 'm2', 'm3'],
      conflicts: [],
      entries: entries.slice(0, 1),
      sheets,
    });
    expect(a).toMatchObject({ average: 69.67, passed: false, min: 69, max: 70, spread: 1 });
    expect(a?.criterionAverages.market).toBe(40);
  });
});
