import { z } from 'zod';
import { IsoDate } from './calls.ts';
import { ListQueryBase, OptText, ProvinceCode, Text } from './common.ts';

type Label = { vi: string; en: string };

/** Money in reports: integer đồng as a string (bigint-safe in JSON); may be negative only in a diff. */
export const Dong = z.string().regex(/^-?\d{1,18}$/, 'Số tiền là số nguyên đồng.');

// ── Periods ─────────────────────────────────────────────────────────────────────────────────────
export const periodKinds = ['month', 'quarter', 'half', 'year'] as const;
export const PeriodKind = z.enum(periodKinds);
export type PeriodKind = z.infer<typeof PeriodKind>;
export const periodKindLabels: Record<PeriodKind, Label> = {
  month: { vi: 'Tháng', en: 'Month' },
  quarter: { vi: 'Quý', en: 'Quarter' },
  half: { vi: '6 tháng', en: 'Half-year' },
  year: { vi: 'Năm', en: 'Year' },
};
/** How many periods of a kind a year has. */
export const periodCount: Record<PeriodKind, number> = { month: 12, quarter: 4, half: 2, year: 1 };

export const Period = z.object({
  kind: PeriodKind,
  year: z.number().int(),
  index: z.number().int(),
  from: IsoDate,
  to: IsoDate,
});
export type Period = z.infer<typeof Period>;

// ── Figures ─────────────────────────────────────────────────────────────────────────────────────
/**
 * One row of a report: schemes of the plan year in scope and their money, cumulative to the end of the
 * period (disbursedInPeriod: within the period only). State support only, except `counterpart`.
 */
export const ReportFigures = z.object({
  schemes: z.number().int(),
  planned: Dong,
  assigned: Dong,
  contracted: Dong,
  contractedSchemes: z.number().int(),
  disbursed: Dong,
  disbursedInPeriod: Dong,
  accepted: Dong,
  acceptedSchemes: z.number().int(),
  settled: Dong,
  settledSchemes: z.number().int(),
  counterpart: Dong,
  stoppedSchemes: z.number().int(),
  stoppedValue: Dong,
});
export type ReportFigures = z.infer<typeof ReportFigures>;
export const figureKeys = Object.keys(ReportFigures.shape) as (keyof ReportFigures)[];
export const figureLabels: Record<keyof ReportFigures, Label> = {
  schemes: { vi: 'Số đề án', en: 'Schemes' },
  planned: { vi: 'Kế hoạch (phê duyệt)', en: 'Planned (approved)' },
  assigned: { vi: 'Đã giao', en: 'Assigned' },
  contracted: { vi: 'Đã ký hợp đồng', en: 'Contracted' },
  contractedSchemes: { vi: 'Số đề án đã ký hợp đồng', en: 'Schemes contracted' },
  disbursed: { vi: 'Đã giải ngân (lũy kế)', en: 'Disbursed (to date)' },
  disbursedInPeriod: { vi: 'Giải ngân trong kỳ', en: 'Disbursed in the period' },
  accepted: { vi: 'Đã nghiệm thu', en: 'Accepted' },
  acceptedSchemes: { vi: 'Số đề án đã nghiệm thu', en: 'Schemes accepted' },
  settled: { vi: 'Đã quyết toán', en: 'Settled' },
  settledSchemes: { vi: 'Số đề án đã quyết toán', en: 'Schemes settled' },
  counterpart: { vi: 'Vốn đối ứng (đăng ký)', en: 'Counterpart (committed)' },
  stoppedSchemes: { vi: 'Số đề án ngừng', en: 'Schemes stopped' },
  stoppedValue: { vi: 'Kinh phí đề án ngừng', en: 'Funds of stopped schemes' },
};
/** Which figures are counts (the rest are money). */
export const countFigures = new Set<keyof ReportFigures>([
  'schemes',
  'contractedSchemes',
  'acceptedSchemes',
  'settledSchemes',
  'stoppedSchemes',
]);

export const ReportRow = ReportFigures.extend({ key: z.string(), label: z.string() });
export type ReportRow = z.infer<typeof ReportRow>;

/** What the money produced (defined once in server/src/modules/reports/report.outputs.ts). */
export const ReportOutputs = z.object({
  models: z.number().int(),
  machines: z.number(),
  trainees: z.number(),
  establishments: z.number().int(),
  productsRecognised: z.number().int(),
});
export type ReportOutputs = z.infer<typeof ReportOutputs>;
export const outputLabels: Record<keyof ReportOutputs, Label> = {
  models: { vi: 'Mô hình trình diễn đã xây dựng', en: 'Demonstration models built' },
  machines: { vi: 'Máy móc, dây chuyền được hỗ trợ ứng dụng', en: 'Machines and lines applied' },
  trainees: { vi: 'Lượt người được đào tạo, tập huấn', en: 'People trained' },
  establishments: { vi: 'Cơ sở CNNT được hỗ trợ', en: 'Establishments supported' },
  productsRecognised: { vi: 'Sản phẩm CNNT tiêu biểu được công nhận', en: 'Typical products recognised' },
};

export const reportSections = ['byProvince', 'byContent', 'byIndustry', 'bySource', 'byOldProvince'] as const;
export const ReportSection = z.enum(reportSections);
export type ReportSection = z.infer<typeof ReportSection>;
export const sectionLabels: Record<ReportSection, Label> = {
  byProvince: { vi: 'Theo tỉnh, thành phố', en: 'By province' },
  byContent: { vi: 'Theo nội dung hoạt động', en: 'By activity content' },
  byIndustry: { vi: 'Theo ngành nghề', en: 'By industry' },
  bySource: { vi: 'Theo nguồn kinh phí', en: 'By funding source' },
  byOldProvince: { vi: 'Theo tỉnh cũ (trước 01/07/2025)', en: 'By former province (before 1 July 2025)' },
};

export const ReportData = z.object({
  computedAt: z.string(),
  period: Period,
  scope: z.object({ provinceCode: z.string().nullable(), name: z.string() }),
  totals: ReportFigures,
  byProvince: z.array(ReportRow),
  byContent: z.array(ReportRow),
  byIndustry: z.array(ReportRow),
  bySource: z.array(ReportRow),
  byOldProvince: z.array(ReportRow).optional(),
  outputs: ReportOutputs,
  /** A consolidation: provinces whose report for the period was not submitted. */
  missingProvinces: z.array(z.object({ code: z.string(), name: z.string() })).optional(),
});
export type ReportData = z.infer<typeof ReportData>;

export const ReportChange = z.object({
  section: z.string(),
  key: z.string(),
  label: z.string(),
  figure: z.string(),
  before: z.string(),
  after: z.string(),
});
export const ReportDiff = z.object({
  againstId: z.uuid(),
  againstVersion: z.number().int(),
  changes: z.array(ReportChange),
});
export type ReportDiff = z.infer<typeof ReportDiff>;

// ── Requests and responses ──────────────────────────────────────────────────────────────────────
export const reportKinds = ['periodic', 'consolidated'] as const;
export const ReportKind = z.enum(reportKinds);
export type ReportKind = z.infer<typeof ReportKind>;
export const reportStates = ['generating', 'draft', 'failed', 'submitted', 'superseded'] as const;
export const ReportState = z.enum(reportStates);
export type ReportState = z.infer<typeof ReportState>;
export const reportStateLabels: Record<ReportState, Label> = {
  generating: { vi: 'Đang tổng hợp số liệu', en: 'Generating' },
  draft: { vi: 'Dự thảo', en: 'Draft' },
  failed: { vi: 'Lỗi khi tổng hợp', en: 'Failed' },
  submitted: { vi: 'Đã gửi (đã chốt số liệu)', en: 'Submitted (frozen)' },
  superseded: { vi: 'Đã thay thế bằng phiên bản mới', en: 'Superseded' },
};

export const CreateReportInput = z.strictObject({
  kind: ReportKind.default('periodic'),
  /** A province's report; absent for the nation (the agency only). */
  provinceCode: ProvinceCode.optional(),
  periodKind: PeriodKind,
  periodYear: z.number().int().min(2010).max(2100),
  periodIndex: z.number().int().min(1).max(12).default(1),
  byOldProvinces: z.boolean().default(false),
  number: OptText(60),
  signerName: OptText(120),
});
export type CreateReportInput = z.infer<typeof CreateReportInput>;

export const SubmitReportInput = z.strictObject({
  version: z.number().int().min(1),
  number: Text(60),
  issuedDate: IsoDate,
  signerName: Text(120),
});
export type SubmitReportInput = z.infer<typeof SubmitReportInput>;

export const NewVersionInput = z.strictObject({ version: z.number().int().min(1), reason: Text(500) });

export const ReportListQuery = ListQueryBase.extend({
  kind: ReportKind.optional(),
  provinceCode: ProvinceCode.optional(),
  periodYear: z.coerce.number().int().min(2010).max(2100).optional(),
  periodKind: PeriodKind.optional(),
  state: ReportState.optional(),
});
export type ReportListQuery = z.infer<typeof ReportListQuery>;

export const ReportSummaryDto = z.object({
  id: z.uuid(),
  kind: ReportKind,
  provinceCode: z.string().nullable(),
  scopeName: z.string(),
  period: Period,
  periodLabel: z.string(),
  version: z.number().int(),
  state: ReportState,
  title: z.string(),
  number: z.string().nullable(),
  issuedDate: z.string().nullable(),
  issuerName: z.string(),
  submittedAt: z.string().nullable(),
  createdAt: z.string(),
  rowVersion: z.number().int(),
  jobId: z.uuid().nullable(),
});
export type ReportSummaryDto = z.infer<typeof ReportSummaryDto>;

export const ReportDto = ReportSummaryDto.extend({
  signerName: z.string().nullable(),
  byOldProvinces: z.boolean(),
  data: ReportData.nullable(),
  diff: ReportDiff.nullable(),
  error: z.string().nullable(),
  supersedesId: z.uuid().nullable(),
  sources: z.array(z.object({ reportId: z.uuid(), provinceCode: z.string(), version: z.number().int() })),
  versions: z.array(z.object({ id: z.uuid(), version: z.number().int(), state: ReportState })),
  abilities: z.object({
    submit: z.boolean(),
    newVersion: z.boolean(),
    regenerate: z.boolean(),
  }),
});
export type ReportDto = z.infer<typeof ReportDto>;

/** The agency's view of a period: which provinces submitted and which did not. */
export const SubmissionStatusDto = z.object({
  period: Period,
  provinces: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      reportId: z.uuid().nullable(),
      version: z.number().int().nullable(),
      state: ReportState.nullable(),
      submittedAt: z.string().nullable(),
    }),
  ),
  consolidation: ReportSummaryDto.nullable(),
});
export type SubmissionStatusDto = z.infer<typeof SubmissionStatusDto>;
