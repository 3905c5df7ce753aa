import type {
  MoneyDto,
  MoneyEntryInput,
  MoneySource,
  SourceBalance,
} from '../../../../shared/schemas/contracts.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, forbidden } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import { vnToday } from '../calls/index.ts';
import { advanceRulesFor } from '../rules/index.ts';
import { can } from './contracts.policy.ts';
import { targetOf } from './contracts.present.ts';
import * as repo from './contracts.repo.ts';
import { loadContract } from './contracts.service.ts';
import { advanceLimitOf, checkEntry, type LedgerState, minBig, netOf } from './money.rules.ts';
import * as mrepo from './monitoring.repo.ts';

export const stateSourceOf = (c: Pick<repo.ContractRow, 'level'>): MoneySource =>
  c.level === 'national' ? 'national' : 'local';

/** The advance limit of a contract now: its contracted cost lines, its rule set's advance rules, its progress. */
export async function advanceOf(db: Db, c: repo.ContractRow) {
  const b = c.advanceBasis;
  const terms = (await advanceRulesFor(db, {
    code: b.ruleSetCode,
    date: b.date || `${c.planYear}-01-01`,
    level: c.level as 'national' | 'local',
    provinceCode: c.provinceCode,
  })) ?? { ruleSetCode: null, rules: [], cap: null };
  const lines = b.lines.map((l) => ({
    itemCode: l.itemCode,
    total: BigInt(l.total),
    fundingSource: l.fundingSource,
  }));
  const progress = c.lastProgress ?? 0;
  return { terms, progress, ...advanceLimitOf(c.value, lines, stateSourceOf(c), terms, progress) };
}

export async function ledgerStateOf(db: Db, c: repo.ContractRow) {
  const [sums, acceptance, advance] = await Promise.all([
    repo.sums(db, c.id),
    mrepo.acceptanceOf(db, c.id),
    advanceOf(db, c),
  ]);
  const state: LedgerState = {
    contractState: c.state,
    phase: c.phase,
    value: c.value,
    accepted: acceptance?.acceptedAmount ?? null,
    advanceLimit: advance.limit,
    signedDate: c.signedDate,
    sums,
    ruleSetCode: advance.terms.ruleSetCode,
  };
  return { state, advance, acceptance };
}

/** Contracted, advanced, paid, recovered, accepted and settled per funding source. */
export async function balancesOf(db: Db, c: repo.ContractRow, st?: LedgerState): Promise<SourceBalance[]> {
  const state = st ?? (await ledgerStateOf(db, c)).state;
  const settlement = await mrepo.settlementOf(db, c.id);
  const settled = (src: MoneySource) => settlement?.amounts.find((a) => a.source === src)?.settled ?? null;
  const src = stateSourceOf(c);
  return [
    {
      source: src,
      contracted: String(c.value),
      advanced: String(state.sums.advance),
      paid: String(state.sums.payment),
      recovered: String(state.sums.recovery),
      net: String(netOf(state.sums)),
      accepted: state.accepted === null ? null : String(state.accepted),
      settled: settled(src),
    },
    {
      source: 'counterpart',
      contracted: String(c.counterpartCommitted),
      advanced: '0',
      paid: String(state.sums.counterpart),
      recovered: '0',
      net: String(state.sums.counterpart),
      accepted: null,
      settled: settled('counterpart'),
    },
  ];
}

export async function moneyOf(db: Db, actor: Actor, contractId: string): Promise<MoneyDto> {
  const c = await loadContract(db, actor, contractId);
  const [entries, { state, advance }] = await Promise.all([repo.ledger(db, c.id), ledgerStateOf(db, c)]);
  const outstanding = state.sums.advance - state.sums.recovery;
  const net = netOf(state.sums);
  const payCap = state.accepted === null ? 0n : minBig(state.accepted, c.value);
  const t = targetOf(c);
  return {
    contractId: c.id,
    contractVersion: c.version,
    entries: entries.map((e) => ({
      id: e.id,
      seq: e.seq,
      kind: e.kind as MoneyDto['entries'][number]['kind'],
      source: e.source as MoneySource,
      amount: String(e.amount),
      date: e.date,
      reference: e.reference,
      note: e.note,
      createdByName: e.createdByName,
      createdAt: e.createdAt.toISOString(),
    })),
    balances: await balancesOf(db, c, state),
    advance: {
      ruleSetCode: advance.terms.ruleSetCode,
      limit: String(advance.limit),
      outstanding: String(outstanding),
      remaining: String(advance.limit > outstanding ? advance.limit - outstanding : 0n),
      basis: advance.basis.map((b) => ({ ...b, base: String(b.base), amount: String(b.amount) })),
      cap: advance.cap ? { ...advance.cap, amount: String(advance.cap.amount) } : null,
      progress: advance.progress,
    },
    payable: String(payCap > net ? payCap - net : 0n),
    abilities: {
      record: can(actor, 'money.record', t),
      counterpart: can(actor, 'money.counterpart', t),
    },
  };
}

/** Appends one ledger entry after the rules pass, with its audit row; the contract row is locked meanwhile. */
export async function recordEntry(
  db: Db,
  actor: Actor,
  contractId: string,
  input: MoneyEntryInput,
): Promise<MoneyDto> {
  await tx(db, async (t) => {
    const c = await loadContract(t, actor, contractId, true);
    const target = targetOf(c);
    if (!can(actor, input.kind === 'counterpart' ? 'money.counterpart' : 'money.record', target))
      throw forbidden();
    if (c.version !== input.contractVersion) throw new AppError('VERSION_CONFLICT');
    const { state } = await ledgerStateOf(t, c);
    const amount = BigInt(input.amount);
    checkEntry(state, { kind: input.kind, amount, date: input.date }, vnToday());
    const row = await repo.appendEntry(t, {
      contractId: c.id,
      schemeId: c.schemeId,
      kind: input.kind,
      source: input.kind === 'counterpart' ? 'counterpart' : stateSourceOf(c),
      amount,
      date: input.date,
      reference: input.reference,
      note: input.note ?? null,
      createdBy: actor.userId,
      createdByName: actor.fullName,
    });
    await record(t, actor, {
      action: `money.${input.kind}`,
      entityType: 'contract',
      entityId: c.id,
      provinceCode: c.provinceCode,
      after: { ...row, amount: String(row.amount) },
    });
  });
  return moneyOf(db, actor, contractId);
}
