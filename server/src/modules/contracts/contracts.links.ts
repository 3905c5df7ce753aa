import type { Db } from '../../db/client.ts';
import { type Actor, systemActor } from '../../platform/actor.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { getOrganisation } from '../identity/index.ts';
import { getSchemeAssignment, type ReleaseKind, recordSchemeRelease } from '../plans/index.ts';
import { listActivityContents } from '../reference/index.ts';
import { getSchemeForModule } from '../schemes/index.ts';

/**
 * What this module reads from and writes to its neighbours, in one place: the scheme record (schemes),
 * the assignment and the envelope ledger (plans), the implementer's name (identity).
 */
export type SchemeFacts = NonNullable<Awaited<ReturnType<typeof getSchemeForModule>>>;

export async function schemeFacts(db: Db, schemeId: string): Promise<SchemeFacts> {
  const s = await getSchemeForModule(db, { kind: 'all' }, schemeId);
  if (!s) throw notFound();
  return s;
}

/** The scheme's activity contents with their catalogue names (a report gives a percentage for each). */
export async function contentsOf(
  db: Db,
  scheme: Pick<SchemeFacts, 'contentCodes'>,
): Promise<{ code: string; name: string }[]> {
  if (scheme.contentCodes.length === 0) return [];
  const { items } = await listActivityContents(db, systemActor, { page: 1, pageSize: 200, kind: 'content' });
  const names = new Map(items.map((x) => [x.code, x.nameVi]));
  return scheme.contentCodes.map((code) => ({ code, name: names.get(code) ?? code }));
}

export async function orgName(db: Db, id: string): Promise<string> {
  return (await getOrganisation(db, systemActor, id)).name;
}

export type Assignment = { amount: bigint; assignedAt: Date; documentNumber: string | null };

/** The scheme's assignment (amount and date) from the plans module. */
export async function assignmentOf(db: Db, scheme: SchemeFacts): Promise<Assignment> {
  const a = await getSchemeAssignment(db, scheme.id);
  if (!a) throw new AppError('CONTRACT_SCHEME_NOT_ASSIGNED', { scheme: scheme.code, state: scheme.state });
  return { amount: a.amount, assignedAt: a.assignedAt, documentNumber: a.documentNumber };
}

/** Money back to (or, for an increase, out of) the scheme's plan envelope, in the caller's transaction. */
export async function release(
  t: Db,
  actor: Actor,
  input: {
    schemeId: string;
    kind: ReleaseKind;
    amount: bigint;
    reason: string;
    refType: string;
    refId: string;
  },
): Promise<void> {
  if (input.amount <= 0n) return;
  await recordSchemeRelease(t, actor, input);
}

/** The scheme's rule set and cost lines as the advance rules need them (snapshotted on the contract). */
export function advanceBasisOf(s: SchemeFacts) {
  return {
    ruleSetCode: s.support.ruleSetCode,
    date: s.startDate ?? `${s.planYear}-01-01`,
    lines: s.costLines.map((l) => ({ itemCode: l.itemCode, total: l.total, fundingSource: l.fundingSource })),
  };
}
