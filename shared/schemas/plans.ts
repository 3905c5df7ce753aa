import { z } from 'zod';
import { OptText, ProvinceCode, Text } from './common.ts';
import { SchemeLevel, VndString } from './rules.ts';

type Label = { vi: string; en: string };

export const planStates = ['draft', 'submitted', 'approved'] as const;
export const PlanState = z.enum(planStates);
export type PlanState = z.infer<typeof PlanState>;
export const planStateLabels: Record<PlanState, Label> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  submitted: { vi: 'Đã trình phê duyệt', en: 'Submitted' },
  approved: { vi: 'Đã phê duyệt', en: 'Approved' },
};

/** Sub-envelopes: per activity content group, per province (national plans) and a reserve. */
export const SubEnvelopeKind = z.enum(['content', 'province', 'reserve']);
export type SubEnvelopeKind = z.infer<typeof SubEnvelopeKind>;
export const SubEnvelope = z.strictObject({
  kind: SubEnvelopeKind,
  /** Content code (ND45-3), province code (91); empty for the reserve. */
  key: z.string().trim().max(30).default(''),
  amount: VndString,
});
export type SubEnvelope = z.infer<typeof SubEnvelope>;

/** Fraction 0..1 with at most 4 decimals (anti-dispersion shares). */
const Share = z.number().min(0).max(1);

/** Allocation rules of a plan; every field is configurable per plan and kept with each run. */
export const PlanRules = z.strictObject({
  /** Anti-dispersion: a scheme asking less than this is not funded. */
  minSchemeAmount: VndString.default('0'),
  /** Anti-dispersion: no province may take more than this share of the envelope (national plans). */
  maxProvinceShare: Share.nullable().default(null),
  /** Anti-dispersion: no activity content may take more than this share of the envelope. */
  maxContentShare: Share.nullable().default(null),
  /** Priority industries (catalogue codes) of this plan year. */
  priorityIndustryCodes: z.array(z.string().trim().min(1).max(30)).max(50).default([]),
  /** Weights: point scheme, priority area, priority industry, value chain (multipliers ≥ 1). */
  weights: z
    .strictObject({
      point: z.number().min(1).max(10).default(1.5),
      area: z.number().min(1).max(10).default(1.3),
      industry: z.number().min(1).max(10).default(1.15),
      valueChain: z.number().min(1).max(10).default(1.1),
    })
    .default({ point: 1.5, area: 1.3, industry: 1.15, valueChain: 1.1 }),
});
export type PlanRules = z.infer<typeof PlanRules>;

export const PlanCreate = z.strictObject({
  planYear: z.number().int().min(2000).max(2100),
  level: SchemeLevel,
  provinceCode: ProvinceCode.nullish(),
  title: Text(300),
  envelope: VndString,
  subEnvelopes: z.array(SubEnvelope).max(200).default([]),
  rules: PlanRules.default(PlanRules.parse({})),
});
export type PlanCreate = z.infer<typeof PlanCreate>;

export const PlanUpdate = z.strictObject({
  version: z.number().int().min(1),
  title: Text(300).optional(),
  envelope: VndString.optional(),
  subEnvelopes: z.array(SubEnvelope).max(200).optional(),
  rules: PlanRules.optional(),
});
export type PlanUpdate = z.infer<typeof PlanUpdate>;

export const PinsBody = z.strictObject({
  version: z.number().int().min(1),
  pins: z.array(z.strictObject({ schemeId: z.uuid(), pin: z.enum(['in', 'out', 'none']) })).max(5000),
});
export type PinsBody = z.infer<typeof PinsBody>;

export const RunBody = z.strictObject({ note: OptText(300) });

export const PlanTransitionBody = z.strictObject({
  action: z.enum(['submit', 'approve', 'return']),
  version: z.number().int().min(1),
  /** Which run's selection goes into the plan (submit); defaults to the latest run. */
  runId: z.uuid().optional(),
  decisionNumber: OptText(60),
  decisionDate: z.iso.date().nullish(),
  comment: OptText(1000),
});
export type PlanTransitionBody = z.infer<typeof PlanTransitionBody>;

export const AssignBody = z.strictObject({
  implementerOrgId: z.uuid(),
  documentNumber: OptText(60),
  documentDate: z.iso.date().nullish(),
  lines: z
    .array(z.strictObject({ schemeId: z.uuid(), amount: VndString }))
    .min(1)
    .max(2000),
});
export type AssignBody = z.infer<typeof AssignBody>;

export const FundNextBody = z.strictObject({ schemeId: z.uuid(), version: z.number().int().min(1) });

export const PlanListQuery = z.strictObject({
  planYear: z.coerce.number().int().min(2000).max(2100).optional(),
  level: SchemeLevel.optional(),
  lang: z.enum(['vi', 'en']).optional(),
});

export const ledgerKinds = [
  'budget',
  'approval',
  'assignment',
  'stop',
  'reduction',
  'increase',
  'settlement_saving',
  're_release',
] as const;
export const LedgerKind = z.enum(ledgerKinds);
export type LedgerKind = z.infer<typeof LedgerKind>;
export const ledgerKindLabels: Record<LedgerKind, Label> = {
  budget: { vi: 'Dự toán được giao', en: 'Budget' },
  approval: { vi: 'Phê duyệt kế hoạch', en: 'Plan approval' },
  assignment: { vi: 'Giao kế hoạch, kinh phí', en: 'Assignment' },
  stop: { vi: 'Ngừng thực hiện', en: 'Stop' },
  reduction: { vi: 'Điều chỉnh giảm', en: 'Reduction' },
  increase: { vi: 'Điều chỉnh tăng', en: 'Increase' },
  settlement_saving: { vi: 'Tiết kiệm khi quyết toán', en: 'Settlement saving' },
  re_release: { vi: 'Bố trí lại cho đề án kế tiếp', en: 'Re-release' },
};

/** One scheme's place in an allocation run. */
export const RunDecision = z.object({
  schemeId: z.string(),
  code: z.string(),
  title: z.string(),
  provinceCode: z.string(),
  contentCode: z.string(),
  amount: VndString,
  weight: z.number(),
  value: z.number(),
  rank: z.number().int(),
  tier: z.string(),
  inMip: z.boolean(),
  inGreedy: z.boolean(),
  pin: z.enum(['in', 'out', 'none']),
  reason: z.string(),
  /** What it would take to get in without dropping a funded scheme: the binding constraint and the amount. */
  needs: z.array(z.object({ constraint: z.string(), amount: VndString })),
});
export type RunDecision = z.infer<typeof RunDecision>;

export const RunSummary = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  status: z.string(),
  mipValue: z.number(),
  greedyValue: z.number(),
  mipAmount: VndString,
  greedyAmount: VndString,
  gap: z.number(),
  solveMs: z.number(),
  selectedCount: z.number().int(),
  greedyCount: z.number().int(),
  note: z.string().nullable(),
  rules: z.unknown(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type RunSummary = z.infer<typeof RunSummary>;
export const RunDetail = RunSummary.extend({ decisions: z.array(RunDecision) });
export type RunDetail = z.infer<typeof RunDetail>;

export const PlanLine = z.object({
  schemeId: z.string(),
  code: z.string(),
  title: z.string(),
  provinceCode: z.string(),
  contentCode: z.string(),
  kind: z.string(),
  state: z.string(),
  implementerOrgId: z.string(),
  implementerName: z.string(),
  requested: VndString,
  pin: z.enum(['in', 'out', 'none']),
  selected: z.boolean(),
  approvedAmount: VndString.nullable(),
  assignedAmount: VndString.nullable(),
  committed: VndString,
  assignmentDocument: z.string().nullable(),
});
export type PlanLine = z.infer<typeof PlanLine>;

export const LedgerEntry = z.object({
  id: z.string(),
  kind: LedgerKind,
  amount: z.string(),
  schemeId: z.string().nullable(),
  provinceCode: z.string().nullable(),
  contentCode: z.string().nullable(),
  reason: z.string(),
  refType: z.string().nullable(),
  refId: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

export const EnvelopeBalance = z.object({
  kind: z.enum(['total', 'content', 'province', 'reserve']),
  key: z.string(),
  amount: VndString,
  committed: VndString,
  available: z.string(),
});

export const Plan = z.object({
  id: z.uuid(),
  planYear: z.number().int(),
  level: SchemeLevel,
  provinceCode: z.string().nullable(),
  title: z.string(),
  state: PlanState,
  envelope: VndString,
  subEnvelopes: z.array(SubEnvelope),
  rules: PlanRules,
  balances: z.array(EnvelopeBalance),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvedByName: z.string().nullable(),
  selectedRunId: z.string().nullable(),
  version: z.number().int(),
  abilities: z.record(z.string(), z.boolean()),
});
export type Plan = z.infer<typeof Plan>;

export const PlanDetail = Plan.extend({
  lines: z.array(PlanLine),
  runs: z.array(RunSummary),
  ledger: z.array(LedgerEntry),
  /** Unfunded schemes, best first, that fit the freed money now (re-release). */
  nextFitting: z.array(
    z.object({ schemeId: z.string(), code: z.string(), title: z.string(), amount: VndString }),
  ),
});
export type PlanDetail = z.infer<typeof PlanDetail>;
