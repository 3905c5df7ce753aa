import { sql } from 'drizzle-orm';
import {
  bigint,
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
import type { DocumentRef } from '../../../../shared/schemas/contracts.ts';

const ts = () => timestamp({ withTimezone: true });
const money = () => bigint({ mode: 'bigint' });

/**
 * Progress reports of the implementer (Mẫu 3a/3b): at least one per month, by the 25th; more than one in a
 * month is allowed (a milestone reached, a revision), progress being cumulative.
 */
export const progressReports = pgTable(
  'progress_reports',
  {
    id: uuid().primaryKey().defaultRandom(),
    contractId: uuid().notNull(),
    schemeId: uuid().notNull(),
    period: text().notNull(),
    reportDate: date().notNull(),
    workDone: text().notNull(),
    overallPercent: integer().notNull(),
    contents: jsonb().$type<{ contentCode: string; percent: number }[]>().notNull().default([]),
    spent: money().notNull(),
    problems: text(),
    documents: jsonb().$type<DocumentRef[]>().notNull().default([]),
    createdBy: uuid(),
    createdByName: text().notNull(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [index('progress_reports_contract_idx').on(t.contractId, t.period)],
);

/** Inspections by the department or the agency, with findings. */
export const inspections = pgTable(
  'inspections',
  {
    id: uuid().primaryKey().defaultRandom(),
    contractId: uuid().notNull(),
    schemeId: uuid().notNull(),
    date: date().notNull(),
    inspectors: text().notNull(),
    findings: text().notNull(),
    rating: text().notNull(),
    recommendations: text(),
    documents: jsonb().$type<DocumentRef[]>().notNull().default([]),
    organisationId: uuid().notNull(),
    organisationName: text().notNull(),
    createdBy: uuid(),
    createdByName: text().notNull(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [index('inspections_contract_idx').on(t.contractId, t.date)],
);

/** Change requests (điều chỉnh, bổ sung, gia hạn, ngừng), decided by the authority the matrix names. */
export const changeRequests = pgTable(
  'change_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    contractId: uuid(),
    schemeId: uuid().notNull(),
    schemeCode: text().notNull(),
    schemeTitle: text().notNull(),
    level: text().notNull(),
    provinceCode: text().notNull(),
    implementerOrgId: uuid().notNull(),
    kinds: text().array().notNull(),
    reason: text().notNull(),
    amount: money(),
    changes: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    documents: jsonb().$type<DocumentRef[]>().notNull().default([]),
    schemeVersion: integer().notNull(),
    authority: text().notNull(),
    state: text().notNull().default('submitted'),
    requestedBy: uuid(),
    requestedByName: text().notNull(),
    requestedAt: ts().notNull().defaultNow(),
    decidedBy: uuid(),
    decidedByName: text(),
    decidedAt: ts(),
    decisionNumber: text(),
    decisionNote: text(),
    released: money(),
    version: integer().notNull().default(1),
  },
  (t) => [
    index('change_requests_inbox_idx').on(t.state, t.authority, t.provinceCode, t.requestedAt.desc()),
    index('change_requests_scheme_idx').on(t.schemeId, t.requestedAt.desc()),
    // Open data streams approved changes (OCDS amendments) in decision order.
    index('change_requests_decided_idx').on(t.decidedAt, t.id).where(sql`${t.state} = 'approved'`),
  ],
);

/** Base-level acceptance (nghiệm thu cơ sở, Mẫu 5a/5b/5c): one per contract. */
export const acceptances = pgTable(
  'acceptances',
  {
    id: uuid().primaryKey().defaultRandom(),
    contractId: uuid().notNull(),
    schemeId: uuid().notNull(),
    date: date().notNull(),
    minutesNumber: text().notNull(),
    members: text().notNull(),
    acceptedAmount: money().notNull(),
    conclusion: text().notNull(),
    evidence: jsonb().$type<{ code: string; reference: string }[]>().notNull().default([]),
    /** The minutes and evidence files (scans, photos), as references with an optional stored file. */
    documents: jsonb().$type<DocumentRef[]>().notNull().default([]),
    createdBy: uuid(),
    createdByName: text().notNull(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('acceptances_contract_uq').on(t.contractId)],
);

/** Settlement (quyết toán, Mẫu 7): one per contract; what was returned to the envelope. */
export const settlements = pgTable(
  'settlements',
  {
    id: uuid().primaryKey().defaultRandom(),
    contractId: uuid().notNull(),
    schemeId: uuid().notNull(),
    date: date().notNull(),
    number: text().notNull(),
    amounts: jsonb().$type<{ source: string; settled: string }[]>().notNull(),
    returned: money().notNull(),
    note: text(),
    documents: jsonb().$type<DocumentRef[]>().notNull().default([]),
    createdBy: uuid(),
    createdByName: text().notNull(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('settlements_contract_uq').on(t.contractId)],
);
