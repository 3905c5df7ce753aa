import { formatDate, formatVnd } from '../../../../shared/format.ts';
import {
  type ContractAction,
  type ContractDto,
  type ContractInput,
  type ContractListItemDto,
  type ContractListQuery,
  type ContractTransitionInput,
  type ContractUpdateInput,
  contractStateLabels,
  type PrepareContractsInput,
  type SigningProgressDto,
  type SigningProgressQuery,
} from '../../../../shared/schemas/contracts.ts';
import { schemeStateLabels } from '../../../../shared/schemas/schemes.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import { vnToday } from '../calls/index.ts';
import { advanceScheme, listSchemeIdsByState } from '../schemes/index.ts';
import {
  advanceBasisOf,
  assignmentOf,
  contentsOf,
  orgName,
  type SchemeFacts,
  schemeFacts,
} from './contracts.links.ts';
import { can, inScope, scopeFor } from './contracts.policy.ts';
import { presentContract, presentListItem, targetOf } from './contracts.present.ts';
import * as repo from './contracts.repo.ts';
import { checkDocuments } from './documents.service.ts';

export async function loadContract(
  db: Db,
  actor: Actor,
  id: string,
  lock = false,
): Promise<repo.ContractRow> {
  const c = await repo.findContract(db, scopeFor(actor), id, lock);
  if (!c) throw notFound();
  return c;
}

export async function getContract(db: Db, actor: Actor, id: string): Promise<ContractDto> {
  const c = await loadContract(db, actor, id);
  const s = await schemeFacts(db, c.schemeId);
  return presentContract(actor, c, s, await contentsOf(db, s));
}

export async function getContractOfScheme(
  db: Db,
  actor: Actor,
  schemeId: string,
): Promise<ContractDto | null> {
  const c = await repo.findBySchemeId(db, scopeFor(actor), schemeId);
  if (!c) return null;
  const s = await schemeFacts(db, c.schemeId);
  return presentContract(actor, c, s, await contentsOf(db, s));
}

export async function listContracts(db: Db, actor: Actor, q: ContractListQuery) {
  const { rows, total, capped } = await repo.listContracts(db, scopeFor(actor), q);
  return {
    items: rows.map(presentListItem) as ContractListItemDto[],
    total,
    page: q.page,
    pageSize: q.pageSize,
    totalCapped: capped,
  };
}

export async function signingProgress(
  db: Db,
  actor: Actor,
  q: SigningProgressQuery,
): Promise<SigningProgressDto> {
  const { total, days } = await repo.signingSeries(db, scopeFor(actor), q);
  let signed = 0;
  const pct = (n: number) => (total ? Math.round((n / total) * 1000) / 10 : 0);
  const series = days.map((d) => {
    signed += d.n;
    return { date: d.d, signed, percent: pct(signed) };
  });
  return { total, signed, percent: pct(signed), series };
}

function checkDates(input: {
  startDate: string;
  endDate: string;
  schedule: { title: string; dueDate: string }[];
}) {
  if (input.endDate < input.startDate)
    throw new AppError('CONTRACT_DATES_INVALID', { detail: 'ngày kết thúc trước ngày bắt đầu' });
  for (const s of input.schedule)
    if (s.dueDate < input.startDate || s.dueDate > input.endDate)
      throw new AppError('CONTRACT_DATES_INVALID', {
        detail: `mốc "${s.title}" (${formatDate(s.dueDate)}) nằm ngoài thời gian hợp đồng`,
      });
}

function checkValue(value: bigint, support: bigint) {
  if (value > support)
    throw new AppError('CONTRACT_OVER_SUPPORT', { value: formatVnd(value), support: formatVnd(support) });
}

function targetOfScheme(s: SchemeFacts) {
  return { level: s.level, provinceCode: s.provinceCode, implementerOrgId: s.implementerOrgId };
}

const partyAOf = (s: SchemeFacts) =>
  s.level === 'national'
    ? 'Cục Công Thương địa phương — Bộ Công Thương'
    : `Sở Công Thương tỉnh/thành phố (mã ${s.provinceCode})`;

async function draftValues(db: Db, actor: Actor, s: SchemeFacts, input?: ContractInput) {
  const a = await assignmentOf(db, s);
  const implementerName = await orgName(db, s.implementerOrgId);
  return {
    assignment: a,
    values: {
      schemeId: s.id,
      schemeCode: s.code,
      schemeTitle: s.title,
      planYear: s.planYear,
      level: s.level,
      provinceCode: s.provinceCode,
      implementerOrgId: s.implementerOrgId,
      implementerName,
      number: input?.number ?? `${s.code}/HĐ-KC`,
      partyA: input?.partyA ?? partyAOf(s),
      partyB: input?.partyB ?? implementerName,
      value: input?.value ? BigInt(input.value) : a.amount,
      counterpartCommitted: input?.counterpartCommitted
        ? BigInt(input.counterpartCommitted)
        : s.support.counterpart,
      startDate: input?.startDate ?? s.startDate ?? `${s.planYear}-01-01`,
      endDate: input?.endDate ?? s.endDate ?? `${s.planYear}-12-31`,
      paymentTerms:
        input?.paymentTerms ??
        'Tạm ứng theo TT 36/2013/TT-BCT Điều 13–16 và bộ quy tắc hiện hành; phần còn lại thanh toán sau nghiệm thu cơ sở.',
      schedule: input?.schedule ?? s.milestones.map((m) => ({ title: m.title, dueDate: m.dueDate })),
      documents: input?.documents ?? [],
      advanceBasis: advanceBasisOf(s),
      assignedAt: a.assignedAt,
      createdBy: actor.userId,
      updatedBy: actor.userId,
    } satisfies repo.ContractInsert,
  };
}

async function insertDraft(t: Db, actor: Actor, s: SchemeFacts, input?: ContractInput) {
  if (s.state !== 'assigned')
    throw new AppError('CONTRACT_SCHEME_NOT_ASSIGNED', {
      scheme: s.code,
      state: schemeStateLabels[s.state].vi,
    });
  const existing = await repo.findBySchemeId(t, { kind: 'all' }, s.id);
  if (existing) throw new AppError('CONTRACT_EXISTS', { scheme: s.code, number: existing.number });
  const { values, assignment } = await draftValues(t, actor, s, input);
  checkValue(values.value, assignment.amount);
  checkDates(values);
  // A contract not yet made has no files: a new draft's documents are references only.
  await checkDocuments(t, null, values.documents);
  const row = await repo.insertContract(t, values);
  await record(t, actor, {
    action: 'contract.created',
    entityType: 'contract',
    entityId: row.id,
    provinceCode: row.provinceCode,
    after: { ...row, value: String(row.value), counterpartCommitted: String(row.counterpartCommitted) },
  });
  return row;
}

export async function createContract(db: Db, actor: Actor, input: ContractInput): Promise<ContractDto> {
  const s = await schemeFacts(db, input.schemeId);
  const target = targetOfScheme(s);
  if (!inScope(scopeFor(actor), target)) throw notFound();
  if (!can(actor, 'contract.manage', target)) throw forbidden();
  const row = await tx(db, (t) => insertDraft(t, actor, s, input));
  return presentContract(actor, row, s, await contentsOf(db, s));
}

/** Draft contracts for every assigned scheme of a plan that has none yet (the register's "prepare" action). */
export async function prepareContracts(
  db: Db,
  actor: Actor,
  input: PrepareContractsInput,
): Promise<{ created: number }> {
  const ids = await listSchemeIdsByState(db, { state: 'assigned', ...input });
  let created = 0;
  for (const id of ids) {
    const s = await schemeFacts(db, id);
    const target = targetOfScheme(s);
    if (!can(actor, 'contract.manage', target)) continue;
    if (await repo.findBySchemeId(db, { kind: 'all' }, id)) continue;
    await tx(db, (t) => insertDraft(t, actor, s));
    created++;
  }
  return { created };
}

export async function updateContract(db: Db, actor: Actor, id: string, input: ContractUpdateInput) {
  const row = await tx(db, async (t) => {
    const c = await loadContract(t, actor, id, true);
    if (!can(actor, 'contract.manage', targetOf(c))) throw forbidden();
    if (c.version !== input.version) throw new AppError('VERSION_CONFLICT');
    if (c.state !== 'draft' && c.state !== 'sent')
      throw new AppError('CONTRACT_BAD_STATE', {
        action: 'sửa',
        state: contractStateLabels[c.state as 'draft'].vi,
      });
    const s = await schemeFacts(t, c.schemeId);
    const a = await assignmentOf(t, s);
    checkValue(BigInt(input.value), a.amount);
    checkDates(input);
    await checkDocuments(t, c.id, input.documents);
    const { version, ...rest } = input;
    const updated = await repo.updateContract(t, id, version, {
      ...rest,
      searchText: repo.searchTextOf({ ...c, number: rest.number }),
      value: BigInt(rest.value),
      counterpartCommitted: BigInt(rest.counterpartCommitted),
      paymentTerms: rest.paymentTerms ?? null,
      updatedBy: actor.userId,
    });
    if (!updated) throw new AppError('VERSION_CONFLICT');
    await record(t, actor, {
      action: 'contract.updated',
      entityType: 'contract',
      entityId: id,
      provinceCode: c.provinceCode,
      before: { number: c.number, value: String(c.value), version: c.version },
      after: { number: updated.number, value: String(updated.value), version: updated.version },
    });
    return updated;
  });
  return getContract(db, actor, row.id);
}

const actionVi: Record<ContractAction, string> = { send: 'gửi', sign: 'ký', liquidate: 'thanh lý' };

export async function transitionContract(db: Db, actor: Actor, id: string, input: ContractTransitionInput) {
  const today = vnToday();
  await tx(db, async (t) => {
    const c = await loadContract(t, actor, id, true);
    if (!can(actor, 'contract.manage', targetOf(c))) throw forbidden();
    if (c.version !== input.version) throw new AppError('VERSION_CONFLICT');
    const bad = () =>
      new AppError('CONTRACT_BAD_STATE', {
        action: actionVi[input.action],
        state: contractStateLabels[c.state as 'draft'].vi,
      });
    let set: Partial<repo.ContractInsert>;
    if (input.action === 'send') {
      if (c.state !== 'draft') throw bad();
      set = { state: 'sent', sentAt: new Date() };
    } else if (input.action === 'sign') {
      if ((c.state !== 'draft' && c.state !== 'sent') || c.phase !== 'active') throw bad();
      const date = input.date ?? today;
      const assigned = vnToday(c.assignedAt);
      if (date > today || date < assigned)
        throw new AppError('CONTRACT_DATES_INVALID', {
          detail: `ngày ký ${formatDate(date)} phải từ ngày giao kế hoạch (${formatDate(assigned)}) đến hôm nay`,
        });
      set = { state: 'signed', signedDate: date };
      await advanceScheme(t, actor, c.schemeId, {
        event: 'sign_contract',
        comment: `Hợp đồng số ${c.number}`,
      });
    } else {
      if (c.state !== 'signed' || (c.phase !== 'accepted' && c.phase !== 'stopped')) throw bad();
      const date = input.date ?? today;
      if (!input.documentNumber)
        throw new AppError('CONTRACT_DATES_INVALID', { detail: 'thiếu số biên bản thanh lý' });
      if (date > today || (c.signedDate && date < c.signedDate))
        throw new AppError('CONTRACT_DATES_INVALID', {
          detail: `ngày thanh lý ${formatDate(date)} phải từ ngày ký (${formatDate(c.signedDate)}) đến hôm nay`,
        });
      set = { state: 'liquidated', liquidatedDate: date, liquidationNumber: input.documentNumber };
    }
    const updated = await repo.updateContract(t, id, c.version, { ...set, updatedBy: actor.userId });
    if (!updated) throw new AppError('VERSION_CONFLICT');
    await record(t, actor, {
      action: `contract.${input.action === 'send' ? 'sent' : input.action === 'sign' ? 'signed' : 'liquidated'}`,
      entityType: 'contract',
      entityId: id,
      provinceCode: c.provinceCode,
      before: { state: c.state, version: c.version },
      after: { state: updated.state, version: updated.version, date: input.date ?? null },
    });
  });
  return getContract(db, actor, id);
}
