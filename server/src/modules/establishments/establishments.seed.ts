import fs from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { taxCodeCheckDigitOk } from '../../../../shared/registration-code.ts';
import { OrganisationListQuery } from '../../../../shared/schemas/identity.ts';
import type { Db } from '../../db/client.ts';
import { systemActor } from '../../platform/actor.ts';
import { listOrganisations } from '../identity/index.ts';
import { defaultUnitsDir, importUnits, readUnitFiles, resolveUnitText } from '../reference/index.ts';
import * as repo from './establishments.repo.ts';
import { demoEstablishments } from './establishments.seed.data.ts';
import { establishments } from './establishments.tables.ts';
import { recordValues } from './establishments.values.ts';
import { unitInfo } from './location.ts';

/**
 * Communes are data imported from the official lists, not typed in the repo. Demo records need them, so
 * the demo seed imports the lists once when they are not loaded yet (a known 2025 commune is missing).
 * Without the lists the demo cannot be built: say so plainly instead of failing later on a missing record.
 */
export async function ensureCommunes(db: Db, dir = defaultUnitsDir): Promise<void> {
  const probe = await resolveUnitText(db, 'Xã Bát Tràng, Hà Nội', { provinceCode: '01' });
  if ('unit' in probe || probe.error === 'ambiguous') return;
  if (!fs.existsSync(dir))
    throw new Error(
      `Dữ liệu mẫu cần danh mục đơn vị hành chính chính thức nhưng không thấy thư mục ${dir}. ` +
        'Đặt biến môi trường UNITS_DIR trỏ tới thư mục danh mục (tệp của ../shared/data/units), hoặc chạy với SEED_DEMO=false.',
    );
  await importUnits(db, systemActor, readUnitFiles(dir), { source: dir });
}

/** A valid 10-digit tax code from a 2-digit prefix and a running number (skips numbers with no check digit). */
export function demoTaxCode(prefix: string, n: number): string {
  for (let k = n; ; k++) {
    const nine = `${prefix}${String(k).padStart(7, '0')}`;
    for (let d = 0; d <= 9; d++) if (taxCodeCheckDigitOk(`${nine}${d}`)) return `${nine}${d}`;
  }
}

const taxPrefix: Record<string, string> = { '01': '01', '91': '16', '66': '60' };

async function organisationIdOf(db: Db, code: string): Promise<string | null> {
  const page = await listOrganisations(
    db,
    systemActor,
    OrganisationListQuery.parse({ q: code, pageSize: 5 }),
  );
  return page.items.find((o) => o.code === code)?.id ?? null;
}

/** Deterministic demo establishments in provinces 01, 91 and 66. Idempotent: skips records already there. */
export async function seedEstablishments(db: Db): Promise<number> {
  await ensureCommunes(db);
  let created = 0;
  for (const [i, d] of demoEstablishments.entries()) {
    const found = await resolveUnitText(db, d.unit, { provinceCode: d.province });
    if (!('unit' in found)) continue;
    const info = await unitInfo(db, found.unit.id);
    if (typeof info === 'string') continue;
    const values = recordValues(
      {
        name: d.name,
        kind: d.kind,
        registrationCode: d.noCode ? null : demoTaxCode(taxPrefix[d.province]!, 1000 + i * 37),
        representative: d.representative,
        phone: `0${(290_000_000 + i * 7_919_113).toString().slice(0, 9)}`,
        email: null,
        address: null,
        craftVillage: d.craftVillage ?? null,
        industries: d.industries,
        products: d.products,
        workforce: d.workforce,
        revenueBand: d.band,
        womanOwned: d.woman ?? false,
        ethnicMinorityOwned: d.ethnic ?? false,
        foundedYear: d.founded,
        status: d.status ?? 'active',
        cleanerProduction: d.cleaner ?? false,
      },
      info,
    );
    const [exists] = await db
      .select({ id: establishments.id })
      .from(establishments)
      .where(and(eq(establishments.nameKey, values.nameKey), eq(establishments.unitId, values.unitId)));
    if (exists) continue;
    await repo.insertEstablishment(db, {
      ...values,
      organisationId: d.org ? await organisationIdOf(db, d.org) : null,
    });
    created++;
  }
  return created;
}
