import type { LedgerEntry, Plan, RunDetail, RunSummary } from '../../../../shared/schemas/plans.ts';
import type { Actor } from '../../platform/actor.ts';
import { abilitiesOf } from './plans.policy.ts';
import type { LedgerRow, LineRow, PlanRow, RunRow } from './plans.repo.ts';

export function runSummary(r: RunRow): RunSummary {
  return {
    id: r.id,
    seq: r.seq,
    status: r.status,
    mipValue: r.mipValue,
    greedyValue: r.greedyValue,
    mipAmount: String(r.mipAmount),
    greedyAmount: String(r.greedyAmount),
    gap: r.gap,
    solveMs: Math.round(r.solveMs * 10) / 10,
    selectedCount: r.selectedCount,
    greedyCount: r.greedyCount,
    note: r.note,
    rules: r.rules,
    createdByName: r.createdByName,
    createdAt: r.createdAt.toISOString(),
  };
}

export const runDetail = (r: RunRow): RunDetail => ({ ...runSummary(r), decisions: r.decisions });

export function ledgerEntry(l: LedgerRow): LedgerEntry {
  return {
    id: l.id,
    kind: l.kind as LedgerEntry['kind'],
    amount: String(l.amount),
    schemeId: l.schemeId,
    provinceCode: l.provinceCode,
    contentCode: l.contentCode,
    reason: l.reason,
    refType: l.refType,
    refId: l.refId,
    actorName: l.actorName,
    at: l.at.toISOString(),
  };
}

/** Envelope balances, all derived from the ledger: the total and each sub-envelope (committed = − Σ scheme entries). */
export function balances(plan: PlanRow, ledger: LedgerRow[]): Plan['balances'] {
  const envelope = ledger.filter((l) => l.kind === 'budget').reduce((s, l) => s + l.amount, 0n);
  const available = ledger.reduce((s, l) => s + l.amount, 0n);
  const out: Plan['balances'] = [
    {
      kind: 'total',
      key: '',
      amount: String(envelope),
      committed: String(envelope - available),
      available: String(available),
    },
  ];
  for (const sub of plan.subEnvelopes) {
    const committed =
      sub.kind === 'reserve'
        ? 0n
        : -ledger
            .filter(
              (l) =>
                l.kind !== 'budget' && (sub.kind === 'province' ? l.provinceCode : l.contentCode) === sub.key,
            )
            .reduce((s, l) => s + l.amount, 0n);
    out.push({
      kind: sub.kind,
      key: sub.key,
      amount: sub.amount,
      committed: String(committed),
      available: String(BigInt(sub.amount) - committed),
    });
  }
  return out;
}

export function planDto(actor: Actor, plan: PlanRow, ledger: LedgerRow[]): Plan {
  const envelope = ledger.filter((l) => l.kind === 'budget').reduce((s, l) => s + l.amount, 0n);
  return {
    id: plan.id,
    planYear: plan.planYear,
    level: plan.level as Plan['level'],
    provinceCode: plan.provinceKey || null,
    title: plan.title,
    state: plan.state as Plan['state'],
    envelope: String(envelope),
    subEnvelopes: plan.subEnvelopes,
    rules: plan.rules,
    balances: balances(plan, ledger),
    decisionNumber: plan.decisionNumber,
    decisionDate: plan.decisionDate,
    approvedAt: plan.approvedAt?.toISOString() ?? null,
    approvedByName: plan.approvedByName,
    selectedRunId: plan.selectedRunId,
    version: plan.version,
    abilities: abilitiesOf(actor, {
      level: plan.level as Plan['level'],
      provinceCode: plan.provinceKey || null,
      state: plan.state,
    }),
  };
}

/** Committed per scheme from the ledger. */
export function committedBy(ledger: LedgerRow[]): Map<string, bigint> {
  const m = new Map<string, bigint>();
  for (const l of ledger) if (l.schemeId) m.set(l.schemeId, (m.get(l.schemeId) ?? 0n) - l.amount);
  return m;
}

export type LineView = LineRow;
