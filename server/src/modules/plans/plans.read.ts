import type { PlanDetail, PlanLine } from '../../../../shared/schemas/plans.ts';
import type { Db } from '../../db/client.ts';
import { type Actor, systemActor } from '../../platform/actor.ts';
import { getOrganisation } from '../identity/index.ts';
import { getSchemeForModule } from '../schemes/index.ts';
import { rankOrder } from './allocation.model.ts';
import { loadCandidates } from './plans.candidates.ts';
import { listFilter } from './plans.policy.ts';
import { balances, committedBy, ledgerEntry, planDto, runSummary } from './plans.present.ts';
import * as repo from './plans.repo.ts';
import { planFor } from './plans.service.ts';

export async function listPlans(
  db: Db,
  actor: Actor,
  q: { planYear?: number; level?: 'national' | 'local' },
) {
  const f = listFilter(actor);
  if (!f) return [];
  const rows = await repo.listPlans(db, {
    ...q,
    provinceCode: 'provinceCode' in f ? f.provinceCode : undefined,
  });
  const out = [];
  for (const p of rows) out.push(planDto(actor, p, await repo.ledgerOf(db, p.id)));
  return out;
}

function orgNames(db: Db) {
  const cache = new Map<string, string>();
  return async (id: string) => {
    if (!cache.has(id))
      cache.set(id, (await getOrganisation(db, systemActor, id).catch(() => null))?.name ?? '');
    return cache.get(id)!;
  };
}

/** The plan with its lines (funded and candidates), runs, ledger and the next schemes that now fit. */
export async function getPlan(db: Db, actor: Actor, id: string): Promise<PlanDetail> {
  const plan = await planFor(db, actor, id);
  const ledger = await repo.ledgerOf(db, id);
  const committed = committedBy(ledger);
  const nameOf = orgNames(db);
  const assignments = new Map((await repo.assignmentsOf(db, id)).map((a) => [a.id, a]));
  const lines: PlanLine[] = [];
  for (const l of await repo.linesOf(db, id)) {
    const s = await getSchemeForModule(db, { kind: 'all' }, l.schemeId);
    lines.push({
      schemeId: l.schemeId,
      code: s?.code ?? '',
      title: s?.title ?? '',
      provinceCode: l.provinceCode,
      contentCode: l.contentCode,
      kind: s?.kind ?? '',
      state: s?.state ?? '',
      implementerOrgId: l.implementerOrgId,
      implementerName: await nameOf(l.implementerOrgId),
      requested: String(s?.support.stateAllowed ?? l.approvedAmount),
      pin: plan.pins[l.schemeId] ?? 'none',
      selected: true,
      approvedAmount: String(l.approvedAmount),
      assignedAmount: l.assignedAmount === null ? null : String(l.assignedAmount),
      committed: String(committed.get(l.schemeId) ?? 0n),
      assignmentDocument: l.assignmentId ? (assignments.get(l.assignmentId)?.documentNumber ?? '') : null,
    });
  }
  const cands = await loadCandidates(db, plan);
  const order = rankOrder(cands);
  for (const i of order) {
    const c = cands[i]!;
    lines.push({
      schemeId: c.id,
      code: c.code,
      title: c.title,
      provinceCode: c.provinceCode,
      contentCode: c.contentCode,
      kind: c.kind,
      state: c.state,
      implementerOrgId: c.implementerOrgId,
      implementerName: await nameOf(c.implementerOrgId),
      requested: String(c.amount),
      pin: c.pin,
      selected: false,
      approvedAmount: null,
      assignedAmount: null,
      committed: '0',
      assignmentDocument: null,
    });
  }
  const dto = planDto(actor, plan, ledger);
  const nextFitting: PlanDetail['nextFitting'] = [];
  if (plan.state === 'approved') {
    const bal = balances(plan, ledger);
    let left = BigInt(bal[0]!.available);
    for (const i of order) {
      const c = cands[i]!;
      if (c.pin === 'out' || c.amount > left) continue;
      const sub = bal.find(
        (b) =>
          (b.kind === 'province' && b.key === c.provinceCode) ||
          (b.kind === 'content' && b.key === c.contentCode),
      );
      if (sub && c.amount > BigInt(sub.available)) continue;
      nextFitting.push({ schemeId: c.id, code: c.code, title: c.title, amount: String(c.amount) });
      left -= c.amount;
    }
  }
  return {
    ...dto,
    lines,
    runs: (await repo.runsOf(db, id)).map(runSummary),
    ledger: ledger.map(ledgerEntry).reverse(),
    nextFitting,
  };
}
