import { type Db, queryRows, sql } from '../../server/src/db/client.ts';
import { establishments } from '../../server/src/modules/establishments/establishments.tables.ts';
import { recordValues } from '../../server/src/modules/establishments/establishments.values.ts';
import { reorderSearchProjection } from '../../server/src/modules/establishments/index.ts';
import { type UnitInfo, unitInfo } from '../../server/src/modules/establishments/location.ts';
import { taxCodeCheckDigitOk } from '../../shared/registration-code.ts';
import {
  establishmentKinds,
  establishmentStatuses,
  revenueBands,
} from '../../shared/schemas/establishments.ts';
import { insertRows } from '../lib/batch.ts';
import { crafts, establishmentName, personName, placeName } from '../lib/names.ts';
import type { Rng } from '../lib/prng.ts';
import { type GenContext, type Generator, type GenResult, scaled } from './types.ts';

/** 500,000 rural industrial establishments at scale 1 (DESIGN §6). */
export const ESTABLISHMENTS_AT_SCALE_1 = 500_000;

const industryCodes = [
  'ND45-I1',
  'ND45-I2',
  'ND45-I4',
  'ND45-I5',
  'ND45-I6',
  'ND45-I8',
  'ND235-I2',
  'ND235-I3',
];

/** A valid 10-digit tax code: the province's 2 digits, a running number, the check digit. */
function taxCode(prefix: string, n: number): string | null {
  const nine = `${prefix}${String(n).padStart(7, '0')}`;
  for (let d = 0; d <= 9; d++) if (taxCodeCheckDigitOk(`${nine}${d}`)) return `${nine}${d}`;
  return null;
}

/**
 * The commune-level units records point at, with what the product derives from them (label, today's
 * province, eligibility facts) computed by the product's own code: every 2025 commune and a sample of
 * pre-2025 ones (records entered before the 2025 reorganisation).
 */
async function unitPool(db: Db, rng: Rng, oldSample: number): Promise<UnitInfo[]> {
  const rows = await queryRows<{ id: number; era: string }>(
    db,
    sql`select id, era from admin_units where level = 'commune' order by id`,
  );
  const now = rows.filter((r) => r.era === '2025').map((r) => r.id);
  const old = rows.filter((r) => r.era !== '2025').map((r) => r.id);
  const sample = Array.from({ length: Math.min(oldSample, old.length) }, () => rng.pick(old));
  const out: UnitInfo[] = [];
  for (const id of [...now, ...new Set(sample)]) {
    const info = await unitInfo(db, id);
    if (typeof info !== 'string') out.push(info);
  }
  return out;
}

function* rowsFor(n: number, rng: Rng, units: UnitInfo[], codeSeq: Map<string, number>) {
  const now = units.filter((u) => u.unitEra === '2025');
  const old = units.filter((u) => u.unitEra !== '2025');
  const start = Date.parse('2016-01-01T00:00:00Z');
  const span = Date.parse('2026-06-30T00:00:00Z') - start;
  for (let i = 0; i < n; i++) {
    const unit = old.length > 0 && rng.chance(0.15) ? rng.pick(old) : rng.pick(now);
    const owner = personName(rng);
    const name = `${establishmentName(rng, placeName(rng))} ${i + 1}`;
    let registrationCode: string | null = null;
    if (rng.chance(0.7)) {
      // Above the ranges the demo seed, the tests and the import bench use.
      let seq = codeSeq.get(unit.provinceCode) ?? 3_000_000;
      do registrationCode = taxCode(unit.provinceCode, seq++);
      while (!registrationCode);
      codeSeq.set(unit.provinceCode, seq);
    }
    const kind = rng.weighted(
      establishmentKinds.map(
        (k) => [k, k === 'household' ? 6 : k === 'cooperative_union' ? 0.2 : 2] as const,
      ),
    );
    const createdAt = new Date(start + Math.floor(rng.next() * span));
    const values = recordValues(
      {
        name,
        kind,
        registrationCode,
        representative: owner.fullName,
        phone: `0${rng.int(200_000_000, 999_999_999)}`,
        email: null,
        address: `Thôn ${placeName(rng)}`,
        craftVillage: rng.chance(0.12)
          ? `Làng nghề ${rng.pick(crafts).toLowerCase()} ${placeName(rng)}`
          : null,
        industries: rng.chance(0.85)
          ? [...new Set([rng.pick(industryCodes), ...(rng.chance(0.3) ? [rng.pick(industryCodes)] : [])])]
          : [],
        products: rng.pick(crafts),
        workforce: rng.int(1, rng.chance(0.1) ? 500 : 60),
        revenueBand: rng.weighted(revenueBands.map((b, j) => [b, 5 - j] as const)),
        womanOwned: owner.female && rng.chance(0.6),
        ethnicMinorityOwned: rng.chance(0.12),
        foundedYear: rng.int(1985, 2025),
        status: rng.weighted(establishmentStatuses.map((s) => [s, s === 'active' ? 90 : 5] as const)),
        cleanerProduction: rng.chance(0.05),
      },
      unit,
    );
    yield {
      ...values,
      id: rng.uuid(),
      createdAt,
      // A later change, never after the data set's last day.
      updatedAt: new Date(Math.min(createdAt.getTime() + rng.int(0, 86_400_000 * 400), start + span)),
    };
  }
}

async function run(ctx: GenContext): Promise<GenResult> {
  const n = scaled(ESTABLISHMENTS_AT_SCALE_1, ctx.scale, 200);
  const units = await unitPool(
    ctx.db,
    ctx.rng.fork('units'),
    Math.min(4000, Math.max(200, Math.round(n / 100))),
  );
  if (units.length === 0)
    return { rows: {}, skipped: 'chưa có đơn vị cấp xã (chạy units trước) / no communes loaded' };
  ctx.log(`  ${units.length.toLocaleString('vi-VN')} đơn vị cấp xã được dùng`);
  const written = await insertRows(ctx.database, establishments, rowsFor(n, ctx.rng, units, new Map()), {
    rowsPerTx: 20_000,
    onProgress: (done) => {
      if (done % 100_000 === 0) ctx.log(`  … ${done.toLocaleString('vi-VN')}`);
    },
  });
  // Rows written here arrive in random name order: sort the search projection as the job process would
  // within the hour (search.order.ts). A long-lived database is vacuumed by autovacuum; do it now so
  // index-only scans see a fresh visibility map.
  const reordered = await reorderSearchProjection(ctx.db);
  if ('rows' in reordered)
    ctx.log(`  bảng tìm kiếm sắp theo tên / search projection sorted: ${reordered.seconds.toFixed(1)} s`);
  await ctx.database.raw('VACUUM (ANALYZE) establishments');
  return { rows: { establishments: written } };
}

export const establishmentsGenerator: Generator = {
  name: 'establishments',
  describe:
    'cơ sở CNNT: 500.000 ở quy mô 1, trên mọi xã 2025 và một mẫu xã trước 2025; 70% có mã số thuế hợp lệ',
  run,
};
