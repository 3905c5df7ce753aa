import { formatVnd } from '../../../../shared/format.ts';
import {
  type Authority,
  authorityLabels,
  type ChangeDecisionInput,
  type ChangeInboxQuery,
  type ChangeKind,
  type ChangeRequestDto,
  type ChangeRequestInput,
  type ChangeState,
  changeStateLabels,
} from '../../../../shared/schemas/contracts-monitoring.ts';
import type { SchemeInput } from '../../../../shared/schemas/schemes.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import { citationText } from '../rules/index.ts';
import { advanceScheme, amendScheme } from '../schemes/index.ts';
import { advanceBasisOf, assignmentOf, release, type SchemeFacts, schemeFacts } from './contracts.links.ts';
import { type ContractTarget, can, canDecide, inScope, scopeFor } from './contracts.policy.ts';
import * as repo from './contracts.repo.ts';
import { authorityFor } from './contracts.rules.ts';
import { checkDocuments } from './documents.service.ts';
import { netOf } from './money.rules.ts';
import * as mrepo from './monitoring.repo.ts';

const changeable = ['approved', 'assigned', 'contracted', 'implementing'];
const targetOfChange = (
  r: Pick<mrepo.ChangeRow, 'level' | 'provinceCode' | 'implementerOrgId'>,
): ContractTarget => ({
  level: r.level as ContractTarget['level'],
  provinceCode: r.provinceCode,
  implementerOrgId: r.implementerOrgId,
});

export function presentChange(actor: Actor, r: mrepo.ChangeRow): ChangeRequestDto {
  const kinds = r.kinds as ChangeKind[];
  const { citation } = authorityFor(kinds, { level: r.level as 'national', kind: 'ordinary' });
  const target = targetOfChange(r);
  const decider = r.state === 'submitted' && canDecide(actor, r.authority as Authority, target);
  return {
    id: r.id,
    contractId: r.contractId,
    schemeId: r.schemeId,
    schemeCode: r.schemeCode,
    schemeTitle: r.schemeTitle,
    level: r.level as ChangeRequestDto['level'],
    provinceCode: r.provinceCode,
    kinds,
    reason: r.reason,
    amount: r.amount === null ? null : String(r.amount),
    changes: r.changes,
    documents: r.documents,
    schemeVersion: r.schemeVersion,
    authority: r.authority as Authority,
    authorityCitation: citation,
    state: r.state as ChangeState,
    requestedByName: r.requestedByName,
    requestedAt: r.requestedAt.toISOString(),
    decidedByName: r.decidedByName,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    decisionNumber: r.decisionNumber,
    decisionNote: r.decisionNote,
    released: r.released === null ? null : String(r.released),
    version: r.version,
    abilities: {
      approve: decider,
      reject: decider,
      withdraw: r.state === 'submitted' && r.requestedBy === actor.userId,
    },
  };
}

const invalid = (detail: string) => new AppError('CHANGE_INVALID', { detail });

/** Which scheme fields each kind of change may touch. */
const fieldsOf: Partial<Record<ChangeKind, readonly string[]>> = {
  content: ['title', 'contentCodes'],
  addition: ['title', 'contentCodes'],
  site: ['locationUnitId', 'address'],
  beneficiary: ['beneficiaryIds'],
  partner: ['partners'],
  timing: ['startDate', 'endDate'],
  extension: ['startDate', 'endDate'],
};

function validate(
  s: SchemeFacts,
  input: ChangeRequestInput,
  contract: repo.ContractRow | undefined,
  net: bigint,
) {
  const kinds = new Set(input.kinds);
  if (kinds.size !== input.kinds.length) throw invalid('một loại thay đổi được chọn hai lần');
  if (kinds.has('stop') && kinds.size > 1) throw invalid('yêu cầu ngừng không đi kèm thay đổi khác');
  if (kinds.has('funding_increase') && kinds.has('funding_decrease'))
    throw invalid('vừa tăng vừa giảm kinh phí');
  const funding = kinds.has('funding_increase') || kinds.has('funding_decrease');
  const amount = input.amount ? BigInt(input.amount) : 0n;
  if (funding && amount <= 0n) throw invalid('cần số tiền tăng hoặc giảm');
  if (!funding && input.amount) throw invalid('chỉ yêu cầu tăng/giảm kinh phí mới ghi số tiền');
  if (kinds.has('funding_decrease') && contract && amount > contract.value - net)
    throw invalid(`giảm tối đa ${formatVnd(contract.value - net)} (giá trị hợp đồng trừ số đã chi)`);
  const allowed = new Set(input.kinds.flatMap((k) => fieldsOf[k] ?? []));
  for (const key of Object.keys(input.changes))
    if (!allowed.has(key)) throw invalid(`trường "${key}" không thuộc loại thay đổi đã chọn`);
  for (const k of input.kinds)
    if (fieldsOf[k] && !fieldsOf[k]!.some((f) => f in input.changes))
      throw invalid(`chưa ghi nội dung thay đổi (${k})`);
  const end = input.changes.endDate;
  if (end && kinds.has('timing') && !kinds.has('extension') && end.slice(0, 4) > String(s.planYear))
    throw invalid('kéo dài sang năm sau là gia hạn, cần chọn "Gia hạn sang năm sau"');
  if (kinds.has('extension') && (!end || end.slice(0, 4) <= String(s.planYear)))
    throw invalid('gia hạn phải có ngày kết thúc sang năm sau');
  const start = input.changes.startDate ?? s.startDate;
  if (start && end && end < start) throw invalid('ngày kết thúc trước ngày bắt đầu');
}

export async function raiseChange(db: Db, actor: Actor, schemeId: string, input: ChangeRequestInput) {
  const s = await schemeFacts(db, schemeId);
  const target: ContractTarget = {
    level: s.level,
    provinceCode: s.provinceCode,
    implementerOrgId: s.implementerOrgId,
  };
  if (!inScope(scopeFor(actor), target)) throw notFound();
  if (!can(actor, 'change.raise', target)) throw forbidden();
  const row = await tx(db, async (t) => {
    if (!changeable.includes(s.state)) throw invalid('đề án không còn ở giai đoạn được điều chỉnh');
    if (s.version !== input.schemeVersion)
      throw new AppError('CHANGE_STALE_VERSION', { requested: input.schemeVersion, current: s.version });
    const pending = (await mrepo.changesOfScheme(t, schemeId)).some((r) => r.state === 'submitted');
    if (pending) throw new AppError('CHANGE_PENDING');
    const contract = await repo.findBySchemeId(t, { kind: 'all' }, schemeId);
    const net = contract ? netOf(await repo.sums(t, contract.id)) : 0n;
    validate(s, input, contract, net);
    // The files of a change request are uploaded to the scheme's contract.
    await checkDocuments(t, contract?.id ?? null, input.documents);
    const { authority } = authorityFor(input.kinds, s);
    const r = await mrepo.insertChange(t, {
      contractId: contract?.id ?? null,
      schemeId,
      schemeCode: s.code,
      schemeTitle: s.title,
      level: s.level,
      provinceCode: s.provinceCode,
      implementerOrgId: s.implementerOrgId,
      kinds: input.kinds,
      reason: input.reason,
      amount: input.amount ? BigInt(input.amount) : null,
      changes: input.changes,
      documents: input.documents,
      schemeVersion: input.schemeVersion,
      authority,
      requestedBy: actor.userId,
      requestedByName: actor.fullName,
    });
    await record(t, actor, {
      action: 'change.raised',
      entityType: 'change_request',
      entityId: r.id,
      provinceCode: s.provinceCode,
      after: { schemeId, kinds: input.kinds, amount: input.amount ?? null, authority },
    });
    return r;
  });
  return presentChange(actor, row);
}

/** Approve: the scheme gets a new version (or stops), the contract value moves, the envelope ledger moves. */
async function apply(t: Db, actor: Actor, r: mrepo.ChangeRow, comment: string): Promise<bigint> {
  const kinds = r.kinds as ChangeKind[];
  const contract = await repo.findBySchemeId(t, { kind: 'all' }, r.schemeId);
  const locked = contract ? await repo.findContract(t, { kind: 'all' }, contract.id, true) : undefined;
  const net = locked ? netOf(await repo.sums(t, locked.id)) : 0n;
  const ref = { refType: 'change_request', refId: r.id, reason: comment };
  if (kinds.includes('stop')) {
    await advanceScheme(t, actor, r.schemeId, { event: 'stop', expectedVersion: r.schemeVersion, comment });
    const base = locked ? locked.value : (await assignmentOf(t, await schemeFacts(t, r.schemeId))).amount;
    if (
      locked &&
      !(await repo.updateContract(t, locked.id, locked.version, {
        phase: 'stopped',
        updatedBy: actor.userId,
      }))
    )
      throw new AppError('VERSION_CONFLICT');
    const freed = base - net;
    await release(t, actor, { schemeId: r.schemeId, kind: 'stop', amount: freed, ...ref });
    return freed;
  }
  await amendScheme(t, actor, r.schemeId, r.changes as Partial<SchemeInput>, {
    expectedVersion: r.schemeVersion,
    comment,
  });
  const amount = r.amount ?? 0n;
  const up = kinds.includes('funding_increase');
  const down = kinds.includes('funding_decrease');
  if (locked) {
    if (down && amount > locked.value - net) throw invalid('số giảm vượt phần chưa chi của hợp đồng');
    const value = up ? locked.value + amount : down ? locked.value - amount : locked.value;
    const advanceBasis = advanceBasisOf(await schemeFacts(t, r.schemeId));
    if (
      !(await repo.updateContract(t, locked.id, locked.version, {
        value,
        advanceBasis,
        updatedBy: actor.userId,
      }))
    )
      throw new AppError('VERSION_CONFLICT');
  }
  if (up) await release(t, actor, { schemeId: r.schemeId, kind: 'increase', amount, ...ref });
  if (down) await release(t, actor, { schemeId: r.schemeId, kind: 'reduction', amount, ...ref });
  return down ? amount : up ? -amount : 0n;
}

export async function decideChange(db: Db, actor: Actor, id: string, input: ChangeDecisionInput) {
  const row = await tx(db, async (t) => {
    const r = await mrepo.findChange(t, scopeFor(actor), id, true);
    if (!r) throw notFound();
    const action = input.decision === 'approve' ? 'phê duyệt' : 'từ chối';
    if (r.state !== 'submitted')
      throw new AppError('CHANGE_BAD_STATE', { state: changeStateLabels[r.state as ChangeState].vi, action });
    if (r.version !== input.version) throw new AppError('VERSION_CONFLICT');
    const authority = r.authority as Authority;
    if (!canDecide(actor, authority, targetOfChange(r))) {
      const { citation } = authorityFor(r.kinds as ChangeKind[], {
        level: r.level as 'national',
        kind: 'ordinary',
      });
      throw new AppError('CHANGE_WRONG_AUTHORITY', {
        authority: authorityLabels[authority].vi,
        citation: citationText(citation),
      });
    }
    if (input.decision === 'approve' && authority === 'ministry' && !input.decisionNumber)
      throw invalid('cần số quyết định của Bộ Công Thương');
    let released: bigint | null = null;
    if (input.decision === 'approve') {
      const s = await schemeFacts(t, r.schemeId);
      if (s.version !== r.schemeVersion)
        throw new AppError('CHANGE_STALE_VERSION', { requested: r.schemeVersion, current: s.version });
      const comment = `Yêu cầu điều chỉnh${input.decisionNumber ? `, QĐ ${input.decisionNumber}` : ''}: ${r.reason}`;
      released = await apply(t, actor, r, comment.slice(0, 1000));
    }
    const updated = await mrepo.updateChange(t, id, r.version, {
      state: input.decision === 'approve' ? 'approved' : 'rejected',
      decidedBy: actor.userId,
      decidedByName: actor.fullName,
      decidedAt: new Date(),
      decisionNumber: input.decisionNumber ?? null,
      decisionNote: input.note ?? null,
      released,
    });
    if (!updated) throw new AppError('VERSION_CONFLICT');
    await record(t, actor, {
      action: input.decision === 'approve' ? 'change.approved' : 'change.rejected',
      entityType: 'change_request',
      entityId: id,
      provinceCode: r.provinceCode,
      before: { state: r.state },
      after: { state: updated.state, released: released === null ? null : String(released) },
    });
    return updated;
  });
  return presentChange(actor, row);
}

export async function withdrawChange(db: Db, actor: Actor, id: string, version: number) {
  const row = await tx(db, async (t) => {
    const r = await mrepo.findChange(t, scopeFor(actor), id, true);
    if (!r) throw notFound();
    if (r.requestedBy !== actor.userId) throw forbidden();
    if (r.state !== 'submitted')
      throw new AppError('CHANGE_BAD_STATE', {
        state: changeStateLabels[r.state as ChangeState].vi,
        action: 'rút',
      });
    const updated = await mrepo.updateChange(t, id, version, { state: 'withdrawn' });
    if (!updated) throw new AppError('VERSION_CONFLICT');
    await record(t, actor, {
      action: 'change.withdrawn',
      entityType: 'change_request',
      entityId: id,
      provinceCode: r.provinceCode,
    });
    return updated;
  });
  return presentChange(actor, row);
}

/** Authorities the actor decides for: the inbox shows what waits for them. */
function authoritiesOf(actor: Actor): Authority[] {
  if (actor.role === 'agency_leader') return ['ministry', 'agency'];
  if (actor.role === 'department_leader') return ['department'];
  return [];
}

export async function listChangeInbox(db: Db, actor: Actor, q: ChangeInboxQuery) {
  const decide = q.mine === 'decide';
  const { rows, total } = await mrepo.listChanges(db, scopeFor(actor), {
    state: q.state ?? (decide ? 'submitted' : undefined),
    authorities: decide ? authoritiesOf(actor) : undefined,
    provinceCode: decide && actor.role === 'department_leader' ? actor.provinceCode : undefined,
    page: q.page,
    pageSize: q.pageSize,
  });
  return { items: rows.map((r) => presentChange(actor, r)), total, page: q.page, pageSize: q.pageSize };
}

export async function listSchemeChanges(db: Db, actor: Actor, schemeId: string) {
  const s = await schemeFacts(db, schemeId);
  if (!inScope(scopeFor(actor), s)) throw notFound();
  return (await mrepo.changesOfScheme(db, schemeId)).map((r) => presentChange(actor, r));
}
