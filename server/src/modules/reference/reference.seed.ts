import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { provinces2025 } from './provinces-2025.data.ts';
import { invalidateProvinceCache } from './units.service.ts';
import { adminUnits } from './units.tables.ts';

export const ERA_2025_FROM = '2025-07-01';

/** Demo reference data: today's provinces. Idempotent. */
export async function seedReference(db: Db): Promise<void> {
  await db
    .insert(adminUnits)
    .values(
      provinces2025.map((p) => ({
        code: p.code,
        name: p.name,
        type: p.type,
        level: 'province',
        era: '2025',
        parentCode: null,
        provinceCode: p.code,
        validFrom: ERA_2025_FROM,
      })),
    )
    .onConflictDoNothing();
  await db.execute(sql`select 1`);
  invalidateProvinceCache(db);
}
