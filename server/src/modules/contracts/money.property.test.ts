import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MoneyKind } from '../../../../shared/schemas/contracts.ts';
import type { AdvanceRule } from '../../../../shared/schemas/rules.ts';
import { AppError } from '../../platform/errors.ts';
import { advanceLimitOf, checkEntry, type LedgerState, netOf } from './money.rules.ts';

const rule = (code: string, items: string[], percent: number, after: number | null): AdvanceRule => ({
  code,
  descriptionVi: code,
  itemCodes: items,
  percent,
  afterProgressPercent: after,
  citation: { document: 'TT 36/2013/TT-BCT', article: '13–16' },
});
const terms = {
  ruleSetCode: 'TEST',
  rules: [
    rule('machinery', ['machinery'], 70, 70),
    rule('soft', ['consultancy'], 70, null),
    rule('setup', ['enterprise_setup'], 100, null),
  ],
  cap: {
    percent: 70,
    citation: { document: 'TTLT 26/2014/TTLT-BTC-BCT', article: '8', clause: '2', point: 'b' },
  },
};

describe('advance limit (TT 36/2013 Art 13–16, TTLT 26/2014 Art 8.2b)', () => {
  const lines = [
    { itemCode: 'machinery', total: 200n, fundingSource: 'national' },
    { itemCode: 'consultancy', total: 100n, fundingSource: 'national' },
    { itemCode: 'machinery', total: 999n, fundingSource: 'counterpart' },
  ];
  it('applies each rule to its items’ share, waits for progress, and caps overall', () => {
    expect(advanceLimitOf(300n, lines, 'national', terms, 0).limit).toBe(70n); // 70 % of 100 consultancy
    expect(advanceLimitOf(300n, lines, 'national', terms, 70).limit).toBe(70n); // "more than 70 %"
    expect(advanceLimitOf(300n, lines, 'national', terms, 71).limit).toBe(210n); // 70 % of 300
    const setup = [{ itemCode: 'enterprise_setup', total: 10n, fundingSource: 'national' }];
    expect(advanceLimitOf(10n, setup, 'national', terms, 0).limit).toBe(7n); // 100 % capped at 70 %
    expect(advanceLimitOf(10n, setup, 'national', { ...terms, cap: null }, 0).limit).toBe(10n);
  });
});

type Op =
  | { t: 'entry'; kind: MoneyKind; amount: bigint }
  | { t: 'progress'; percent: number }
  | { t: 'accept'; amount: bigint }
  | { t: 'stop' };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      t: fc.constant('entry' as const),
      kind: fc.constantFrom<MoneyKind>('advance', 'payment', 'recovery', 'counterpart'),
      amount: fc.bigInt(1n, 400n),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ t: fc.constant('progress' as const), percent: fc.integer({ min: 0, max: 100 }) }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('accept' as const), amount: fc.bigInt(0n, 400n) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('stop' as const) }) },
);

describe('the ledger always balances (property)', () => {
  it('whatever the sequence, accepted entries keep 0 ≤ paid ≤ contracted (≤ accepted after acceptance) and advances within the rule', () => {
    fc.assert(
      fc.property(fc.bigInt(1n, 300n), fc.array(op, { maxLength: 40 }), (value, ops) => {
        const lines = [
          { itemCode: 'machinery', total: 100n, fundingSource: 'national' },
          { itemCode: 'consultancy', total: 100n, fundingSource: 'national' },
        ];
        let progress = 0;
        const s: LedgerState = {
          contractState: 'signed',
          phase: 'active',
          value,
          accepted: null,
          advanceLimit: advanceLimitOf(value, lines, 'national', terms, 0).limit,
          signedDate: '2026-01-01',
          sums: { advance: 0n, payment: 0n, recovery: 0n, counterpart: 0n },
          ruleSetCode: 'TEST',
        };
        const ledger: { kind: MoneyKind; amount: bigint }[] = [];
        for (const o of ops) {
          if (o.t === 'progress') {
            progress = Math.max(progress, o.percent);
            s.advanceLimit = advanceLimitOf(value, lines, 'national', terms, progress).limit;
          } else if (o.t === 'accept') {
            if (s.phase === 'active' && o.amount <= value) {
              s.phase = 'accepted';
              s.accepted = o.amount;
            }
          } else if (o.t === 'stop') {
            if (s.phase === 'active') s.phase = 'stopped';
          } else {
            const before = netOf(s.sums);
            try {
              checkEntry(s, { kind: o.kind, amount: o.amount, date: '2026-02-01' }, '2026-12-31');
            } catch (e) {
              expect(e).toBeInstanceOf(AppError);
              continue;
            }
            ledger.push({ kind: o.kind, amount: o.amount });
            s.sums = { ...s.sums, [o.kind]: s.sums[o.kind] + o.amount };
            const net = netOf(s.sums);
            expect(net).toBeGreaterThanOrEqual(0n);
            expect(net).toBeLessThanOrEqual(value);
            if (o.kind === 'payment') {
              expect(s.phase).toBe('accepted');
              expect(net).toBeLessThanOrEqual(s.accepted!);
            }
            if (o.kind === 'advance') {
              expect(s.phase).toBe('active');
              expect(s.sums.advance - s.sums.recovery).toBeLessThanOrEqual(s.advanceLimit);
              expect(net).toBeGreaterThan(before);
            }
          }
        }
        // balances are the sums of the entries, nothing else
        const total = (k: MoneyKind) => ledger.filter((e) => e.kind === k).reduce((a, e) => a + e.amount, 0n);
        expect(s.sums).toEqual({
          advance: total('advance'),
          payment: total('payment'),
          recovery: total('recovery'),
          counterpart: total('counterpart'),
        });
      }),
      { numRuns: 500 },
    );
  });

  it('nothing is accepted before signing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('draft', 'sent'),
        fc.constantFrom<MoneyKind>('advance', 'payment', 'recovery', 'counterpart'),
        (state, kind) => {
          const s: LedgerState = {
            contractState: state,
            phase: 'active',
            value: 100n,
            accepted: null,
            advanceLimit: 100n,
            signedDate: null,
            sums: { advance: 0n, payment: 0n, recovery: 0n, counterpart: 0n },
            ruleSetCode: null,
          };
          expect(() => checkEntry(s, { kind, amount: 1n, date: '2026-01-01' }, '2026-12-31')).toThrow(
            /MONEY_BEFORE_SIGNING/,
          );
        },
      ),
    );
  });
});
