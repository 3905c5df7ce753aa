import { z } from 'zod';

/** A legal basis: which document, article, clause and point produced a value. */
export const Citation = z.object({
  document: z.string().min(1).max(120),
  article: z.string().max(40).optional(),
  clause: z.string().max(40).optional(),
  point: z.string().max(40).optional(),
  note: z.string().max(500).optional(),
});
export type Citation = z.infer<typeof Citation>;

/** Integer đồng carried as a decimal string in JSON (bigint-safe). */
export const VndString = z.string().regex(/^\d{1,18}$/, 'Số tiền là số nguyên đồng, không âm.');

export const SchemeLevel = z.enum(['national', 'local']);
export type SchemeLevel = z.infer<typeof SchemeLevel>;

export const FundingSource = z.enum(['national', 'local', 'counterpart', 'other']);
export type FundingSource = z.infer<typeof FundingSource>;

/**
 * One support item of a rule set: the state may pay `percent` of the eligible cost, up to `capVnd`.
 * A missing percent means "no percentage limit stated" (a cap alone); a missing cap means no cap stated.
 * `unknown: true` records that the text is not known: the engine refuses to compute rather than invent.
 */
export const SupportItem = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]{1,60}$/),
  nameVi: z.string().min(1).max(300),
  nameEn: z.string().max(300).optional(),
  activityContentCodes: z.array(z.string().max(30)).max(20).default([]),
  levels: z.array(SchemeLevel).min(1).default(['national', 'local']),
  percent: z.number().min(0).max(100).nullable(),
  capVnd: VndString.nullable(),
  /** e.g. a technology line may reach 1.5 × the machinery cap. */
  capOf: z.object({ itemCode: z.string(), factor: z.number().positive().max(10) }).optional(),
  priorityEligible: z.boolean().default(true),
  unknown: z.boolean().default(false),
  citation: Citation,
});
export type SupportItem = z.infer<typeof SupportItem>;

export const AdvanceRule = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]{1,60}$/),
  descriptionVi: z.string().max(500),
  itemCodes: z.array(z.string()).default([]),
  percent: z.number().min(0).max(100),
  /** Progress the work must reach first, in percent (e.g. "after more than 50% of the works"). */
  afterProgressPercent: z.number().min(0).max(100).nullable().default(null),
  citation: Citation,
});
export type AdvanceRule = z.infer<typeof AdvanceRule>;

export const RuleSetBody = z.object({
  supportItems: z.array(SupportItem).min(1).max(200),
  priorityMultiplier: z
    .object({ factor: z.number().min(1).max(5), descriptionVi: z.string().max(500), citation: Citation })
    .nullable(),
  advanceRules: z.array(AdvanceRule).max(50).default([]),
  advanceCapPercent: z
    .object({ percent: z.number().min(0).max(100), citation: Citation })
    .nullable()
    .default(null),
  overhead: z
    .object({
      agencyMaxPercentOfAnnualFunds: z.number().min(0).max(100).nullable(),
      implementerMaxPercentOfScheme: z.number().min(0).max(100).nullable(),
      citation: Citation,
    })
    .nullable()
    .default(null),
  conditions: z
    .array(z.object({ code: z.string().max(60), textVi: z.string().max(1000), citation: Citation }))
    .max(50)
    .default([]),
  /** What this rule set does not say, in plain Vietnamese — shown beside every computation. */
  unknownsVi: z.array(z.string().max(500)).max(50).default([]),
});
export type RuleSetBody = z.infer<typeof RuleSetBody>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày theo dạng yyyy-mm-dd.');

export const RuleSetInput = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9+._-]{2,60}$/),
  nameVi: z.string().trim().min(1).max(300),
  level: SchemeLevel,
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .nullish(),
  effectiveFrom: IsoDate,
  effectiveTo: IsoDate.nullish(),
  legalBasis: z.string().trim().min(1).max(300),
  body: RuleSetBody,
});
export type RuleSetInput = z.infer<typeof RuleSetInput>;

export const RuleSetDto = RuleSetInput.extend({
  id: z.uuid(),
  provinceCode: z.string().nullable(),
  effectiveTo: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  abilities: z.record(z.string(), z.boolean()),
});
export type RuleSetDto = z.infer<typeof RuleSetDto>;

export const CostLineInput = z.object({
  ref: z.string().max(60).optional(),
  itemCode: z.string().max(60),
  description: z.string().max(500).default(''),
  quantity: z.number().positive().max(1e9),
  unitPrice: VndString,
  total: VndString,
  fundingSource: FundingSource,
});
export type CostLineInput = z.infer<typeof CostLineInput>;

export const ComputeInput = z.strictObject({
  date: IsoDate,
  level: SchemeLevel,
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .nullish(),
  priorityArea: z.boolean().default(false),
  ruleSetCode: z.string().max(60).optional(),
  lines: z.array(CostLineInput).min(1).max(500),
});
export type ComputeInput = z.infer<typeof ComputeInput>;

export const Violation = z.object({
  code: z.string(),
  messageVi: z.string(),
  lineRefs: z.array(z.string()).default([]),
});
export type Violation = z.infer<typeof Violation>;

export const ItemResult = z.object({
  itemCode: z.string(),
  itemNameVi: z.string(),
  lineRefs: z.array(z.string()),
  eligibleCost: VndString,
  requestedState: z.string(),
  allowedState: VndString,
  counterpartRequired: VndString,
  percent: z.number().nullable(),
  capVnd: VndString.nullable(),
  multiplier: z.number(),
  citation: Citation.nullable(),
  explanationVi: z.string(),
  violations: z.array(Violation),
});
export type ItemResult = z.infer<typeof ItemResult>;

export const ComputeResult = z.object({
  ruleSet: z.object({
    code: z.string(),
    nameVi: z.string(),
    legalBasis: z.string(),
    effectiveFrom: z.string(),
    effectiveTo: z.string().nullable(),
  }),
  items: z.array(ItemResult),
  totals: z.object({
    cost: VndString,
    requestedState: z.string(),
    allowedState: VndString,
    counterpartRequired: VndString,
  }),
  violations: z.array(Violation),
  unknownsVi: z.array(z.string()),
});
export type ComputeResult = z.infer<typeof ComputeResult>;
