import type { Database } from '../../server/src/db/client.ts';
import { queryRows, sql } from '../../server/src/db/client.ts';
import { computeSupport, pickRuleSet, type RuleSetRecord } from '../../server/src/modules/rules/index.ts';
import { nationalRuleSets } from '../../server/src/modules/rules/rules.data.ts';
import { searchTextOf } from '../../server/src/modules/schemes/schemes.repo.ts';
import {
  schemeContents,
  schemeCostLines,
  schemeSupports,
  schemes,
} from '../../server/src/modules/schemes/schemes.tables.ts';
import { type SchemeKind, type SchemeState, schemeStates } from '../../shared/schemas/schemes.ts';
import { insertRows } from '../lib/batch.ts';
import { crafts, placeName } from '../lib/names.ts';
import type { Rng } from '../lib/prng.ts';
import { type GenContext, type Generator, type GenResult, scaled } from './types.ts';

/** About 100,000 schemes over ten years, national and local, at scale 1 (DESIGN §6). */
export const SCHEMES_AT_SCALE_1 = 100_000;

export type SchemeOrg = { id: string; name: string; provinceCode: string | null };

const sets: RuleSetRecord[] = nationalRuleSets.map((s) => ({
  ...s,
  provinceCode: s.provinceCode ?? null,
  effectiveTo: s.effectiveTo ?? null,
  active: true,
}));

const machines = [
  'máy dệt kiếm',
  'máy sấy nông sản',
  'máy ép viên nén',
  'máy chế biến gỗ',
  'máy rang cà phê',
  'lò nung gas',
  'máy đóng gói',
  'dây chuyền chế biến hạt điều',
];
const templates: readonly (readonly [string, string, string])[] = [
  ['machinery', 'ND45-3', 'Hỗ trợ ứng dụng {m} tiên tiến'],
  ['demo_model_new', 'ND45-3', 'Xây dựng mô hình trình diễn kỹ thuật {m}'],
  ['technology_line', 'ND45-3', 'Chuyển giao dây chuyền công nghệ {m}'],
  ['demo_model_existing', 'ND45-3', 'Mô hình trình diễn tại cơ sở đang hoạt động: {m}'],
  ['fair_foreign', 'ND45-4', 'Tham gia hội chợ quốc tế giới thiệu sản phẩm {c}'],
];
const stateWeights = schemeStates.map(
  (s) =>
    [s, s === 'approved' ? 40 : s === 'draft' ? 12 : s === 'rejected' || s === 'withdrawn' ? 5 : 8] as const,
);

type Row = typeof schemes.$inferInsert;
type Child = {
  contents: (typeof schemeContents.$inferInsert)[];
  lines: (typeof schemeCostLines.$inferInsert)[];
  support: (typeof schemeSupports.$inferInsert)[];
};

function* schemeRows(
  n: number,
  rng: Rng,
  orgs: readonly SchemeOrg[],
  provinces: readonly string[],
  children: Child[],
  offset: number,
): IterableIterator<Row> {
  const tr = (x: number) => BigInt(x) * 1_000_000n;
  for (let i = 0; i < n; i++) {
    const planYear = rng.int(2016, 2027);
    const level = rng.chance(0.37) ? 'national' : 'local';
    const provinceCode = rng.pick(provinces);
    const local = orgs.filter((o) => o.provinceCode === provinceCode);
    const implementer =
      local.length && rng.chance(0.8)
        ? rng.pick(local)
        : rng.pick(orgs.filter((o) => o.provinceCode === null));
    const [itemCode, contentCode, tpl] = rng.pick(templates);
    const craft = rng.pick(crafts).toLowerCase();
    const title = `${tpl.replace('{m}', rng.pick(machines)).replace('{c}', craft)} — ${craft} ${placeName(rng)}`;
    const kind: SchemeKind = rng.chance(0.05)
      ? 'point'
      : rng.chance(0.08)
        ? 'group'
        : rng.chance(0.05)
          ? 'product_support'
          : 'ordinary';
    const state: SchemeState = rng.weighted(stateWeights);
    const qty = rng.int(1, 4);
    const statePrice = rng.int(20, 160);
    const counterPrice = rng.int(statePrice, statePrice * 3);
    const source = level === 'national' ? 'national' : 'local';
    const lines = [
      {
        itemCode,
        description: 'Phần ngân sách hỗ trợ',
        quantity: qty,
        unitPrice: String(tr(statePrice)),
        total: String(tr(statePrice * qty)),
        fundingSource: source,
      },
      {
        itemCode,
        description: 'Phần đối ứng',
        quantity: qty,
        unitPrice: String(tr(counterPrice)),
        total: String(tr(counterPrice * qty)),
        fundingSource: 'counterpart',
      },
    ] as const;
    const date = `${planYear}-03-01`;
    const picked = pickRuleSet(sets, { date, level: 'national' });
    const r = picked
      ? computeSupport(picked.set, { date, level, provinceCode, priorityArea: false, lines: [...lines] })
      : null;
    const id = rng.uuid();
    const code = `${level === 'national' ? 'KCQG' : 'KCDP'}-${planYear}-B${String(offset + i + 1).padStart(6, '0')}`;
    const createdAt = new Date(Date.UTC(planYear - 1, rng.int(0, 4), rng.int(1, 28), rng.int(0, 23)));
    const updatedAt = new Date(createdAt.getTime() + rng.int(0, 300) * 86_400_000);
    const valueChain = rng.chance(0.15) ? `Chuỗi ${craft}` : null;
    children.push({
      contents: [
        { schemeId: id, contentCode, sortOrder: 0 },
        ...(kind === 'point'
          ? [{ schemeId: id, contentCode: contentCode === 'ND45-3' ? 'ND45-4' : 'ND45-3', sortOrder: 1 }]
          : []),
      ],
      lines: lines.map((l, k) => ({
        ...l,
        schemeId: id,
        lineNo: k + 1,
        contentCode,
        unit: 'bộ',
        unitPrice: BigInt(l.unitPrice),
        total: BigInt(l.total),
      })),
      support: r ? [{ schemeId: id, result: r }] : [],
    });
    yield {
      id,
      code,
      planYear,
      level,
      kind,
      title,
      goals: 'Nâng cao năng suất, chất lượng sản phẩm, tạo việc làm cho lao động nông thôn.',
      need: 'Cơ sở sản xuất thủ công, thiết bị lạc hậu.',
      provinceCode,
      ownerOrgId: implementer.id,
      implementerOrgId: implementer.id,
      implementerName: implementer.name,
      startDate: date,
      endDate: `${planYear}-11-30`,
      valueChain,
      state,
      stateChangedAt: updatedAt,
      ruleSetCode: r?.ruleSet.code ?? null,
      costTotal: BigInt(r?.totals.cost ?? 0),
      stateRequested: BigInt(r?.totals.requestedState ?? 0),
      stateAllowed: BigInt(r?.totals.allowedState ?? 0),
      counterpart: BigInt(r?.totals.counterpartRequired ?? 0),
      violationCount: r?.violations.length ?? 0,
      blocking: (r?.violations.length ?? 0) > 0,
      searchText: searchTextOf([code, title, implementer.name, valueChain]),
      createdAt,
      updatedAt,
    };
  }
}

/**
 * Writes `count` schemes with their contents and cost lines; support is computed by the product's rules
 * engine. Implementers are centres and implementers (national ones have no province).
 */
export async function generateSchemes(
  database: Database,
  rng: Rng,
  count: number,
  orgs: readonly SchemeOrg[],
  log: (l: string) => void,
) {
  const provinces = (
    await queryRows<{ code: string }>(
      database.db,
      sql`select code from admin_units where era = '2025' and level = 'province' order by code`,
    )
  ).map((p) => p.code);
  if (!orgs.some((o) => o.provinceCode === null))
    throw new Error('cần ít nhất một đơn vị thực hiện cấp quốc gia');
  let written = 0;
  let contents = 0;
  let lines = 0;
  let supports = 0;
  const batch = 10_000;
  for (let start = 0; start < count; start += batch) {
    const children: Child[] = [];
    const rows = [...schemeRows(Math.min(batch, count - start), rng, orgs, provinces, children, start)];
    written += await insertRows(database, schemes, rows);
    contents += await insertRows(
      database,
      schemeContents,
      children.flatMap((c) => c.contents),
    );
    lines += await insertRows(
      database,
      schemeCostLines,
      children.flatMap((c) => c.lines),
    );
    supports += await insertRows(
      database,
      schemeSupports,
      children.flatMap((c) => c.support),
    );
    if ((start + batch) % 50_000 === 0) log(`  … ${written.toLocaleString('vi-VN')} đề án`);
  }
  // A long-lived database is vacuumed by autovacuum; do it now so index-only scans see a fresh visibility map.
  await database.raw('VACUUM (ANALYZE) schemes');
  await database.raw('VACUUM (ANALYZE) scheme_contents');
  return { schemes: written, scheme_contents: contents, scheme_cost_lines: lines, scheme_supports: supports };
}

async function run(ctx: GenContext): Promise<GenResult> {
  const orgs = await queryRows<SchemeOrg>(
    ctx.db,
    sql`select id, name, province_code as "provinceCode" from organisations where kind in ('centre', 'implementer') and active`,
  );
  if (!orgs.some((o) => o.provinceCode === null))
    return { rows: {}, skipped: 'chưa có đơn vị thực hiện cấp quốc gia' };
  const n = scaled(SCHEMES_AT_SCALE_1, ctx.scale, 200);
  return { rows: await generateSchemes(ctx.database, ctx.rng, n, orgs, ctx.log) };
}

export const schemesGenerator: Generator = {
  name: 'schemes',
  describe:
    'đề án: 100.000 ở quy mô 1 (2016–2027, KCQG/KCĐP, mọi trạng thái), kèm nội dung, dòng dự toán, mức hỗ trợ tính bằng bộ quy tắc',
  run,
};
