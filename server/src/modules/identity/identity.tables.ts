import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = (name?: string) =>
  name ? timestamp(name, { withTimezone: true }) : timestamp({ withTimezone: true });

export const organisations = pgTable(
  'organisations',
  {
    id: uuid().primaryKey().defaultRandom(),
    code: text().notNull(),
    name: text().notNull(),
    shortName: text(),
    kind: text().notNull(),
    /** Today's (post-2025) province code; null for the agency and national bodies. */
    provinceCode: text(),
    parentId: uuid(),
    address: text(),
    phone: text(),
    email: text(),
    active: boolean().notNull().default(true),
    version: integer().notNull().default(1),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organisations_code_uq').on(t.code),
    index('organisations_province_kind_idx').on(t.provinceCode, t.kind, t.name),
    index('organisations_name_trgm_idx').using('gin', sql`f_unaccent(lower(${t.name})) gin_trgm_ops`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    fullName: text().notNull(),
    title: text(),
    phone: text(),
    passwordHash: text().notNull(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    role: text().notNull(),
    /** Copied from the organisation so that scoped reads need no join. */
    provinceCode: text(),
    status: text().notNull().default('active'),
    failedLoginCount: integer().notNull().default(0),
    lockedUntil: ts(),
    lastLoginAt: ts(),
    passwordChangedAt: ts(),
    version: integer().notNull().default(1),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_uq').on(t.email),
    index('users_province_name_idx').on(t.provinceCode, t.fullName),
    index('users_org_idx').on(t.organisationId),
    index('users_search_trgm_idx').using(
      'gin',
      sql`f_unaccent(lower(${t.fullName} || ' ' || ${t.email})) gin_trgm_ops`,
    ),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** sha-256 of the cookie's token; the token itself is never stored. */
    id: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text().notNull(),
    createdAt: ts().notNull().defaultNow(),
    expiresAt: ts().notNull(),
    ip: text(),
    userAgent: text(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);
