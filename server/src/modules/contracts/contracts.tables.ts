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
    /**
     * The early-warning reasons that hold today (risk.sql.ts), kept by every write of the contract and by
     * the daily refresh (risk.refresh.ts); read only when today's refresh has run, else computed.
     */
    riskCodes: text().array().notNull().default(sql`'{}'::text[]`),
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
    // The at-risk list: its rows in assignment order, and any mix of its filters as one GIN scan.
    index('contracts_at_risk_idx').on(t.assignedAt, t.id).where(sql`${t.riskCodes} <> '{}'`),
    index('contracts_at_risk_filter_idx')
      .using('gin', t.provinceCode, t.planYear, t.level, t.implementerOrgId, t.riskCodes)
      .where(sql`${t.riskCodes} <> '{}'`),
    // The dashboard's "at risk" card (count and value of a year, a province) from the index alone.
    index('contracts_at_risk_year_idx')
      .on(t.planYear, t.provinceCode, t.level, t.value)
      .where(sql`${t.riskCodes} <> '{}'`),
  ],
);

/** The days whose early-warning refresh has run over every contract (the list trusts risk_codes then). */
export const contractRiskRefreshes = pgTable('contract_risk_refreshes', {
  day: date().primaryKey(),
  refreshedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  changed: integer().notNull(),
});

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

/**
 * Files uploaded to a contract (photos and documents of progress reports, inspections, change requests,
 * acceptance and settlement): the link that lets a `DocumentRef.fileId` be saved on this contract's records
 * and downloaded by whoever reads the contract. The bytes and metadata are the files module's
 * (`stored_files`); the foreign key to it is added by hand in migration 0029 (tables of another module are
 * not imported here).
 */
export const contractFiles = pgTable(
  'contract_files',
  {
    fileId: uuid().primaryKey(),
    contractId: uuid().notNull(),
    schemeId: uuid().notNull(),
    uploadedBy: uuid(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [index('contract_files_contract_idx').on(t.contractId)],
);
