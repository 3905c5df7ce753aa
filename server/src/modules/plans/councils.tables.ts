import {
  boolean,
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
import type { SheetCriterion } from '../../../../shared/schemas/councils.ts';

const ts = () => timestamp({ withTimezone: true });

/** Score sheets as versioned data (TT 36/2013 Art 9 criteria, weights and scales). */
export const scoreSheets = pgTable(
  'score_sheets',
  {
    id: uuid().primaryKey().defaultRandom(),
    code: text().notNull(),
    sheetVersion: integer().notNull(),
    name: text().notNull(),
    citation: text().notNull(),
    effectiveFrom: date().notNull(),
    /** Total points at or above which a scheme passes; below `conditionalFrom` it fails. */
    passFrom: doublePrecision().notNull(),
    conditionalFrom: doublePrecision().notNull(),
    criteria: jsonb().$type<SheetCriterion[]>().notNull(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('score_sheets_code_version_uq').on(t.code, t.sheetVersion)],
);

/** An appraisal council for one round: province (base-level) or agency (ministry-level). */
export const councils = pgTable(
  'councils',
  {
    id: uuid().primaryKey().defaultRandom(),
    planYear: integer().notNull(),
    level: text().notNull(),
    provinceCode: text(),
    name: text().notNull(),
    sheetId: uuid()
      .notNull()
      .references(() => scoreSheets.id),
    state: text().notNull().default('open'),
    decisionNumber: text(),
    version: integer().notNull().default(1),
    createdBy: uuid(),
    createdAt: ts().notNull().defaultNow(),
    closedAt: ts(),
  },
  (t) => [index('councils_year_idx').on(t.planYear, t.level)],
);

const councilRef = () =>
  uuid()
    .notNull()
    .references(() => councils.id, { onDelete: 'cascade' });

export const councilMembers = pgTable(
  'council_members',
  {
    councilId: councilRef(),
    userId: uuid().notNull(),
    fullName: text().notNull(),
    role: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.councilId, t.userId] }), index('council_members_user_idx').on(t.userId)],
);

/** The schemes a council appraises, with the secretary's recorded conclusion. */
export const councilSchemes = pgTable(
  'council_schemes',
  {
    councilId: councilRef(),
    schemeId: uuid().notNull(),
    conclusion: text(),
    conclusionNote: text(),
    concludedBy: uuid(),
    concludedAt: ts(),
    version: integer().notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.councilId, t.schemeId] })],
);

/** Which member scores which scheme (bulk assignment), and the member's conflict-of-interest declaration. */
export const councilAssignments = pgTable(
  'council_assignments',
  {
    councilId: councilRef(),
    schemeId: uuid().notNull(),
    userId: uuid().notNull(),
    conflict: boolean().notNull().default(false),
    conflictNote: text(),
    declaredAt: ts(),
  },
  (t) => [primaryKey({ columns: [t.councilId, t.schemeId, t.userId] })],
);

/** Every score sheet a member submits; a rescoring adds a revision, the history stays. Append-only. */
export const councilScores = pgTable(
  'council_scores',
  {
    id: uuid().primaryKey().defaultRandom(),
    councilId: councilRef(),
    schemeId: uuid().notNull(),
    userId: uuid().notNull(),
    revision: integer().notNull(),
    points: jsonb().$type<Record<string, number>>().notNull(),
    total: doublePrecision().notNull(),
    rationale: text().notNull(),
    at: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('council_scores_rev_uq').on(t.councilId, t.schemeId, t.userId, t.revision)],
);
