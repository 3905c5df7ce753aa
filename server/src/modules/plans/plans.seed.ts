import { eq } from 'drizzle-orm';
import { PlanRules } from '../../../../shared/schemas/plans.ts';
import type { Db } from '../../db/client.ts';
import { currentPlanYear } from '../calls/index.ts';
import * as councilRepo from './councils.repo.ts';
import { bulkAssign, createCouncil, SHEET_CODE, scoreScheme } from './councils.service.ts';
import { scoreSheets } from './councils.tables.ts';
import { transitionPlan } from './plans.approval.ts';
import { actorByEmail, makeReadySchemes, type ReadySpec } from './plans.fixtures.ts';
import * as repo from './plans.repo.ts';
import { createPlan, runAllocation } from './plans.service.ts';

const tr = (n: number) => String(n * 1_000_000);

/** TT 36/2013/TT-BCT Art 9: the six appraisal criteria; points out of 100 (the weights), whole or half points. */
export const sheetV1 = {
  code: SHEET_CODE,
  sheetVersion: 1,
  name: 'Phiếu thẩm định đề án khuyến công quốc gia',
  citation: 'Thông tư 36/2013/TT-BCT, Điều 9',
  effectiveFrom: '2014-02-01',
  passFrom: 70,
  conditionalFrom: 50,
  criteria: [
    {
      code: 'fit',
      name: 'Phù hợp với nguyên tắc, đối tượng, ngành nghề và nội dung hỗ trợ',
      nameEn: 'Fit with the principles, beneficiaries, industries and contents',
      max: 15,
      citation: 'TT 36/2013 Đ9.1',
    },
    {
      code: 'goals',
      name: 'Mục tiêu, sự cần thiết và hiệu quả của đề án',
      nameEn: 'Goals, need and efficiency',
      max: 30,
      citation: 'TT 36/2013 Đ9.2',
    },
    {
      code: 'cost',
      name: 'Tính hợp lý của dự toán kinh phí',
      nameEn: 'Reasonable cost',
      max: 20,
      citation: 'TT 36/2013 Đ9.3',
    },
    {
      code: 'capacity',
      name: 'Năng lực đơn vị thực hiện, phối hợp và thụ hưởng',
      nameEn: 'Capacity of the implementer, partner and beneficiary',
      max: 15,
      citation: 'TT 36/2013 Đ9.4',
    },
    {
      code: 'integration',
      name: 'Lồng ghép với các chương trình khác',
      nameEn: 'Integration with other programmes',
      max: 10,
      citation: 'TT 36/2013 Đ9.5',
    },
    {
      code: 'dossier',
      name: 'Tính đầy đủ của hồ sơ',
      nameEn: 'Complete dossier',
      max: 10,
      citation: 'TT 36/2013 Đ9.6',
    },
  ],
};

/** The current cycle's extra national proposals, appraised by the agency and waiting for the plan. */
export const demoSpecs: ReadySpec[] = [
  {
    level: 'national',
    provinceCode: '01',
    title: 'Hỗ trợ máy chẻ nan, vót tăm tự động cho làng nghề mây tre đan Phú Vinh',
    qty: 2,
    price: 150,
    priorityArea: true,
    valueChain: 'Mây tre đan xuất khẩu',
    industryCodes: ['ND45-I6'],
  },
  {
    level: 'national',
    provinceCode: '01',
    title: 'Hỗ trợ máy khắc laser trên gỗ cho cơ sở sản xuất đồ gỗ mỹ nghệ',
    qty: 1,
    price: 250,
    industryCodes: ['ND45-I6'],
  },
  {
    level: 'national',
    provinceCode: '01',
    title: 'Hỗ trợ lò nung gốm bằng gas cho cơ sở gốm Bát Tràng',
    qty: 1,
    price: 180,
  },
  {
    level: 'national',
    provinceCode: '01',
    title: 'Hỗ trợ máy may công nghiệp cho tổ hợp tác may thêu',
    qty: 2,
    price: 20,
  },
  {
    level: 'national',
    provinceCode: '91',
    title: 'Hỗ trợ máy sấy lúa tuần hoàn cho hợp tác xã nông nghiệp vùng biên giới',
    qty: 2,
    price: 150,
    priorityArea: true,
  },
  {
    level: 'national',
    provinceCode: '91',
    title: 'Hỗ trợ dây chuyền đóng gói mắm cá linh',
    qty: 2,
    price: 140,
    valueChain: 'Mắm Châu Đốc',
  },
  {
    level: 'national',
    provinceCode: '91',
    title: 'Hỗ trợ máy dệt thổ cẩm cho cơ sở dệt của đồng bào Chăm',
    qty: 1,
    price: 150,
    priorityArea: true,
    industryCodes: ['ND45-I6'],
  },
  {
    level: 'national',
    provinceCode: '66',
    title: 'Hỗ trợ máy rang xay cà phê cho hợp tác xã vùng đồng bào dân tộc thiểu số',
    qty: 2,
    price: 150,
    priorityArea: true,
    valueChain: 'Cà phê đặc sản',
  },
  {
    level: 'national',
    provinceCode: '66',
    title: 'Hỗ trợ máy sơ chế hồ tiêu cho tổ hợp tác',
    qty: 1,
    price: 220,
  },
  {
    level: 'national',
    provinceCode: '66',
    title: 'Hỗ trợ máy ép dầu mắc ca cho cơ sở chế biến',
    qty: 2,
    price: 100,
  },
];

export async function seedScoreSheets(db: Db): Promise<void> {
  await councilRepo.insertSheet(db, sheetV1);
}

/**
 * Demo: the score sheet; for the current cycle ten more appraised national proposals, the agency's appraisal
 * council (members assigned, the chair has scored, the expert has not yet) and the national plan in draft
 * with its envelope, province sub-envelopes, anti-dispersion rules and a first allocation run. Idempotent.
 */
export async function seedPlans(db: Db): Promise<void> {
  await seedScoreSheets(db);
  await seedCycle2019Plans(db);
  const year = currentPlanYear();
  if (await repo.findPlanByKey(db, year, 'national', '')) return;
  if (!(await db.select().from(scoreSheets).where(eq(scoreSheets.code, SHEET_CODE))).length) return;
  const ids = await makeReadySchemes(db, year, demoSpecs);
  const leader = await actorByEmail(db, 'lanhdao.cuc@khuyencong.vn');
  const officer = await actorByEmail(db, 'chuyenvien.cuc@khuyencong.vn');
  const expert = await actorByEmail(db, 'chuyengia@khuyencong.vn');
  const council = await createCouncil(db, officer, {
    planYear: year,
    level: 'agency',
    provinceCode: null,
    name: `Hội đồng thẩm định đề án khuyến công quốc gia năm ${year}`,
    decisionNumber: `512/QĐ-ĐMST`,
    members: [
      { userId: leader.userId, role: 'chair' },
      { userId: officer.userId, role: 'secretary' },
      { userId: expert.userId, role: 'member' },
    ],
    schemeIds: ids,
  });
  await bulkAssign(db, officer, council.id, {});
  const marks = [
    [14, 27, 18, 13, 9, 10],
    [12, 24, 16, 12, 7, 9],
    [11, 20, 14, 11, 6, 8],
  ];
  for (const [k, id] of ids.entries()) {
    const m = marks[k % marks.length]!;
    await scoreScheme(db, leader, council.id, {
      schemeId: id,
      points: { fit: m[0]!, goals: m[1]!, cost: m[2]!, capacity: m[3]!, integration: m[4]!, dossier: m[5]! },
      rationale: 'Đề án đúng đối tượng, dự toán phù hợp mức hỗ trợ; đơn vị thực hiện có kinh nghiệm.',
    });
  }
  const plan = await createPlan(db, officer, {
    planYear: year,
    level: 'national',
    provinceCode: null,
    title: `Kế hoạch khuyến công quốc gia năm ${year}`,
    envelope: tr(1_800),
    subEnvelopes: [
      { kind: 'province', key: '01', amount: tr(650) },
      { kind: 'province', key: '91', amount: tr(600) },
      { kind: 'province', key: '66', amount: tr(450) },
      { kind: 'reserve', key: '', amount: tr(100) },
    ],
    rules: PlanRules.parse({
      minSchemeAmount: tr(50),
      maxProvinceShare: 0.4,
      priorityIndustryCodes: ['ND45-I6'],
    }),
  });
  await runAllocation(db, officer, plan.id, 'Phương án ban đầu');
}

/** Takes a plan through a run, submission and approval by its decision, dated as the decision was. */
async function approveByDecision(
  db: Db,
  planId: string,
  emails: { preparer: string; leader: string },
  decision: { number: string; date: string; submitted: string },
) {
  const preparer = await actorByEmail(db, emails.preparer);
  const leader = await actorByEmail(db, emails.leader);
  const run = await runAllocation(db, preparer, planId, 'Phương án trình phê duyệt');
  const plan = await repo.findPlan(db, planId);
  const submitted = await transitionPlan(
    db,
    preparer,
    planId,
    { action: 'submit', version: plan!.version, runId: run.id },
    new Date(`${decision.submitted}T02:00:00Z`),
  );
  await transitionPlan(
    db,
    leader,
    planId,
    {
      action: 'approve',
      version: submitted.version,
      decisionNumber: decision.number,
      decisionDate: decision.date,
    },
    new Date(`${decision.date}T08:00:00Z`),
  );
}

/**
 * Demo: the 2019 cycle's plans for 2020 — the ministry's national plan and Hà Nội's local plan — approved by
 * their decisions, which approves the cycle's appraised schemes with their plan lines and ledger entries (a
 * scheme is only ever approved through a plan). Idempotent.
 */
async function seedCycle2019Plans(db: Db): Promise<void> {
  const year = 2020;
  if (await repo.findPlanByKey(db, year, 'national', '')) return;
  const cuc = await actorByEmail(db, 'chuyenvien.cuc@khuyencong.vn');
  const national = await createPlan(db, cuc, {
    planYear: year,
    level: 'national',
    provinceCode: null,
    title: `Kế hoạch khuyến công quốc gia năm ${year}`,
    envelope: tr(2_500),
    subEnvelopes: [{ kind: 'reserve', key: '', amount: tr(200) }],
    rules: PlanRules.parse({ minSchemeAmount: tr(50) }),
  });
  await approveByDecision(
    db,
    national.id,
    { preparer: 'chuyenvien.cuc@khuyencong.vn', leader: 'lanhdao.cuc@khuyencong.vn' },
    { number: '4025/QĐ-BCT', date: '2019-12-23', submitted: '2019-12-10' },
  );
  const hn = await actorByEmail(db, 'chuyenvien.hanoi@khuyencong.vn');
  const local = await createPlan(db, hn, {
    planYear: year,
    level: 'local',
    provinceCode: '01',
    title: `Kế hoạch khuyến công địa phương năm ${year} — Hà Nội`,
    envelope: tr(800),
    subEnvelopes: [],
    rules: PlanRules.parse({}),
  });
  await approveByDecision(
    db,
    local.id,
    { preparer: 'chuyenvien.hanoi@khuyencong.vn', leader: 'lanhdao.hanoi@khuyencong.vn' },
    { number: '6712/QĐ-UBND', date: '2019-12-26', submitted: '2019-12-12' },
  );
}
