import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Metadata of stored files (uploads, reports, exports). The bytes live on disk under FILES_DIR,
 * at `storageKey`; the row is the only way to reach them.
 */
export const storedFiles = pgTable(
  'stored_files',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The name shown and offered on download (may be Vietnamese). */
    name: text().notNull(),
    mediaType: text().notNull(),
    size: bigint({ mode: 'number' }).notNull(),
    /** Hex SHA-256 of the bytes: detects a second upload of the same file. */
    sha256: text().notNull(),
    /** What the file is for, e.g. establishments.import, establishments.import-report, establishments.export. */
    purpose: text().notNull(),
    storageKey: text().notNull(),
    createdBy: uuid(),
    /** Province the file's content belongs to (scoping); null for national files. */
    provinceCode: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** When the file may be deleted by housekeeping; null keeps it. */
    expiresAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('stored_files_sha_idx').on(t.sha256),
    index('stored_files_creator_idx').on(t.createdBy, t.createdAt.desc()),
    index('stored_files_expires_idx').on(t.expiresAt),
  ],
);
