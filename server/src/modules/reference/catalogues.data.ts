import type { ActivityContentKind } from '../../../../shared/schemas/reference.ts';

/**
 * Seed catalogues, from /work/shared/domain/regulations.md §2 and §5. Names are short descriptive
 * summaries of the legal text (the decree's own wording is longer); `source` cites the article. Codes are
 * stable: other records refer to them.
 */

export type ActivityContentSeed = {
  code: string;
  kind: ActivityContentKind;
  parentCode: string | null;
  programmeGroup: string | null;
  nameVi: string;
  nameEn: string;
  note: string | null;
  source: string;
};

const ND45 = (k: number) => `NĐ 45/2012/NĐ-CP, Điều 4, khoản ${k}`;
const QD1881 = 'QĐ 1881/QĐ-TTg ngày 20/11/2020 (Chương trình khuyến công quốc gia giai đoạn 2021–2025)';
const ND235 = 'NĐ 235/2025/NĐ-CP ngày 27/08/2025, sửa đổi NĐ 45/2012/NĐ-CP (hiệu lực 15/10/2025)';
const TT46 = 'TT 46/2012/TT-BCT, Điều 4';

type Row = [code: string, group: string | null, nameVi: string, nameEn: string, note?: string];

const groups: Row[] = [
  [
    'QD1881-1',
    null,
    'Mô hình trình diễn, chuyển giao công nghệ, ứng dụng máy móc thiết bị',
    'Demonstration models, technology transfer and machinery',
  ],
  [
    'QD1881-2',
    null,
    'Sản xuất sạch hơn và xử lý ô nhiễm môi trường',
    'Cleaner production and pollution treatment',
  ],
  ['QD1881-3', null, 'Phát triển sản phẩm công nghiệp nông thôn', 'Rural industrial product development'],
  [
    'QD1881-4',
    null,
    'Liên kết, chuỗi giá trị và cụm công nghiệp',
    'Linkage, value chains and industrial clusters',
  ],
  [
    'QD1881-5',
    null,
    'Nguồn nhân lực, tư vấn và nâng cao năng lực quản lý',
    'Human resources, consulting and management',
  ],
  ['QD1881-6', null, 'Thông tin, truyền thông', 'Information and communication'],
  ['QD1881-7', null, 'Nâng cao năng lực tổ chức thực hiện', 'Implementation capacity'],
];

const contents: Row[] = [
  [
    'ND45-1',
    'QD1881-5',
    'Đào tạo nghề, truyền nghề ngắn hạn',
    'Vocational training and craft transmission (short courses)',
  ],
  [
    'ND45-2',
    'QD1881-5',
    'Nâng cao năng lực quản lý cho cơ sở công nghiệp nông thôn',
    'Management capacity of rural industrial establishments',
  ],
  [
    'ND45-3',
    'QD1881-1',
    'Mô hình trình diễn kỹ thuật, chuyển giao công nghệ, ứng dụng máy móc tiên tiến',
    'Technical demonstration, technology transfer and advanced machinery',
  ],
  [
    'ND45-4',
    'QD1881-3',
    'Phát triển sản phẩm công nghiệp nông thôn tiêu biểu',
    'Typical rural industrial products',
  ],
  [
    'ND45-5',
    'QD1881-5',
    'Tư vấn, trợ giúp cơ sở công nghiệp nông thôn',
    'Consulting for rural industrial establishments',
  ],
  ['ND45-6', 'QD1881-6', 'Cung cấp thông tin, tuyên truyền', 'Information and communication'],
  [
    'ND45-7',
    'QD1881-4',
    'Liên doanh, liên kết, hợp tác kinh tế, phát triển cụm công nghiệp và xử lý ô nhiễm môi trường',
    'Linkage, associations, industrial clusters and pollution treatment',
  ],
  ['ND45-8', null, 'Hợp tác quốc tế về khuyến công', 'International cooperation on industrial promotion'],
  [
    'ND45-9',
    'QD1881-7',
    'Nâng cao năng lực quản lý và tổ chức thực hiện hoạt động khuyến công',
    'Capacity to manage and run the programme',
  ],
];

/** Sub-items the text lists, keyed by their content (ND45-n). */
const items: Record<string, Row[]> = {
  'ND45-2': [
    ['ND45-2.1', 'QD1881-5', 'Đào tạo, tập huấn nâng cao năng lực quản lý', 'Management training'],
    ['ND45-2.2', 'QD1881-2', 'Hướng dẫn áp dụng sản xuất sạch hơn', 'Guidance on cleaner production'],
    ['ND45-2.3', 'QD1881-5', 'Tham quan, khảo sát, học tập kinh nghiệm', 'Study tours'],
    [
      'ND45-2.4',
      'QD1881-5',
      'Hỗ trợ khởi sự, thành lập doanh nghiệp',
      'Starting and registering enterprises',
    ],
    ['ND45-2.5', 'QD1881-5', 'Mở rộng thị trường, xuất khẩu', 'Market expansion and export'],
  ],
  'ND45-3': [
    [
      'ND45-3.1',
      'QD1881-1',
      'Xây dựng mô hình trình diễn kỹ thuật',
      'Technical demonstration models',
      `${TT46}: mô hình cấp quốc gia phải dùng công nghệ hoặc sản phẩm chưa có trên địa bàn huyện.`,
    ],
    ['ND45-3.2', 'QD1881-1', 'Chuyển giao công nghệ', 'Technology transfer'],
    [
      'ND45-3.3',
      'QD1881-1',
      'Ứng dụng máy móc tiên tiến, dây chuyền công nghệ',
      'Advanced machinery and technology lines',
      `${TT46}: máy móc phải mới và tiên tiến hơn máy đang dùng.`,
    ],
    ['ND45-3.4', 'QD1881-2', 'Trình diễn, thí điểm sản xuất sạch hơn', 'Cleaner-production pilots'],
  ],
  'ND45-4': [
    [
      'ND45-4.1',
      'QD1881-3',
      'Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu',
      'Selection of typical rural industrial products',
    ],
    [
      'ND45-4.2',
      'QD1881-3',
      'Hội chợ, triển lãm trong nước và nước ngoài',
      'Domestic and foreign fairs and exhibitions',
      `${TT46}: hội chợ nước ngoài tối đa 2 lần mỗi cơ sở mỗi năm.`,
    ],
    ['ND45-4.3', 'QD1881-3', 'Xây dựng, đăng ký thương hiệu', 'Brand building and registration'],
    ['ND45-4.4', 'QD1881-3', 'Phòng trưng bày, giới thiệu sản phẩm', 'Showrooms'],
    ['ND45-4.5', 'QD1881-3', 'Xúc tiến thương mại', 'Trade promotion'],
  ],
  'ND45-5': [
    ['ND45-5.1', 'QD1881-5', 'Tư vấn lập dự án đầu tư', 'Investment project consulting'],
    ['ND45-5.2', 'QD1881-5', 'Tư vấn marketing, thị trường', 'Marketing consulting'],
    ['ND45-5.3', 'QD1881-5', 'Tư vấn quản lý sản xuất, tài chính, nhân lực', 'Management consulting'],
    ['ND45-5.4', 'QD1881-5', 'Tư vấn thiết kế mẫu mã, bao bì', 'Design and packaging consulting'],
    ['ND45-5.5', 'QD1881-5', 'Tư vấn tiếp cận chính sách', 'Help to access support policies'],
  ],
  'ND45-6': [
    ['ND45-6.1', 'QD1881-6', 'Chương trình truyền hình, truyền thanh', 'Television and radio programmes'],
    ['ND45-6.2', 'QD1881-6', 'Bản tin, ấn phẩm', 'Bulletins and publications'],
    ['ND45-6.3', 'QD1881-6', 'Cơ sở dữ liệu, trang thông tin điện tử', 'Databases and websites'],
    ['ND45-6.4', 'QD1881-6', 'Tờ rơi, tờ gấp', 'Leaflets'],
  ],
  'ND45-7': [
    ['ND45-7.1', 'QD1881-4', 'Thành lập hiệp hội, hội ngành nghề', 'Trade associations'],
    ['ND45-7.2', 'QD1881-4', 'Cụm liên kết doanh nghiệp công nghiệp', 'Linkage clusters of enterprises'],
    [
      'ND45-7.3',
      'QD1881-4',
      'Lập quy hoạch chi tiết cụm công nghiệp',
      'Detailed planning of industrial clusters',
    ],
    ['ND45-7.4', 'QD1881-4', 'Đầu tư hạ tầng kỹ thuật cụm công nghiệp', 'Industrial-cluster infrastructure'],
    [
      'ND45-7.5',
      'QD1881-2',
      'Hỗ trợ lãi suất di dời cơ sở gây ô nhiễm',
      'Interest subsidy for relocating polluting establishments',
    ],
    [
      'ND45-7.6',
      'QD1881-2',
      'Xây dựng hệ thống xử lý ô nhiễm môi trường tại cơ sở, cụm công nghiệp',
      'Pollution treatment at establishments and clusters',
    ],
  ],
  'ND45-9': [
    [
      'ND45-9.1',
      'QD1881-7',
      'Đào tạo, tập huấn cán bộ làm công tác khuyến công',
      'Training of programme staff',
    ],
    [
      'ND45-9.2',
      'QD1881-7',
      'Xây dựng cơ sở dữ liệu, trang thông tin về khuyến công',
      'Programme databases and websites',
    ],
    [
      'ND45-9.3',
      'QD1881-7',
      'Trang thiết bị cho trung tâm khuyến công',
      'Equipment for industrial-promotion centres',
    ],
    ['ND45-9.4', 'QD1881-7', 'Mạng lưới cộng tác viên khuyến công', 'Network of collaborators'],
    [
      'ND45-9.5',
      'QD1881-7',
      'Xây dựng chương trình, kế hoạch; kiểm tra, giám sát',
      'Planning, inspection and monitoring',
    ],
  ],
};

const nd235Note = 'Nội dung mới của NĐ 235/2025; chưa đối chiếu điều, khoản cụ thể.';
const additions2025: Row[] = [
  [
    'ND235-1',
    null,
    'Hỗ trợ sản xuất và tiêu dùng bền vững',
    'Sustainable production and consumption',
    nd235Note,
  ],
  ['ND235-2', null, 'Hỗ trợ chuyển đổi số', 'Digital transformation', nd235Note],
  [
    'ND235-3',
    null,
    'Hỗ trợ nghệ nhân (nghệ nhân nhân dân, nghệ nhân ưu tú)',
    'Support for artisans (folk and outstanding artisans)',
    nd235Note,
  ],
];

const seed =
  (kind: ActivityContentKind, source: (code: string) => string, parentCode: string | null) =>
  ([code, programmeGroup, nameVi, nameEn, note]: Row): ActivityContentSeed => ({
    code,
    kind,
    parentCode,
    programmeGroup,
    nameVi,
    nameEn,
    note: note ?? null,
    source: source(code),
  });

const nd45Source = (code: string) => ND45(Number(code.replace(/^ND45-(\d+).*$/, '$1')));

export const activityContentSeeds: readonly ActivityContentSeed[] = [
  ...groups.map(seed('programme_group', () => QD1881, null)),
  ...contents.flatMap((c) => [
    seed('content', nd45Source, null)(c),
    ...(items[c[0]] ?? []).map(seed('item', nd45Source, c[0])),
  ]),
  ...additions2025.map(seed('content', () => ND235, null)),
];

export type CatalogueSeed = {
  code: string;
  nameVi: string;
  nameEn: string;
  note: string | null;
  source: string;
};

const ND45_ART5 = 'NĐ 45/2012/NĐ-CP, Điều 5';
export const industrySeeds: readonly CatalogueSeed[] = [
  [
    'ND45-I1',
    'Chế biến nông, lâm, thủy sản và chế biến thực phẩm',
    'Agro-forestry-fishery and food processing',
  ],
  [
    'ND45-I2',
    'Sản xuất hàng công nghiệp phục vụ tiêu dùng, xuất khẩu, thay thế hàng nhập khẩu',
    'Consumer, export and import-substituting goods',
  ],
  [
    'ND45-I3',
    'Sản xuất hóa chất phục vụ sản xuất nông, lâm, ngư nghiệp',
    'Chemicals for agriculture, forestry and fisheries',
  ],
  [
    'ND45-I4',
    'Sản xuất vật liệu xây dựng',
    'Building materials',
    'Không hỗ trợ sản xuất gạch đất sét nung bằng lò thủ công, lò vòng.',
  ],
  [
    'ND45-I5',
    'Sản xuất, lắp ráp, sửa chữa máy móc, thiết bị cơ khí, điện, điện tử; công nghiệp hỗ trợ',
    'Mechanical, electrical and electronic engineering; supporting industry',
  ],
  ['ND45-I6', 'Sản xuất hàng tiểu thủ công nghiệp', 'Cottage industry and handicrafts'],
  [
    'ND45-I7',
    'Khai thác, chế biến khoáng sản',
    'Mining and mineral processing',
    'Chỉ tại địa bàn có điều kiện kinh tế - xã hội khó khăn, đặc biệt khó khăn.',
  ],
  [
    'ND45-I8',
    'Áp dụng sản xuất sạch hơn, xử lý ô nhiễm môi trường',
    'Cleaner production and pollution treatment',
  ],
]
  .map(([code, nameVi, nameEn, note]) => ({
    code: code!,
    nameVi: nameVi!,
    nameEn: nameEn!,
    note: note ?? null,
    source: ND45_ART5,
  }))
  .concat(
    [
      ['ND235-I1', 'Công nghiệp công nghệ cao', 'High-tech industry'],
      ['ND235-I2', 'Công nghiệp sạch', 'Clean industry'],
      ['ND235-I3', 'Sản xuất sản phẩm tiết kiệm năng lượng', 'Energy-saving production'],
      ['ND235-I4', 'Công nghiệp môi trường', 'Environmental industry'],
      ['ND235-I5', 'Năng lượng xanh', 'Green energy'],
    ].map(([code, nameVi, nameEn]) => ({
      code: code!,
      nameVi: nameVi!,
      nameEn: nameEn!,
      note: nd235Note,
      source: ND235,
    })),
  );

export const schemeKindSeeds: readonly (CatalogueSeed & { category: 'kind' | 'level' })[] = [
  {
    category: 'kind',
    code: 'ordinary',
    nameVi: 'Đề án thông thường',
    nameEn: 'Ordinary scheme',
    note: null,
    source: 'TT 36/2013/TT-BCT',
  },
  {
    category: 'kind',
    code: 'point',
    nameVi: 'Đề án điểm',
    nameEn: 'Point scheme',
    note: 'Ít nhất hai nội dung hoạt động có liên kết, quy mô lớn, thời gian thực hiện trên một năm.',
    source: 'TT 36/2013/TT-BCT, Điều 2, khoản 3',
  },
  {
    category: 'kind',
    code: 'group',
    nameVi: 'Đề án nhóm',
    nameEn: 'Group scheme',
    note: 'Phê duyệt không xác định cụ thể địa điểm, đơn vị thụ hưởng, đơn vị phối hợp; Sở Công Thương xác định sau khi giao kế hoạch.',
    source: 'TT 36/2013/TT-BCT, Điều 10 khoản 1a, Điều 21 khoản 2a, Điều 23 khoản 3',
  },
  {
    category: 'kind',
    code: 'product_support',
    nameVi: 'Đề án hỗ trợ cơ sở có sản phẩm công nghiệp nông thôn tiêu biểu',
    nameEn: 'Support for establishments with typical rural industrial products',
    note: 'Ưu tiên cơ sở có sản phẩm được bình chọn cấp khu vực, quốc gia.',
    source:
      'TT 26/2014/TT-BCT (quyền lợi của sản phẩm được công nhận); Công văn 382/CTĐP-QLKC ngày 15/05/2019',
  },
  {
    category: 'level',
    code: 'national',
    nameVi: 'Khuyến công quốc gia (KCQG)',
    nameEn: 'National industrial promotion',
    note: 'Kinh phí ngân sách trung ương; Bộ Công Thương phê duyệt kế hoạch.',
    source: 'NĐ 45/2012/NĐ-CP; TT 36/2013/TT-BCT',
  },
  {
    category: 'level',
    code: 'local',
    nameVi: 'Khuyến công địa phương (KCĐP)',
    nameEn: 'Local industrial promotion',
    note: 'Kinh phí ngân sách địa phương; Ủy ban nhân dân cấp tỉnh phê duyệt kế hoạch.',
    source: 'NĐ 45/2012/NĐ-CP, Điều 2; TT 46/2012/TT-BCT, Điều 8',
  },
];
