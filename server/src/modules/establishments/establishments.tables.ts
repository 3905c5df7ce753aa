import { sql } from 'drizzle-orm';
import {
  boolean,
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

/**
 * Rural industrial establishments (cơ sở CNNT). A record keeps the administrative unit it was entered
 * with (either era) and a denormalised current province for scoping and filters; eligibility under each
 * rule set is stored (recomputed on every write) so lists can filter on it.
 */
export const establishments = pgTable(
  'establishments',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    /** foldVietnamese(name): sorting and the name + commune match of imports. */
    nameKey: text().notNull(),
    /** sme | cooperative | cooperative_group | cooperative_union | household */
    kind: text().notNull(),
    registrationCode: text(),
    representative: text(),
    phone: text(),
    email: text(),
    address: text(),
    unitId: integer().notNull(),
    unitEra: text().notNull(),
    unitCode: text().notNull(),
    /** "Xã Tân Hòa, Huyện Chợ Mới, Tỉnh An Giang" as the unit was named in its era. */
    unitLabel: text().notNull(),
    /** The 2025-era commune, when known (the unit itself for 2025 units). */
    currentUnitId: integer(),
    provinceCode: text().notNull(),
    craftVillage: text(),
    industries: text().array().notNull().default(sql`'{}'::text[]`),
    products: text(),
    workforce: integer(),
    revenueBand: text(),
    womanOwned: boolean().notNull().default(false),
    ethnicMinorityOwned: boolean().notNull().default(false),
    foundedYear: integer(),
    /** active | suspended | closed */
    status: text().notNull().default('active'),
    cleanerProduction: boolean().notNull().default(false),
    /** The facts about the place that eligibility needs (LocationFacts in eligibility.ts). */
    locationFacts: jsonb().notNull(),
    elig2012: text().notNull(),
    elig2025: text().notNull(),
    /** The identity organisation of the establishment, when its representatives have accounts. */
    organisationId: uuid(),
    /** The import run that last wrote the record. */
    importId: uuid(),
    createdBy: uuid(),
    updatedBy: uuid(),
    version: integer().notNull().default(1),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
    deletedAt: ts(),
    deletedBy: uuid(),
    /**
     * Name and registration code folded by the database (lower case, no diacritics, đ → d) on every write, so
     * searches match a plain trigram index instead of calling f_unaccent on every candidate row.
     */
    searchKey: text().generatedAlwaysAs(
      sql`f_unaccent(lower(name || ' ' || coalesce(registration_code, '')))`,
    ),
    /** The craft village folded the same way (the register's craft-village filter). */
    craftKey: text().generatedAlwaysAs(sql`f_unaccent(lower(craft_village))`),
  },
  (t) => [
    uniqueIndex('establishments_code_uq')
      .on(t.registrationCode)
      .where(sql`registration_code is not null and deleted_at is null`),
    index('establishments_province_name_idx')
      .on(t.provinceCode, t.nameKey, t.id)
      .where(sql`deleted_at is null`),
    index('establishments_name_idx').on(t.nameKey, t.id).where(sql`deleted_at is null`),
    index('establishments_province_updated_idx')
      .on(t.provinceCode, t.updatedAt.desc(), t.id)
      .where(sql`deleted_at is null`),
    // No (province, unit, name) index for the import's name + commune match: the name index finds the one or
    // two rows of a name, and every index costs each imported row (about 0.7 s per 100,000 rows).
    index('establishments_unit_idx').on(t.unitId),
    index('establishments_current_unit_idx').on(t.currentUnitId),
    index('establishments_org_idx').on(t.organisationId),
    // One GIN index for every filter of the register (btree_gin for the plain columns, trigrams for the
    // folded craft village): any combination — a province and a status, an industry nationally — is one
    // index scan whose lists are intersected before a row is read. Separate indexes let the planner take one
    // list and filter the others out of it row by row. Name searches go through `establishment_search`.
    index('establishments_filter_idx')
      .using(
        'gin',
        t.provinceCode,
        t.kind,
        t.status,
        t.elig2025,
        t.industries,
        sql`${t.craftKey} gin_trgm_ops`,
      )
      .where(sql`deleted_at is null`),
    // The national register by last change and by workforce (the list's other common sorts).
    index('establishments_updated_idx').on(t.updatedAt, t.id).where(sql`deleted_at is null`),
    index('establishments_workforce_idx')
      .on(sql`coalesce(${t.workforce}, -1)`, t.id)
      .where(sql`deleted_at is null`),
    // "Not eligible today" (and the other verdicts) in name order without walking the whole register.
    index('establishments_elig2025_name_idx').on(t.elig2025, t.nameKey, t.id).where(sql`deleted_at is null`),
  ],
);

/**
 * The search projection of the register: one narrow row per live establishment (its province, the filters a
 * search is narrowed by, and the keys a name search reads), kept in step with `establishments` by statement triggers in the same transaction
 * (migration 0034), never written by the application. A national search for a common word reads thousands
 * of matches to sort them by name; read from the register's own rows (about 700 bytes each, 341 MB at
 * 500,000 records) that meant one table page per match, mostly from outside PostgreSQL's buffers; these
 * rows are about 180 bytes (90 MB), so the pages of every match stay in memory (docs/establishments.md).
 */
export const establishmentSearch = pgTable(
  'establishment_search',
  {
    id: uuid().primaryKey(),
    provinceCode: text().notNull(),
    kind: text().notNull(),
    status: text().notNull(),
    elig2025: text().notNull(),
    industries: text().array().notNull(),
    womanOwned: boolean().notNull(),
    ethnicMinorityOwned: boolean().notNull(),
    nameKey: text().notNull(),
    searchKey: text().notNull(),
  },
  (t) => [
    // The filters' lists and the words' trigram lists intersected in one scan (btree_gin for the plain columns).
    index('establishment_search_idx').using(
      'gin',
      t.provinceCode,
      t.kind,
      t.status,
      t.elig2025,
      t.industries,
      sql`${t.searchKey} gin_trgm_ops`,
    ),
  ],
);

/** One import run: a checked file, waiting for confirmation, then written (or not). */
export const establishmentImports = pgTable(
  'establishment_imports',
  {
    id: uuid().primaryKey().defaultRandom(),
    provinceCode: text().notNull(),
    fileId: uuid().notNull(),
    fileName: text().notNull(),
    sha256: text().notNull(),
    /** checking | checked | rejected | committing | committed | failed */
    status: text().notNull().default('checking'),
    checkJobId: uuid(),
    commitJobId: uuid(),
    reportFileId: uuid(),
    /** The checked rows, normalised, one JSON object a line, waiting for confirmation (a stored file). */
    stagedFileId: uuid(),
    totalRows: integer().notNull().default(0),
    toCreate: integer().notNull().default(0),
    toUpdate: integer().notNull().default(0),
    unchanged: integer().notNull().default(0),
    issueCount: integer().notNull().default(0),
    createdBy: uuid(),
    createdAt: ts().notNull().defaultNow(),
    committedAt: ts(),
  },
  (t) => [index('establishment_imports_province_idx').on(t.provinceCode, t.createdAt.desc())],
);
