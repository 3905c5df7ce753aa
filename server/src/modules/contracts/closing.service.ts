import { formatDate, formatVnd } from '../../../../shared/format.ts';
import { type MoneySource, moneySourceLabels } from '../../../../shared/schemas/contracts.ts';
import type {
  AcceptanceDto,
  AcceptanceInput,
  ClosingDto,
  SettlementDto,
  SettlementInput,
} from '../../../../shared/schemas/contracts-monitoring.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, forbidden } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import { vnToday } from '../calls/index.ts';
import { advanceScheme } from '../schemes/index.ts';
import { release, schemeFacts } from './contracts.links.ts';
import { can } from './contracts.policy.ts';
import { targetOf } from './contracts.present.ts';
import * as repo from './contracts.repo.ts';
import { requiredEvidence, settlementDeadline } from './contracts.rules.ts';
import { loadContract } from './contracts.service.ts';
import { checkDocuments } from './documents.service.ts';
import { netOf } from './money.rules.ts';
import { balancesOf, stateSourceOf } from './money.service.ts';
import * as mrepo from './monitoring.repo.ts';

const presentAcceptance = (a: mrepo.AcceptanceRow): AcceptanceDto => ({
  id: a.id,
  date: a.date,
  minutesNumber: a.minutesNumber,
  members: a.members,
  acceptedAmount: String(a.acceptedAmount),
  conclusion: a.conclusion,
  evidence: a.evidence,
  documents: a.documents,
  createdByName: a.createdByName,
});

const presentSettlement = (s: mrepo.SettlementRow, planYear: number): SettlementDto => ({
  id: s.id,
  date: s.date,
  number: s.number,
  amounts: s.amounts as SettlementDto['amounts'],
  returned: String(s.returned),
  deadline: settlementDeadline(planYear),
  late: s.date > settlementDeadline(planYear),
  note: s.note,
  documents: s.documents,
  createdByName: s.createdByName,
});

export async function closingOf(db: Db, actor: Actor, contractId: string): Promise<ClosingDto> {
  const c = await loadContract(db, actor, contractId);
  const [a, st, s] = await Promise.all([
    mrepo.acceptanceOf(db, c.id),
    mrepo.settlementOf(db, c.id),
    schemeFacts(db, c.schemeId),
  ]);
  return {
    acceptance: a ? presentAcceptance(a) : null,
    settlement: st ? presentSettlement(st, c.planYear) : null,
    requiredEvidence: requiredEvidence(s.contentCodes).map((r) => ({
      ...r,
      contentCodes: [...r.contentCodes],
    })),
    settlementDeadline: settlementDeadline(c.planYear),
    balances: await balancesOf(db, c),
  };
}

const dateError = (what: string, date: string, from: string | null) =>
  new AppError('CONTRACT_DATES_INVALID', {
    detail: `${what} ${formatDate(date)} phải từ ${formatDate(from)} đến hôm nay`,
  });

/** Base-level acceptance with the evidence each content requires (TT 36/2013 Art 14); the scheme is accepted. */
export async function recordAcceptance(db: Db, actor: Actor, contractId: string, input: AcceptanceInput) {
  const today = vnToday();
  await tx(db, async (t) => {
    const c = await loadContract(t, actor, contractId, true);
    if (!can(actor, 'acceptance.record', targetOf(c))) throw forbidden();
    if (c.version !== input.contractVersion) throw new AppError('VERSION_CONFLICT');
    if (c.state !== 'signed' || c.phase !== 'active' || !c.signedDate)
      throw new AppError('ACCEPTANCE_NOT_ALLOWED');
    if (input.date > today || input.date < c.signedDate)
      throw dateError('Ngày nghiệm thu', input.date, c.signedDate);
    const accepted = BigInt(input.acceptedAmount);
    if (accepted > c.value)
      throw new AppError('ACCEPTANCE_OVER_CONTRACT', {
        accepted: formatVnd(accepted),
        value: formatVnd(c.value),
      });
    const s = await schemeFacts(t, c.schemeId);
    const given = new Set(input.evidence.filter((e) => e.reference.trim()).map((e) => e.code));
    const missing = requiredEvidence(s.contentCodes).filter((r) => !given.has(r.code));
    if (missing.length)
      throw new AppError('ACCEPTANCE_EVIDENCE_MISSING', { missing: missing.map((m) => m.nameVi).join('; ') });
    await checkDocuments(t, c.id, input.documents);
    const { contractVersion: _v, ...fields } = input;
    await mrepo.insertAcceptance(t, {
      ...fields,
      contractId: c.id,
      schemeId: c.schemeId,
      acceptedAmount: accepted,
      createdBy: actor.userId,
      createdByName: actor.fullName,
    });
    if (!(await repo.updateContract(t, c.id, c.version, { phase: 'accepted', updatedBy: actor.userId })))
      throw new AppError('VERSION_CONFLICT');
    await advanceScheme(t, actor, c.schemeId, {
      event: 'accept',
      comment: `Biên bản nghiệm thu số ${input.minutesNumber}`,
    });
    await record(t, actor, {
      action: 'contract.accepted',
      entityType: 'contract',
      entityId: c.id,
      provinceCode: c.provinceCode,
      after: { date: input.date, acceptedAmount: input.acceptedAmount, minutesNumber: input.minutesNumber },
    });
  });
  return closingOf(db, actor, contractId);
}

/**
 * Settlement: the settled amount of each source must equal what the ledger paid (net of recoveries), and the
 * state's part may not exceed the accepted value; the unspent remainder goes back to the plan envelope.
 */
export async function recordSettlement(db: Db, actor: Actor, contractId: string, input: SettlementInput) {
  const today = vnToday();
  await tx(db, async (t) => {
    const c = await loadContract(t, actor, contractId, true);
    if (!can(actor, 'settlement.record', targetOf(c))) throw forbidden();
    if (c.version !== input.contractVersion) throw new AppError('VERSION_CONFLICT');
    if (c.state !== 'liquidated' || c.phase !== 'accepted' || (await mrepo.settlementOf(t, c.id)))
      throw new AppError('SETTLEMENT_NOT_ALLOWED');
    if (input.date > today || (c.liquidatedDate && input.date < c.liquidatedDate))
      throw dateError('Ngày quyết toán', input.date, c.liquidatedDate);
    const [sums, acceptance] = await Promise.all([repo.sums(t, c.id), mrepo.acceptanceOf(t, c.id)]);
    const src = stateSourceOf(c);
    const expected: Record<MoneySource, bigint> = { national: 0n, local: 0n, counterpart: sums.counterpart };
    expected[src] = netOf(sums);
    const problems: string[] = [];
    const given = new Map<MoneySource, bigint>();
    for (const a of input.amounts) {
      if (given.has(a.source)) problems.push(`nguồn ${moneySourceLabels[a.source].vi} ghi hai lần`);
      given.set(a.source, BigInt(a.settled));
    }
    for (const s of ['national', 'local', 'counterpart'] as const) {
      const g = given.get(s) ?? 0n;
      if (g !== expected[s])
        problems.push(
          `${moneySourceLabels[s].vi}: quyết toán ${formatVnd(g)}, sổ chi ghi ${formatVnd(expected[s])}`,
        );
    }
    if (acceptance && expected[src] > acceptance.acceptedAmount)
      problems.push(
        `đã chi ${formatVnd(expected[src])} vượt giá trị nghiệm thu ${formatVnd(acceptance.acceptedAmount)}: thu hồi phần chênh lệch trước`,
      );
    if (problems.length) throw new AppError('SETTLEMENT_UNRECONCILED', { detail: problems.join('; ') });
    await checkDocuments(t, c.id, input.documents);
    const returned = c.value - expected[src];
    const s = await mrepo.insertSettlement(t, {
      contractId: c.id,
      schemeId: c.schemeId,
      date: input.date,
      number: input.number,
      amounts: input.amounts,
      returned,
      note: input.note ?? null,
      documents: input.documents,
      createdBy: actor.userId,
      createdByName: actor.fullName,
    });
    if (!(await repo.updateContract(t, c.id, c.version, { phase: 'settled', updatedBy: actor.userId })))
      throw new AppError('VERSION_CONFLICT');
    await advanceScheme(t, actor, c.schemeId, { event: 'settle', comment: `Quyết toán số ${input.number}` });
    await release(t, actor, {
      schemeId: c.schemeId,
      kind: 'settlement_saving',
      amount: returned,
      reason: `Kinh phí còn lại sau quyết toán số ${input.number}`,
      refType: 'settlement',
      refId: s.id,
    });
    await record(t, actor, {
      action: 'contract.settled',
      entityType: 'contract',
      entityId: c.id,
      provinceCode: c.provinceCode,
      after: { number: input.number, amounts: input.amounts, returned: String(returned) },
    });
  });
  return closingOf(db, actor, contractId);
}
