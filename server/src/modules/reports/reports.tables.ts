import { sql } from 'drizzle-orm';
import {
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
import type { ReportData, ReportDiff } from '../../../../shared/schemas/reports.ts';

const ts = () => timestamp({ withTimezone: true });

/**
 * A statutory report (báo cáo định kỳ) for a period and a scope: a province's report (by its department) or
 * the agency's consolidation of the provinces. `data` is computed by a job while the report is a draft and
 * frozen when it is submitted: later edits to schemes never change it. A correction is a new version (a new
 * row with `version + 1` and the differences from the one it replaces), never an overwrite.
 */
export const reports = pgTable(
  'reports',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** periodic (one province, or the nation computed directly) | consolidated (the provinces' submissions). */
    kind: text().notNull(),
    /** '' for the nation (so the unique index holds on both engines). */
    provinceKey: text().notNull().default(''),
    periodKind: text().notNull(),
    periodYear: integer().notNull(),
    periodIndex: integer().notNull(),
    periodFrom: date().notNull(),
    periodTo: date().notNull(),
    version: integer().notNull().default(1),
    /** draft | generating | failed | submitted | superseded */
    state: text().notNull().default('generating'),
    title: text().notNull(),
    number: text(),
    issuedDate: date(),
    issuerOrgId: uuid().notNull(),
    issuerName: text().notNull(),
    signerName: text(),
    /** Old provinces (63) wanted as an extra breakdown. */
    byOldProvinces: integer().notNull().default(0),
    data: jsonb().$type<ReportData>(),
    /** Against the version this one replaces: what changed, figure by figure. */
    diff: jsonb().$type<ReportDiff>(),
    jobId: uuid(),
    error: text(),
    supersedesId: uuid(),
    /** For a consolidation: the province reports it added up (id and version each). */
    sources: jsonb()
      .$type<{ reportId: string; provinceCode: string; version: number }[]>()
      .notNull()
      .default([]),
    rowVersion: integer().notNull().default(1),
    createdBy: uuid(),
    createdByName: text(),
    createdAt: ts().notNull().defaultNow(),
    generatedAt: ts(),
    submittedBy: uuid(),
    submittedByName: text(),
    submittedAt: ts(),
  },
  (t) => [
    uniqueIndex('reports_scope_period_version_uq').on(
      t.kind,
      t.provinceKey,
      t.periodKind,
      t.periodYear,
      t.periodIndex,
      t.version,
    ),
    index('reports_period_idx').on(t.periodYear, t.periodKind, t.periodIndex, t.state),
    index('reports_created_idx').on(t.createdAt.desc(), t.id),
    index('reports_current_idx')
      .on(t.kind, t.provinceKey, t.periodYear)
      .where(sql`${t.state} <> 'superseded'`),
  ],
);
