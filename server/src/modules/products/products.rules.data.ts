import type { ProductGroup, ProductLevel } from '../../../../shared/schemas/products.ts';
import type { Citation } from '../../../../shared/schemas/rules.ts';

/**
 * The rules of the typical-product selection (bình chọn sản phẩm công nghiệp nông thôn tiêu biểu) as
 * data, each value with where it was read. Sources: TT 26/2014/TT-BCT (effective 21/10/2014) as first
 * issued, read in the legal compendium [PD] (../shared/domain/regulations.md §1), amended by
 * TT 14/2018/TT-BCT (effective 16/08/2018) and TT 38/2025/TT-BCT (effective 01/07/2025).
 * Article numbers come from the circular's table of contents (Điều 3 Giải thích từ ngữ, 4 Sản phẩm tham gia,
 * 5 Phân nhóm, 6 Nguyên tắc, 7 Tiêu chí, 8–9 Hội đồng, 11 Ban Giám khảo, 12 Hồ sơ, 16 Tổ chức bình chọn,
 * 17 Công nhận kết quả và cấp Giấy chứng nhận, 20 Khiếu nại); where the clause was not recorded the
 * citation says so in `note`.
 */
const TT26 = 'TT 26/2014/TT-BCT';
const TT38 = 'TT 38/2025/TT-BCT';
const TTLT26 = 'TTLT 26/2014/TTLT-BTC-BCT';
const amended = 'sửa đổi, bổ sung bởi TT 14/2018/TT-BCT và TT 38/2025/TT-BCT';

export type EraCode = 'tt26_2014' | 'tt38_2025';

export type EraRule = {
  code: EraCode;
  nameVi: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  /** Lowest first. */
  levels: readonly ProductLevel[];
  citation: Citation;
};

export const eras: readonly EraRule[] = [
  {
    code: 'tt26_2014',
    nameVi: 'Bốn cấp: huyện, tỉnh, khu vực, quốc gia',
    effectiveFrom: '2014-10-21',
    effectiveTo: '2025-06-30',
    levels: ['district', 'province', 'region', 'nation'],
    citation: { document: TT26, article: '6', note: 'Cấp bình chọn theo TT 26/2014 (bản gốc, [PD]).' },
  },
  {
    code: 'tt38_2025',
    nameVi: 'Bốn cấp: xã, tỉnh, khu vực, quốc gia',
    effectiveFrom: '2025-07-01',
    effectiveTo: null,
    levels: ['commune', 'province', 'region', 'nation'],
    citation: {
      document: TT38,
      note: 'Cấp huyện được thay bằng cấp xã (xã, phường, đặc khu) từ 01/07/2025; Cục ĐMST-CĐX-KC chủ trì cấp khu vực (văn bản hợp nhất, vietnam.vn). Điều khoản cụ thể chưa được đọc.',
    },
  },
];

export type LevelRule = {
  level: ProductLevel;
  /** 1 = the lowest (district or commune), 4 = national. */
  rank: 1 | 2 | 3 | 4;
  nameVi: string;
  nameEn: string;
  /** Who organises a round of this level in this system. */
  organiser: 'department' | 'agency';
  councilSize: { min: number; max: number; odd: true; citation: Citation };
};

const councilCitation = (note: string): Citation => ({
  document: TT26,
  article: '9',
  note: `${note} Hội đồng có số thành viên lẻ để Ban Giám khảo chấm (Điều 11). Điều khoản lấy theo mục lục ("Cơ cấu, thành phần của Hội đồng bình chọn"), chưa đối chiếu khoản.`,
});

export const levelRules: Readonly<Record<ProductLevel, LevelRule>> = {
  district: {
    level: 'district',
    rank: 1,
    nameVi: 'Cấp huyện',
    nameEn: 'District',
    organiser: 'department',
    councilSize: {
      min: 5,
      max: 7,
      odd: true,
      citation: councilCitation('Cấp huyện: 05 hoặc 07 thành viên.'),
    },
  },
  commune: {
    level: 'commune',
    rank: 1,
    nameVi: 'Cấp xã',
    nameEn: 'Commune',
    organiser: 'department',
    councilSize: {
      min: 5,
      max: 7,
      odd: true,
      citation: {
        document: TT38,
        note: 'Suy luận: cấp xã thay cấp huyện nên áp dụng quy mô Hội đồng cấp huyện (05 hoặc 07) của TT 26/2014 Điều 9; nội dung TT 38/2025 về điểm này chưa được đọc.',
      },
    },
  },
  province: {
    level: 'province',
    rank: 2,
    nameVi: 'Cấp tỉnh',
    nameEn: 'Province',
    organiser: 'department',
    councilSize: { min: 7, max: 9, odd: true, citation: councilCitation('Cấp tỉnh: 07 hoặc 09 thành viên.') },
  },
  region: {
    level: 'region',
    rank: 3,
    nameVi: 'Cấp khu vực',
    nameEn: 'Region',
    organiser: 'agency',
    councilSize: {
      min: 9,
      max: 11,
      odd: true,
      citation: councilCitation('Cấp khu vực: 09 hoặc 11 thành viên.'),
    },
  },
  nation: {
    level: 'nation',
    rank: 4,
    nameVi: 'Cấp quốc gia',
    nameEn: 'National',
    organiser: 'agency',
    councilSize: {
      min: 11,
      max: 13,
      odd: true,
      citation: councilCitation('Cấp quốc gia: 11 hoặc 13 thành viên.'),
    },
  },
};

export const groupRules: readonly {
  code: ProductGroup;
  nameVi: string;
  nameEn: string;
  citation: Citation;
}[] = [
  {
    code: 'handicraft',
    nameVi: 'Thủ công mỹ nghệ',
    nameEn: 'Handicrafts',
    citation: { document: TT26, article: '5' },
  },
  {
    code: 'processed_food',
    nameVi: 'Chế biến nông, lâm, thủy sản và thực phẩm',
    nameEn: 'Processed agro-forestry-fishery products and food',
    citation: { document: TT26, article: '5' },
  },
  {
    code: 'machinery',
    nameVi: 'Thiết bị, máy móc, dụng cụ và phụ tùng cơ khí',
    nameEn: 'Machinery, tools and mechanical parts',
    citation: { document: TT26, article: '5' },
  },
  {
    code: 'other',
    nameVi: 'Sản phẩm khác',
    nameEn: 'Other products',
    citation: { document: TT26, article: '5' },
  },
];

export type Criterion = { code: string; nameVi: string; nameEn: string; max: number };
export type ScoreSheet = {
  version: string;
  nameVi: string;
  total: number;
  criteria: readonly Criterion[];
  citation: Citation;
};

/**
 * The 100-point sheet: four criteria with their maxima. The detailed sub-criteria of the annex
 * (Phụ lục) were NOT retrieved, so the sheet is scored per criterion only; none are invented.
 */
export const scoreSheets: readonly ScoreSheet[] = [
  {
    version: 'tt26-2014-tt14-2018',
    nameVi: 'Phiếu chấm điểm 100 điểm (4 nhóm tiêu chí)',
    total: 100,
    criteria: [
      {
        code: 'market',
        nameVi: 'Phù hợp thị trường và khả năng phát triển',
        nameEn: 'Market fit and growth',
        max: 40,
      },
      {
        code: 'economic',
        nameVi: 'Hiệu quả kinh tế – kỹ thuật – xã hội – môi trường',
        nameEn: 'Economic, technical, social and environmental value',
        max: 40,
      },
      { code: 'culture', nameVi: 'Tính văn hóa, thẩm mỹ', nameEn: 'Culture and aesthetics', max: 10 },
      { code: 'other', nameVi: 'Tiêu chí khác', nameEn: 'Other', max: 10 },
    ],
    citation: {
      document: TT26,
      article: '7',
      note: `Tiêu chí bình chọn và mẫu phiếu chấm điểm (Phụ lục), ${amended}; điểm tối đa 40/40/10/10 theo mẫu phiếu (luatminhkhue.vn; baothainguyen.vn 2023). Các tiêu chí chi tiết của Phụ lục chưa được đọc nên không mô hình hóa.`,
    },
  },
];

export const passThreshold = {
  points: 70,
  citation: {
    document: TT26,
    article: '17',
    note: `Sản phẩm được công nhận khi điểm trung bình đạt từ 70 điểm trở lên ([PD] Điều 8–21); ${amended}. Khoản cụ thể chưa ghi nhận.`,
  } satisfies Citation,
};

export const certificateValidity = {
  /** The recognition year is year 1, so the certificate runs to 31/12 of (recognition year + 2). */
  years: 3,
  citation: {
    document: TT26,
    article: '17',
    note: 'Giấy chứng nhận có giá trị đến ngày 31/12 của năm thứ ba; năm công nhận (năm của quyết định) được tính là năm thứ nhất.',
  } satisfies Citation,
};

export const levelChain = {
  citation: {
    document: TT26,
    article: '12',
    note: 'Sản phẩm tham gia cấp trên phải có Giấy chứng nhận cấp liền dưới còn hiệu lực ([PD] Điều 8–21: "a certificate at one level is required to enter the next level"). Điều khoản lấy theo mục lục (Hồ sơ đăng ký bình chọn).',
  } satisfies Citation,
};

export const complaintRules = {
  /** Working days (Monday–Friday) after the results are announced. Public holidays are not modelled. */
  fileWithinWorkingDays: 15,
  answerWithinWorkingDays: 10,
  citation: {
    document: TT26,
    article: '20',
    note: 'Khiếu nại trong 15 ngày làm việc kể từ ngày công bố kết quả; trả lời trong 10 ngày làm việc. Ngày làm việc: thứ Hai–thứ Sáu; ngày lễ, Tết chưa được mô hình hóa.',
  } satisfies Citation,
};

export const quorumRule = {
  /**
   * Share of the eligible (non-conflicted) members whose sheets an entry needs before its average counts,
   * rounded up: 66% gives exactly ⌈2n/3⌉ for councils of up to 50 members (5 → 4, 7 → 5, 9 → 6, 11 → 8, 13 → 9).
   */
  percent: 66,
  citation: {
    document: TT26,
    article: '11',
    note: 'Văn bản đã đọc chỉ quy định Ban Giám khảo có số thành viên lẻ. Tỷ lệ tối thiểu 2/3 số thành viên không xung đột lợi ích (66%, làm tròn lên) là quy ước của hệ thống theo thông lệ hội đồng, mỗi đợt có thể đặt lại.',
  } satisfies Citation,
};

export const tieRule = {
  citation: {
    document: TT26,
    article: '16',
    note: 'Văn bản đã đọc không quy định cách xử lý đồng điểm. Hệ thống xếp đồng hạng (1, 2, 2, 4) theo điểm trung bình làm tròn 2 chữ số và đánh dấu để Hội đồng quyết định.',
  } satisfies Citation,
};

/** Award caps per recognised product (national funds), TTLT 26/2014 Art 6; TT 28/2018 values not seen. */
export const awardCaps: Partial<Record<ProductLevel, { capVnd: bigint; citation: Citation }>> = {
  region: {
    capVnd: 5_000_000n,
    citation: {
      document: TTLT26,
      article: '6',
      note: 'Thưởng sản phẩm đạt giải cấp khu vực tối đa 5 triệu đồng/sản phẩm.',
    },
  },
  nation: {
    capVnd: 10_000_000n,
    citation: {
      document: TTLT26,
      article: '6',
      note: 'Thưởng sản phẩm đạt giải cấp quốc gia tối đa 10 triệu đồng/sản phẩm.',
    },
  },
};

export const entryRules = {
  citation: {
    document: TT26,
    article: '4',
    note: 'Sản phẩm hoặc bộ sản phẩm do chính cơ sở sản xuất, không sao chép, có khả năng sản xuất hàng loạt.',
  } satisfies Citation,
};
