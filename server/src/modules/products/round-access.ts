import type { ProductLevel, RoundStatus } from '../../../../shared/schemas/products.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { notFound } from '../../platform/errors.ts';
import { canRound, type Membership, type RoundTarget } from './products.policy.ts';
import * as repo from './rounds.repo.ts';

export const roundTarget = (r: repo.RoundRow): RoundTarget => ({
  level: r.level as ProductLevel,
  provinceCode: r.provinceCode,
  regionProvinceCodes: r.regionProvinceCodes,
  status: r.status as RoundStatus,
});

export const membership = (m: repo.MemberRow | undefined): Membership =>
  m ? { role: m.role as NonNullable<Membership>['role'] } : null;

/** The round and the actor's seat on its council, or 404 when it does not exist or the actor may not see it. */
export async function loadRound(db: Db, actor: Actor, id: string, forUpdate = false) {
  const round = await repo.findRound(db, id, forUpdate);
  if (!round) throw notFound();
  const seat = await repo.memberOf(db, id, actor.userId);
  const member = membership(seat);
  if (!canRound(actor, 'read', roundTarget(round), member)) throw notFound();
  return { round, member, seat };
}
