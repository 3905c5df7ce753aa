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

export type AdvanceBasisSnapshot = {
  ruleSetCode: string | null;
  /** The date the scheme's rule set is chosen by (its start, else 1 January of the plan year). */
  date: string;
  lines: { itemCode: string; total: string; fundingSource: string }[];
};

const ts = () => timestamp({ withTimezone: true });
const money = () => bigint({ mode: 'bigint' });

/**
 * One contract (hợp đồng) per assigned scheme. Scheme facts the lists need (code, title, year, level,
 * province, implementer) are copied when the draft is made so the register and the at-risk list read one
 * table; `last_*` hold the latest progress report (written in the report's transaction), never money.
 */
export const contracts = pgTable(
  'contracts',
  {
    id: uuid().primaryKey().defaultRandom(),
    schemeId: uuid().notNull(),
    schemeCode: text().notNull(),
    schemeTitle: text().notNull(),
    planYear: integer().notNull(),
    level: text().notNull(),
    provinceCode: text().notNull(),
    implementerOrgId: uuid().notNull(),
    implementerName: text().notNull(),
    number: text().notNull(),
    partyA: text().notNull(),
    partyB: text().notNull(),
    /** The contracted state support in the scheme's own source (national or local budget). */
    value: money().notNull(),
    counterpartCommitted: money().notNull().default(sql`0`),
    startDate: date().notNull(),
    endDate: date().notNull(),
    paymentTerms: text(),
    schedule: jsonb().$type<{ title: string; dueDate: string }[]>().notNull().default([]),
    documents: jsonb().$type<DocumentRef[]>().notNull().default([]),
    /**
     * What the advance rules apply to, as contracted: the scheme's rule set and cost lines by support item
     * (refreshed when an approved change amends the scheme), so the money tab need not reload the scheme.
     */
    advanceBasis: jsonb()
      .$type<AdvanceBasisSnapshot>()
      .notNull()
      .default({ ruleSetCode: null, date: '', lines: [] }),
    state: text().notNull().default('draft'),
    /** active | accepted | settled | stopped: where the scheme stands, moved by this module's services. */
    phase: text().notNull().default('active'),
    assignedAt: ts().notNull(),
    sentAt: ts(),
    signedDate: date(),
    liquidatedDate: date(),
    liquidationNumber: text(),
    lastReportPeriod: text(),
    lastProgress: integer(),
    lastSpent: money(),
    /** Scheme code, contract number, title, implementer, folded on write (lower case, no diacritics). */
    searchText: text().notNull().default(''),
    version: integer().notNull().default(1),
    createdBy: uuid(),
    updatedBy: uuid(),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('contracts_scheme_uq').on(t.schemeId),
    index('contracts_register_idx').on(t.planYear, t.provinceCode, t.state, t.assignedAt.desc(), t.id),
    index('contracts_province_idx').on(t.provinceCode, t.assignedAt.desc(), t.id),
    index('contracts_implementer_idx').on(t.implementerOrgId, t.assignedAt.desc()),
    index('contracts_signed_idx').on(t.planYear, t.level, t.signedDate),
    index('contracts_risk_idx').on(t.phase, t.planYear, t.provinceCode),
    index('contracts_assigned_idx').on(t.assignedAt, t.id),
    index('contracts_signed_date_idx').on(t.signedDate, t.id),
    index('contracts_year_idx').on(t.planYear, t.assignedAt, t.id),
    index('contracts_unsigned_idx').on(t.assignedAt, t.id).where(sql`${t.state} in ('draft', 'sent')`),
    // The at-risk list walks open contracts in assignment order and stops at a page.
    index('contracts_open_idx').on(t.assignedAt, t.id).where(sql`${t.phase} in ('active', 'accepted')`),
    // Open data streams liquidations (OCDS terminations) in this order.
    index('contracts_liquidated_idx').on(t.liquidatedDate, t.id).where(sql`${t.liquidatedDate} is not null`),
    index('contracts_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

/**
 * The money ledger: append-only entries per contract and funding source; balances are SQL sums over it.
 * `seq` orders entries within a contract (unique), so two concurrent writers cannot both pass a check.
 */
export const moneyEntries = pgTable(
  'money_entries',
  {
    id: uuid().primaryKey().defaultRandom(),
    contractId: uuid().notNull(),
    schemeId: uuid().notNull(),
    /** The contract's plan year, level and province, copied on insert: reports read a year's money by index. */
    planYear: integer().notNull(),
    level: text().notNull(),
    provinceCode: text().notNull(),
    seq: integer().notNull(),
    kind: text().notNull(),
    source: text().notNull(),
    amount: money().notNull(),
    date: date().notNull(),
    reference: text().notNull(),
    note: text(),
    createdBy: uuid(),
    createdByName: text().notNull(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('money_entries_seq_uq').on(t.contractId, t.seq),
    index('money_entries_scheme_idx').on(t.schemeId),
    index('money_entries_year_idx').on(t.planYear, t.provinceCode, t.date),
  ],
);
