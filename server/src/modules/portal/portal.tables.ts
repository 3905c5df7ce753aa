import { sql } from 'drizzle-orm';
import {
  customType,
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

const ts = () => timestamp({ withTimezone: true });
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** A file attached to an item, as stored in the item (name and type copied so public pages need no join). */
export type StoredAttachment = { id: string; name: string; mime: string; size: number };

/**
 * Every piece of portal content — articles, events, official documents and pages — in one table: they share
 * the workflow, revisions, slugs, search and feeds; kind-specific columns are null for other kinds.
 */
export const portalItems = pgTable(
  'portal_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** article | event | document | page */
    kind: text().notNull(),
    /** Accent-free URL segment, unique per kind. */
    slug: text().notNull(),
    title: text().notNull(),
    summary: text(),
    /** Sanitised on the server whatever the editor sent. */
    bodyHtml: text().notNull().default(''),
    coverMediaId: uuid(),
    /** Articles: tin-hoat-dong | chinh-sach | thong-bao | xuc-tien-thuong-mai | guong-dien-hinh */
    category: text(),
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    /** Null = national content of the agency. */
    provinceCode: text(),
    organisationId: uuid().notNull(),
    authorId: uuid().notNull(),
    authorName: text().notNull(),
    /** draft | in_review | published | archived — changed only through portal.workflow.ts. */
    status: text().notNull().default('draft'),
    /** When the item is (or will be) public; a future value means scheduled publication. */
    publishedAt: ts(),
    reviewedBy: uuid(),
    reviewNote: text(),
    attachments: jsonb().$type<StoredAttachment[]>().notNull().default(sql`'[]'::jsonb`),
    relatedIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    // events
    eventKind: text(),
    startsOn: date(),
    endsOn: date(),
    place: text(),
    organiser: text(),
    /** none | link | form */
    registrationMode: text(),
    registrationUrl: text(),
    /** Last day (Vietnam time) on which the portal's form accepts registrations. */
    registrationDeadline: date(),
    // official documents
    docNumber: text(),
    docKind: text(),
    issuer: text(),
    issuedOn: date(),
    effectiveFrom: date(),
    effectiveTo: date(),
    legalDocumentId: uuid(),
    /** Folded (lower case, no diacritics) title, for ranking search results. */
    searchTitle: text().notNull().default(''),
    /**
     * The distinct words (folded, punctuation split off: "382/CTĐP-QLKC" → 382 ctdp qlkc) of the title, number,
     * issuer, place, organiser, summary, tags and body, written by the app: full-text search through a GIN
     * index. Only the words are kept, not a second copy of the text, so the rows stay narrow.
     */
    searchVector: tsvector().notNull().default(sql`''::tsvector`),
    version: integer().notNull().default(1),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('portal_items_kind_slug_uq').on(t.kind, t.slug),
    uniqueIndex('portal_items_doc_number_uq').on(sql`lower(${t.docNumber})`, sql`lower(${t.issuer})`),
    index('portal_items_public_idx').on(t.kind, t.status, t.publishedAt),
    index('portal_items_category_idx').on(t.category, t.status, t.publishedAt),
    index('portal_items_events_idx').on(t.kind, t.startsOn),
    index('portal_items_admin_idx').on(t.kind, t.provinceCode, t.updatedAt),
    index('portal_items_search_idx').using('gin', t.searchVector),
  ],
);

/** One row per saved version of an item: what compare and restore read. */
export const portalRevisions = pgTable(
  'portal_revisions',
  {
    id: uuid().primaryKey().defaultRandom(),
    itemId: uuid()
      .notNull()
      .references(() => portalItems.id, { onDelete: 'cascade' }),
    /** The item's version after this change. */
    revision: integer().notNull(),
    /** created | updated | submitted | published | returned | archived | reopened | restored */
    action: text().notNull(),
    status: text().notNull(),
    snapshot: jsonb().$type<Record<string, unknown>>().notNull(),
    actorId: uuid(),
    actorName: text().notNull(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('portal_revisions_item_rev_uq').on(t.itemId, t.revision)],
);

/** Establishments signed up for an event through the portal's form: one per establishment and event. */
export const portalEventRegistrations = pgTable(
  'portal_event_registrations',
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => portalItems.id, { onDelete: 'cascade' }),
    organisationId: uuid().notNull(),
    userId: uuid().notNull(),
    establishmentName: text().notNull(),
    contactName: text().notNull(),
    phone: text().notNull(),
    email: text().notNull(),
    products: text().notNull(),
    note: text(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('portal_event_registrations_uq').on(t.eventId, t.organisationId),
    index('portal_event_registrations_org_idx').on(t.organisationId),
  ],
);
