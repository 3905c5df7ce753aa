import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildRows,
  type Candidate,
  eligible,
  greedy,
  type ModelRules,
  totalValue,
  violations,
} from './allocation.model.ts';
import { allocate, explain } from './allocation.solve.ts';

const weights = { point: 1.5, area: 1.3, industry: 1.15, valueChain: 1.1 };
const tr = (n: number) => BigInt(n) * 1_000_000n;

function cand(i: number, amountTr: number, over: Partial<Candidate> = {}): Candidate {
  return {
    id: `s${i}`,
    code: `KC-${String(i).padStart(3, '0')}`,
    title: `Đề án ${i}`,
    amount: tr(amountTr),
    provinceCode: '01',
    contentCode: 'ND45-3',
    point: false,
    area: false,
    industry: false,
    valueChain: false,
    score: null,
    pin: 'none',
    ...over,
  };
}

const rules = (over: Partial<ModelRules> = {}): ModelRules => ({
  envelope: tr(1000),
  reserve: 0n,
  provinceCaps: {},
  contentCaps: {},
  minSchemeAmount: 0n,
  maxProvinceShare: null,
  maxContentShare: null,
  weights,
  ...over,
});

const arbInstance = fc
  .record({
    items: fc.array(
      fc.record({
        amount: fc.integer({ min: 1, max: 400 }),
        province: fc.constantFrom('01', '91', '66'),
        content: fc.constantFrom('ND45-2', 'ND45-3', 'ND45-4'),
        point: fc.boolean(),
        area: fc.boolean(),
        industry: fc.boolean(),
        score: fc.option(fc.integer({ min: 40, max: 100 }), { nil: null }),
        pin: fc.constantFrom<'in' | 'out' | 'none'>('none', 'none', 'none', 'none', 'out', 'in'),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    envelope: fc.integer({ min: 200, max: 2000 }),
    cap91: fc.option(fc.integer({ min: 0, max: 800 }), { nil: null }),
    share: fc.option(fc.double({ min: 0.2, max: 1, noNaN: true }), { nil: null }),
    min: fc.integer({ min: 0, max: 60 }),
  })
  .map(({ items, envelope, cap91, share, min }) => ({
    cands: items.map((it, i) =>
      cand(i, it.amount, {
        provinceCode: it.province,
        contentCode: it.content,
        point: it.point,
        area: it.area,
        industry: it.industry,
        score: it.score,
        pin: it.pin,
      }),
    ),
    rules: rules({
      envelope: tr(envelope),
      provinceCaps: cap91 === null ? {} : { '91': tr(cap91) },
      maxContentShare: share === null ? null : Math.round(share * 10_000) / 10_000,
      minSchemeAmount: tr(min),
    }),
  }));

function bruteForce(cands: Candidate[], r: ModelRules): number {
  const rows = buildRows(cands, r);
  let best = -1;
  for (let mask = 0; mask < 1 << cands.length; mask++) {
    const x = cands.map((_, i) => (mask & (1 << i)) !== 0);
    if (cands.some((c, i) => (c.pin === 'in' && !x[i]) || (x[i] && !eligible(c, r)))) continue;
    if (violations(cands, rows, x).length) continue;
    best = Math.max(best, totalValue(cands, x, r.weights));
  }
  return best;
}

describe('allocation', () => {
  it('beats rank-and-cut when a big high-priority scheme blocks two smaller ones', async () => {
    const cands = [cand(1, 600, { area: true }), cand(2, 500), cand(3, 500)];
    const res = await allocate(cands, rules());
    expect(res.greedyX).toEqual([true, false, false]);
    expect(res.x).toEqual([false, true, true]);
    expect(res.mipValue).toBeGreaterThan(res.greedyValue);
    const d = explain(cands, rules(), res);
    expect(d[0]!.reason).toContain('tổng nguồn kinh phí tăng thêm 600.000.000 ₫');
    expect(d[1]!.reason).toMatch(/^Được chọn/);
  });

  it('refuses pins that break a cap, naming the constraint', async () => {
    const cands = [
      cand(1, 600, { pin: 'in', provinceCode: '91' }),
      cand(2, 500, { pin: 'in', provinceCode: '91' }),
    ];
    await expect(allocate(cands, rules({ provinceCaps: { '91': tr(800) } }))).rejects.toMatchObject({
      code: 'ALLOCATION_INFEASIBLE',
      params: { conflicts: expect.stringContaining('nguồn của tỉnh 91 (800.000.000 ₫)') },
    });
  });

  it('is never worse than greedy, keeps every constraint, and matches brute force on small instances', async () => {
    await fc.assert(
      fc.asyncProperty(arbInstance, async ({ cands, rules: r }) => {
        const rows = buildRows(cands, r);
        const pinnedOk =
          rows.every(
            (row) =>
              row.members.filter((i) => cands[i]!.pin === 'in').reduce((s, i) => s + cands[i]!.amount, 0n) <=
              row.limit,
          ) && cands.every((c) => c.pin !== 'in' || c.amount >= r.minSchemeAmount);
        if (!pinnedOk) {
          await expect(allocate(cands, r)).rejects.toMatchObject({ code: 'ALLOCATION_INFEASIBLE' });
          return;
        }
        const res = await allocate(cands, r, { gap: 0 });
        expect(violations(cands, rows, res.x)).toEqual([]);
        expect(violations(cands, rows, greedy(cands, rows, r))).toEqual([]);
        expect(res.mipValue).toBeGreaterThanOrEqual(res.greedyValue - 1e-9);
        cands.forEach((c, i) => {
          if (c.pin === 'in') expect(res.x[i]).toBe(true);
          if (!eligible(c, r)) expect(res.x[i]).toBe(false);
        });
        expect(res.mipValue).toBeCloseTo(bruteForce(cands, r), 6);
      }),
      { numRuns: 150 },
    );
  });
});
