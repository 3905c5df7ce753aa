import { z } from 'zod';
import { IsoDate } from './calls.ts';
import { ListQueryBase, OptText, ProvinceCode, Text } from './common.ts';
import { DocumentRef, MoneySource, SourceBalance } from './contracts.ts';
import { Citation, SchemeLevel, VndString } from './rules.ts';

type Label = { vi: string; en: string };
const Period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Kỳ báo cáo theo dạng yyyy-mm.');

// ── Progress reports (Mẫu 3a/3b, monthly before the 25th) ─────────────────────────────────────────
export const ProgressReportInput = z.strictObject({
  period: Period,
  reportDate: IsoDate,
  workDone: Text(4000),
  overallPercent: z.number().int().min(0).max(100),
  contents: z
    .array(z.strictObject({ contentCode: Text(30), percent: z.number().int().min(0).max(100) }))
    .max(20)
    .default([]),
  /** Spent so far of the contracted support (cumulative), compared with progress by the at-risk list. */
  spent: VndString,
  problems: OptText(4000),
  documents: z.array(DocumentRef).max(30).default([]),
});
export type ProgressReportInput = z.infer<typeof ProgressReportInput>;
export const ProgressReportDto = z.object({
  id: z.uuid(),
  period: z.string(),
  reportDate: z.string(),
  late: z.boolean(),
  workDone: z.string(),
  overallPercent: z.number().int(),
  contents: z.array(z.object({ contentCode: z.string(), percent: z.number().int() })),
  spent: z.string(),
  problems: z.string().nullable(),
  documents: z.array(DocumentRef),
  createdByName: z.string(),
  createdAt: z.string(),
});
export type ProgressReportDto = z.infer<typeof ProgressReportDto>;

// ── Inspections (kiểm tra, giám sát) ─────────────────────────────────────────────────────────────
export const InspectionRating = z.enum(['on_track', 'minor_issues', 'serious_issues']);
export type InspectionRating = z.infer<typeof InspectionRating>;
export const inspectionRatingLabels: Record<InspectionRating, Label> = {
  on_track: { vi: 'Đúng tiến độ, nội dung', en: 'On track' },
  minor_issues: { vi: 'Có tồn tại cần khắc phục', en: 'Minor issues' },
  serious_issues: { vi: 'Vi phạm nghiêm trọng', en: 'Serious issues' },
};
export const InspectionInput = z.strictObject({
  date: IsoDate,
  inspectors: Text(500),
  findings: Text(4000),
  rating: InspectionRating,
  recommendations: OptText(4000),
  documents: z.array(DocumentRef).max(30).default([]),
});
export type InspectionInput = z.infer<typeof InspectionInput>;
export const InspectionDto = InspectionInput.extend({
  id: z.uuid(),
  organisationName: z.string(),
  recommendations: z.string().nullable(),
  createdByName: z.string(),
  createdAt: z.string(),
});
export type InspectionDto = z.infer<typeof InspectionDto>;

// ── At-risk list (cảnh báo sớm) ──────────────────────────────────────────────────────────────────
export const riskCodes = [
  'not_signed',
  'behind_schedule',
  'late_report',
  'spending_off',
  'settlement_due',
  'settlement_overdue',
] as const;
export const RiskCode = z.enum(riskCodes);
export type RiskCode = z.infer<typeof RiskCode>;
export const AtRiskQuery = ListQueryBase.extend({
  planYear: z.coerce.number().int().min(2000).max(2100).optional(),
  level: SchemeLevel.optional(),
  provinceCode: ProvinceCode.optional(),
  reason: RiskCode.optional(),
  /** The day the list is computed for (tests and "as of" views); today in Vietnam by default. */
  asOf: IsoDate.optional(),
});
export type AtRiskQuery = z.infer<typeof AtRiskQuery>;
export const AtRiskItemDto = z.object({
  contractId: z.uuid(),
  schemeId: z.uuid(),
  schemeCode: z.string(),
  schemeTitle: z.string(),
  planYear: z.number().int(),
  level: SchemeLevel,
  provinceCode: z.string(),
  implementerName: z.string(),
  contractState: z.string(),
  reasons: z.array(z.object({ code: RiskCode, message: z.string() })),
});
export type AtRiskItemDto = z.infer<typeof AtRiskItemDto>;

// ── Change requests (điều chỉnh, bổ sung, gia hạn, ngừng) ────────────────────────────────────────
export const changeKinds = [
  'funding_increase',
  'funding_decrease',
  'content',
  'addition',
  'site',
  'beneficiary',
  'partner',
  'timing',
  'extension',
  'stop',
] as const;
export const ChangeKind = z.enum(changeKinds);
export type ChangeKind = z.infer<typeof ChangeKind>;
export const changeKindLabels: Record<ChangeKind, Label> = {
  funding_increase: { vi: 'Tăng kinh phí', en: 'Funding increase' },
  funding_decrease: { vi: 'Giảm kinh phí', en: 'Funding decrease' },
  content: { vi: 'Thay đổi nội dung', en: 'Content change' },
  addition: { vi: 'Bổ sung đề án/nội dung', en: 'Addition' },
  site: { vi: 'Thay đổi địa điểm', en: 'Site change' },
  beneficiary: { vi: 'Thay đổi đơn vị thụ hưởng', en: 'Beneficiary change' },
  partner: { vi: 'Thay đổi đơn vị phối hợp', en: 'Partner change' },
  timing: { vi: 'Điều chỉnh thời gian trong năm', en: 'Timing within the year' },
  extension: { vi: 'Gia hạn sang năm sau', en: 'Extension into next year' },
  stop: { vi: 'Ngừng thực hiện', en: 'Stop' },
};
export const Authority = z.enum(['ministry', 'agency', 'department']);
export type Authority = z.infer<typeof Authority>;
export const authorityLabels: Record<Authority, Label> = {
  ministry: { vi: 'Bộ Công Thương', en: 'The Ministry' },
  agency: { vi: 'Cục Công Thương địa phương', en: 'The agency' },
  department: { vi: 'Sở Công Thương', en: 'The department' },
};
export const ChangeState = z.enum(['submitted', 'approved', 'rejected', 'withdrawn']);
export type ChangeState = z.infer<typeof ChangeState>;
export const changeStateLabels: Record<ChangeState, Label> = {
  submitted: { vi: 'Chờ quyết định', en: 'Awaiting decision' },
  approved: { vi: 'Đã chấp thuận', en: 'Approved' },
  rejected: { vi: 'Không chấp thuận', en: 'Rejected' },
  withdrawn: { vi: 'Đã rút', en: 'Withdrawn' },
};

/** What the change does to the scheme record (applied on approval, as a new scheme version). */
export const SchemeChanges = z.strictObject({
  title: Text(500).optional(),
  contentCodes: z.array(z.string().max(30)).min(1).max(20).optional(),
  locationUnitId: z.number().int().positive().nullish(),
  address: OptText(500),
  beneficiaryIds: z.array(z.uuid()).max(200).optional(),
  partners: z
    .array(z.strictObject({ organisationId: z.uuid().nullish(), name: Text(300), role: OptText(300) }))
    .max(50)
    .optional(),
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
});
export type SchemeChanges = z.infer<typeof SchemeChanges>;

export const ChangeRequestInput = z.strictObject({
  kinds: z.array(ChangeKind).min(1).max(10),
  reason: Text(4000),
  /** For a funding increase or decrease: the change of the contracted support, in đồng. */
  amount: VndString.optional(),
  changes: SchemeChanges.default({}),
  documents: z.array(DocumentRef).max(30).default([]),
  /** The scheme version the request was written against. */
  schemeVersion: z.number().int().min(1),
});
export type ChangeRequestInput = z.infer<typeof ChangeRequestInput>;
export const ChangeDecisionInput = z.strictObject({
  decision: z.enum(['approve', 'reject']),
  version: z.number().int().min(1),
  decisionNumber: OptText(60),
  note: OptText(2000),
});
export type ChangeDecisionInput = z.infer<typeof ChangeDecisionInput>;
export const ChangeRequestDto = z.object({
  id: z.uuid(),
  contractId: z.uuid().nullable(),
  schemeId: z.uuid(),
  schemeCode: z.string(),
  schemeTitle: z.string(),
  level: SchemeLevel,
  provinceCode: z.string(),
  kinds: z.array(ChangeKind),
  reason: z.string(),
  amount: z.string().nullable(),
  changes: z.record(z.string(), z.unknown()),
  documents: z.array(DocumentRef),
  schemeVersion: z.number().int(),
  authority: Authority,
  authorityCitation: Citation,
  state: ChangeState,
  requestedByName: z.string(),
  requestedAt: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  decisionNote: z.string().nullable(),
  released: z.string().nullable(),
  version: z.number().int(),
  abilities: z.record(z.string(), z.boolean()),
});
export type ChangeRequestDto = z.infer<typeof ChangeRequestDto>;
export const ChangeInboxQuery = ListQueryBase.extend({
  state: ChangeState.optional(),
  mine: z.enum(['decide', 'all']).default('decide'),
});
export type ChangeInboxQuery = z.infer<typeof ChangeInboxQuery>;

// ── Acceptance (nghiệm thu, Mẫu 5a/5b/5c) and settlement (quyết toán, Mẫu 7) ─────────────────────
export const AcceptanceInput = z.strictObject({
  date: IsoDate,
  minutesNumber: Text(60),
  members: Text(2000),
  acceptedAmount: VndString,
  conclusion: Text(4000),
  evidence: z.array(z.strictObject({ code: Text(60), reference: Text(300) })).max(50),
  /** The minutes and the evidence as files (scans, photos) uploaded to the contract. */
  documents: z.array(DocumentRef).max(30).default([]),
  contractVersion: z.number().int().min(1),
});
export type AcceptanceInput = z.infer<typeof AcceptanceInput>;
export const EvidenceRequirement = z.object({
  code: z.string(),
  contentCodes: z.array(z.string()),
  nameVi: z.string(),
  citation: Citation,
});
export const AcceptanceDto = z.object({
  id: z.uuid(),
  date: z.string(),
  minutesNumber: z.string(),
  members: z.string(),
  acceptedAmount: z.string(),
  conclusion: z.string(),
  evidence: z.array(z.object({ code: z.string(), reference: z.string() })),
  documents: z.array(DocumentRef),
  createdByName: z.string(),
});
export type AcceptanceDto = z.infer<typeof AcceptanceDto>;

export const SettlementInput = z.strictObject({
  date: IsoDate,
  number: Text(60),
  amounts: z
    .array(z.strictObject({ source: MoneySource, settled: VndString }))
    .min(1)
    .max(3),
  note: OptText(2000),
  documents: z.array(DocumentRef).max(30).default([]),
  contractVersion: z.number().int().min(1),
});
export type SettlementInput = z.infer<typeof SettlementInput>;
export const SettlementDto = z.object({
  id: z.uuid(),
  date: z.string(),
  number: z.string(),
  amounts: z.array(z.object({ source: MoneySource, settled: z.string() })),
  returned: z.string(),
  deadline: z.string(),
  late: z.boolean(),
  note: z.string().nullable(),
  documents: z.array(DocumentRef),
  createdByName: z.string(),
});
export type SettlementDto = z.infer<typeof SettlementDto>;

/** Everything after signing for one contract: the scheme money tab and the closing forms read this. */
export const ClosingDto = z.object({
  acceptance: AcceptanceDto.nullable(),
  settlement: SettlementDto.nullable(),
  requiredEvidence: z.array(EvidenceRequirement),
  settlementDeadline: z.string(),
  balances: z.array(SourceBalance),
});
export type ClosingDto = z.infer<typeof ClosingDto>;
