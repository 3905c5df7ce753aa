import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ComputeInput, type CostLineInput, RuleSetBody } from '../../../../shared/schemas/rules.ts';
import { nationalRuleSets } from './rules.data.ts';
import { computeSupport, lineTotalIsConsistent, pickRuleSet, type RuleSetRecord } from './rules.engine.ts';

const sets: RuleSetRecord[] = nationalRuleSets.map((s) => ({
  ...s,
  provinceCode: s.provinceCode ?? null,
  effectiveTo: s.effectiveTo ?? null,
  active: true,
  body: RuleSetBody.parse(s.body),
}));
const tr = (n: number) => String(n * 1_000_000);
const line = (
  itemCode: string,
  total: string,
  fundingSource: CostLineInput['fundingSource'] = 'national',
  ref?: string,
): CostLineInput => ({
  itemCode,
  description: itemCode,
  quantity: 1,
  unitPrice: total,
  total,
  fundingSource,
  ...(ref ? { ref } : {}),
});
const compute = (date: string, lines: CostLineInput[], extra: Partial<ComputeInput> = {}) => {
  const input: ComputeInput = { date, level: 'national', priorityArea: false, lines, ...extra };
  const picked = pickRuleSet(sets, {
    date,
    level: input.level,
    provinceCode: input.provinceCode,
    code: input.ruleSetCode,
  });
  if (!picked) throw new Error('no rule set');
  return computeSupport(picked.set, input, picked.fallbackVi);
};

describe('which rule set is in force', () => {
  it.each([
    ['2015-06-01', 'TTLT-26-2014'],
    ['2018-05-10', 'TTLT-26-2014'],
    ['2018-05-11', 'TT-28-2018'],
    ['2019-07-01', 'TT-28-2018'],
    ['2024-08-28', 'TT-28-2018-SD-64-2024'],
    ['2026-11-27', 'TT-28-2018-SD-64-2024'],
  ])('on %s: %s', (date, code) => {
    expect(pickRuleSet(sets, { date, level: 'national' })?.set.code).toBe(code);
  });
  it('none before 2014-04-08', () =>
    expect(pickRuleSet(sets, { date: '2013-01-01', level: 'national' })).toBeUndefined());
  it('a local scheme without a provincial set falls back to the national ceiling, and says so', () => {
    const r = compute('2026-03-01', [line('machinery', tr(400), 'local')], {
      level: 'local',
      provinceCode: '91',
    });
    expect(r.unknownsVi[0]).toContain('Tỉnh chưa có mức chi');
    expect(r.items[0]!.allowedState).toBe(tr(200));
  });
});

// Worked cases from the regulation texts (regulations.md §3).
describe('support levels worked from the texts', () => {
  it.each([
    // [date, item, cost (tr), state requested (tr), allowed (tr), citation document]
    ['2016-03-01', 'machinery', 1000, 500, 200, 'TTLT 26/2014/TTLT-BTC-BCT'], // 50% = 500 > cap 200
    ['2016-03-01', 'machinery', 300, 150, 150, 'TTLT 26/2014/TTLT-BTC-BCT'], // 50% = 150 < cap 200
    ['2019-07-01', 'machinery', 1200, 300, 300, 'TT 28/2018/TT-BTC'], // 50% = 600 > cap 300 (Art 8.4)
    ['2026-03-01', 'machinery', 1200, 400, 300, 'TT 28/2018/TT-BTC'],
    ['2016-03-01', 'demo_model_new', 2000, 500, 500, 'TTLT 26/2014/TTLT-BTC-BCT'], // 30% = 600 > cap 500
    ['2019-07-01', 'demo_model_new', 2000, 600, 600, 'TT 28/2018/TT-BTC'], // 30% = 600 < cap 1,000 (Art 8.2)
    ['2019-07-01', 'demo_model_new', 5000, 1000, 1000, 'TT 28/2018/TT-BTC'],
    ['2019-07-01', 'technology_line', 2000, 450, 450, 'TT 28/2018/TT-BTC'], // 1.5 × 300 cap
    ['2016-03-01', 'brand', 100, 35, 35, 'TTLT 26/2014/TTLT-BTC-BCT'], // 50% = 50 > cap 35
    ['2016-03-01', 'enterprise_setup', 8, 8, 8, 'TTLT 26/2014/TTLT-BTC-BCT'], // cap 10, no percentage
    ['2016-03-01', 'fair_domestic_participate', 50, 40, 40, 'TTLT 26/2014/TTLT-BTC-BCT'], // 80% of booth rent
  ])('%s %s: cost %d tr → allowed %d tr', (date, item, cost, requested, allowed, doc) => {
    const r = compute(date, [
      line(item, tr(requested), 'national', 'A'),
      line(item, tr(cost - requested), 'counterpart', 'B'),
    ]);
    const it = r.items[0]!;
    expect(it.allowedState).toBe(tr(allowed));
    expect(it.citation?.document).toBe(doc);
    expect(it.counterpartRequired).toBe(tr(cost - Math.min(requested, allowed)));
    expect(it.explanationVi).toContain('₫');
    const exceeded = r.violations.some((v) => v.code === 'CAP_EXCEEDED');
    expect(exceeded).toBe(requested > allowed);
  });

  it('a machinery scheme asking 400 tr under TT 28 is capped at 300.000.000 ₫ with its citation', () => {
    const r = compute('2026-03-01', [
      line('machinery', tr(400), 'national', '1'),
      line('machinery', tr(800), 'counterpart', '2'),
    ]);
    expect(r.violations.find((v) => v.code === 'CAP_EXCEEDED')?.messageVi).toContain('300.000.000 ₫');
    expect(r.items[0]!.explanationVi).toContain('TT 28/2018/TT-BTC, Điều 8, khoản 4');
    expect(r.totals).toEqual({
      cost: tr(1200),
      requestedState: tr(400),
      allowedState: tr(300),
      counterpartRequired: tr(900),
    });
  });

  it('the 1.5 × priority multiplier applies under TTLT 26/2014 only', () => {
    const old = compute('2016-03-01', [line('machinery', tr(1000))], { priorityArea: true });
    expect(old.items[0]!.allowedState).toBe(tr(300)); // 1.5 × 200
    expect(old.items[0]!.multiplier).toBe(1.5);
    const now = compute('2026-03-01', [line('machinery', tr(1000))], { priorityArea: true });
    expect(now.items[0]!.allowedState).toBe(tr(300)); // no verified multiplier under TT 28 / TT 64
    expect(now.unknownsVi.join(' ')).toContain('không áp dụng hệ số');
  });

  it('refuses to compute what the texts do not say', () => {
    const r = compute('2026-03-01', [line('cluster_infrastructure', tr(3000))]);
    expect(r.items[0]!.allowedState).toBe('0');
    expect(r.violations[0]!.code).toBe('RULE_UNKNOWN');
  });

  it('content the level does not fund, unknown content, wrong funding source, totals that do not add up', () => {
    const r = compute(
      '2016-03-01',
      [
        line('selection_event_region', tr(50), 'local', 'x'),
        line('khong_co', tr(10), 'local', 'y'),
        { ...line('machinery', tr(100), 'national', 'z'), quantity: 3, unitPrice: tr(30) },
      ],
      { level: 'local', provinceCode: '01' },
    );
    const codes = r.violations.map((v) => v.code).sort();
    expect(codes).toEqual([
      'FUNDING_SOURCE_MISMATCH',
      'ITEM_NOT_IN_RULESET',
      'LEVEL_NOT_FUNDED',
      'TOTAL_MISMATCH',
    ]);
  });
});

describe('invariants', () => {
  const items = [
    'machinery',
    'demo_model_new',
    'brand',
    'technology_line',
    'enterprise_setup',
    'fair_foreign',
  ];
  const arbLine = fc.record({
    itemCode: fc.constantFrom(...items),
    total: fc.bigInt({ min: 0n, max: 5_000_000_000n }).map(String),
    fundingSource: fc.constantFrom('national', 'counterpart', 'other') as fc.Arbitrary<
      CostLineInput['fundingSource']
    >,
  });
  it('allowed support never exceeds the cost, the cap or the percentage; counterpart + state = cost', () => {
    fc.assert(
      fc.property(
        fc.array(arbLine, { minLength: 1, maxLength: 12 }),
        fc.constantFrom('2016-03-01', '2019-07-01', '2026-03-01'),
        fc.boolean(),
        (ls, date, priority) => {
          const r = compute(
            date,
            ls.map((l) => line(l.itemCode, l.total, l.fundingSource)),
            { priorityArea: priority },
          );
          for (const it of r.items) {
            const allowed = BigInt(it.allowedState);
            expect(allowed <= BigInt(it.eligibleCost)).toBe(true);
            if (it.capVnd) expect(allowed <= BigInt(it.capVnd)).toBe(true);
            const stateUsed = BigInt(it.requestedState) < allowed ? BigInt(it.requestedState) : allowed;
            expect(stateUsed + BigInt(it.counterpartRequired)).toBe(BigInt(it.eligibleCost));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
  it('line totals: quantity × unit price rounded to the đồng', () => {
    expect(lineTotalIsConsistent({ quantity: 2.5, unitPrice: '1000001', total: '2500003' })).toBe(true);
    expect(lineTotalIsConsistent({ quantity: 3, unitPrice: '30000000', total: '100000000' })).toBe(false);
  });
  it('computes one scheme in well under 5 ms', () => {
    const ls = Array.from({ length: 40 }, (_, i) => line(items[i % items.length]!, tr(100 + i)));
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) compute('2026-03-01', ls);
    // Not a timing test: a sanity bound 20× above the target so it only catches pathological regressions.
    expect((performance.now() - t0) / 100).toBeLessThan(100);
  });
});
