import { z } from 'zod';
import { OptText, ProvinceCode, Text } from './common.ts';
import { SchemeLevel } from './rules.ts';

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày theo dạng yyyy-mm-dd.')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'Ngày không có thật trên lịch.',
    },
  );

/** The two deadlines of a call: proposals to the department, registration with the agency (TT 36/2013 Art 5–6). */
export const CallStage = z.enum(['submission', 'registration']);
export type CallStage = z.infer<typeof CallStage>;

export const callStageLabels: Record<CallStage, { vi: string; en: string }> = {
  submission: { vi: 'Nộp hồ sơ đề án về Sở Công Thương', en: 'Proposals to the department' },
  registration: { vi: 'Đăng ký kế hoạch với Cục', en: 'Registration with the agency' },
};

export const CallInput = z.strictObject({
  /** The plan year the proposals are for (a 2019 guidance letter builds the 2020 plan). */
  planYear: z.number().int().min(2010).max(2100),
  level: SchemeLevel,
  /** Local calls belong to one province; national calls to none. */
  provinceCode: ProvinceCode.nullish(),
  title: Text(300),
  /** Number of the guidance letter, e.g. 382/CTĐP-QLKC. */
  guidanceNumber: Text(60),
  guidanceDate: IsoDate,
  submissionDeadline: IsoDate,
  /** National calls: registration with the agency (15 June in TT 36/2013). Local calls may have none. */
  registrationDeadline: IsoDate.nullish(),
  note: OptText(2000),
});
export type CallInput = z.infer<typeof CallInput>;

export const CallUpdateInput = CallInput.extend({ version: z.number().int().min(1) }).strict();
export type CallUpdateInput = z.infer<typeof CallUpdateInput>;

export const CallWindowInput = z.strictObject({
  stage: CallStage,
  /** Reopen for one province only; empty reopens for all. */
  provinceCode: ProvinceCode.nullish(),
  opensOn: IsoDate,
  closesOn: IsoDate,
  reason: Text(1000),
  version: z.number().int().min(1),
});
export type CallWindowInput = z.infer<typeof CallWindowInput>;

export const CallWindowDto = z.object({
  id: z.uuid(),
  stage: CallStage,
  provinceCode: z.string().nullable(),
  opensOn: z.string(),
  closesOn: z.string(),
  reason: z.string(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type CallWindowDto = z.infer<typeof CallWindowDto>;

export const CallDto = z.object({
  id: z.uuid(),
  planYear: z.number().int(),
  level: SchemeLevel,
  provinceCode: z.string().nullable(),
  provinceName: z.string().nullable(),
  title: z.string(),
  guidanceNumber: z.string(),
  guidanceDate: z.string(),
  submissionDeadline: z.string(),
  registrationDeadline: z.string().nullable(),
  note: z.string().nullable(),
  windows: z.array(CallWindowDto),
  /** Whether each stage accepts work today (deadline or a reopened window). */
  open: z.object({ submission: z.boolean(), registration: z.boolean() }),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.record(z.string(), z.boolean()),
});
export type CallDto = z.infer<typeof CallDto>;

export const CallListQuery = z.object({
  planYear: z.coerce.number().int().min(2010).max(2100).optional(),
  level: SchemeLevel.optional(),
  provinceCode: ProvinceCode.optional(),
});
export type CallListQuery = z.infer<typeof CallListQuery>;
