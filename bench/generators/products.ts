import type { Database } from '../../server/src/db/client.ts';
import { levelRules } from '../../server/src/modules/products/products.rules.data.ts';
import { certificateValidUntil, todayVn } from '../../server/src/modules/products/products.rules.ts';
import {
  productCertificates,
  productCouncilMembers,
  productEntries,
  productRounds,
  productScoreSheets,
  typicalProducts,
} from '../../server/src/modules/products/products.tables.ts';
import { foldVietnamese } from '../../server/src/platform/search.ts';
import type { ProductLevel } from '../../shared/schemas/products.ts';
import { insertRows } from '../lib/batch.ts';
import { crafts, establishmentName, placeName } from '../lib/names.ts';
import type { Rng } from '../lib/prng.ts';
import { type Generator, type GenResult, scaled } from './types.ts';

/** About 20,000 recognised product-selection entries over ten years at scale 1 (DESIGN §6). */
export const PRODUCT_ENTRIES_AT_SCALE_1 = 20_000;

const provinces = [
  '01',
  '04',
  '08',
  '11',
  '12',
  '14',
  '15',
  '19',
  '20',
  '22',
  '24',
  '25',
  '31',
  '33',
  '37',
  '38',
  '40',
  '42',
  '44',
  '46',
  '48',
  '51',
  '52',
  '56',
  '66',
  '68',
  '75',
  '79',
  '80',
  '82',
  '86',
  '91',
  '92',
  '96',
];
const groups = ['handicraft', 'processed_food', 'machinery', 'other'] as const;
const kinds = [
  'Lụa',
  'Gốm',
  'Mây tre đan',
  'Nước mắm',
  'Cà phê',
  'Máy sấy',
  'Chiếu cói',
  'Nón lá',
  'Trà',
  'Bánh tráng',
  'Sơn mài',
  'Đồ gỗ mỹ nghệ',
  'Thổ cẩm',
  'Máy tuốt lúa',
  'Mật ong',
];
const sheetVersion = 'tt26-2014-tt14-2018';

type Round = typeof productRounds.$inferInsert & { id: string };

function round(
  rng: Rng,
  level: ProductLevel,
  year: number,
  province: string | null,
  region: string | null,
): Round {
  const date = `${year}-09-15`;
  return {
    id: rng.uuid(),
    code: `BENCH-${level.toUpperCase()}-${province ?? (region ? region.slice(-1) : 'QG')}-${year}-${rng.uuid().slice(0, 6).toUpperCase()}`,
    name: `Bình chọn sản phẩm CNNT tiêu biểu ${levelRules[level].nameVi.toLowerCase()} năm ${year}`,
    level,
    era: date < '2025-07-01' ? 'tt26_2014' : 'tt38_2025',
    year,
    organiserName:
      level === 'region' || level === 'nation' ? 'Cục ĐMST-CĐX-KC' : `Sở Công Thương ${province}`,
    provinceCode: province,
    regionName: region,
    regionProvinceCodes: [],
    registrationOpens: `${year}-07-01`,
    registrationCloses: `${year}-08-15`,
    selectionDate: date,
    groups: [...groups],
    scoreSheetVersion: sheetVersion,
    passThreshold: 70,
    quorumPercent: 66,
    status: 'recognised',
    resultsPublishedOn: `${year}-09-16`,
    decisionNumber: `${year}/QĐ`,
    decisionDate: `${year}-10-10`,
  };
}

/**
 * Recognised products in the public registry: each product climbs one to four levels in successive years
 * (commune or district → province → region → nation), one certificate per level, until `target` certificates.
 */
export async function generateProducts(
  database: Database,
  rng: Rng,
  target: number,
  log: (l: string) => void,
): Promise<Record<string, number>> {
  const rounds = new Map<string, Round>();
  const roundFor = (level: ProductLevel, year: number, province: string) => {
    const key =
      level === 'nation'
        ? `n-${year}`
        : level === 'region'
          ? `r-${year}-${Number(province) % 3}`
          : `${level}-${year}-${province}`;
    let r = rounds.get(key);
    if (!r) {
      r = round(
        rng,
        level,
        year,
        level === 'region' || level === 'nation' ? null : province,
        level === 'region' ? `Khu vực ${Number(province) % 3}` : null,
      );
      rounds.set(key, r);
    }
    return r;
  };
  const products: (typeof typicalProducts.$inferInsert)[] = [];
  const entries: (typeof productEntries.$inferInsert)[] = [];
  const certs: (typeof productCertificates.$inferInsert)[] = [];
  const today = todayVn();
  let n = 0;
  while (certs.length < target) {
    const province = rng.pick(provinces);
    const place = placeName(rng);
    const est = { id: rng.uuid(), name: establishmentName(rng, place) };
    const name = `${rng.pick(kinds)} ${rng.pick(crafts)} ${place}`;
    const group = rng.pick(groups);
    const productId = rng.uuid();
    products.push({
      id: productId,
      establishmentId: est.id,
      establishmentName: est.name,
      provinceCode: province,
      name,
      group,
      description: `${name}: sản phẩm tiêu biểu.`,
      photoFileIds: [],
    });
    let year = 2015 + rng.int(0, 10);
    const climb = rng.weighted([
      [1, 50],
      [2, 30],
      [3, 15],
      [4, 5],
    ] as const);
    for (let step = 0; step < climb && certs.length < target && year <= 2026; step++, year++) {
      const level: ProductLevel =
        step === 0
          ? year < 2025
            ? 'district'
            : 'commune'
          : (['province', 'region', 'nation'] as const)[step - 1]!;
      const r = roundFor(level, year, province);
      const entryId = rng.uuid();
      const avg = 7000 + rng.int(0, 2500);
      entries.push({
        id: entryId,
        roundId: r.id,
        productId,
        establishmentId: est.id,
        establishmentName: est.name,
        provinceCode: province,
        name,
        group,
        description: '',
        productionCapacity: '',
        market: '',
        status: 'recognised',
        averageX100: avg,
      });
      const validUntil = certificateValidUntil(r.decisionDate!);
      certs.push({
        number: `${r.code}-${String(++n).padStart(5, '0')}`,
        entryId,
        productId,
        roundId: r.id,
        establishmentId: est.id,
        establishmentName: est.name,
        provinceCode: province,
        level,
        levelRank: levelRules[level].rank,
        year,
        group,
        productName: name,
        organiserName: r.organiserName,
        decisionNumber: r.decisionNumber!,
        decisionDate: r.decisionDate!,
        validUntil,
        status: validUntil < today ? 'expired' : 'valid',
        averageX100: avg,
        searchKey: foldVietnamese(`${name} ${est.name}`),
      });
    }
  }
  const counts: Record<string, number> = {};
  counts.product_rounds = await insertRows(database, productRounds, rounds.values());
  counts.typical_products = await insertRows(database, typicalProducts, products);
  counts.product_entries = await insertRows(database, productEntries, entries);
  counts.product_certificates = await insertRows(database, productCertificates, certs);
  log(
    `  ${counts.product_certificates} giấy chứng nhận, ${counts.typical_products} sản phẩm, ${counts.product_rounds} đợt`,
  );
  return counts;
}

/** A national round in its results phase: `entries` products scored by every one of `members` council members. */
export async function generateNationalRound(
  database: Database,
  rng: Rng,
  entries: number,
  members: { userId: string; fullName: string }[],
) {
  const r = { ...round(rng, 'nation', 2026, null, null), status: 'results' };
  await insertRows(database, productRounds, [r]);
  const seats = members.map((m, i) => ({
    id: rng.uuid(),
    roundId: r.id,
    userId: m.userId,
    fullName: m.fullName,
    role: i === 0 ? 'chair' : i === 1 ? 'secretary' : 'member',
  }));
  await insertRows(database, productCouncilMembers, seats);
  const products: (typeof typicalProducts.$inferInsert)[] = [];
  const rows: (typeof productEntries.$inferInsert)[] = [];
  const sheets: (typeof productScoreSheets.$inferInsert)[] = [];
  for (let i = 0; i < entries; i++) {
    const productId = rng.uuid();
    const entryId = rng.uuid();
    const place = placeName(rng);
    const est = { id: rng.uuid(), name: establishmentName(rng, place) };
    const name = `${rng.pick(kinds)} ${place}`;
    const group = groups[i % groups.length]!;
    const province = rng.pick(provinces);
    products.push({
      id: productId,
      establishmentId: est.id,
      establishmentName: est.name,
      provinceCode: province,
      name,
      group,
      description: '',
    });
    rows.push({
      id: entryId,
      roundId: r.id,
      productId,
      establishmentId: est.id,
      establishmentName: est.name,
      provinceCode: province,
      name,
      group,
      description: '',
      productionCapacity: '',
      market: '',
    });
    for (const s of seats) {
      const pts = [rng.int(20, 40), rng.int(20, 40), rng.int(5, 10), rng.int(5, 10)];
      const codes = ['market', 'economic', 'culture', 'other'];
      sheets.push({
        roundId: r.id,
        entryId,
        memberId: s.id,
        scores: codes.map((c, k) => ({ criterion: c, points: pts[k]!, note: '' })),
        total: pts.reduce((a, b) => a + b, 0),
      });
    }
  }
  await insertRows(database, typicalProducts, products);
  await insertRows(database, productEntries, rows);
  await insertRows(database, productScoreSheets, sheets);
  return r.id;
}

export const productsGenerator: Generator = {
  name: 'products',
  describe: `${PRODUCT_ENTRIES_AT_SCALE_1.toLocaleString('vi-VN')} giấy chứng nhận sản phẩm CNNT tiêu biểu qua các cấp, 10 năm`,
  run: async (ctx): Promise<GenResult> => ({
    rows: await generateProducts(
      ctx.database,
      ctx.rng,
      scaled(PRODUCT_ENTRIES_AT_SCALE_1, ctx.scale, 50),
      ctx.log,
    ),
  }),
};
