import { and, eq } from 'drizzle-orm';
import { UserListQuery } from '../../../../shared/schemas/identity.ts';
import type {
  ConflictInput,
  CouncilMemberInput,
  ProductLevel,
  RoundDto,
  RoundStatus,
} from '../../../../shared/schemas/products.ts';
import type { Db } from '../../db/client.ts';
import { type Actor, systemActor } from '../../platform/actor.ts';
import { AppError, forbidden, isUniqueViolation, notFound } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import { getUser, listUsers } from '../identity/index.ts';
import { establishmentRef } from './products.establishments.ts';
import { canRound } from './products.policy.ts';
import { levelRules } from './products.rules.data.ts';
import { councilSizeProblem } from './products.rules.ts';
import { productConflicts, productCouncilMembers } from './products.tables.ts';
import { councilEditable } from './products.workflow.ts';
import { loadRound, roundTarget } from './round-access.ts';
import * as repo from './rounds.repo.ts';

/** Size (5/7, 7/9, 9/11, 11/13, odd) and exactly one chair and one secretary; checked when scoring starts. */
export async function checkCouncilComplete(db: Db, round: repo.RoundRow): Promise<void> {
  const members = await repo.membersOf(db, round.id);
  const level = round.level as ProductLevel;
  const allowed = councilSizeProblem(level, members.length);
  if (allowed)
    throw new AppError('PRODUCT_COUNCIL_SIZE', {
      level: levelRules[level].nameVi.toLowerCase(),
      allowed,
      size: members.length,
    });
  const chairs = members.filter((m) => m.role === 'chair').length;
  const secretaries = members.filter((m) => m.role === 'secretary').length;
  if (chairs !== 1 || secretaries !== 1) throw new AppError('PRODUCT_COUNCIL_ROLES', { chairs, secretaries });
}

async function lockForCouncil(t: Db, actor: Actor, roundId: string) {
  const { round, member } = await loadRound(t, actor, roundId, true);
  if (!canRound(actor, 'manageCouncil', roundTarget(round), member)) throw forbidden();
  if (!councilEditable(round.status as RoundStatus)) throw new AppError('PRODUCT_COUNCIL_LOCKED');
  return round;
}

export async function addMember(
  db: Db,
  actor: Actor,
  roundId: string,
  input: CouncilMemberInput,
): Promise<RoundDto['council'][number]> {
  return tx(db, async (t) => {
    const round = await lockForCouncil(t, actor, roundId);
    const user = await getUser(t, systemActor, input.userId).catch(() => null);
    if (user?.status !== 'active' || user.role === 'establishment_rep')
      throw new AppError('PRODUCT_COUNCIL_USER_INVALID');
    try {
      const [m] = await t
        .insert(productCouncilMembers)
        .values({
          roundId,
          userId: user.id,
          fullName: user.fullName,
          organisationName: user.organisationName,
          role: input.role,
        })
        .returning();
      await record(t, actor, {
        action: 'product_council.member_added',
        entityType: 'product_round',
        entityId: roundId,
        provinceCode: round.provinceCode,
        after: m,
      });
      return {
        id: m!.id,
        userId: m!.userId,
        fullName: m!.fullName,
        organisationName: m!.organisationName,
        role: input.role,
        conflicts: [],
      };
    } catch (e) {
      if (isUniqueViolation(e, 'product_council_members_uq'))
        throw new AppError('PRODUCT_COUNCIL_MEMBER_TAKEN', { name: user.fullName });
      throw e;
    }
  });
}

export async function removeMember(db: Db, actor: Actor, roundId: string, memberId: string): Promise<void> {
  await tx(db, async (t) => {
    const round = await lockForCouncil(t, actor, roundId);
    const [m] = await t
      .select()
      .from(productCouncilMembers)
      .where(and(eq(productCouncilMembers.id, memberId), eq(productCouncilMembers.roundId, roundId)));
    if (!m) throw notFound();
    await t.delete(productConflicts).where(eq(productConflicts.memberId, memberId));
    await t.delete(productCouncilMembers).where(eq(productCouncilMembers.id, memberId));
    await record(t, actor, {
      action: 'product_council.member_removed',
      entityType: 'product_round',
      entityId: roundId,
      provinceCode: round.provinceCode,
      before: m,
    });
  });
}

/**
 * A member declares (or the organiser records for a member) that they must not score the products of an
 * establishment. Declarations are kept for the record; a sheet given before the declaration stops counting.
 */
export async function declareConflict(db: Db, actor: Actor, roundId: string, input: ConflictInput) {
  return tx(db, async (t) => {
    const { round, member, seat } = await loadRound(t, actor, roundId);
    if (!canRound(actor, 'declareConflict', roundTarget(round), member)) throw forbidden();
    if (round.status === 'closed')
      throw new AppError('PRODUCT_ROUND_BAD_STATE', {
        action: 'khai báo xung đột lợi ích',
        status: 'Đã kết thúc',
      });
    const isOrganiser = canRound(actor, 'manageCouncil', roundTarget(round), member);
    if (!isOrganiser && seat?.id !== input.memberId) throw forbidden();
    const [target] = await t
      .select()
      .from(productCouncilMembers)
      .where(and(eq(productCouncilMembers.id, input.memberId), eq(productCouncilMembers.roundId, roundId)));
    if (!target) throw notFound();
    const est = await establishmentRef(t, input.establishmentId);
    if (!est) throw notFound();
    try {
      const [c] = await t
        .insert(productConflicts)
        .values({
          roundId,
          memberId: target.id,
          establishmentId: est.id,
          establishmentName: est.name,
          reason: input.reason,
          declaredBy: actor.userId,
        })
        .returning();
      await record(t, actor, {
        action: 'product_council.conflict_declared',
        entityType: 'product_round',
        entityId: roundId,
        provinceCode: round.provinceCode,
        after: c,
        meta: { memberName: target.fullName },
      });
      return {
        id: c!.id,
        establishmentId: c!.establishmentId,
        establishmentName: c!.establishmentName,
        reason: c!.reason,
      };
    } catch (e) {
      if (isUniqueViolation(e, 'product_conflicts_uq'))
        throw new AppError('PRODUCT_CONFLICT_DUPLICATE', { name: est.name });
      throw e;
    }
  });
}

/** Who may be seated: active users with the council-member role anywhere in the country (experts, artisans, officials). */
export async function councilCandidates(db: Db, actor: Actor, roundId: string, q: string | undefined) {
  const { round, member } = await loadRound(db, actor, roundId);
  if (!canRound(actor, 'manageCouncil', roundTarget(round), member)) throw forbidden();
  const page = await listUsers(
    db,
    systemActor,
    UserListQuery.parse({ q, role: 'council_member', status: 'active', pageSize: 50 }),
  );
  return page.items.map((u) => ({
    id: u.id,
    fullName: u.fullName,
    email: u.email,
    organisationName: u.organisationName,
  }));
}
