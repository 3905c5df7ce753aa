import type { FundingSource, SchemeLevel } from '../../../../shared/schemas/rules.ts';
import type { SchemeAction, SchemeKind, SchemeState } from '../../../../shared/schemas/schemes.ts';

const tr = (n: number) => String(Math.round(n * 1_000_000));

export type SeedLine = [
  item: string,
  content: string,
  description: string,
  unit: string,
  qty: number,
  price: number,
  source: FundingSource,
];
export type SeedStep = [
  action: SchemeAction,
  actorEmail: string,
  daysAfterCreation: number,
  comment?: string,
];

/** A demo scheme: who drafted it, what it is, and the steps it went through. */
export type SeedScheme = {
  cycle: '2019' | 'current';
  level: SchemeLevel;
  kind: SchemeKind;
  provinceCode: string;
  owner: string;
  ownerOrg: string;
  implementerOrg: string;
  title: string;
  goals: string;
  need: string;
  scale?: string;
  effects?: string;
  contents: string[];
  industries?: string[];
  valueChain?: string;
  /** Pick this many establishments of the province as beneficiaries (0 for a group scheme left to the department). */
  beneficiaries: number;
  beneficiariesLater?: boolean;
  /** Offset from 1 January of the plan year, and the length, in months. */
  startMonth: number;
  months: number;
  lines: SeedLine[];
  steps: SeedStep[];
  expect: SchemeState;
};

export { tr };

const ttkc91 = 'canbo.ttkc.angiang@khuyencong.vn';
const vien = 'canbo.vienck@khuyencong.vn';
const ag = 'chuyenvien.angiang@khuyencong.vn';
const hn = 'chuyenvien.hanoi@khuyencong.vn';
const dl = 'chuyenvien.daklak@khuyencong.vn';
const cuc = 'chuyenvien.cuc@khuyencong.vn';

const machineryGoals =
  'Hỗ trợ cơ sở đầu tư máy móc thiết bị tiên tiến thay thế thao tác thủ công, nâng năng suất, ổn định chất lượng sản phẩm, giảm tiêu hao năng lượng.';

export const seedSchemes: SeedScheme[] = [
  // ---- 2019 cycle: guidance 382/CTĐP-QLKC of 15/05/2019, plan year 2020 ----
  {
    cycle: '2019',
    level: 'national',
    kind: 'ordinary',
    provinceCode: '91',
    owner: ttkc91,
    ownerOrg: 'TTKC-91',
    implementerOrg: 'TTKC-91',
    title: 'Hỗ trợ ứng dụng máy dệt kiếm tự động trong sản xuất thổ cẩm, lãnh Tân Châu',
    goals: machineryGoals,
    need: 'Cơ sở đang dệt trên khung dệt cơ khí cũ, năng suất thấp, không đáp ứng đơn hàng xuất khẩu lãnh Mỹ A.',
    scale: '02 máy dệt kiếm tự động khổ 1,9 m kèm bộ điều khiển jacquard.',
    effects: 'Năng suất tăng khoảng 3 lần; tạo việc làm ổn định cho 25 lao động nữ.',
    contents: ['ND45-3'],
    industries: [],
    valueChain: 'Lụa, lãnh Tân Châu',
    beneficiaries: 1,
    startMonth: 2,
    months: 8,
    lines: [
      [
        'machinery',
        'ND45-3',
        'Máy dệt kiếm tự động khổ 1,9 m (phần kinh phí KCQG hỗ trợ)',
        'máy',
        2,
        150,
        'national',
      ],
      [
        'machinery',
        'ND45-3',
        'Máy dệt kiếm tự động khổ 1,9 m (phần đối ứng của cơ sở)',
        'máy',
        2,
        210,
        'counterpart',
      ],
    ],
    steps: [
      ['submit', ttkc91, 3],
      ['forward', ag, 20],
      ['register', ag, 27],
      ['appraise', cuc, 150],
    ],
    expect: 'agency_appraised',
  },
  {
    cycle: '2019',
    level: 'national',
    kind: 'ordinary',
    provinceCode: '91',
    owner: ttkc91,
    ownerOrg: 'TTKC-91',
    implementerOrg: 'TTKC-91',
    title: 'Xây dựng mô hình trình diễn kỹ thuật sấy khô cá lóc bằng năng lượng mặt trời',
    goals:
      'Trình diễn công nghệ sấy kết hợp năng lượng mặt trời, thay thế phơi thủ công, bảo đảm an toàn thực phẩm.',
    need: 'Làng nghề khô cá sản xuất thủ công, phụ thuộc thời tiết, sản phẩm không đạt tiêu chuẩn siêu thị.',
    contents: ['ND45-3'],
    beneficiaries: 1,
    startMonth: 3,
    months: 7,
    lines: [
      [
        'demo_model_new',
        'ND45-3',
        'Hệ thống sấy năng lượng mặt trời 500 kg/mẻ (phần KCQG hỗ trợ)',
        'hệ thống',
        1,
        180,
        'national',
      ],
      [
        'demo_model_new',
        'ND45-3',
        'Hệ thống sấy năng lượng mặt trời 500 kg/mẻ (phần đối ứng)',
        'hệ thống',
        1,
        420,
        'counterpart',
      ],
    ],
    steps: [
      ['submit', ttkc91, 4],
      ['forward', ag, 21],
      ['register', ag, 27],
      [
        'reject',
        cuc,
        140,
        'Cơ sở chưa chứng minh được nguồn vốn đối ứng; đề nghị khảo sát lại và đề xuất vào kế hoạch năm sau.',
      ],
    ],
    expect: 'rejected',
  },
  {
    cycle: '2019',
    level: 'national',
    kind: 'point',
    provinceCode: '01',
    owner: vien,
    ownerOrg: 'VIEN-CK',
    implementerOrg: 'VIEN-CK',
    title:
      'Đề án điểm: cơ giới hóa chế biến nguyên liệu và phát triển sản phẩm mây tre đan Phú Vinh (2020–2021)',
    goals:
      'Chuyển giao dây chuyền chẻ, vót, xử lý nguyên liệu mây tre; trình diễn mô hình sản xuất mới cho làng nghề.',
    need: 'Khâu sơ chế nguyên liệu thủ công chiếm 60% thời gian, chất lượng nan không đồng đều.',
    contents: ['ND45-3', 'ND45-4'],
    valueChain: 'Mây tre đan Phú Vinh',
    beneficiaries: 1,
    startMonth: 2,
    months: 20,
    lines: [
      [
        'technology_line',
        'ND45-3',
        'Dây chuyền chẻ, vót nan và xử lý chống mốc mây tre (phần KCQG)',
        'dây chuyền',
        1,
        450,
        'national',
      ],
      [
        'technology_line',
        'ND45-3',
        'Dây chuyền chẻ, vót nan và xử lý chống mốc mây tre (phần đối ứng)',
        'dây chuyền',
        1,
        520,
        'counterpart',
      ],
      [
        'fair_foreign',
        'ND45-4',
        'Tham gia hội chợ quốc tế Ambiente (thuê gian hàng)',
        'gian',
        1,
        120,
        'national',
      ],
    ],
    steps: [
      ['submit', vien, 2],
      ['forward', hn, 18],
      ['register', hn, 25],
      ['appraise', cuc, 150],
    ],
    expect: 'agency_appraised',
  },
  {
    cycle: '2019',
    level: 'national',
    kind: 'ordinary',
    provinceCode: '66',
    owner: dl,
    ownerOrg: 'SCT-66',
    implementerOrg: 'TTKC-66',
    title: 'Hỗ trợ ứng dụng máy rang, xay cà phê tự động cho cơ sở chế biến cà phê bột',
    goals: machineryGoals,
    need: 'Cơ sở rang bằng chảo thủ công, màu và mùi không đồng đều giữa các mẻ.',
    contents: ['ND45-3'],
    valueChain: 'Cà phê Buôn Ma Thuột',
    beneficiaries: 1,
    startMonth: 3,
    months: 6,
    lines: [
      [
        'machinery',
        'ND45-3',
        'Máy rang cà phê tự động 30 kg/mẻ (phần KCQG hỗ trợ)',
        'máy',
        1,
        95,
        'national',
      ],
      [
        'machinery',
        'ND45-3',
        'Máy rang cà phê tự động 30 kg/mẻ (phần đối ứng)',
        'máy',
        1,
        125,
        'counterpart',
      ],
    ],
    steps: [
      ['submit', dl, 5],
      ['forward', dl, 22],
      ['register', dl, 26],
      ['appraise', cuc, 150],
    ],
    expect: 'agency_appraised',
  },
  {
    cycle: '2019',
    level: 'local',
    kind: 'ordinary',
    provinceCode: '01',
    owner: hn,
    ownerOrg: 'SCT-01',
    implementerOrg: 'TTKC-01',
    title: 'Mô hình trình diễn sản xuất đồ gỗ mỹ nghệ tại cơ sở đang hoạt động hiệu quả',
    goals: 'Trình diễn quy trình sơn PU, chạm CNC cho các cơ sở đồ gỗ trong vùng học tập, nhân rộng.',
    need: 'Các cơ sở đồ gỗ quanh vùng chưa tiếp cận thiết bị chạm CNC.',
    contents: ['ND45-3'],
    beneficiaries: 1,
    startMonth: 4,
    months: 6,
    lines: [
      [
        'demo_model_existing',
        'ND45-3',
        'Máy chạm CNC 4 đầu, hội thảo trình diễn (phần KCĐP)',
        'mô hình',
        1,
        90,
        'local',
      ],
      [
        'demo_model_existing',
        'ND45-3',
        'Máy chạm CNC 4 đầu (phần đối ứng)',
        'mô hình',
        1,
        310,
        'counterpart',
      ],
    ],
    steps: [
      ['submit', hn, 6],
      ['return', hn, 15, 'Bổ sung báo giá của ít nhất 3 nhà cung cấp và văn bản đề nghị của cơ sở.'],
      ['submit', hn, 22],
      ['forward', hn, 28],
    ],
    expect: 'province_appraised',
  },
  {
    cycle: '2019',
    level: 'national',
    kind: 'ordinary',
    provinceCode: '91',
    owner: ttkc91,
    ownerOrg: 'TTKC-91',
    implementerOrg: 'TTKC-91',
    title: 'Hỗ trợ máy đóng gói tự động cho cơ sở sản xuất mắm cá linh',
    goals: machineryGoals,
    need: 'Đóng gói thủ công, bao bì không đồng đều.',
    contents: ['ND45-3'],
    beneficiaries: 1,
    startMonth: 3,
    months: 6,
    lines: [
      [
        'machinery',
        'ND45-3',
        'Máy chiết rót, đóng nắp hũ mắm tự động (phần KCQG)',
        'máy',
        1,
        120,
        'national',
      ],
      [
        'machinery',
        'ND45-3',
        'Máy chiết rót, đóng nắp hũ mắm tự động (phần đối ứng)',
        'máy',
        1,
        130,
        'counterpart',
      ],
    ],
    steps: [
      ['submit', ttkc91, 5],
      ['withdraw', ttkc91, 12, 'Cơ sở đã được hỗ trợ từ chương trình OCOP của tỉnh cho cùng thiết bị.'],
    ],
    expect: 'withdrawn',
  },
  // ---- current cycle: this year's call, next year's plan ----
  {
    cycle: 'current',
    level: 'national',
    kind: 'ordinary',
    provinceCode: '91',
    owner: ttkc91,
    ownerOrg: 'TTKC-91',
    implementerOrg: 'TTKC-91',
    title: 'Hỗ trợ ứng dụng máy may lập trình tự động cho cơ sở may mặc xuất khẩu',
    goals: machineryGoals,
    need: 'Cơ sở nhận gia công đơn hàng xuất khẩu nhưng thiết bị cũ, tỷ lệ lỗi cao.',
    contents: ['ND45-3'],
    beneficiaries: 1,
    startMonth: 2,
    months: 8,
    lines: [
      ['machinery', 'ND45-3', 'Máy may lập trình điện tử (phần KCQG)', 'máy', 4, 75, 'national'],
      ['machinery', 'ND45-3', 'Máy may lập trình điện tử (phần đối ứng)', 'máy', 4, 95, 'counterpart'],
    ],
    steps: [['submit', ttkc91, 2]],
    expect: 'submitted',
  },
  {
    cycle: 'current',
    level: 'local',
    kind: 'ordinary',
    provinceCode: '91',
    owner: ttkc91,
    ownerOrg: 'TTKC-91',
    implementerOrg: 'TTKC-91',
    title: 'Hỗ trợ lò sấy nông sản tiết kiệm năng lượng cho hợp tác xã',
    goals: 'Giảm tổn thất sau thu hoạch, tiết kiệm 30% nhiên liệu so với lò sấy cũ.',
    need: 'Lò sấy đốt củi hiệu suất thấp, ô nhiễm khói.',
    contents: ['ND45-3'],
    beneficiaries: 1,
    startMonth: 3,
    months: 6,
    lines: [
      ['machinery', 'ND45-3', 'Lò sấy tầng sôi 2 tấn/mẻ (phần KCĐP)', 'lò', 1, 140, 'local'],
      ['machinery', 'ND45-3', 'Lò sấy tầng sôi 2 tấn/mẻ (phần đối ứng)', 'lò', 1, 160, 'counterpart'],
    ],
    steps: [['submit', ttkc91, 3]],
    expect: 'submitted',
  },
  {
    cycle: 'current',
    level: 'national',
    kind: 'ordinary',
    provinceCode: '91',
    owner: ttkc91,
    ownerOrg: 'TTKC-91',
    implementerOrg: 'TTKC-91',
    title: 'Hỗ trợ máy ép viên nén mùn cưa cho cơ sở chế biến gỗ',
    goals: machineryGoals,
    need: 'Phụ phẩm mùn cưa chưa được tận dụng, gây ô nhiễm.',
    contents: ['ND45-3'],
    beneficiaries: 1,
    startMonth: 2,
    months: 6,
    lines: [
      ['machinery', 'ND45-3', 'Máy ép viên nén 1 tấn/giờ (phần KCQG)', 'máy', 1, 300, 'national'],
      ['machinery', 'ND45-3', 'Máy ép viên nén 1 tấn/giờ (phần đối ứng)', 'máy', 1, 350, 'counterpart'],
    ],
    steps: [
      ['submit', ttkc91, 2],
      ['return', ag, 9, 'Thiếu báo cáo khảo sát và báo giá thiết bị; bổ sung trước khi Sở thẩm định.'],
    ],
    expect: 'returned',
  },
  {
    cycle: 'current',
    level: 'national',
    kind: 'ordinary',
    provinceCode: '01',
    owner: hn,
    ownerOrg: 'SCT-01',
    implementerOrg: 'TTKC-01',
    title: 'Mô hình trình diễn công nghệ nung gốm bằng lò gas tiết kiệm năng lượng',
    goals: 'Trình diễn lò nung gas con thoi thay lò than, giảm phát thải.',
    need: 'Làng gốm còn dùng lò than gây ô nhiễm.',
    contents: ['ND45-3'],
    valueChain: 'Gốm sứ Bát Tràng',
    beneficiaries: 1,
    startMonth: 3,
    months: 8,
    lines: [
      ['demo_model_new', 'ND45-3', 'Lò nung gas con thoi 3 m³ (phần KCQG)', 'lò', 1, 600, 'national'],
      ['demo_model_new', 'ND45-3', 'Lò nung gas con thoi 3 m³ (phần đối ứng)', 'lò', 1, 1500, 'counterpart'],
    ],
    steps: [
      ['submit', hn, 2],
      ['forward', hn, 10],
    ],
    expect: 'province_appraised',
  },
  {
    cycle: 'current',
    level: 'national',
    kind: 'point',
    provinceCode: '01',
    owner: vien,
    ownerOrg: 'VIEN-CK',
    implementerOrg: 'VIEN-CK',
    title: 'Đề án điểm: chuyển giao dây chuyền chế biến nông sản sấy dẻo và xúc tiến xuất khẩu',
    goals: 'Hình thành chuỗi chế biến sâu nông sản sấy dẻo gắn với xuất khẩu.',
    need: 'Nông sản bán tươi, giá thấp, thiếu thiết bị chế biến.',
    contents: ['ND45-3', 'ND45-4'],
    valueChain: 'Nông sản sấy dẻo',
    beneficiaries: 1,
    startMonth: 2,
    months: 22,
    lines: [
      [
        'technology_line',
        'ND45-3',
        'Dây chuyền sấy dẻo 500 kg/ngày (phần KCQG)',
        'dây chuyền',
        1,
        450,
        'national',
      ],
      [
        'technology_line',
        'ND45-3',
        'Dây chuyền sấy dẻo 500 kg/ngày (phần đối ứng)',
        'dây chuyền',
        1,
        700,
        'counterpart',
      ],
      ['fair_foreign', 'ND45-4', 'Tham gia hội chợ Foodex Nhật Bản', 'gian', 1, 150, 'national'],
    ],
    steps: [
      ['submit', vien, 2],
      ['forward', hn, 8],
      ['register', hn, 12],
    ],
    expect: 'registered',
  },
  {
    cycle: 'current',
    level: 'national',
    kind: 'ordinary',
    provinceCode: '66',
    owner: dl,
    ownerOrg: 'SCT-66',
    implementerOrg: 'TTKC-66',
    title: 'Hỗ trợ máy tách hạt, phân loại cà phê nhân bằng màu cho hợp tác xã',
    goals: machineryGoals,
    need: 'Phân loại thủ công, tỷ lệ hạt lỗi cao, bán giá thấp.',
    contents: ['ND45-3'],
    valueChain: 'Cà phê Buôn Ma Thuột',
    beneficiaries: 1,
    startMonth: 2,
    months: 6,
    lines: [
      ['machinery', 'ND45-3', 'Máy phân loại màu 5 máng (phần KCQG)', 'máy', 1, 280, 'national'],
      ['machinery', 'ND45-3', 'Máy phân loại màu 5 máng (phần đối ứng)', 'máy', 1, 420, 'counterpart'],
    ],
    steps: [
      ['submit', dl, 2],
      ['forward', dl, 6],
      ['register', dl, 9],
      ['appraise', cuc, 20],
    ],
    expect: 'agency_appraised',
  },
  {
    cycle: 'current',
    level: 'local',
    kind: 'group',
    provinceCode: '66',
    owner: dl,
    ownerOrg: 'SCT-66',
    implementerOrg: 'TTKC-66',
    title:
      'Đề án nhóm: hỗ trợ máy móc thiết bị cho các cơ sở chế biến nông sản (Sở xác định cơ sở thụ hưởng sau)',
    goals: 'Hỗ trợ đồng loạt 5 cơ sở chế biến nông sản ứng dụng máy móc tiên tiến.',
    need: 'Nhiều cơ sở nhỏ có nhu cầu, cần hỗ trợ tập trung.',
    contents: ['ND45-3'],
    beneficiaries: 0,
    beneficiariesLater: true,
    startMonth: 3,
    months: 8,
    lines: [
      ['machinery', 'ND45-3', 'Máy móc thiết bị cho 5 cơ sở (phần KCĐP)', 'cơ sở', 5, 60, 'local'],
      ['machinery', 'ND45-3', 'Máy móc thiết bị cho 5 cơ sở (phần đối ứng)', 'cơ sở', 5, 90, 'counterpart'],
    ],
    steps: [['submit', dl, 3]],
    expect: 'submitted',
  },
  {
    cycle: 'current',
    level: 'national',
    kind: 'ordinary',
    provinceCode: '91',
    owner: ttkc91,
    ownerOrg: 'TTKC-91',
    implementerOrg: 'TTKC-91',
    title: 'Hỗ trợ dây chuyền chế biến bánh tráng tự động (dự thảo: đề nghị vượt mức trần)',
    goals: machineryGoals,
    need: 'Tráng bánh thủ công bằng lò củi.',
    contents: ['ND45-3'],
    beneficiaries: 1,
    startMonth: 2,
    months: 6,
    lines: [
      ['machinery', 'ND45-3', 'Máy tráng bánh tự động (phần KCQG)', 'máy', 1, 380, 'national'],
      ['machinery', 'ND45-3', 'Máy tráng bánh tự động (phần đối ứng)', 'máy', 1, 420, 'counterpart'],
    ],
    steps: [],
    expect: 'draft',
  },
];
