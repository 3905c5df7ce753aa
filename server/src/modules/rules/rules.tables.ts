import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { RuleSetBody } from '../../../../shared/schemas/rules.ts';

/** Versioned support rule sets (regulation as data): effective period, legal basis, and the values as JSON. */
export const ruleSets = pgTable(
  'rule_sets',
  {
    id: uuid().primaryKey().defaultRandom(),
    code: text().notNull(),
    nameVi: text().notNull(),
    level: text().notNull(),
    provinceCode: text(),
    effectiveFrom: date().notNull(),
    effectiveTo: date(),
    legalBasis: text().notNull(),
    body: jsonb().$type<RuleSetBody>().notNull(),
    active: boolean().notNull().default(true),
    version: integer().notNull().default(1),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('rule_sets_code_uq').on(t.code),
    index('rule_sets_level_idx').on(t.level, t.provinceCode, t.effectiveFrom),
  ],
);
