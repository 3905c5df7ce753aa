import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** The register of legal documents (văn bản pháp lý) the programme cites: decrees, circulars, decisions, letters. */
export const legalDocuments = pgTable(
  'legal_documents',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Number/issuer code as printed: 382/CTĐP-QLKC, 45/2012/NĐ-CP. Unique regardless of case. */
    number: text().notNull(),
    /** luat | nghi_dinh | thong_tu | thong_tu_lien_tich | quyet_dinh | cong_van | chi_thi | nghi_quyet | ke_hoach */
    kind: text().notNull(),
    issueDate: date(),
    /** Year of issue: from the issue date, else from the number (45/2012/…); for the year filter. */
    year: integer(),
    issuer: text(),
    title: text().notNull(),
    effectiveFrom: date(),
    effectiveTo: date(),
    fileUrl: text(),
    note: text(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('legal_documents_number_uq').on(sql`lower(${t.number})`),
    index('legal_documents_kind_year_idx').on(t.kind, t.year),
    index('legal_documents_year_idx').on(t.year, t.issueDate),
    index('legal_documents_search_trgm_idx').using(
      'gin',
      sql`f_unaccent(lower(${t.number} || ' ' || ${t.title})) gin_trgm_ops`,
    ),
  ],
);
