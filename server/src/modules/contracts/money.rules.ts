import { formatDate, formatVnd } from '../../../../shared/format.ts';
import {
  contractPhaseLabels,
  type MoneyKind,
  moneyKindLabels,
} from '../../../../shared/schemas/contracts.ts';
import type { AdvanceRule, Citation } from '../../../../shared/schemas/rules.ts';
import { AppError } from '../../platform/errors.ts';
import type { Sums } from './contracts.repo.ts';

/** Pure money rules: the advance limit of a contract and the checks every ledger entry passes. */

export type AdvanceLine = { itemCode: string; total: bigint; fundingSource: string };

export type AdvanceTerms = {
  ruleSetCode: string | null;
  rules: readonly AdvanceRule[];
  cap: { percent: number; citation: Citation } | null;
};

const pctOf = (amount: bigint, percent: number) => (amount * BigInt(Math.round(percent * 100))) / 10000n;

/**
 * How much may be advanced: each advance rule's percent of the contract value's share that falls on its
 * support items (by the state-funded cost lines of the scheme), once the progress it requires is passed
 * ("after more than 50 % of the works" = strictly more); capped overall where the rule set says so.
 */
export function advanceLimitOf(
  value: bigint,
  lines: readonly AdvanceLine[],
  stateSource: string,
  terms: AdvanceTerms,
  progress: number,
) {
  const stateLines = lines.filter((l) => l.fundingSource === stateSource);
  const stateTotal = stateLines.reduce((a, l) => a + l.total, 0n);
  const basis = terms.rules.map((r) => {
    const onItems = stateLines
      .filter((l) => r.itemCodes.includes(l.itemCode))
      .reduce((a, l) => a + l.total, 0n);
    const base = stateTotal > 0n ? (value * onItems) / stateTotal : 0n;
    const met = r.afterProgressPercent === null || progress > r.afterProgressPercent;
    return {
      ruleCode: r.code,
      descriptionVi: r.descriptionVi,
      percent: r.percent,
      afterProgressPercent: r.afterProgressPercent,
      base,
      amount: met ? pctOf(base, r.percent) : 0n,
      met,
      citation: r.citation,
    };
  });
  let limit = basis.reduce((a, b) => a + b.amount, 0n);
  const cap = terms.cap ? { ...terms.cap, amount: pctOf(value, terms.cap.percent) } : null;
  if (cap && limit > cap.amount) limit = cap.amount;
  if (limit > value) limit = value;
  return { limit, basis, cap };
}

export type LedgerState = {
  contractState: string;
  phase: string;
  value: bigint;
  accepted: bigint | null;
  advanceLimit: bigint;
  signedDate: string | null;
  sums: Sums;
  ruleSetCode: string | null;
};

const closedState = (s: LedgerState) =>
  s.phase === 'stopped' ? contractPhaseLabels.stopped.vi.toLowerCase() : 'thanh lý hợp đồng';

/** The smaller of two bigints (Math.min does not take bigint). */
export const minBig = (a: bigint, b: bigint) => (b < a ? b : a);

export const netOf = (s: Sums) => s.advance + s.payment - s.recovery;

/** Refuses an entry the rules do not allow, with a message saying why. Nothing is written on refusal. */
export function checkEntry(
  s: LedgerState,
  e: { kind: MoneyKind; amount: bigint; date: string },
  today: string,
) {
  const kind = moneyKindLabels[e.kind].vi.toLowerCase();
  if (s.contractState === 'draft' || s.contractState === 'sent' || !s.signedDate)
    throw new AppError('MONEY_BEFORE_SIGNING');
  if (s.phase === 'settled') throw new AppError('MONEY_SCHEME_CLOSED', { state: 'quyết toán', kind });
  if (e.date < s.signedDate || e.date > today)
    throw new AppError('MONEY_DATE_INVALID', { date: formatDate(e.date), signed: formatDate(s.signedDate) });
  const net = netOf(s.sums);
  const over = (limit: bigint) =>
    new AppError('MONEY_OVER_CONTRACT', {
      net: formatVnd(net),
      amount: formatVnd(e.amount),
      limit: formatVnd(limit),
    });
  switch (e.kind) {
    case 'counterpart':
      return;
    case 'recovery':
      if (e.amount > net)
        throw new AppError('MONEY_RECOVERY_OVER_PAID', { amount: formatVnd(e.amount), net: formatVnd(net) });
      return;
    case 'advance': {
      if (s.phase === 'stopped' || s.contractState === 'liquidated')
        throw new AppError('MONEY_SCHEME_CLOSED', { state: closedState(s), kind });
      if (s.phase === 'accepted') throw new AppError('MONEY_ADVANCE_AFTER_ACCEPTANCE');
      const outstanding = s.sums.advance - s.sums.recovery;
      if (outstanding + e.amount > s.advanceLimit) {
        const remaining = s.advanceLimit > outstanding ? s.advanceLimit - outstanding : 0n;
        throw new AppError('MONEY_ADVANCE_OVER_RULE', {
          outstanding: formatVnd(outstanding),
          limit: formatVnd(s.advanceLimit),
          remaining: formatVnd(remaining),
          ruleSet: s.ruleSetCode ?? 'bộ quy tắc hiện hành',
        });
      }
      if (net + e.amount > s.value) throw over(s.value);
      return;
    }
    case 'payment': {
      if (s.phase === 'stopped' || s.contractState === 'liquidated')
        throw new AppError('MONEY_SCHEME_CLOSED', { state: closedState(s), kind });
      if (s.phase !== 'accepted' || s.accepted === null)
        throw new AppError('MONEY_PAYMENT_BEFORE_ACCEPTANCE');
      const limit = minBig(s.accepted, s.value);
      if (net + e.amount > limit) throw over(limit);
      return;
    }
  }
}
