import type { RuleSetInput, SupportItem } from '../../../../shared/schemas/rules.ts';

/**
 * The national finance rule sets as read in ../shared/domain/regulations.md §3. Every value carries
 * its source; where the text was not seen the item is marked `unknown` (the engine then refuses to
 * compute it) instead of guessing. Amounts are integer đồng ("tr" = triệu = 1.000.000 đ).
 */
const tr = (n: number) => String(n * 1_000_000);
const TTLT26 = 'TTLT 26/2014/TTLT-BTC-BCT';
const TT28 = 'TT 28/2018/TT-BTC';
const TT64 = 'TT 64/2024/TT-BTC';

type Item = Omit<SupportItem, 'activityContentCodes' | 'levels' | 'priorityEligible' | 'unknown'> &
  Partial<Pick<SupportItem, 'activityContentCodes' | 'levels' | 'priorityEligible' | 'unknown'>>;
const item = (i: Item): SupportItem => ({
  activityContentCodes: [],
  levels: ['national', 'local'],
  priorityEligible: true,
  unknown: false,
  ...i,
});

/** Item catalogue shared by the sets: code, Vietnamese name, activity contents (NĐ 45/2012 Art 4). */
const names: Record<string, [string, string[]]> = {
  enterprise_setup: ['Hỗ trợ thành lập doanh nghiệp sản xuất CNNT (địa bàn khó khăn)', ['ND45-2']],
  demo_model_new: ['Mô hình trình diễn kỹ thuật: công nghệ mới, sản phẩm mới', ['ND45-3']],
  demo_model_existing: ['Mô hình trình diễn tại cơ sở CNNT đang hoạt động hiệu quả', ['ND45-3']],
  cleaner_production_pilot: ['Mô hình thí điểm áp dụng sản xuất sạch hơn', ['ND45-3']],
  machinery: ['Ứng dụng máy móc thiết bị tiên tiến, chuyển giao công nghệ', ['ND45-3']],
  technology_line: ['Dây chuyền công nghệ', ['ND45-3']],
  fair_domestic_organise: ['Tổ chức hội chợ, triển lãm trong nước', ['ND45-4']],
  fair_domestic_participate: ['Tham gia hội chợ, triển lãm trong nước (thuê gian hàng)', ['ND45-4']],
  fair_foreign: ['Hội chợ, triển lãm ở nước ngoài', ['ND45-4']],
  study_tour_airfare: ['Vé máy bay khảo sát, học tập kinh nghiệm ở nước ngoài', ['ND45-2']],
  selection_event_region: ['Tổ chức bình chọn sản phẩm CNNT tiêu biểu cấp khu vực (mỗi sự kiện)', ['ND45-4']],
  selection_event_nation: [
    'Tổ chức bình chọn sản phẩm CNNT tiêu biểu cấp quốc gia (mỗi sự kiện)',
    ['ND45-4'],
  ],
  award_region: ['Thưởng sản phẩm đạt giải cấp khu vực (mỗi sản phẩm)', ['ND45-4']],
  award_nation: ['Thưởng sản phẩm đạt giải cấp quốc gia (mỗi sản phẩm)', ['ND45-4']],
  brand: ['Xây dựng, đăng ký thương hiệu', ['ND45-4']],
  consultancy: ['Tư vấn (dự án đầu tư, marketing, quản lý, thiết kế mẫu mã…)', ['ND45-5']],
  association_region: ['Thành lập hiệp hội, hội ngành nghề cấp vùng', ['ND45-7']],
  association_nation: ['Thành lập hiệp hội, hội ngành nghề cấp toàn quốc', ['ND45-7']],
  linkage_cluster: ['Cụm liên kết doanh nghiệp', ['ND45-7']],
  relocation_interest: ['Hỗ trợ lãi suất di dời cơ sở gây ô nhiễm (50% lãi suất, 2 năm)', ['ND45-7']],
  pollution_treatment_establishment: ['Xử lý ô nhiễm môi trường tại cơ sở CNNT', ['ND45-7']],
  pollution_treatment_cluster: ['Xử lý ô nhiễm môi trường tại cụm công nghiệp', ['ND45-7']],
  cluster_plan: ['Lập quy hoạch chi tiết cụm công nghiệp', ['ND45-7']],
  cluster_infrastructure: ['Đầu tư hạ tầng cụm công nghiệp', ['ND45-7']],
};
const base = (code: string) => ({ code, nameVi: names[code]![0], activityContentCodes: names[code]![1] });
// The support table is TTLT 26/2014 Art 6 as read; clause and point letters were not recorded, so none are cited.
const c26 = () => ({ document: TTLT26, article: '6' });

const ttlt26Items: SupportItem[] = [
  item({ ...base('enterprise_setup'), percent: null, capVnd: tr(10), citation: c26() }),
  item({ ...base('demo_model_new'), percent: 30, capVnd: tr(500), citation: c26() }),
  item({ ...base('demo_model_existing'), percent: null, capVnd: tr(100), citation: c26() }),
  item({
    ...base('cleaner_production_pilot'),
    percent: null,
    capVnd: null,
    unknown: true,
    citation: {
      document: 'TTLT 221/2012/TTLT-BTC-BCT',
      note: 'Mức theo TTLT 221/2012, nội dung chưa được đọc.',
    },
  }),
  item({ ...base('machinery'), percent: 50, capVnd: tr(200), citation: c26() }),
  item({ ...base('fair_domestic_organise'), percent: 100, capVnd: null, citation: c26() }),
  item({
    ...base('fair_domestic_participate'),
    percent: 80,
    capVnd: null,
    citation: { ...c26(), note: '80% chi phí thuê gian hàng' },
  }),
  item({ ...base('fair_foreign'), percent: 100, capVnd: null, citation: c26() }),
  item({ ...base('study_tour_airfare'), percent: 100, capVnd: null, citation: c26() }),
  item({
    ...base('selection_event_region'),
    percent: null,
    capVnd: tr(100),
    levels: ['national'],
    priorityEligible: false,
    citation: c26(),
  }),
  item({
    ...base('selection_event_nation'),
    percent: null,
    capVnd: tr(200),
    levels: ['national'],
    priorityEligible: false,
    citation: c26(),
  }),
  item({
    ...base('award_region'),
    percent: null,
    capVnd: tr(5),
    levels: ['national'],
    priorityEligible: false,
    citation: c26(),
  }),
  item({
    ...base('award_nation'),
    percent: null,
    capVnd: tr(10),
    levels: ['national'],
    priorityEligible: false,
    citation: c26(),
  }),
  item({ ...base('brand'), percent: 50, capVnd: tr(35), citation: c26() }),
  item({ ...base('consultancy'), percent: 50, capVnd: tr(35), citation: c26() }),
  item({ ...base('association_region'), percent: 30, capVnd: tr(70), citation: c26() }),
  item({ ...base('association_nation'), percent: 30, capVnd: tr(100), citation: c26() }),
  item({ ...base('linkage_cluster'), percent: 50, capVnd: tr(150), citation: c26() }),
  item({
    ...base('relocation_interest'),
    percent: 50,
    capVnd: tr(500),
    citation: { ...c26(), note: '50% lãi suất vay trong 2 năm' },
  }),
  item({ ...base('pollution_treatment_establishment'), percent: 30, capVnd: tr(300), citation: c26() }),
  item({ ...base('pollution_treatment_cluster'), percent: 30, capVnd: tr(1500), citation: c26() }),
  item({ ...base('cluster_plan'), percent: 50, capVnd: tr(500), citation: c26() }),
  item({ ...base('cluster_infrastructure'), percent: null, capVnd: tr(3000), citation: c26() }),
];

const tt36Advance = [
  {
    code: 'advance_cluster_infra',
    descriptionVi: 'Tạm ứng 30% cho hạ tầng cụm công nghiệp khi khối lượng thực hiện trên 50%',
    itemCodes: ['cluster_infrastructure'],
    percent: 30,
    afterProgressPercent: 50,
    citation: { document: 'TT 36/2013/TT-BCT', article: '13–16' },
  },
  {
    code: 'advance_soft',
    descriptionVi: 'Tạm ứng 70% cho đào tạo, tư vấn, hội chợ, thông tin tuyên truyền',
    itemCodes: [
      'fair_domestic_organise',
      'fair_domestic_participate',
      'fair_foreign',
      'consultancy',
      'brand',
      'study_tour_airfare',
    ],
    percent: 70,
    afterProgressPercent: null,
    citation: { document: 'TT 36/2013/TT-BCT', article: '13–16' },
  },
  {
    code: 'advance_models_machinery',
    descriptionVi: 'Tạm ứng 70% cho mô hình, máy móc thiết bị khi đã đầu tư trên 70%',
    itemCodes: [
      'demo_model_new',
      'demo_model_existing',
      'machinery',
      'technology_line',
      'cleaner_production_pilot',
    ],
    percent: 70,
    afterProgressPercent: 70,
    citation: { document: 'TT 36/2013/TT-BCT', article: '13–16' },
  },
  {
    code: 'advance_enterprise_setup',
    descriptionVi: 'Tạm ứng 100% hỗ trợ thành lập doanh nghiệp',
    itemCodes: ['enterprise_setup'],
    percent: 100,
    afterProgressPercent: null,
    citation: { document: 'TT 36/2013/TT-BCT', article: '13–16' },
  },
];

const conditions = [
  {
    code: 'content_fits',
    textVi: 'Nội dung phù hợp Điều 4 và Điều 5 Nghị định 45/2012/NĐ-CP',
    citation: { document: TTLT26, article: '7' },
  },
  {
    code: 'scheme_approved',
    textVi: 'Đề án được cấp có thẩm quyền phê duyệt',
    citation: { document: TTLT26, article: '7' },
  },
  {
    code: 'counterpart_committed',
    textVi: 'Đơn vị thụ hưởng đã đầu tư hoặc cam kết bố trí kinh phí đối ứng',
    citation: { document: TTLT26, article: '7' },
  },
  {
    code: 'no_double_funding',
    textVi: 'Cùng một nội dung chi chưa được hỗ trợ từ nguồn ngân sách nhà nước khác',
    citation: { document: TTLT26, article: '7' },
  },
];

/** TT 28/2018 values seen (regulations.md §3); the rest of its table was not read and is marked unknown. */
function tt28Items(doc: string): SupportItem[] {
  const c = (article: string, clause: string, note?: string) => {
    const notes = [note, doc !== TT28 ? `áp dụng theo bản sửa đổi, bổ sung bởi ${TT64}` : undefined].filter(
      Boolean,
    );
    return {
      document: TT28,
      ...(article ? { article } : {}),
      ...(clause ? { clause } : {}),
      ...(notes.length ? { note: notes.join('; ') } : {}),
    };
  };
  const seen: SupportItem[] = [
    item({
      ...base('enterprise_setup'),
      percent: null,
      capVnd: tr(10),
      citation: c('', '', 'Điều, khoản chưa xác định (đọc qua bản tóm tắt TT 28/2018)'),
    }),
    item({ ...base('demo_model_new'), percent: 30, capVnd: tr(1000), citation: c('8', '2') }),
    item({
      ...base('demo_model_existing'),
      percent: 30,
      capVnd: tr(100),
      citation: c(
        '',
        '',
        'Giá trị đọc qua NQ 08/2024 tỉnh Đồng Tháp (dẫn chiếu TT 28/2018); điều khoản chưa xác định',
      ),
    }),
    item({
      ...base('cleaner_production_pilot'),
      percent: 30,
      capVnd: tr(500),
      citation: c(
        '',
        '',
        'Giá trị đọc qua NQ 08/2024 tỉnh Đồng Tháp (dẫn chiếu TT 28/2018); điều khoản chưa xác định',
      ),
    }),
    item({ ...base('machinery'), percent: 50, capVnd: tr(300), citation: c('8', '4') }),
    item({
      ...base('technology_line'),
      percent: 50,
      capVnd: null,
      capOf: { itemCode: 'machinery', factor: 1.5 },
      citation: c('8', '4', 'Dây chuyền công nghệ tối đa 1,5 lần mức máy móc thiết bị'),
    }),
    item({ ...base('fair_foreign'), percent: 100, capVnd: null, citation: c('8', '6') }),
    item({ ...base('study_tour_airfare'), percent: 100, capVnd: null, citation: c('8', '6') }),
  ];
  const unknown = Object.keys(names)
    .filter((k) => !seen.some((s) => s.code === k))
    .map((k) =>
      item({
        ...base(k),
        percent: null,
        capVnd: null,
        unknown: true,
        citation: { document: doc, note: 'Mức hỗ trợ của nội dung này chưa được đối chiếu với văn bản.' },
      }),
    );
  return [...seen, ...unknown];
}

export const nationalRuleSets: RuleSetInput[] = [
  {
    code: 'TTLT-26-2014',
    nameVi: 'Mức chi khuyến công theo Thông tư liên tịch 26/2014/TTLT-BTC-BCT',
    level: 'national',
    provinceCode: null,
    effectiveFrom: '2014-04-08',
    effectiveTo: '2018-05-10',
    legalBasis: TTLT26,
    body: {
      supportItems: ttlt26Items,
      priorityMultiplier: {
        factor: 1.5,
        descriptionVi: 'Địa bàn, ngành nghề ưu tiên: tối đa 1,5 lần mức hỗ trợ thông thường',
        citation: { document: TTLT26, article: '6', clause: '2', point: 't' },
      },
      advanceRules: tt36Advance,
      advanceCapPercent: {
        percent: 70,
        citation: { document: TTLT26, article: '8', clause: '2', point: 'b' },
      },
      overhead: {
        agencyMaxPercentOfAnnualFunds: 1.5,
        implementerMaxPercentOfScheme: 2.5,
        citation: { document: TTLT26, article: '6' },
      },
      conditions,
      unknownsVi: [
        'Mức chi mô hình sản xuất sạch hơn theo TTLT 221/2012 chưa được đọc.',
        'Chi tiết địa bàn, ngành nghề ưu tiên (TT 36/2013 Phụ lục 3) chưa được đọc.',
      ],
    },
  },
  {
    code: 'TT-28-2018',
    nameVi: 'Mức chi khuyến công theo Thông tư 28/2018/TT-BTC',
    level: 'national',
    provinceCode: null,
    effectiveFrom: '2018-05-11',
    effectiveTo: '2024-08-27',
    legalBasis: TT28,
    body: {
      supportItems: tt28Items(TT28),
      priorityMultiplier: null,
      advanceRules: tt36Advance,
      advanceCapPercent: null,
      overhead: null,
      conditions,
      unknownsVi: [
        'Hệ số ưu tiên địa bàn khó khăn theo TT 28/2018 chưa được xác minh: không áp dụng hệ số.',
        'Mức chi hội chợ trong nước, bình chọn, thưởng, thương hiệu, tư vấn, hiệp hội, cụm liên kết, xử lý ô nhiễm, cụm công nghiệp theo TT 28/2018 chưa được đối chiếu.',
        'Trần tạm ứng theo TT 28/2018 chưa được xác minh.',
      ],
    },
  },
  {
    code: 'TT-28-2018-SD-64-2024',
    nameVi: 'Mức chi khuyến công theo Thông tư 28/2018/TT-BTC, sửa đổi bởi Thông tư 64/2024/TT-BTC',
    level: 'national',
    provinceCode: null,
    effectiveFrom: '2024-08-28',
    effectiveTo: null,
    legalBasis: `${TT28} sửa đổi, bổ sung bởi ${TT64}`,
    body: {
      supportItems: tt28Items(TT64),
      priorityMultiplier: null,
      advanceRules: tt36Advance,
      advanceCapPercent: null,
      overhead: null,
      conditions: [
        ...conditions,
        {
          code: 'priority_women_ethnic',
          textVi:
            'Ưu tiên cơ sở do phụ nữ, người dân tộc thiểu số làm chủ và địa bàn khó khăn (không có mức định lượng)',
          citation: { document: TT64 },
        },
      ],
      unknownsVi: [
        'Ngày hiệu lực của TT 64/2024 chưa được xác minh: dùng ngày ban hành 28/08/2024.',
        'Hệ số ưu tiên theo TT 64/2024 không có mức định lượng: không áp dụng hệ số.',
        'Các mức chi chưa đối chiếu như ở TT 28/2018.',
      ],
    },
  },
];
