import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { activityContentSeeds, industrySeeds, schemeKindSeeds } from './catalogues.data.ts';
import { activityContents, industries, schemeKinds } from './catalogues.tables.ts';
import { documentYear, legalDocumentSeeds } from './legal-documents.data.ts';
import { legalDocuments } from './legal-documents.tables.ts';
import { provinces2025 } from './provinces-2025.data.ts';
import { provincesPre2025 } from './provinces-pre2025.data.ts';
import { ERA_2025_FROM, PRE2025_FROM, PRE2025_TO } from './units.names.ts';
import { invalidateProvinceCache } from './units.service.ts';
import { adminUnitLinks, adminUnits } from './units.tables.ts';

export { ERA_2025_FROM } from './units.names.ts';

/** Today's 34 provinces, the 63 before 1 July 2025 and the province-level old → new links. */
async function seedProvinces(db: Db) {
  await db
    .insert(adminUnits)
    .values([
      ...provinces2025.map((p) => ({
        code: p.code,
        name: p.name,
        type: p.type,
        level: 'province',
        era: '2025',
        provinceCode: p.code,
        validFrom: ERA_2025_FROM,
      })),
      ...provincesPre2025.map((p) => ({
        code: p.code,
        name: p.name,
        type: p.type,
        level: 'province',
        era: 'pre2025',
        provinceCode: p.code,
        validFrom: PRE2025_FROM,
        validTo: PRE2025_TO,
      })),
    ])
    .onConflictDoNothing();
  const rows = await db
    .select({ id: adminUnits.id, code: adminUnits.code, era: adminUnits.era })
    .from(adminUnits)
    .where(and(eq(adminUnits.level, 'province'), inArray(adminUnits.era, ['2025', 'pre2025'])));
  const idOf = (era: string, code: string) => rows.find((r) => r.era === era && r.code === code)?.id;
  const links = provincesPre2025.flatMap((p) => {
    const oldUnitId = idOf('pre2025', p.code);
    const newUnitId = idOf('2025', p.successor);
    return oldUnitId && newUnitId ? [{ oldUnitId, newUnitId, kind: 'full' }] : [];
  });
  await db.insert(adminUnitLinks).values(links).onConflictDoNothing();
}

/** Activity contents, industries, scheme kinds and the legal documents register. */
async function seedCatalogues(db: Db) {
  await db
    .insert(activityContents)
    .values(activityContentSeeds.map((s, i) => ({ ...s, sortOrder: (i + 1) * 10 })))
    .onConflictDoNothing();
  await db
    .insert(industries)
    .values(industrySeeds.map((s, i) => ({ ...s, sortOrder: (i + 1) * 10 })))
    .onConflictDoNothing();
  await db
    .insert(schemeKinds)
    .values(schemeKindSeeds.map((s, i) => ({ ...s, sortOrder: (i + 1) * 10 })))
    .onConflictDoNothing();
  await db
    .insert(legalDocuments)
    .values(legalDocumentSeeds.map((s) => ({ ...s, year: documentYear(s.number, s.issueDate) })))
    .onConflictDoNothing();
}

/** Demo reference data. Idempotent: existing rows (and anything an import brought) are left alone. */
export async function seedReference(db: Db): Promise<void> {
  await seedProvinces(db);
  await seedCatalogues(db);
  invalidateProvinceCache(db);
}
