import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ComputeResult } from '../../../../shared/schemas/rules.ts';
import type { ContactInput } from '../../../../shared/schemas/schemes.ts';

const ts = () => timestamp({ withTimezone: true });
const money = () => bigint({ mode: 'bigint' });

/** Numbers scheme codes (KCQG-2027-000123); gaps after a rollback are harmless. */
export const schemeNumberSeq = pgSequence('scheme_number_seq', { startWith: 1, increment: 1 });

/**
 * One row per scheme (đề án) from the first draft on; later stages (appraisal, plan, contract, payments)
 * hang off `id`. The support summary is recomputed by the rules on every save so lists can show it.
 */
export const schemes = pgTable(
  'schemes',
  {
    id: uuid().primaryKey().defaultRandom(),
    code: text().notNull(),
    planYear: integer().notNull(),
    level: text().notNull(),
    kind: text().notNull(),
    title: text().notNull(),
    goals: text(),
    need: text(),
    scale: text(),
    organisation: text(),
    effects: text(),
    industryCodes: text().array().notNull().default(sql`'{}'::text[]`),
    /** Today's province (scoping and reports); the location unit keeps the era it was entered in. */
    provinceCode: text().notNull(),
    locationUnitId: integer(),
    address: text(),
    ownerOrgId: uuid().notNull(),
    implementerOrgId: uuid().notNull(),
    /** Copied on save for lists and search: the implementer's name. */
    implementerName: text().notNull(),
    beneficiariesLater: boolean().notNull().default(false),
    startDate: date(),
    endDate: date(),
    valueChain: text(),
    priorityArea: boolean().notNull().default(false),
    contacts: jsonb().$type<ContactInput[]>().notNull().default([]),
    state: text().notNull().default('draft'),
    stateChangedAt: ts().notNull().defaultNow(),
    callId: uuid(),
    // support summary (integer đồng)
    ruleSetCode: text(),
    costTotal: money().notNull().default(sql`0`),
    stateRequested: money().notNull().default(sql`0`),
    stateAllowed: money().notNull().default(sql`0`),
    counterpart: money().notNull().default(sql`0`),
    violationCount: integer().notNull().default(0),
    blocking: boolean().notNull().default(false),
    /**
     * Code, title, implementer, beneficiaries, value chain, folded on write (lower case, no diacritics, đ → d)
     * so the trigram index serves searches without calling f_unaccent on every row.
     */
    searchText: text().notNull().default(''),
    version: integer().notNull().default(1),
    createdBy: uuid(),
    updatedBy: uuid(),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('schemes_code_uq').on(t.code),
    // These two also INCLUDE search_text (migration 0033; Drizzle cannot say INCLUDE): searches walk them index-only.
    index('schemes_updated_idx').on(t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('schemes_province_updated_idx').on(
      t.provinceCode,
      t.updatedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('schemes_year_level_state_idx').on(t.planYear, t.level, t.state),
    index('schemes_province_year_state_idx').on(t.provinceCode, t.planYear, t.state),
    index('schemes_implementer_idx').on(
      t.implementerOrgId,
      t.updatedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('schemes_owner_idx').on(t.ownerOrgId, t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('schemes_state_idx').on(t.state, t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('schemes_allowed_idx').on(t.stateAllowed.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('schemes_kind_idx').on(t.kind, t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('schemes_year_updated_idx').on(
      t.planYear,
      t.updatedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('schemes_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('schemes_value_chain_trgm_idx').using('gin', sql`f_unaccent(lower(${t.valueChain})) gin_trgm_ops`),
  ],
);

const schemeRef = () =>
  uuid()
    .notNull()
    .references(() => schemes.id, { onDelete: 'cascade' });

export const schemeContents = pgTable(
  'scheme_contents',
  { schemeId: schemeRef(), contentCode: text().notNull(), sortOrder: integer().notNull().default(0) },
  (t) => [
    primaryKey({ columns: [t.schemeId, t.contentCode] }),
    index('scheme_contents_code_idx').on(t.contentCode, t.schemeId),
  ],
);

export const schemeBeneficiaries = pgTable(
  'scheme_beneficiaries',
  {
    schemeId: schemeRef(),
    establishmentId: uuid().notNull(),
    /** As it was when saved (the establishment may be renamed later). */
    name: text().notNull(),
    code: text(),
    provinceCode: text(),
    sortOrder: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.schemeId, t.establishmentId] }),
    index('scheme_beneficiaries_est_idx').on(t.establishmentId),
  ],
);

export const schemeCostLines = pgTable(
  'scheme_cost_lines',
  {
    schemeId: schemeRef(),
    lineNo: integer().notNull(),
    itemCode: text().notNull(),
    contentCode: text().notNull(),
    description: text().notNull(),
    unit: text(),
    quantity: doublePrecision().notNull(),
    unitPrice: money().notNull(),
    total: money().notNull(),
    fundingSource: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.schemeId, t.lineNo] })],
);

export const schemeMilestones = pgTable(
  'scheme_milestones',
  {
    schemeId: schemeRef(),
    seq: integer().notNull(),
    title: text().notNull(),
    dueDate: date().notNull(),
    note: text(),
  },
  (t) => [primaryKey({ columns: [t.schemeId, t.seq] })],
);

export const schemePartners = pgTable(
  'scheme_partners',
  {
    schemeId: schemeRef(),
    seq: integer().notNull(),
    organisationId: uuid(),
    name: text().notNull(),
    role: text(),
  },
  (t) => [primaryKey({ columns: [t.schemeId, t.seq] })],
);

/** Files attached to a scheme (survey report, quotations, request letter); the bytes live in the files module. */
export const schemeAttachments = pgTable(
  'scheme_attachments',
  {
    id: uuid().primaryKey().defaultRandom(),
    schemeId: schemeRef(),
    fileId: uuid().notNull(),
    kind: text().notNull(),
    name: text().notNull(),
    size: bigint({ mode: 'number' }).notNull(),
    createdBy: uuid(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [index('scheme_attachments_scheme_idx').on(t.schemeId)],
);

/**
 * The rules' full computation for a scheme (per item: cap, percent, citation, explanation, violations),
 * kept beside the row so the list's table stays narrow; the detail page and the document read it.
 */
export const schemeSupports = pgTable('scheme_supports', {
  schemeId: uuid()
    .primaryKey()
    .references(() => schemes.id, { onDelete: 'cascade' }),
  result: jsonb().$type<ComputeResult>().notNull(),
  computedAt: ts().notNull().defaultNow(),
});

/** The timeline: every workflow step with who, when and why. Append-only. */
export const schemeTransitions = pgTable(
  'scheme_transitions',
  {
    id: uuid().primaryKey().defaultRandom(),
    schemeId: schemeRef(),
    action: text().notNull(),
    fromState: text().notNull(),
    toState: text().notNull(),
    actorId: uuid(),
    actorName: text(),
    actorRole: text(),
    comment: text(),
    version: integer().notNull(),
    at: ts().notNull().defaultNow(),
  },
  (t) => [index('scheme_transitions_scheme_idx').on(t.schemeId, t.at)],
);

/** A snapshot of the whole record per saved version, so every earlier version stays readable. */
export const schemeVersions = pgTable(
  'scheme_versions',
  {
    schemeId: schemeRef(),
    version: integer().notNull(),
    reason: text().notNull(),
    state: text().notNull(),
    snapshot: jsonb().$type<Record<string, unknown>>().notNull(),
    createdBy: uuid(),
    createdByName: text(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.schemeId, t.version] })],
);
