import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { PlanRules, RunDecision, SubEnvelope } from '../../../../shared/schemas/plans.ts';

const ts = () => timestamp({ withTimezone: true });
const money = () => bigint({ mode: 'bigint' });

/**
 * An annual plan (kế hoạch khuyến công) per year and level: one national plan, one local plan per province.
 * The envelope itself is not stored here: it is the sum of the plan's `budget` ledger entries.
 */
export const plans = pgTable(
  'plans',
  {
    id: uuid().primaryKey().defaultRandom(),
    planYear: integer().notNull(),
    level: text().notNull(),
    /** '' for the national plan (so the unique index holds on both engines). */
    provinceKey: text().notNull().default(''),
    title: text().notNull(),
    state: text().notNull().default('draft'),
    subEnvelopes: jsonb().$type<SubEnvelope[]>().notNull().default([]),
    rules: jsonb().$type<PlanRules>().notNull(),
    /** Pins set by leaders: scheme id → in | out. */
    pins: jsonb().$type<Record<string, 'in' | 'out'>>().notNull().default({}),
    selectedRunId: uuid(),
    decisionNumber: text(),
    decisionDate: date(),
    approvedBy: uuid(),
    approvedByName: text(),
    approvedAt: ts(),
    version: integer().notNull().default(1),
    createdBy: uuid(),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('plans_year_level_province_uq').on(t.planYear, t.level, t.provinceKey)],
);

/** A scheme's line in a plan: selected at approval, then assigned to its implementer. */
export const planLines = pgTable(
  'plan_lines',
  {
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    schemeId: uuid().notNull(),
    provinceCode: text().notNull(),
    contentCode: text().notNull(),
    implementerOrgId: uuid().notNull(),
    approvedAmount: money().notNull(),
    approvedAt: ts().notNull().defaultNow(),
    assignedAmount: money(),
    assignedAt: ts(),
    assignmentId: uuid(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.schemeId] }),
    uniqueIndex('plan_lines_scheme_uq').on(t.schemeId),
  ],
);

/** One assignment decision (giao kế hoạch, kinh phí) to one implementer. */
export const planAssignments = pgTable(
  'plan_assignments',
  {
    id: uuid().primaryKey().defaultRandom(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    implementerOrgId: uuid().notNull(),
    documentNumber: text(),
    documentDate: date(),
    total: money().notNull(),
    createdBy: uuid(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [index('plan_assignments_plan_idx').on(t.planId)],
);

/**
 * Every movement of money in or out of a plan's envelope, signed: + into the available balance (budget,
 * savings, stops), − out of it (approval, increase, re-release). Balances are sums of this table. Append-only.
 */
export const planLedger = pgTable(
  'plan_ledger',
  {
    id: uuid().primaryKey().defaultRandom(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    amount: money().notNull(),
    schemeId: uuid(),
    provinceCode: text(),
    contentCode: text(),
    reason: text().notNull(),
    refType: text(),
    refId: text(),
    actorId: uuid(),
    actorName: text(),
    at: ts().notNull().defaultNow(),
  },
  (t) => [
    index('plan_ledger_plan_idx').on(t.planId, t.at),
    index('plan_ledger_scheme_idx').on(t.schemeId),
    // The envelope of a year's plans (dashboard, transparency page) without reading every approval line.
    index('plan_ledger_budget_idx').on(t.planId).where(sql`${t.kind} = 'budget'`),
  ],
);

/** An allocation run: the rules and pins it used, the MIP and greedy results and every decision explained. */
export const allocationRuns = pgTable(
  'allocation_runs',
  {
    id: uuid().primaryKey().defaultRandom(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    seq: integer().notNull(),
    status: text().notNull(),
    rules: jsonb().$type<Record<string, unknown>>().notNull(),
    mipValue: doublePrecision().notNull(),
    greedyValue: doublePrecision().notNull(),
    mipAmount: money().notNull(),
    greedyAmount: money().notNull(),
    gap: doublePrecision().notNull(),
    solveMs: doublePrecision().notNull(),
    selectedCount: integer().notNull(),
    greedyCount: integer().notNull(),
    decisions: jsonb().$type<RunDecision[]>().notNull(),
    note: text(),
    createdBy: uuid(),
    createdByName: text(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('allocation_runs_plan_seq_uq').on(t.planId, t.seq)],
);

export const planTransitions = pgTable(
  'plan_transitions',
  {
    id: uuid().primaryKey().defaultRandom(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    action: text().notNull(),
    fromState: text().notNull(),
    toState: text().notNull(),
    actorId: uuid(),
    actorName: text(),
    comment: text(),
    at: ts().notNull().default(sql`now()`),
  },
  (t) => [index('plan_transitions_plan_idx').on(t.planId, t.at)],
);
