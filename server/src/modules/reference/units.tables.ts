import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/**
 * Administrative units of both eras. A code alone does not say which era it belongs to
 * (new units reuse old codes), so (era, level, code) is the key and every row has a validity period.
 */
export const adminUnits = pgTable(
  'admin_units',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull(),
    name: text().notNull(),
    /** tinh | thanh_pho_tw | quan | huyen | thi_xa | thanh_pho | xa | phuong | thi_tran | dac_khu */
    type: text().notNull(),
    /** province | district | commune */
    level: text().notNull(),
    /** pre2025 | 2025 */
    era: text().notNull(),
    parentCode: text(),
    /** The parent unit of the same era (district or province); null for provinces. */
    parentId: integer().references((): AnyPgColumn => adminUnits.id, { onDelete: 'set null' }),
    provinceCode: text().notNull(),
    /**
     * The name folded for matching and sorting: lower case, no diacritics, without the type prefix
     * ("Xã Tân Hòa" → "tan hoa", "Thành phố Hà Nội" → "ha noi"). Computed by the database.
     */
    nameKey: text()
      .notNull()
      .generatedAlwaysAs(
        sql`btrim(regexp_replace(f_unaccent(lower(name)), '^(thanh pho|tinh|quan|huyen|thi xa|thi tran|xa|phuong|dac khu) ', ''))`,
      ),
    validFrom: date().notNull(),
    validTo: date(),
  },
  (t) => [
    uniqueIndex('admin_units_era_level_code_uq').on(t.era, t.level, t.code),
    index('admin_units_parent_idx').on(t.era, t.parentCode, t.nameKey),
    /** Serves the self-reference (ON DELETE SET NULL) and parent look-ups. */
    index('admin_units_parent_id_idx').on(t.parentId),
    index('admin_units_province_idx').on(t.era, t.provinceCode, t.level, t.nameKey),
    index('admin_units_era_level_idx').on(t.era, t.level, t.nameKey),
    index('admin_units_name_key_idx').on(t.nameKey, t.level),
    index('admin_units_search_trgm_idx').using(
      'gin',
      sql`f_unaccent(lower(${t.name} || ' ' || ${t.code})) gin_trgm_ops`,
    ),
  ],
);

/** Old (pre-2025) unit → new unit it went into; `partial` when the old unit was split. */
export const adminUnitLinks = pgTable(
  'admin_unit_links',
  {
    oldUnitId: integer()
      .notNull()
      .references(() => adminUnits.id, { onDelete: 'cascade' }),
    newUnitId: integer()
      .notNull()
      .references(() => adminUnits.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.oldUnitId, t.newUnitId] }),
    index('admin_unit_links_new_idx').on(t.newUnitId),
  ],
);
