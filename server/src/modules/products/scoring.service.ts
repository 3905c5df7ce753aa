import { and, eq, sql } from 'drizzle-orm';
import type {
  CouncilRole,
  ProductGroup,
  ResultsDto,
  ScoreSheetInput,
} from '../../../../shared/schemas/products.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import * as entriesRepo from './entries.repo.ts';
import { canRound } from './products.policy.ts';
import { checkSheet, computeResults, type EntryResult, scoreSheetOf } from './products.rules.ts';
import {
  productCertificates,
  productComplaints,
  productConflicts,
  productEntries,
  productScoreSheets,
} from './products.tables.ts';
import { loadRound, roundTarget } from './round-access.ts';
import * as repo from './rounds.repo.ts';

type SheetRow = typeof productScoreSheets.$inferSelect;

async function sheetsOf(
  db: Db,
  roundId: string,
): Promise<Pick<SheetRow, 'entryId' | 'memberId' | 'total' | 'scores'>[]> {
  return db
    .select({
      entryId: productScoreSheets.entryId,
      memberId: productScoreSheets.memberId,
      total: productScoreSheets.total,
      scores: productScoreSheets.scores,
    })
    .from(productScoreSheets)
    .where(eq(productScoreSheets.roundId, roundId));
}

async function computeFor(db: Db, round: repo.RoundRow) {
  // One after the other: inside a transaction the queries share one connection.
  const entries = await entriesRepo.resultEntries(db, round.id);
  const members = await repo.membersOf(db, round.id);
  const conflicts = await repo.conflictsOf(db, round.id);
  const sheets = await sheetsOf(db, round.id);
  const results = computeResults({
    threshold: round.passThreshold,
    quorumPercent: round.quorumPercent,
    criteria: scoreSheetOf(round.scoreSheetVersion).criteria,
    memberIds: members.map((m) => m.id),
    conflicts,
    entries: entries.map((e) => ({
      id: e.id,
      group: e.group as ProductGroup,
      establishmentId: e.establishmentId,
      status: e.status,
    })),
    sheets: sheets.map((s) => ({
      ...s,
      points: Object.fromEntries(s.scores.map((x) => [x.criterion, x.points])),
    })),
  });
  return { entries, members, conflicts, sheets, results };
}

/** Fixes each entry's average, rank and pass/fail when the results are published; refuses while an entry lacks its quorum. */
export async function publishResults(t: Db, round: repo.RoundRow): Promise<void> {
  const { entries, results } = await computeFor(t, round);
  const short = results.filter((r) => !r.quorumMet);
  if (short.length)
    throw new AppError('PRODUCT_QUORUM_NOT_MET', {
      count: short.length,
      percent: round.quorumPercent,
      name: entries.find((e) => e.id === short[0]!.entryId)?.name ?? '',
    });
  if (!results.length) return;
  const values = sql.join(
    results.map(
      (r) =>
        sql`(${r.entryId}::uuid, ${r.passed ? 'passed' : 'failed'}, ${Math.round((r.average ?? 0) * 100)}::int, ${r.rankInGroup}::int)`,
    ),
    sql`, `,
  );
  await t.execute(sql`
    update ${productEntries} set status = v.status, average_x_100 = v.avg, rank_in_group = v.rank, version = ${productEntries.version} + 1, updated_at = now()
    from (values ${values}) as v(id, status, avg, rank)
    where ${productEntries.id} = v.id`);
}

export async function mySheets(db: Db, actor: Actor, roundId: string) {
  const { round, seat } = await loadRound(db, actor, roundId);
  if (!seat) throw forbidden();
  const [entries, conflicts, sheets] = await Promise.all([
    entriesRepo.activeEntries(db, roundId),
    db.select().from(productConflicts).where(eq(productConflicts.memberId, seat.id)),
    db
      .select()
      .from(productScoreSheets)
      .where(and(eq(productScoreSheets.roundId, roundId), eq(productScoreSheets.memberId, seat.id))),
  ]);
  const conflicted = new Set(conflicts.map((c) => c.establishmentId));
  const byEntry = new Map(sheets.map((s) => [s.entryId, s]));
  return {
    roundId,
    status: round.status,
    memberId: seat.id,
    criteria: scoreSheetOf(round.scoreSheetVersion).criteria.map((c) => ({
      code: c.code,
      nameVi: c.nameVi,
      nameEn: c.nameEn,
      max: c.max,
    })),
    items: entries.map((e) => {
      const s = byEntry.get(e.id);
      return {
        entryId: e.id,
        name: e.name,
        establishmentName: e.establishmentName,
        group: e.group as ProductGroup,
        conflicted: conflicted.has(e.establishmentId),
        scores: s ? s.scores : null,
        total: s ? s.total : null,
      };
    }),
  };
}

/** A council member's sheet for one entry: not conflicted, while scoring is open, every criterion on its scale. */
export async function submitSheet(db: Db, actor: Actor, entryId: string, input: ScoreSheetInput) {
  return tx(db, async (t) => {
    const entry = await entriesRepo.findEntry(t, entryId);
    if (!entry) throw notFound();
    const { round, member, seat } = await loadRound(t, actor, entry.roundId);
    if (!seat || !canRound(actor, 'score', roundTarget(round), member)) throw forbidden();
    if (round.status !== 'scoring') throw new AppError('PRODUCT_SCORING_CLOSED', { status: round.status });
    if (entry.status === 'withdrawn') throw new AppError('PRODUCT_ENTRY_WITHDRAWN');
    const [conflict] = await t
      .select()
      .from(productConflicts)
      .where(
        and(
          eq(productConflicts.memberId, seat.id),
          eq(productConflicts.establishmentId, entry.establishmentId),
        ),
      );
    if (conflict) throw new AppError('PRODUCT_MEMBER_CONFLICTED', { name: entry.establishmentName });
    const { total, problems } = checkSheet(scoreSheetOf(round.scoreSheetVersion), input.scores);
    if (problems.length) throw new AppError('PRODUCT_SCORE_INVALID', undefined, problems);
    const [before] = await t
      .select()
      .from(productScoreSheets)
      .where(and(eq(productScoreSheets.entryId, entryId), eq(productScoreSheets.memberId, seat.id)));
    const scores = input.scores.map((s) => ({ criterion: s.criterion, points: s.points, note: s.note }));
    const [saved] = await t
      .insert(productScoreSheets)
      .values({ roundId: round.id, entryId, memberId: seat.id, scores, total })
      .onConflictDoUpdate({
        target: [productScoreSheets.entryId, productScoreSheets.memberId],
        set: { scores, total, version: sql`${productScoreSheets.version} + 1`, submittedAt: new Date() },
      })
      .returning();
    await record(t, actor, {
      action: 'product_score.submitted',
      entityType: 'product_entry',
      entityId: entryId,
      provinceCode: entry.provinceCode,
      before: before ? { scores: before.scores, total: before.total } : null,
      after: { scores, total },
      meta: { roundId: round.id, memberId: seat.id },
    });
    return { entryId, memberId: seat.id, scores: saved!.scores, total: saved!.total };
  });
}

/** Progress and results for the organiser, the chair, the secretary and the agency. */
export async function getResults(db: Db, actor: Actor, roundId: string): Promise<ResultsDto> {
  const { round, member } = await loadRound(db, actor, roundId);
  if (!canRound(actor, 'viewResults', roundTarget(round), member)) throw forbidden();
  const [{ entries, members, conflicts, sheets, results }, certs, complaints] = await Promise.all([
    computeFor(db, round),
    db
      .select({ entryId: productCertificates.entryId, number: productCertificates.number })
      .from(productCertificates)
      .where(eq(productCertificates.roundId, roundId)),
    db
      .select({ entryId: productComplaints.entryId, n: sql<number>`count(*)::int` })
      .from(productComplaints)
      .where(and(eq(productComplaints.roundId, roundId), eq(productComplaints.status, 'open')))
      .groupBy(productComplaints.entryId),
  ]);
  const certOf = new Map(certs.map((c) => [c.entryId, c.number]));
  const openOf = new Map(complaints.map((c) => [c.entryId, c.n]));
  const conflicted = new Set(conflicts.map((c) => `${c.memberId}|${c.establishmentId}`));
  const estOf = new Map(entries.map((e) => [e.id, e.establishmentId]));
  const counted = sheets.filter(
    (s) => estOf.has(s.entryId) && !conflicted.has(`${s.memberId}|${estOf.get(s.entryId)}`),
  );
  const memberRows = members.map((m) => ({
    memberId: m.id,
    fullName: m.fullName,
    role: m.role as CouncilRole,
    submitted: counted.filter((s) => s.memberId === m.id).length,
    expected: entries.filter((e) => !conflicted.has(`${m.id}|${e.establishmentId}`)).length,
  }));
  const expected = memberRows.reduce((a, m) => a + m.expected, 0);
  const byId = new Map<string, EntryResult>(results.map((r) => [r.entryId, r]));
  return {
    roundId,
    threshold: round.passThreshold,
    quorum: round.quorumPercent,
    councilSize: members.length,
    progress: {
      expectedSheets: expected,
      submittedSheets: counted.length,
      percent: expected ? Math.round((counted.length / expected) * 1000) / 10 : 0,
    },
    members: memberRows,
    rows: entries.map((e) => {
      const r = byId.get(e.id)!;
      return {
        entryId: e.id,
        name: e.name,
        establishmentName: e.establishmentName,
        provinceCode: e.provinceCode,
        group: e.group as ProductGroup,
        status: e.status as ResultsDto['rows'][number]['status'],
        sheets: r.sheets,
        eligibleMembers: r.eligibleMembers,
        quorumMet: r.quorumMet,
        average: r.average,
        criterionAverages: r.criterionAverages,
        min: r.min,
        max: r.max,
        spread: r.spread,
        stdDev: r.stdDev,
        passed: r.passed,
        rankInGroup: r.rankInGroup,
        tied: r.tied,
        certificateNumber: certOf.get(e.id) ?? null,
        openComplaints: openOf.get(e.id) ?? 0,
      };
    }),
  };
}
