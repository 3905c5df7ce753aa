import type { Authority, ChangeKind } from '../../../../shared/schemas/contracts-monitoring.ts';
import type { Citation } from '../../../../shared/schemas/rules.ts';

/**
 * Regulation as data for the implementation stage. Each row carries the text it comes from; what the texts
 * do not say is written down as an assumption (see docs/contracts.md).
 */
const TT36 = 'TT 36/2013/TT-BCT';
const art11: Citation = { document: TT36, article: '11' };
const localProcedure: Citation = {
  document: 'NĐ 45/2012/NĐ-CP; TT 46/2012/TT-BCT',
  article: '2; 8',
  note: 'Kế hoạch khuyến công địa phương do UBND tỉnh phê duyệt theo quy trình của tỉnh; Sở Công Thương trình và ghi nhận quyết định.',
};

type MatrixRow = {
  kind: ChangeKind;
  /** Who decides for a national scheme (KCQG). */
  national: Authority;
  /** For a national group scheme (đề án nhóm), when it differs: the department fixes sites and beneficiaries. */
  nationalGroup?: Authority;
  citation: Citation;
};

/** §4 point 12 (TT 36/2013 Art 11): who approves each kind of change of a national scheme. */
export const authorityMatrix: readonly MatrixRow[] = [
  {
    kind: 'funding_increase',
    national: 'ministry',
    citation: { ...art11, note: 'Bộ phê duyệt tăng kinh phí' },
  },
  {
    kind: 'funding_decrease',
    national: 'agency',
    citation: { ...art11, note: 'Cục phê duyệt điều chỉnh không làm tăng kinh phí' },
  },
  { kind: 'content', national: 'ministry', citation: { ...art11, note: 'Bộ phê duyệt thay đổi nội dung' } },
  { kind: 'addition', national: 'ministry', citation: { ...art11, note: 'Bộ phê duyệt bổ sung' } },
  {
    kind: 'site',
    national: 'agency',
    nationalGroup: 'department',
    citation: { ...art11, note: 'Cục: địa điểm; Sở Công Thương: đề án nhóm (Điều 10.1a, 21.2a, 23.3)' },
  },
  {
    kind: 'beneficiary',
    national: 'agency',
    nationalGroup: 'department',
    citation: {
      ...art11,
      note: 'Cục: đơn vị thụ hưởng; Sở Công Thương: đề án nhóm (Điều 10.1a, 21.2a, 23.3)',
    },
  },
  {
    kind: 'partner',
    national: 'agency',
    citation: { ...art11, note: 'Cục phê duyệt thay đổi đơn vị phối hợp' },
  },
  {
    kind: 'timing',
    national: 'agency',
    citation: { ...art11, note: 'Cục phê duyệt điều chỉnh thời gian trong năm' },
  },
  {
    kind: 'extension',
    national: 'ministry',
    citation: { ...art11, note: 'Bộ phê duyệt gia hạn sang năm sau' },
  },
  { kind: 'stop', national: 'ministry', citation: { ...art11, note: 'Bộ phê duyệt ngừng thực hiện đề án' } },
];

const rank: Record<Authority, number> = { department: 1, agency: 2, ministry: 3 };

/**
 * The authority that decides a request: for a local scheme the province (its department records the
 * People's Committee's decision); for a national one the highest authority any of its kinds needs.
 */
export function authorityFor(
  kinds: readonly ChangeKind[],
  scheme: { level: 'national' | 'local'; kind: string },
): { authority: Authority; citation: Citation } {
  if (scheme.level === 'local') return { authority: 'department', citation: localProcedure };
  let best: { authority: Authority; citation: Citation } | null = null;
  for (const k of kinds) {
    const row = authorityMatrix.find((r) => r.kind === k)!;
    const a = scheme.kind === 'group' && row.nationalGroup ? row.nationalGroup : row.national;
    if (!best || rank[a] > rank[best.authority]) best = { authority: a, citation: row.citation };
  }
  return best!;
}

/** Acceptance evidence per activity content (§4 point 13, TT 36/2013 Art 14), checked at acceptance. */
export const evidenceRequirements: readonly {
  code: string;
  contentCodes: string[];
  nameVi: string;
  citation: Citation;
}[] = [
  {
    code: 'trainee_list',
    contentCodes: ['ND45-1', 'ND45-2'],
    nameVi: 'Danh sách học viên có ký nhận',
    citation: { document: TT36, article: '14' },
  },
  {
    code: 'equipment_contract',
    contentCodes: ['ND45-3'],
    nameVi: 'Hợp đồng mua máy móc, thiết bị',
    citation: { document: TT36, article: '14' },
  },
  {
    code: 'equipment_acceptance',
    contentCodes: ['ND45-3'],
    nameVi: 'Biên bản nghiệm thu, bàn giao máy móc, thiết bị',
    citation: { document: TT36, article: '14' },
  },
  {
    code: 'equipment_liquidation',
    contentCodes: ['ND45-3'],
    nameVi: 'Biên bản thanh lý hợp đồng mua máy móc, thiết bị',
    citation: { document: TT36, article: '14' },
  },
  {
    code: 'trademark_certificate',
    contentCodes: ['ND45-4'],
    nameVi: 'Giấy chứng nhận đăng ký nhãn hiệu (hoặc đơn đăng ký đã được chấp nhận)',
    citation: { document: TT36, article: '14' },
  },
  {
    code: 'consulting_report',
    contentCodes: ['ND45-5'],
    nameVi: 'Báo cáo kết quả tư vấn có xác nhận của cơ sở được tư vấn',
    citation: {
      document: TT36,
      article: '14',
      note: 'Giả định: hồ sơ tư vấn theo Mẫu 5 (chưa đối chiếu chi tiết)',
    },
  },
  {
    code: 'publication_copy',
    contentCodes: ['ND45-6'],
    nameVi: 'Bản lưu sản phẩm thông tin, tuyên truyền (ấn phẩm, phóng sự)',
    citation: { document: TT36, article: '14', note: 'Giả định: chưa đối chiếu chi tiết' },
  },
];

export const requiredEvidence = (contentCodes: readonly string[]) =>
  evidenceRequirements.filter((r) =>
    r.contentCodes.some((c) => contentCodes.some((x) => x === c || x.startsWith(`${c}.`))),
  );

/** Early-warning thresholds (no regulation sets them: the agency's working rules, adjustable here). */
export const riskThresholds = {
  /** A contract not signed this many days after assignment. */
  unsignedDays: 30,
  /** Progress behind the linear schedule by more than this many points. */
  behindPoints: 25,
  /** Reported spending off reported progress by more than this many points. */
  spendingGapPoints: 30,
  /** Warn this many days before the settlement deadline. */
  settlementWarnDays: 30,
  /** Monthly reports (Mẫu 3a/3b, TT 36/2013/TT-BCT) are due before the 25th of the month. */
  reportDay: 25,
} as const;

/** Contract liquidation and settlement by 22 January of the year after the plan year (§4 point 14). */
export const settlementDeadline = (planYear: number) => `${planYear + 1}-01-22`;
export const settlementCitation: Citation = {
  document: TT36,
  note: 'hồ sơ trong 15 ngày sau nghiệm thu; thanh lý, quyết toán trước 22/01 năm sau (Mẫu 6, 7, 10)',
};
