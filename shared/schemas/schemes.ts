import { z } from 'zod';
import { IsoDate } from './calls.ts';
import { ListQueryBase, OptText, ProvinceCode, Text } from './common.ts';
import { ComputeResult, FundingSource, SchemeLevel } from './rules.ts';

type Label = { vi: string; en: string };

export const schemeStates = [
  'draft',
  'submitted',
  'province_appraised',
  'registered',
  'agency_appraised',
  'approved',
  'returned',
  'rejected',
  'withdrawn',
  'assigned',
  'contracted',
  'implementing',
  'accepted',
  'settled',
  'stopped',
] as const;
export const SchemeState = z.enum(schemeStates);
export type SchemeState = z.infer<typeof SchemeState>;

export const schemeStateLabels: Record<SchemeState, Label> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  submitted: { vi: 'Đã nộp Sở Công Thương', en: 'Submitted to the department' },
  province_appraised: { vi: 'Đã thẩm định cấp cơ sở', en: 'Appraised by the province' },
  registered: { vi: 'Đã đăng ký với Cục', en: 'Registered with the agency' },
  agency_appraised: { vi: 'Đã thẩm định cấp Bộ', en: 'Appraised by the agency' },
  approved: { vi: 'Đã phê duyệt', en: 'Approved' },
  returned: { vi: 'Trả lại để chỉnh sửa', en: 'Returned for changes' },
  rejected: { vi: 'Không chấp thuận', en: 'Rejected' },
  withdrawn: { vi: 'Đã rút', en: 'Withdrawn' },
  assigned: { vi: 'Đã giao kế hoạch', en: 'Assigned' },
  contracted: { vi: 'Đã ký hợp đồng', en: 'Contracted' },
  implementing: { vi: 'Đang thực hiện', en: 'Implementing' },
  accepted: { vi: 'Đã nghiệm thu', en: 'Accepted' },
  settled: { vi: 'Đã quyết toán', en: 'Settled' },
  stopped: { vi: 'Đã ngừng thực hiện', en: 'Stopped' },
};

/** Steps after the appraisal fired by other modules' services (plans, contracts), on the same timeline. */
export const schemeLifecycleEvents = [
  'plan_approve',
  'assign',
  'sign_contract',
  'start',
  'accept',
  'settle',
  'stop',
  'amend',
] as const;
export const SchemeLifecycleEvent = z.enum(schemeLifecycleEvents);
export type SchemeLifecycleEvent = z.infer<typeof SchemeLifecycleEvent>;
export const schemeLifecycleLabels: Record<SchemeLifecycleEvent, Label> = {
  plan_approve: { vi: 'Phê duyệt trong kế hoạch', en: 'Approved in the plan' },
  assign: { vi: 'Giao kế hoạch, kinh phí', en: 'Assigned' },
  sign_contract: { vi: 'Ký hợp đồng', en: 'Contract signed' },
  start: { vi: 'Bắt đầu thực hiện', en: 'Implementation started' },
  accept: { vi: 'Nghiệm thu', en: 'Accepted' },
  settle: { vi: 'Quyết toán', en: 'Settled' },
  stop: { vi: 'Ngừng thực hiện', en: 'Stopped' },
  amend: { vi: 'Điều chỉnh đề án', en: 'Amended' },
};

export const schemeKinds = ['ordinary', 'point', 'group', 'product_support'] as const;
export const SchemeKind = z.enum(schemeKinds);
export type SchemeKind = z.infer<typeof SchemeKind>;

export const schemeKindLabels: Record<SchemeKind, Label> = {
  ordinary: { vi: 'Đề án thông thường', en: 'Ordinary scheme' },
  point: { vi: 'Đề án điểm', en: 'Point scheme' },
  group: { vi: 'Đề án nhóm', en: 'Group scheme' },
  product_support: {
    vi: 'Hỗ trợ cơ sở có sản phẩm CNNT tiêu biểu',
    en: 'Support for a typical-product establishment',
  },
};

export const schemeLevelLabels: Record<SchemeLevel, Label> = {
  national: { vi: 'Khuyến công quốc gia (KCQG)', en: 'National (KCQG)' },
  local: { vi: 'Khuyến công địa phương (KCĐP)', en: 'Local (KCĐP)' },
};

export const schemeActions = [
  'submit',
  'forward',
  'register',
  'appraise',
  'approve',
  'return',
  'reject',
  'withdraw',
] as const;
export const SchemeAction = z.enum(schemeActions);
export type SchemeAction = z.infer<typeof SchemeAction>;

/** What the reader may do with a scheme now: edit, attach, print, and each workflow action (fixed keys). */
const flags = Object.fromEntries(schemeActions.map((a) => [a, z.boolean()]));
export const SchemeAbilities = z
  .object({ update: z.boolean(), attach: z.boolean(), print: z.boolean() })
  .extend(flags as Record<SchemeAction, z.ZodBoolean>);
export type SchemeAbilities = z.infer<typeof SchemeAbilities>;

export const schemeActionLabels: Record<SchemeAction, Label> = {
  submit: { vi: 'Nộp đề án', en: 'Submit' },
  forward: { vi: 'Thẩm định cấp cơ sở, chuyển tiếp', en: 'Appraise and forward' },
  register: { vi: 'Đăng ký với Cục', en: 'Register with the agency' },
  appraise: { vi: 'Thẩm định cấp Bộ', en: 'Agency appraisal' },
  approve: { vi: 'Phê duyệt', en: 'Approve' },
  return: { vi: 'Trả lại để chỉnh sửa', en: 'Return for changes' },
  reject: { vi: 'Không chấp thuận', en: 'Reject' },
  withdraw: { vi: 'Rút đề án', en: 'Withdraw' },
};

/** A timeline step is either a workflow action or a lifecycle event. */
export const TimelineAction = z.union([SchemeAction, SchemeLifecycleEvent]);
export type TimelineAction = z.infer<typeof TimelineAction>;

export const attachmentKinds = ['survey_report', 'quotation', 'request_letter', 'other'] as const;
export const AttachmentKind = z.enum(attachmentKinds);
export type AttachmentKind = z.infer<typeof AttachmentKind>;
export const attachmentKindLabels: Record<AttachmentKind, Label> = {
  survey_report: { vi: 'Báo cáo khảo sát', en: 'Survey report' },
  quotation: { vi: 'Báo giá', en: 'Quotation' },
  request_letter: { vi: 'Văn bản đề nghị của đơn vị thụ hưởng', en: "Beneficiary's request letter" },
  other: { vi: 'Tài liệu khác', en: 'Other' },
};

/** Integer đồng as a decimal string (JSON numbers lose precision past 2^53). */
export const Money = z.string().refine((s) => /^\d{1,18}$/.test(s), {
  message: 'Số tiền phải là số nguyên đồng, không âm, không có dấu phân cách (ví dụ 150000000).',
});

export const CostLineInput = z.strictObject({
  /** The rules' support-item code (machinery, demo_model_new, …). */
  itemCode: z.string().trim().min(1).max(60),
  /** The activity content the line serves (ND45-3 …); must be one of the scheme's contents. */
  contentCode: z.string().trim().min(1).max(30),
  description: Text(500),
  unit: OptText(40),
  /** Up to three decimals (e.g. 1.5 tháng). */
  quantity: z
    .number()
    .positive()
    .max(1e9)
    .refine((q) => Math.abs(q * 1000 - Math.round(q * 1000)) < 1e-6, {
      message: 'Số lượng có tối đa 3 chữ số thập phân.',
    }),
  unitPrice: Money,
  total: Money,
  fundingSource: FundingSource,
});
export type CostLineInput = z.infer<typeof CostLineInput>;

export const MilestoneInput = z.strictObject({
  title: Text(300),
  dueDate: IsoDate,
  note: OptText(1000),
});
export type MilestoneInput = z.infer<typeof MilestoneInput>;

export const PartnerInput = z.strictObject({
  organisationId: z.uuid().nullish(),
  name: Text(300),
  role: OptText(300),
});
export type PartnerInput = z.infer<typeof PartnerInput>;

export const ContactInput = z.strictObject({
  name: Text(200),
  title: OptText(200),
  phone: OptText(40),
  email: z.email().max(254).nullish(),
});
export type ContactInput = z.infer<typeof ContactInput>;

const schemeFields = {
  planYear: z.number().int().min(2010).max(2100),
  level: SchemeLevel,
  kind: SchemeKind,
  title: Text(500),
  goals: OptText(5000),
  need: OptText(5000),
  scale: OptText(3000),
  organisation: OptText(3000),
  effects: OptText(3000),
  contentCodes: z.array(z.string().trim().min(1).max(30)).max(20).default([]),
  industryCodes: z.array(z.string().trim().min(1).max(30)).max(20).default([]),
  /** Today's province the scheme is carried out in (scoping, reports). */
  provinceCode: ProvinceCode,
  /** A commune (or district, before 2025) of either era, as entered. */
  locationUnitId: z.number().int().positive().nullish(),
  address: OptText(500),
  implementerOrgId: z.uuid(),
  beneficiaryIds: z.array(z.uuid()).max(200).default([]),
  /** Group schemes: beneficiaries and sites are fixed later by the department (TT 36/2013 Art 10.1a). */
  beneficiariesLater: z.boolean().default(false),
  partners: z.array(PartnerInput).max(20).default([]),
  startDate: IsoDate.nullish(),
  endDate: IsoDate.nullish(),
  milestones: z.array(MilestoneInput).max(50).default([]),
  valueChain: OptText(200),
  /** Priority area or industry (địa bàn, ngành nghề ưu tiên): the rule set's multiplier applies when it has one. */
  priorityArea: z.boolean().default(false),
  costLines: z.array(CostLineInput).max(300).default([]),
  /** The estimate's total as typed on the form; when given it must equal the sum of the lines. */
  costTotal: Money.nullish(),
  contacts: z.array(ContactInput).max(10).default([]),
};

export const SchemeInput = z.strictObject(schemeFields);
export type SchemeInput = z.infer<typeof SchemeInput>;

export const SchemeUpdateInput = z.strictObject({ ...schemeFields, version: z.number().int().min(1) });
export type SchemeUpdateInput = z.infer<typeof SchemeUpdateInput>;

/** What the form sends for the live computation (nothing is written). */
export const SupportPreviewInput = z.strictObject({
  planYear: schemeFields.planYear,
  level: SchemeLevel,
  provinceCode: ProvinceCode,
  startDate: IsoDate.nullish(),
  priorityArea: z.boolean().default(false),
  costLines: z.array(CostLineInput).min(1).max(300),
});
export type SupportPreviewInput = z.infer<typeof SupportPreviewInput>;

export const TransitionInput = z.strictObject({
  action: SchemeAction,
  version: z.number().int().min(1),
  comment: z.string().trim().max(2000).nullish(),
});
export type TransitionInput = z.infer<typeof TransitionInput>;

export const SupportSummary = z.object({
  ruleSetCode: z.string().nullable(),
  costTotal: z.string(),
  stateRequested: z.string(),
  stateAllowed: z.string(),
  counterpart: z.string(),
  violationCount: z.number().int(),
  blocking: z.boolean(),
});
export type SupportSummary = z.infer<typeof SupportSummary>;

const listFields = {
  id: z.uuid(),
  code: z.string(),
  planYear: z.number().int(),
  level: SchemeLevel,
  kind: SchemeKind,
  title: z.string(),
  state: SchemeState,
  provinceCode: z.string(),
  provinceName: z.string().nullable(),
  implementerOrgId: z.uuid(),
  implementerName: z.string(),
  valueChain: z.string().nullable(),
  contentCodes: z.array(z.string()),
  support: SupportSummary,
  stateChangedAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  abilities: SchemeAbilities,
};

export const SchemeListItemDto = z.object(listFields);
export type SchemeListItemDto = z.infer<typeof SchemeListItemDto>;

export const TimelineEntry = z.object({
  at: z.string(),
  kind: z.enum(['created', 'edited', 'transition']),
  action: TimelineAction.nullable(),
  fromState: SchemeState.nullable(),
  toState: SchemeState,
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  comment: z.string().nullable(),
  version: z.number().int(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const SchemeDto = z.object({
  ...listFields,
  goals: z.string().nullable(),
  need: z.string().nullable(),
  scale: z.string().nullable(),
  organisation: z.string().nullable(),
  effects: z.string().nullable(),
  industryCodes: z.array(z.string()),
  contents: z.array(z.object({ code: z.string(), name: z.string() })),
  location: z
    .object({
      unitId: z.number().int(),
      code: z.string(),
      name: z.string(),
      era: z.string(),
      provinceName: z.string().nullable(),
    })
    .nullable(),
  address: z.string().nullable(),
  ownerOrgId: z.uuid(),
  ownerName: z.string(),
  beneficiariesLater: z.boolean(),
  beneficiaries: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      code: z.string().nullable(),
      provinceCode: z.string().nullable(),
    }),
  ),
  partners: z.array(
    z.object({ organisationId: z.uuid().nullable(), name: z.string(), role: z.string().nullable() }),
  ),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  milestones: z.array(z.object({ title: z.string(), dueDate: z.string(), note: z.string().nullable() })),
  priorityArea: z.boolean(),
  costLines: z.array(
    z.object({
      ref: z.string(),
      itemCode: z.string(),
      contentCode: z.string(),
      description: z.string(),
      unit: z.string().nullable(),
      quantity: z.number(),
      unitPrice: z.string(),
      total: z.string(),
      fundingSource: FundingSource,
    }),
  ),
  contacts: z.array(
    z.object({
      name: z.string(),
      title: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
    }),
  ),
  attachments: z.array(
    z.object({
      id: z.uuid(),
      kind: AttachmentKind,
      name: z.string(),
      size: z.number().int(),
      createdAt: z.string(),
    }),
  ),
  supportDetail: ComputeResult.nullable(),
  call: z
    .object({
      id: z.uuid(),
      guidanceNumber: z.string(),
      guidanceDate: z.string(),
      submissionDeadline: z.string(),
      registrationDeadline: z.string().nullable(),
    })
    .nullable(),
  timeline: z.array(TimelineEntry),
  createdAt: z.string(),
});
export type SchemeDto = z.infer<typeof SchemeDto>;

export const schemeSorts = ['updatedAt', 'code', 'planYear', 'title', 'stateAllowed', 'costTotal'] as const;

export const SchemeListQuery = ListQueryBase.extend({
  planYear: z.coerce.number().int().min(2010).max(2100).optional(),
  level: SchemeLevel.optional(),
  kind: SchemeKind.optional(),
  provinceCode: ProvinceCode.optional(),
  contentCode: z.string().trim().max(30).optional(),
  /** One state or several, comma-separated (submitted,returned). */
  state: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((s) =>
      s
        ? s
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean)
        : undefined,
    )
    .pipe(z.array(SchemeState).max(schemeStates.length).optional()),
  implementerOrgId: z.uuid().optional(),
  /** Schemes that support this establishment (its page lists them). */
  beneficiaryId: z.uuid().optional(),
  valueChain: z.string().trim().max(200).optional(),
});
export type SchemeListQuery = z.infer<typeof SchemeListQuery>;
