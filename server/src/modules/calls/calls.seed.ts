import type { Db } from '../../db/client.ts';
import { vnToday } from './calls.policy.ts';
import { calls, callWindows } from './calls.tables.ts';

type SeedCall = typeof calls.$inferInsert & {
  windows?: Omit<typeof callWindows.$inferInsert, 'callId'>[];
};

/** The 2019 cycle (plan year 2020) as in the agency's report on guidance letter 382/CTĐP-QLKC. */
function cycle2019(): SeedCall[] {
  const local = (provinceCode: string, number: string, date: string, deadline: string, name: string) => ({
    planYear: 2020,
    level: 'local',
    provinceCode,
    title: `Xây dựng kế hoạch khuyến công địa phương năm 2020 — ${name}`,
    guidanceNumber: number,
    guidanceDate: date,
    submissionDeadline: deadline,
    registrationDeadline: null,
    note: 'Kế hoạch khuyến công địa phương do UBND tỉnh phê duyệt (NĐ 45/2012/NĐ-CP, Điều 2; TT 46/2012/TT-BCT, Điều 8).',
  });
  return [
    {
      planYear: 2020,
      level: 'national',
      provinceCode: null,
      title:
        'Thực hiện kế hoạch khuyến công quốc gia năm 2019 và xây dựng kế hoạch kinh phí khuyến công năm 2020',
      guidanceNumber: '382/CTĐP-QLKC',
      guidanceDate: '2019-05-15',
      submissionDeadline: '2019-05-20',
      registrationDeadline: '2019-06-15',
      note: 'Hạn nộp hồ sơ về Sở Công Thương trước 20/5, đăng ký với Cục trước 15/6 (TT 36/2013/TT-BCT, Điều 5–6). Ưu tiên đề án điểm, đề án nhóm, hỗ trợ cơ sở có sản phẩm CNNT tiêu biểu cấp khu vực, quốc gia.',
      windows: [
        {
          stage: 'submission',
          provinceCode: null,
          opensOn: '2019-05-21',
          closesOn: '2019-05-31',
          reason:
            'Văn bản hướng dẫn ban hành ngày 15/05/2019, sát hạn nộp: gia hạn nhận hồ sơ đề án đến hết 31/05/2019.',
          createdByName: 'Lê Minh Đức',
        },
      ],
    },
    local('01', '2150/SCT-QLCN', '2019-06-03', '2019-07-15', 'Hà Nội'),
    local('91', '1187/SCT-QLCN', '2019-06-10', '2019-07-31', 'An Giang'),
    local('66', '1342/SCT-QLCN', '2019-06-05', '2019-07-20', 'Đắk Lắk'),
  ];
}

/**
 * This year's cycle, building next year's plan, with the deadlines of TT 36/2013. When seeded after a
 * deadline, the call carries the window the agency (or department) reopened for supplementary proposals
 * under NĐ 235/2025 (wider beneficiaries), so the demo can still take proposals.
 */
function currentCycle(now: Date): SeedCall[] {
  const today = vnToday(now);
  const y = Number(today.slice(0, 4));
  const plan = y + 1;
  const reason = `Nhận bổ sung đề án kế hoạch năm ${plan} cho cơ sở thuộc đối tượng mở rộng theo Nghị định 235/2025/NĐ-CP.`;
  const after = (deadline: string, stage: 'submission' | 'registration', by: string) =>
    today > deadline
      ? [
          {
            stage,
            provinceCode: null,
            opensOn: nextDay(deadline),
            closesOn: `${plan}-01-31`,
            reason,
            createdByName: by,
          },
        ]
      : [];
  const local = (provinceCode: string, number: string, name: string, leader: string) => ({
    planYear: plan,
    level: 'local',
    provinceCode,
    title: `Xây dựng kế hoạch khuyến công địa phương năm ${plan} — ${name}`,
    guidanceNumber: number,
    guidanceDate: `${y}-05-05`,
    submissionDeadline: `${y}-06-30`,
    registrationDeadline: null,
    note: 'Mức chi theo nghị quyết của HĐND tỉnh; khi chưa có, áp dụng mức của Bộ Tài chính làm trần.',
    windows: after(`${y}-06-30`, 'submission', leader),
  });
  return [
    {
      planYear: plan,
      level: 'national',
      provinceCode: null,
      title: `Xây dựng kế hoạch khuyến công quốc gia năm ${plan}`,
      guidanceNumber: `415/ĐMST-KC`,
      guidanceDate: `${y}-04-15`,
      submissionDeadline: `${y}-05-20`,
      registrationDeadline: `${y}-06-15`,
      note: 'Thực hiện Chương trình khuyến công quốc gia giai đoạn 2026–2030 (QĐ 2646/QĐ-BCT). Tập trung đề án điểm, đề án nhóm, chuỗi giá trị, chuyển đổi số, sản xuất bền vững.',
      windows: [
        ...after(`${y}-05-20`, 'submission', 'Lê Minh Đức'),
        ...after(`${y}-06-15`, 'registration', 'Lê Minh Đức'),
      ],
    },
    local('01', `1876/SCT-QLCN`, 'Hà Nội', 'Đỗ Quang Huy'),
    local('91', `1402/SCT-QLCN`, 'An Giang', 'Nguyễn Thị Kim Loan'),
    local('66', `1533/SCT-QLCN`, 'Đắk Lắk', 'Y Bhin Niê'),
  ];
}

function nextDay(d: string): string {
  return new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Demo calls: 2019 (plan 2020) and this year (plan next year), national and for provinces 01, 91, 66. Idempotent. */
export async function seedCalls(db: Db, now = new Date()): Promise<void> {
  for (const { windows, ...call } of [...cycle2019(), ...currentCycle(now)]) {
    const [row] = await db.insert(calls).values(call).onConflictDoNothing().returning({ id: calls.id });
    if (row && windows?.length)
      await db.insert(callWindows).values(windows.map((w) => ({ ...w, callId: row.id })));
  }
}

/** The plan year of the current cycle (for other seeds). */
export function currentPlanYear(now = new Date()): number {
  return Number(vnToday(now).slice(0, 4)) + 1;
}
