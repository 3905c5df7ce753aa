import { and, asc, eq, sql } from 'drizzle-orm';
import {
  type ComputeInput,
  type ComputeResult,
  RuleSetBody,
  type RuleSetDto,
  type RuleSetInput,
} from '../../../../shared/schemas/rules.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, forbidden, isUniqueViolation, notFound } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import { isCurrentProvince } from '../reference/index.ts';
import { computeSupport, pickRuleSet, type RuleSetRecord } from './rules.engine.ts';
import { canRuleSet } from './rules.policy.ts';
import { ruleSets } from './rules.tables.ts';

type Row = typeof ruleSets.$inferSelect;

const toRecord = (r: Row): RuleSetRecord => ({
  code: r.code,
  nameVi: r.nameVi,
  level: r.level as RuleSetRecord['level'],
  provinceCode: r.provinceCode,
  effectiveFrom: r.effectiveFrom,
  effectiveTo: r.effectiveTo,
  legalBasis: r.legalBasis,
  active: r.active,
  body: r.body,
});

function present(actor: Actor, r: Row): RuleSetDto {
  const target = { level: r.level as 'national' | 'local', provinceCode: r.provinceCode };
  return {
    ...toRecord(r),
    id: r.id,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    abilities: { update: canRuleSet(actor, 'update', target) },
  };
}

export async function listRuleSets(db: Db, actor: Actor): Promise<RuleSetDto[]> {
  const rows = await db
    .select()
    .from(ruleSets)
    .orderBy(asc(ruleSets.level), asc(ruleSets.provinceCode), asc(ruleSets.effectiveFrom));
  return rows.map((r) => present(actor, r));
}

export async function getRuleSet(db: Db, actor: Actor, id: string): Promise<RuleSetDto> {
  const [row] = await db.select().from(ruleSets).where(eq(ruleSets.id, id));
  if (!row) throw notFound();
  return present(actor, row);
}

function checkPeriod(input: Pick<RuleSetInput, 'effectiveFrom' | 'effectiveTo'>) {
  if (input.effectiveTo && input.effectiveTo < input.effectiveFrom)
    throw new AppError('RULESET_PERIOD_INVALID');
}

async function checkProvince(db: Db, input: Pick<RuleSetInput, 'level' | 'provinceCode'>) {
  if (input.level === 'local' && !input.provinceCode) throw new AppError('ORG_PROVINCE_REQUIRED');
  if (input.provinceCode && !(await isCurrentProvince(db, input.provinceCode)))
    throw new AppError('UNIT_UNKNOWN', { code: input.provinceCode });
}

export async function createRuleSet(db: Db, actor: Actor, input: RuleSetInput): Promise<RuleSetDto> {
  const provinceCode = input.level === 'national' ? null : (input.provinceCode ?? null);
  if (!canRuleSet(actor, 'create', { level: input.level, provinceCode })) throw forbidden();
  checkPeriod(input);
  await checkProvince(db, input);
  const row = await tx(db, async (t) => {
    try {
      const [r] = await t
        .insert(ruleSets)
        .values({
          ...input,
          provinceCode,
          effectiveTo: input.effectiveTo ?? null,
          body: RuleSetBody.parse(input.body),
          createdBy: actor.userId,
        })
        .returning();
      await record(t, actor, {
        action: 'ruleset.created',
        entityType: 'rule_set',
        entityId: r!.id,
        provinceCode,
        after: r,
      });
      return r!;
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('RULESET_CODE_TAKEN', { code: input.code });
      throw e;
    }
  });
  return present(actor, row);
}

export async function updateRuleSet(
  db: Db,
  actor: Actor,
  id: string,
  input: RuleSetInput & { version: number; active?: boolean },
): Promise<RuleSetDto> {
  checkPeriod(input);
  const row = await tx(db, async (t) => {
    const [current] = await t.select().from(ruleSets).where(eq(ruleSets.id, id));
    if (!current) throw notFound();
    const target = { level: current.level as 'national' | 'local', provinceCode: current.provinceCode };
    if (
      !canRuleSet(actor, 'update', target) ||
      !canRuleSet(actor, 'update', { level: input.level, provinceCode: input.provinceCode ?? null })
    )
      throw forbidden();
    await checkProvince(t, input);
    const { version, ...rest } = input;
    const [r] = await t
      .update(ruleSets)
      .set({
        ...rest,
        provinceCode: rest.level === 'national' ? null : (rest.provinceCode ?? null),
        effectiveTo: rest.effectiveTo ?? null,
        body: RuleSetBody.parse(rest.body),
        version: version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(ruleSets.id, id), eq(ruleSets.version, version)))
      .returning();
    if (!r) throw new AppError('VERSION_CONFLICT');
    await record(t, actor, {
      action: 'ruleset.updated',
      entityType: 'rule_set',
      entityId: id,
      provinceCode: r.provinceCode,
      before: current,
      after: r,
    });
    return r;
  });
  return present(actor, row);
}

/** The rule sets as engine records (other modules compute support through this). */
export async function loadRuleSets(db: Db): Promise<RuleSetRecord[]> {
  return (await db.select().from(ruleSets).where(sql`true`)).map(toRecord);
}

export async function compute(db: Db, input: ComputeInput): Promise<ComputeResult> {
  const sets = await loadRuleSets(db);
  const picked = pickRuleSet(sets, {
    date: input.date,
    level: input.level,
    provinceCode: input.provinceCode,
    code: input.ruleSetCode,
  });
  if (!picked) throw new AppError('RULESET_NONE_IN_FORCE', { date: input.date });
  return computeSupport(picked.set, input, picked.fallbackVi);
}

const cache = new WeakMap<Db, { key: string; sets: RuleSetRecord[] }>();

/** The rule sets, re-read only when the table changed (a one-row fingerprint: count and latest change). */
async function cachedRuleSets(db: Db): Promise<RuleSetRecord[]> {
  const [f] = await db
    .select({ n: sql<number>`count(*)::int`, at: sql<string | null>`max(${ruleSets.updatedAt})::text` })
    .from(ruleSets);
  const key = `${f?.n}:${f?.at}`;
  const hit = cache.get(db);
  if (hit?.key === key) return hit.sets;
  const sets = await loadRuleSets(db);
  cache.set(db, { key, sets });
  return sets;
}

/**
 * The advance rules (tạm ứng, TT 36/2013/TT-BCT Art 13–16) and the overall advance cap (e.g. TTLT 26/2014
 * Art 8.2b) of the rule set a scheme uses: the named set when given, else the one in force on the date.
 */
export async function advanceRulesFor(
  db: Db,
  q: { code?: string | null; date: string; level: 'national' | 'local'; provinceCode?: string | null },
): Promise<{
  ruleSetCode: string;
  rules: RuleSetBody['advanceRules'];
  cap: RuleSetBody['advanceCapPercent'];
} | null> {
  const sets = await cachedRuleSets(db);
  const picked =
    (q.code ? pickRuleSet(sets, { ...q, code: q.code }) : undefined) ??
    pickRuleSet(sets, { date: q.date, level: q.level, provinceCode: q.provinceCode });
  if (!picked) return null;
  const { body } = picked.set;
  return { ruleSetCode: picked.set.code, rules: body.advanceRules, cap: body.advanceCapPercent };
}
