import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = () => timestamp({ withTimezone: true });

/** Columns every catalogue shares: a stable code, names in both locales, the legal source, an active flag. */
const catalogueColumns = () => ({
  id: uuid().primaryKey().defaultRandom(),
  code: text().notNull(),
  nameVi: text().notNull(),
  nameEn: text().notNull(),
  note: text(),
  /** Citation of the legal text the entry comes from (e.g. "NĐ 45/2012/NĐ-CP, Điều 4, khoản 3"). */
  source: text().notNull(),
  active: boolean().notNull().default(true),
  sortOrder: integer().notNull().default(0),
  version: integer().notNull().default(1),
  createdAt: ts().notNull().defaultNow(),
  updatedAt: ts().notNull().defaultNow(),
});

/**
 * Activity contents (nội dung hoạt động khuyến công): the contents of NĐ 45/2012 Art 4 and NĐ 235/2025,
 * their sub-items, and the programme groups of QĐ 1881/QĐ-TTg, told apart by `kind`.
 */
export const activityContents = pgTable(
  'activity_contents',
  {
    ...catalogueColumns(),
    /** programme_group | content | item */
    kind: text().notNull(),
    /** For an item: the code of its content. */
    parentCode: text(),
    /** The QĐ 1881 programme group (QD1881-n) a content or item belongs to, where the mapping is obvious. */
    programmeGroup: text(),
  },
  (t) => [
    uniqueIndex('activity_contents_code_uq').on(t.code),
    index('activity_contents_kind_idx').on(t.kind, t.sortOrder),
    index('activity_contents_search_trgm_idx').using(
      'gin',
      sql`f_unaccent(lower(${t.code} || ' ' || ${t.nameVi} || ' ' || ${t.nameEn})) gin_trgm_ops`,
    ),
  ],
);

/** Eligible industries (ngành nghề được hưởng chính sách khuyến công), NĐ 45/2012 Art 5 and NĐ 235/2025. */
export const industries = pgTable('industries', { ...catalogueColumns() }, (t) => [
  uniqueIndex('industries_code_uq').on(t.code),
  index('industries_sort_idx').on(t.sortOrder),
]);

/** Scheme kinds (ordinary, point, group, product support) and levels (KCQG, KCĐP); read-only, the workflow relies on the codes. */
export const schemeKinds = pgTable(
  'scheme_kinds',
  {
    ...catalogueColumns(),
    /** kind | level */
    category: text().notNull(),
  },
  (t) => [
    uniqueIndex('scheme_kinds_code_uq').on(t.code),
    index('scheme_kinds_category_idx').on(t.category, t.sortOrder),
  ],
);
