import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = () => timestamp({ withTimezone: true });

/**
 * A call (hướng dẫn xây dựng kế hoạch): the year's guidance letter and its deadlines, national (from the
 * agency) or local (from a department). Schemes of the plan year are checked against it.
 */
export const calls = pgTable(
  'calls',
  {
    id: uuid().primaryKey().defaultRandom(),
    planYear: integer().notNull(),
    level: text().notNull(),
    provinceCode: text(),
    title: text().notNull(),
    guidanceNumber: text().notNull(),
    guidanceDate: date().notNull(),
    submissionDeadline: date().notNull(),
    registrationDeadline: date(),
    note: text(),
    version: integer().notNull().default(1),
    createdBy: uuid(),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('calls_year_level_province_uq').on(t.planYear, t.level, sql`coalesce(${t.provinceCode}, '')`),
  ],
);

/** A reopened window after a deadline (for all provinces or one), with its reason. Append-only. */
export const callWindows = pgTable(
  'call_windows',
  {
    id: uuid().primaryKey().defaultRandom(),
    callId: uuid()
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    stage: text().notNull(),
    provinceCode: text(),
    opensOn: date().notNull(),
    closesOn: date().notNull(),
    reason: text().notNull(),
    createdBy: uuid(),
    createdByName: text(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [index('call_windows_call_idx').on(t.callId, t.stage)],
);
