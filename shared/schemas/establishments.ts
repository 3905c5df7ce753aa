import { z } from 'zod';
import { isValidRegistrationCode, normaliseRegistrationCode } from '../registration-code.ts';
import { ListQueryBase, OptText, ProvinceCode, Text } from './common.ts';
import { Abilities } from './identity.ts';

type Label = { vi: string; en: string };

/** NĐ 45/2012 Art 1.2 as amended by NĐ 235/2025: the kinds of rural industrial establishment. */
export const establishmentKinds = [
  'sme',
  'cooperative',
  'cooperative_group',
  'cooperative_union',
  'household',
] as const;
export const EstablishmentKind = z.enum(establishmentKinds);
export type EstablishmentKind = z.infer<typeof EstablishmentKind>;
export const establishmentKindLabels: Record<EstablishmentKind, Label> = {
  sme: { vi: 'Doanh nghiệp nhỏ và vừa', en: 'Small or medium enterprise' },
  cooperative: { vi: 'Hợp tác xã', en: 'Cooperative' },
  cooperative_group: { vi: 'Tổ hợp tác', en: 'Cooperative group' },
  cooperative_union: { vi: 'Liên hiệp hợp tác xã', en: 'Union of cooperatives' },
  household: { vi: 'Hộ kinh doanh', en: 'Household business' },
};

/** Annual revenue bands; 3, 50 and 200 billion đồng are the micro/small/medium limits of NĐ 80/2021 (industry). */
export const revenueBands = ['under_1b', '1b_3b', '3b_50b', '50b_200b', 'over_200b'] as const;
export const RevenueBand = z.enum(revenueBands);
export type RevenueBand = z.infer<typeof RevenueBand>;
export const revenueBandLabels: Record<RevenueBand, Label> = {
  under_1b: { vi: 'Dưới 1 tỷ đồng', en: 'Under 1 billion VND' },
  '1b_3b': { vi: 'Từ 1 đến 3 tỷ đồng', en: '1–3 billion VND' },
  '3b_50b': { vi: 'Trên 3 đến 50 tỷ đồng', en: '3–50 billion VND' },
  '50b_200b': { vi: 'Trên 50 đến 200 tỷ đồng', en: '50–200 billion VND' },
  over_200b: { vi: 'Trên 200 tỷ đồng', en: 'Over 200 billion VND' },
};

export const establishmentStatuses = ['active', 'suspended', 'closed'] as const;
export const EstablishmentStatus = z.enum(establishmentStatuses);
export type EstablishmentStatus = z.infer<typeof EstablishmentStatus>;
export const establishmentStatusLabels: Record<EstablishmentStatus, Label> = {
  active: { vi: 'Đang hoạt động', en: 'Active' },
  suspended: { vi: 'Tạm ngừng hoạt động', en: 'Suspended' },
  closed: { vi: 'Đã giải thể, ngừng hoạt động', en: 'Closed' },
};

export const eligibilityStatuses = ['eligible', 'not_eligible', 'undetermined'] as const;
export const EligibilityStatus = z.enum(eligibilityStatuses);
export type EligibilityStatus = z.infer<typeof EligibilityStatus>;
export const eligibilityStatusLabels: Record<EligibilityStatus, Label> = {
  eligible: { vi: 'Đủ điều kiện', en: 'Eligible' },
  not_eligible: { vi: 'Không đủ điều kiện', en: 'Not eligible' },
  undetermined: { vi: 'Cần xác minh', en: 'To be verified' },
};

export const CitationDto = z.object({
  document: z.string(),
  article: z.string().optional(),
  clause: z.string().optional(),
  point: z.string().optional(),
  note: z.string().optional(),
});
export type CitationDto = z.infer<typeof CitationDto>;

export const EligibilityDto = z.object({
  asOf: z.string(),
  status: EligibilityStatus,
  rule: z
    .object({
      code: z.string(),
      title: z.string(),
      effectiveFrom: z.string(),
      effectiveTo: z.string().nullable(),
    })
    .nullable(),
  reasons: z.array(z.object({ code: z.string(), message: z.string() })),
  citations: z.array(CitationDto),
});
export type EligibilityDto = z.infer<typeof EligibilityDto>;

export const RegistrationCode = z
  .string()
  .max(40)
  .transform(normaliseRegistrationCode)
  .refine((s) => s === '' || isValidRegistrationCode(s), {
    message:
      'Mã số thuế gồm 10 chữ số đúng chữ số kiểm tra (hoặc 10 số-3 số cho chi nhánh, 12 số định danh cá nhân); mã số hộ kinh doanh dạng 2 số tỉnh + chữ cái + số.',
  })
  .transform((s) => (s === '' ? null : s));

export const Phone = z
  .string()
  .trim()
  .max(40)
  .regex(/^[0-9+().\s-]*$/, 'Số điện thoại chỉ gồm chữ số và + ( ) . -');

export const EstablishmentUnitDto = z.object({
  id: z.number().int(),
  era: z.string(),
  code: z.string(),
  name: z.string(),
  /** Full path as entered: "Xã Tân Hòa, Huyện Chợ Mới, Tỉnh An Giang". */
  label: z.string(),
});

export const EstablishmentListItem = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: EstablishmentKind,
  kindLabel: z.string(),
  registrationCode: z.string().nullable(),
  representative: z.string().nullable(),
  phone: z.string().nullable(),
  unit: EstablishmentUnitDto,
  provinceCode: z.string(),
  provinceName: z.string().nullable(),
  craftVillage: z.string().nullable(),
  industries: z.array(z.string()),
  workforce: z.number().int().nullable(),
  status: EstablishmentStatus,
  eligibility: EligibilityStatus,
  updatedAt: z.string(),
});
export type EstablishmentListItem = z.infer<typeof EstablishmentListItem>;

/**
 * What a scheme's author may see when picking beneficiaries: the public identity of the establishment
 * (name, code, commune, eligibility), never its contacts or owner's characteristics.
 */
export const EstablishmentOption = EstablishmentListItem.pick({
  id: true,
  name: true,
  kind: true,
  kindLabel: true,
  registrationCode: true,
  unit: true,
  provinceCode: true,
  provinceName: true,
  eligibility: true,
});
export type EstablishmentOption = z.infer<typeof EstablishmentOption>;

export const EstablishmentOptionQuery = z.object({
  provinceCode: z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số.'),
  q: z.string().trim().max(200).optional(),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export type EstablishmentOptionQuery = z.infer<typeof EstablishmentOptionQuery>;

export const EstablishmentDto = EstablishmentListItem.extend({
  email: z.string().nullable(),
  address: z.string().nullable(),
  industryNames: z.array(z.object({ code: z.string(), name: z.string() })),
  products: z.string().nullable(),
  revenueBand: RevenueBand.nullable(),
  womanOwned: z.boolean(),
  ethnicMinorityOwned: z.boolean(),
  foundedYear: z.number().int().nullable(),
  cleanerProduction: z.boolean(),
  eligibilityDetail: EligibilityDto,
  eligibilityByRule: z.array(z.object({ rule: z.string(), title: z.string(), status: EligibilityStatus })),
  version: z.number().int(),
  createdAt: z.string(),
  abilities: Abilities,
});
export type EstablishmentDto = z.infer<typeof EstablishmentDto>;

const thisYear = () => new Date().getFullYear();

export const EstablishmentCreateInput = z.strictObject({
  name: Text(300),
  kind: EstablishmentKind,
  registrationCode: RegistrationCode.nullish(),
  representative: OptText(200),
  phone: Phone.nullish(),
  email: z.email().max(254).nullish(),
  address: OptText(500),
  /** The administrative unit (commune level, either era) as entered. */
  unitId: z.number().int().positive(),
  craftVillage: OptText(200),
  industries: z.array(z.string().trim().min(1).max(30)).max(10).default([]),
  products: OptText(1000),
  workforce: z.number().int().min(0).max(1_000_000).nullish(),
  revenueBand: RevenueBand.nullish(),
  womanOwned: z.boolean().default(false),
  ethnicMinorityOwned: z.boolean().default(false),
  foundedYear: z
    .number()
    .int()
    .min(1900)
    .refine((y) => y <= thisYear(), { message: 'Năm thành lập không được sau năm hiện tại.' })
    .nullish(),
  status: EstablishmentStatus.default('active'),
  cleanerProduction: z.boolean().default(false),
});
export type EstablishmentCreateInput = z.infer<typeof EstablishmentCreateInput>;

export const EstablishmentUpdateInput = EstablishmentCreateInput.partial()
  .extend({ version: z.number().int().min(1) })
  .strict();
export type EstablishmentUpdateInput = z.infer<typeof EstablishmentUpdateInput>;

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày theo dạng yyyy-mm-dd.');

export const establishmentSorts = [
  'name',
  'updatedAt',
  'createdAt',
  'foundedYear',
  'workforce',
  'registrationCode',
] as const;

export const EstablishmentFilters = z.object({
  q: z.string().trim().max(200).optional(),
  sort: z.string().trim().max(60).optional(),
  provinceCode: ProvinceCode.optional(),
  /** A commune of either era: records entered with it, or (for a 2025 commune) rolled up to it. */
  unitId: z.coerce.number().int().positive().optional(),
  kind: EstablishmentKind.optional(),
  industry: z.string().trim().max(30).optional(),
  craftVillage: z.string().trim().max(200).optional(),
  status: EstablishmentStatus.optional(),
  eligibility: EligibilityStatus.optional(),
  /** The date whose rule the eligibility filter applies (default today). */
  eligibleOn: IsoDate.optional(),
  womanOwned: z.enum(['true', 'false']).optional(),
  ethnicMinorityOwned: z.enum(['true', 'false']).optional(),
});
export type EstablishmentFilters = z.infer<typeof EstablishmentFilters>;

export const EstablishmentListQuery = ListQueryBase.extend(EstablishmentFilters.shape);
export type EstablishmentListQuery = z.infer<typeof EstablishmentListQuery>;

export const EstablishmentExportInput = EstablishmentFilters.strict();
export type EstablishmentExportInput = z.infer<typeof EstablishmentExportInput>;

export const EligibilityQuery = z.object({ date: IsoDate.optional() });

export const DeleteInput = z.strictObject({ version: z.number().int().min(1), reason: OptText(500) });

// ---- import ----

export const ImportIssue = z.object({
  row: z.number().int(),
  column: z.string(),
  value: z.string(),
  code: z.string(),
  message: z.string(),
});
export type ImportIssue = z.infer<typeof ImportIssue>;

/** What the check of an import file found; the job's result. */
export const ImportCheckResult = z.object({
  fileName: z.string(),
  provinceCode: z.string(),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  rowsWithIssues: z.number().int(),
  issueCount: z.number().int(),
  toCreate: z.number().int(),
  toUpdate: z.number().int(),
  unchanged: z.number().int(),
  canCommit: z.boolean(),
  /** The first issues (all of them are in the report file). */
  issues: z.array(ImportIssue),
  /** Set when the check was asked to write a valid file as well (`commit=if-valid`, the CLI). */
  committed: z.object({ created: z.number().int(), updated: z.number().int() }).nullable().optional(),
});
export type ImportCheckResult = z.infer<typeof ImportCheckResult>;

export const ImportUploadQuery = z.object({
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  /** `if-valid`: write the file as soon as its check finds no problem (no separate confirmation). */
  commit: z.enum(['if-valid']).optional(),
});

export const importStatuses = [
  'checking',
  'checked',
  'rejected',
  'committing',
  'committed',
  'failed',
] as const;
export const ImportStatus = z.enum(importStatuses);
export type ImportStatus = z.infer<typeof ImportStatus>;
export const importStatusLabels: Record<ImportStatus, Label> = {
  checking: { vi: 'Đang kiểm tra', en: 'Checking' },
  checked: { vi: 'Hợp lệ, chờ xác nhận', en: 'Valid, awaiting confirmation' },
  rejected: { vi: 'Có lỗi, chưa ghi', en: 'Has problems, nothing written' },
  committing: { vi: 'Đang ghi', en: 'Writing' },
  committed: { vi: 'Đã ghi', en: 'Written' },
  failed: { vi: 'Không thành công', en: 'Failed' },
};

export const ImportDto = z.object({
  id: z.uuid(),
  provinceCode: z.string(),
  fileName: z.string(),
  status: ImportStatus,
  statusLabel: z.string(),
  totalRows: z.number().int(),
  toCreate: z.number().int(),
  toUpdate: z.number().int(),
  unchanged: z.number().int(),
  issueCount: z.number().int(),
  checkJobId: z.uuid().nullable(),
  commitJobId: z.uuid().nullable(),
  reportFileId: z.uuid().nullable(),
  createdAt: z.string(),
  committedAt: z.string().nullable(),
});
export type ImportDto = z.infer<typeof ImportDto>;

/** What starting an import or an export answers: the job to follow. */
export const JobStarted = z.object({ jobId: z.uuid(), importId: z.uuid().optional() });
export type JobStarted = z.infer<typeof JobStarted>;
