import { and, asc, eq, inArray } from 'drizzle-orm';
import type {
  ComplaintDto,
  ComplaintResolveInput,
  RoundStatus,
} from '../../../../shared/schemas/products.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import * as entriesRepo from './entries.repo.ts';
import { loadEntry } from './entries.service.ts';
import { ownEstablishmentIds } from './products.establishments.ts';
import { canEntry, canRound, entryScopeFor } from './products.policy.ts';
import { complaintResponseDue, complaintWindowEnds, todayVn } from './products.rules.ts';
import { productComplaints, productEntries } from './products.tables.ts';
import { roundStatusLabels } from './products.workflow.ts';
import { loadRound, roundTarget } from './round-access.ts';

type Row = typeof productComplaints.$inferSelect;
const dmy = (d: string) => d.split('-').reverse().join('/');

function present(
  c: Row,
  entry: { name: string; establishmentName: string },
  canResolve: boolean,
): ComplaintDto {
  return {
    id: c.id,
    roundId: c.roundId,
    entryId: c.entryId,
    entryName: entry.name,
    establishmentName: entry.establishmentName,
    content: c.content,
    submittedOn: c.submittedOn,
    windowEnds: c.windowEnds,
    responseDue: c.responseDue,
    status: c.status as ComplaintDto['status'],
    response: c.response,
    resolvedOn: c.resolvedOn,
    version: c.version,
    abilities: { resolve: canResolve && c.status === 'open' },
  };
}

/** A complaint about an entry's result, within 15 working days of the results (weekends skipped). */
export async function fileComplaint(
  db: Db,
  actor: Actor,
  entryId: string,
  content: string,
  today = todayVn(),
): Promise<ComplaintDto> {
  return tx(db, async (t) => {
    const { entry, round, target } = await loadEntry(t, actor, entryId);
    if (round.status !== 'results' || !round.resultsPublishedOn)
      throw new AppError('PRODUCT_ROUND_BAD_STATE', {
        action: 'khiếu nại',
        status: roundStatusLabels[round.status as RoundStatus],
      });
    if (!canEntry(actor, 'complain', target)) throw new AppError('PRODUCT_NOT_OWN_ESTABLISHMENT');
    const windowEnds = complaintWindowEnds(round.resultsPublishedOn);
    if (today > windowEnds)
      throw new AppError('PRODUCT_COMPLAINT_WINDOW_CLOSED', {
        published: dmy(round.resultsPublishedOn),
        deadline: dmy(windowEnds),
      });
    const [c] = await t
      .insert(productComplaints)
      .values({
        roundId: round.id,
        entryId,
        content,
        submittedBy: actor.userId,
        submittedOn: today,
        windowEnds,
        responseDue: complaintResponseDue(today),
      })
      .returning();
    await record(t, actor, {
      action: 'product_complaint.filed',
      entityType: 'product_complaint',
      entityId: c!.id,
      provinceCode: entry.provinceCode,
      after: c,
      meta: { entryId },
    });
    return present(c!, entry, canRound(actor, 'resolveComplaint', roundTarget(round), null));
  });
}

export async function listComplaints(db: Db, actor: Actor, roundId: string): Promise<ComplaintDto[]> {
  const { round, member } = await loadRound(db, actor, roundId);
  const t = roundTarget(round);
  const all = canRound(actor, 'resolveComplaint', t, member) || canRound(actor, 'viewResults', t, member);
  const scope = all
    ? { kind: 'all' as const }
    : entryScopeFor(actor, t, member, await ownEstablishmentIds(db, actor));
  if (!scope) return [];
  const entries = await entriesRepo.listEntries(db, roundId, scope, {});
  if (!entries.length) return [];
  const byId = new Map(entries.map((e) => [e.id, e]));
  const rows = await db
    .select()
    .from(productComplaints)
    .where(and(eq(productComplaints.roundId, roundId), inArray(productComplaints.entryId, [...byId.keys()])))
    .orderBy(asc(productComplaints.submittedOn), asc(productComplaints.createdAt));
  const canResolve = canRound(actor, 'resolveComplaint', t, member);
  return rows.map((c) => present(c, byId.get(c.entryId)!, canResolve));
}

/** The organiser records how a complaint was handled (upheld or rejected) and the answer given. */
export async function resolveComplaint(
  db: Db,
  actor: Actor,
  id: string,
  input: ComplaintResolveInput,
  today = todayVn(),
): Promise<ComplaintDto> {
  return tx(db, async (t) => {
    const [c] = await t.select().from(productComplaints).where(eq(productComplaints.id, id)).for('update');
    if (!c) throw notFound();
    const { round, member } = await loadRound(t, actor, c.roundId).catch(() => {
      throw notFound();
    });
    if (!canRound(actor, 'resolveComplaint', roundTarget(round), member)) throw forbidden();
    if (c.status !== 'open') throw new AppError('PRODUCT_COMPLAINT_RESOLVED');
    const [saved] = await t
      .update(productComplaints)
      .set({
        status: input.outcome,
        response: input.response,
        resolvedBy: actor.userId,
        resolvedOn: today,
        version: input.version + 1,
      })
      .where(and(eq(productComplaints.id, id), eq(productComplaints.version, input.version)))
      .returning();
    if (!saved) throw new AppError('VERSION_CONFLICT');
    const [entry] = await t.select().from(productEntries).where(eq(productEntries.id, c.entryId));
    await record(t, actor, {
      action: 'product_complaint.resolved',
      entityType: 'product_complaint',
      entityId: id,
      provinceCode: entry?.provinceCode ?? round.provinceCode,
      before: { status: c.status },
      after: { status: saved.status, response: saved.response, lateBy: today > c.responseDue ? today : null },
    });
    return present(saved, entry ?? { name: '', establishmentName: '' }, true);
  });
}
