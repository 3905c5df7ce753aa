import { sql } from 'drizzle-orm';
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
import type { EntryDocument, Prize } from '../../../../shared/schemas/products.ts';

const ts = () => timestamp({ withTimezone: true });

/** A selection round: one level, one year, one organiser (and a region's provinces for regional rounds). */
export const productRounds = pgTable(
  'product_rounds',
  {
    id: uuid().primaryKey().defaultRandom(),
    code: text().notNull(),
    name: text().notNull(),
    level: text().notNull(),
    era: text().notNull(),
    year: integer().notNull(),
    organiserOrganisationId: uuid(),
    organiserName: text().notNull(),
    /** Today's province for commune/district/province rounds; null for region and nation. */
    provinceCode: text(),
    localUnitCode: text(),
    regionCode: text(),
    regionName: text(),
    regionProvinceCodes: jsonb().$type<string[]>().notNull().default([]),
    registrationOpens: date().notNull(),
    registrationCloses: date().notNull(),
    selectionDate: date().notNull(),
    groups: jsonb().$type<string[]>().notNull(),
    scoreSheetVersion: text().notNull(),
    passThreshold: integer().notNull(),
    quorumPercent: integer().notNull(),
    prizes: jsonb().$type<Prize[]>().notNull().default([]),
    status: text().notNull().default('draft'),
    resultsPublishedOn: date(),
    decisionNumber: text(),
    decisionDate: date(),
    decisionSigner: text(),
    version: integer().notNull().default(1),
    createdBy: uuid(),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('product_rounds_code_uq').on(t.code),
    index('product_rounds_list_idx').on(t.year.desc(), t.level, t.provinceCode),
  ],
);

export const productCouncilMembers = pgTable(
  'product_council_members',
  {
    id: uuid().primaryKey().defaultRandom(),
    roundId: uuid()
      .notNull()
      .references(() => productRounds.id),
    userId: uuid().notNull(),
    fullName: text().notNull(),
    organisationName: text(),
    role: text().notNull(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('product_council_members_uq').on(t.roundId, t.userId),
    index('product_council_members_user_idx').on(t.userId),
  ],
);

/** A member's declaration that they must not score the products of an establishment. */
export const productConflicts = pgTable(
  'product_conflicts',
  {
    id: uuid().primaryKey().defaultRandom(),
    roundId: uuid()
      .notNull()
      .references(() => productRounds.id),
    memberId: uuid()
      .notNull()
      .references(() => productCouncilMembers.id),
    establishmentId: uuid().notNull(),
    establishmentName: text().notNull(),
    reason: text().notNull(),
    declaredBy: uuid(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('product_conflicts_uq').on(t.memberId, t.establishmentId),
    index('product_conflicts_round_idx').on(t.roundId),
  ],
);

/** A product (or set) an establishment makes; its entries and certificates hang off it across levels. */
export const typicalProducts = pgTable(
  'typical_products',
  {
    id: uuid().primaryKey().defaultRandom(),
    establishmentId: uuid().notNull(),
    establishmentName: text().notNull(),
    provinceCode: text().notNull(),
    name: text().notNull(),
    group: text().notNull(),
    isSet: boolean().notNull().default(false),
    description: text().notNull(),
    photoFileIds: jsonb().$type<string[]>().notNull().default([]),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [index('typical_products_establishment_idx').on(t.establishmentId)],
);

export const productEntries = pgTable(
  'product_entries',
  {
    id: uuid().primaryKey().defaultRandom(),
    roundId: uuid()
      .notNull()
      .references(() => productRounds.id),
    productId: uuid()
      .notNull()
      .references(() => typicalProducts.id),
    establishmentId: uuid().notNull(),
    establishmentName: text().notNull(),
    provinceCode: text().notNull(),
    name: text().notNull(),
    group: text().notNull(),
    isSet: boolean().notNull().default(false),
    description: text().notNull(),
    productionCapacity: text().notNull(),
    market: text().notNull(),
    photoFileIds: jsonb().$type<string[]>().notNull().default([]),
    documents: jsonb().$type<EntryDocument[]>().notNull().default([]),
    lowerCertificateId: uuid(),
    status: text().notNull().default('registered'),
    /** Average × 100 as published with the results (exact two decimals). */
    averageX100: integer(),
    rankInGroup: integer(),
    registeredBy: uuid(),
    registeredAt: ts().notNull().defaultNow(),
    version: integer().notNull().default(1),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('product_entries_round_product_uq').on(t.roundId, t.productId),
    uniqueIndex('product_entries_round_name_uq').on(t.roundId, t.establishmentId, sql`lower(${t.name})`),
    index('product_entries_round_idx').on(t.roundId, t.group, t.name),
    index('product_entries_establishment_idx').on(t.establishmentId),
  ],
);

/** One member's sheet for one entry: the points per criterion with notes, and their total. */
export const productScoreSheets = pgTable(
  'product_score_sheets',
  {
    id: uuid().primaryKey().defaultRandom(),
    roundId: uuid()
      .notNull()
      .references(() => productRounds.id),
    entryId: uuid()
      .notNull()
      .references(() => productEntries.id),
    memberId: uuid()
      .notNull()
      .references(() => productCouncilMembers.id),
    scores: jsonb().$type<{ criterion: string; points: number; note: string }[]>().notNull(),
    total: integer().notNull(),
    version: integer().notNull().default(1),
    submittedAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('product_score_sheets_uq').on(t.entryId, t.memberId),
    index('product_score_sheets_round_idx').on(t.roundId),
  ],
);

export const productCertificates = pgTable(
  'product_certificates',
  {
    id: uuid().primaryKey().defaultRandom(),
    number: text().notNull(),
    entryId: uuid()
      .notNull()
      .references(() => productEntries.id),
    productId: uuid()
      .notNull()
      .references(() => typicalProducts.id),
    roundId: uuid()
      .notNull()
      .references(() => productRounds.id),
    establishmentId: uuid().notNull(),
    establishmentName: text().notNull(),
    provinceCode: text().notNull(),
    level: text().notNull(),
    /** 1 = commune/district … 4 = nation, for "at least regional" queries. */
    levelRank: integer().notNull(),
    year: integer().notNull(),
    group: text().notNull(),
    productName: text().notNull(),
    organiserName: text().notNull(),
    decisionNumber: text().notNull(),
    decisionDate: date().notNull(),
    validUntil: date().notNull(),
    status: text().notNull().default('valid'),
    averageX100: integer(),
    revokedReason: text(),
    revokedAt: ts(),
    /**
     * Product and establishment names folded for search (lower case, no diacritics, đ → d: foldVietnamese),
     * so a trigram index on the plain column serves "lua my a" without unaccenting each row at query time.
     */
    searchKey: text().notNull().default(''),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('product_certificates_number_uq').on(t.number),
    uniqueIndex('product_certificates_entry_uq').on(t.entryId),
    index('product_certificates_registry_idx').on(t.year.desc(), t.levelRank.desc(), t.number),
    index('product_certificates_filter_idx').on(t.provinceCode, t.level, t.group, t.year),
    index('product_certificates_establishment_idx').on(t.establishmentId, t.levelRank, t.validUntil),
    index('product_certificates_product_idx').on(t.productId),
    index('product_certificates_search_key_trgm_idx').using('gin', sql`${t.searchKey} gin_trgm_ops`),
  ],
);

export const productComplaints = pgTable(
  'product_complaints',
  {
    id: uuid().primaryKey().defaultRandom(),
    roundId: uuid()
      .notNull()
      .references(() => productRounds.id),
    entryId: uuid()
      .notNull()
      .references(() => productEntries.id),
    content: text().notNull(),
    submittedBy: uuid(),
    submittedOn: date().notNull(),
    windowEnds: date().notNull(),
    responseDue: date().notNull(),
    status: text().notNull().default('open'),
    response: text(),
    resolvedBy: uuid(),
    resolvedOn: date(),
    version: integer().notNull().default(1),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [
    index('product_complaints_round_idx').on(t.roundId, t.status),
    index('product_complaints_entry_idx').on(t.entryId),
  ],
);
