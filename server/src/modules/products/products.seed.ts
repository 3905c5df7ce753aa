import { eq } from 'drizzle-orm';
import { OrganisationListQuery, UserListQuery } from '../../../../shared/schemas/identity.ts';
import type { ProductLevel } from '../../../../shared/schemas/products.ts';
import type { Db } from '../../db/client.ts';
import { systemActor } from '../../platform/actor.ts';
import { foldVietnamese } from '../../platform/search.ts';
import { createUser, DEMO_PASSWORD, listOrganisations, listUsers } from '../identity/index.ts';
import { type EstablishmentRef, findEstablishmentsByName } from './products.establishments.ts';
import { levelRules } from './products.rules.data.ts';
import { certificateValidUntil, currentScoreSheet } from './products.rules.ts';
import {
  productCertificates,
  productCouncilMembers,
  productEntries,
  productRounds,
  productScoreSheets,
  typicalProducts,
} from './products.tables.ts';

/** Thirteen council members (enough for a national council), password KhuyenCong@2026. */
export const councilDemoUsers = [
  ['hoidong.01', 'PGS.TS Trần Văn Bình', 'DHBK-HN'],
  ['hoidong.02', 'TS Nguyễn Thị Hồng', 'DHBK-HN'],
  ['hoidong.03', 'ThS Lê Quang Minh', 'DHBK-HN'],
  ['hoidong.04', 'TS Phạm Thu Trang', 'DHBK-HN'],
  ['hoidong.05', 'KS Hoàng Đức Long', 'VIEN-CK'],
  ['hoidong.06', 'TS Vũ Thị Lan', 'VIEN-CK'],
  ['hoidong.07', 'ThS Đặng Văn Tùng', 'VIEN-CK'],
  ['hoidong.08', 'Nghệ nhân Bùi Văn Sáu', 'VIEN-CK'],
  ['hoidong.09', 'ThS Ngô Thị Mai', 'TTKC-91'],
  ['hoidong.10', 'KS Lý Văn Phúc', 'TTKC-91'],
  ['hoidong.11', 'CN Huỳnh Thị Ngọc', 'TTKC-91'],
  ['hoidong.12', 'ThS Trịnh Minh Khoa', 'TTKC-91'],
  ['hoidong.13', 'Nghệ nhân Châu Văn Lộc', 'TTKC-91'],
] as const;

async function seedCouncilUsers(
  db: Db,
): Promise<Map<string, { id: string; fullName: string; organisationName: string }>> {
  const existing = await listUsers(db, systemActor, UserListQuery.parse({ pageSize: 50, q: 'hoidong.' }));
  const byEmail = new Map(existing.items.map((u) => [u.email, u]));
  for (const [local, fullName, org] of councilDemoUsers) {
    const email = `${local}@khuyencong.vn`;
    if (byEmail.has(email)) continue;
    const orgs = await listOrganisations(db, systemActor, OrganisationListQuery.parse({ q: org }));
    const o = orgs.items.find((x) => x.code === org);
    if (!o) continue;
    const u = await createUser(db, systemActor, {
      email,
      fullName,
      title: 'Thành viên Hội đồng bình chọn',
      role: 'council_member',
      organisationId: o.id,
      password: DEMO_PASSWORD,
    });
    byEmail.set(email, u);
  }
  return new Map(
    [...byEmail].map(([k, u]) => [
      k,
      { id: u.id, fullName: u.fullName, organisationName: u.organisationName },
    ]),
  );
}

/** Splits a total over the four criteria (40/40/10/10) the way a member might score it. */
function pointsFor(total: number) {
  const sheet = currentScoreSheet();
  const culture = Math.min(10, Math.round(total / 10));
  const other = Math.min(10, Math.round(total / 11));
  const rest = total - culture - other;
  const market = Math.min(40, Math.ceil(rest / 2));
  const economic = rest - market;
  return sheet.criteria.map((c, i) => ({
    criterion: c.code,
    points: [market, economic, culture, other][i]!,
    note: '',
  }));
}

type HistoricEntry = {
  est: EstablishmentRef;
  name: string;
  group: string;
  description: string;
  totals: number[];
};
type HistoricRound = {
  code: string;
  name: string;
  level: ProductLevel;
  year: number;
  organiserName: string;
  provinceCode: string;
  dates: { opens: string; closes: string; selection: string; published: string; decision: string };
  decisionNumber: string;
  members: string[];
  entries: HistoricEntry[];
};

/** A finished round written straight into this module's tables (its dates are in the past, so the use cases would refuse it). */
async function seedHistoricRound(
  db: Db,
  r: HistoricRound,
  users: Map<string, { id: string; fullName: string; organisationName: string }>,
) {
  const [exists] = await db
    .select({ id: productRounds.id })
    .from(productRounds)
    .where(eq(productRounds.code, r.code));
  if (exists) return;
  const era = r.dates.selection < '2025-07-01' ? 'tt26_2014' : 'tt38_2025';
  await db.transaction(async (t) => {
    const [round] = await t
      .insert(productRounds)
      .values({
        code: r.code,
        name: r.name,
        level: r.level,
        era,
        year: r.year,
        organiserName: r.organiserName,
        provinceCode: r.provinceCode,
        registrationOpens: r.dates.opens,
        registrationCloses: r.dates.closes,
        selectionDate: r.dates.selection,
        groups: ['handicraft', 'processed_food', 'machinery', 'other'],
        scoreSheetVersion: currentScoreSheet().version,
        passThreshold: 70,
        quorumPercent: 66,
        status: 'recognised',
        resultsPublishedOn: r.dates.published,
        decisionNumber: r.decisionNumber,
        decisionDate: r.dates.decision,
        decisionSigner: 'Chủ tịch',
      })
      .returning();
    const members = [];
    for (const [i, email] of r.members.entries()) {
      const u = users.get(`${email}@khuyencong.vn`);
      if (!u) continue;
      const role = i === 0 ? 'chair' : i === 1 ? 'secretary' : 'member';
      const [m] = await t
        .insert(productCouncilMembers)
        .values({
          roundId: round!.id,
          userId: u.id,
          fullName: u.fullName,
          organisationName: u.organisationName,
          role,
        })
        .returning();
      members.push(m!);
    }
    let seq = 0;
    for (const e of r.entries) {
      const avg = e.totals.reduce((a, b) => a + b, 0) / e.totals.length;
      const passed = avg >= 70;
      const [product] = await t
        .insert(typicalProducts)
        .values({
          establishmentId: e.est.id,
          establishmentName: e.est.name,
          provinceCode: e.est.provinceCode,
          name: e.name,
          group: e.group,
          description: e.description,
        })
        .returning();
      const [entry] = await t
        .insert(productEntries)
        .values({
          roundId: round!.id,
          productId: product!.id,
          establishmentId: e.est.id,
          establishmentName: e.est.name,
          provinceCode: e.est.provinceCode,
          name: e.name,
          group: e.group,
          description: e.description,
          productionCapacity: '2.000 sản phẩm/năm',
          market: 'Trong tỉnh, TP Hồ Chí Minh, khách du lịch',
          status: passed ? 'recognised' : 'failed',
          averageX100: Math.round(avg * 100),
          rankInGroup: passed ? 1 : 2,
        })
        .returning();
      for (const [i, m] of members.entries()) {
        const total = e.totals[i % e.totals.length]!;
        await t.insert(productScoreSheets).values({
          roundId: round!.id,
          entryId: entry!.id,
          memberId: m.id,
          scores: pointsFor(total),
          total,
        });
      }
      if (!passed) continue;
      await t.insert(productCertificates).values({
        number: `${r.code}-${String(++seq).padStart(3, '0')}`,
        entryId: entry!.id,
        productId: product!.id,
        roundId: round!.id,
        establishmentId: e.est.id,
        establishmentName: e.est.name,
        provinceCode: e.est.provinceCode,
        level: r.level,
        levelRank: levelRules[r.level].rank,
        year: r.year,
        group: e.group,
        productName: e.name,
        organiserName: r.organiserName,
        decisionNumber: r.decisionNumber,
        decisionDate: r.dates.decision,
        validUntil: certificateValidUntil(r.dates.decision),
        status: 'valid',
        averageX100: Math.round(avg * 100),
        searchKey: foldVietnamese(`${e.name} ${e.est.name}`),
      });
    }
  });
}

/**
 * Demo data: thirteen council members, and two finished rounds that fill the public registry — a 2025
 * commune round in An Giang (HTX Dệt may Tân Châu's silk holds a commune certificate valid to 31/12/2027,
 * so it can enter a provincial round) and a 2024 provincial round in Hà Nội. Idempotent.
 */
export async function seedProducts(db: Db): Promise<void> {
  const users = await seedCouncilUsers(db);
  const [tanchau] = await findEstablishmentsByName(db, 'Dệt may Tân Châu');
  const [phuvinh] = await findEstablishmentsByName(db, 'Mây tre đan Phú Vinh');
  if (tanchau)
    await seedHistoricRound(
      db,
      {
        code: 'X91-TANCHAU-2025',
        name: 'Bình chọn sản phẩm CNNT tiêu biểu cấp xã – phường Tân Châu năm 2025',
        level: 'commune',
        year: 2025,
        organiserName: 'Ủy ban nhân dân phường Tân Châu',
        provinceCode: '91',
        dates: {
          opens: '2025-08-01',
          closes: '2025-08-31',
          selection: '2025-09-15',
          published: '2025-09-16',
          decision: '2025-10-10',
        },
        decisionNumber: '215/QĐ-UBND',
        members: ['hoidong.09', 'hoidong.10', 'hoidong.11', 'hoidong.12', 'hoidong.13'],
        entries: [
          {
            est: tanchau,
            name: 'Lụa Mỹ A Tân Châu',
            group: 'handicraft',
            description: 'Lụa tơ tằm dệt thủ công, nhuộm trái mặc nưa cho màu đen bóng đặc trưng; khổ 90 cm.',
            totals: [86, 84, 82, 88, 81],
          },
          {
            est: tanchau,
            name: 'Khăn rằn dệt thủ công',
            group: 'handicraft',
            description: 'Khăn rằn ca rô dệt trên khung gỗ truyền thống.',
            totals: [68, 66, 71, 64, 65],
          },
        ],
      },
      users,
    );
  if (phuvinh)
    await seedHistoricRound(
      db,
      {
        code: 'T01-2024',
        name: 'Bình chọn sản phẩm CNNT tiêu biểu thành phố Hà Nội năm 2024',
        level: 'province',
        year: 2024,
        organiserName: 'Sở Công Thương Hà Nội',
        provinceCode: '01',
        dates: {
          opens: '2024-05-01',
          closes: '2024-06-15',
          selection: '2024-07-10',
          published: '2024-07-12',
          decision: '2024-08-05',
        },
        decisionNumber: '1820/QĐ-SCT',
        members: [
          'hoidong.01',
          'hoidong.02',
          'hoidong.03',
          'hoidong.04',
          'hoidong.05',
          'hoidong.06',
          'hoidong.07',
        ],
        entries: [
          {
            est: phuvinh,
            name: 'Bộ bàn ghế mây tre đan Phú Vinh',
            group: 'handicraft',
            description:
              'Bộ bàn ghế đan từ song mây tự nhiên, xử lý chống mốc, kiểu dáng truyền thống làng nghề Phú Vinh.',
            totals: [88, 91, 86, 90, 87, 89, 92],
          },
        ],
      },
      users,
    );
}
