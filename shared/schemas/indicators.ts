import { z } from 'zod';
import { ProvinceCode } from './common.ts';
import { Dong } from './reports.ts';
import { SchemeKind } from './schemes.ts';

type Label = { vi: string; en: string };

/** The latest plan year a query may ask for: next year's plan is prepared (and assigned) this year. */
export function latestPlanYear(now: Date = new Date()): number {
  return new Date(now.getTime() + 7 * 3600e3).getUTCFullYear() + 1;
}
/** Longest span of years an indicator compares at once. */
export const MAX_YEARS = 15;
/** Default anti-dispersion threshold (đồng) when the query names none: 100.000.000 ₫. */
export const DEFAULT_DISPERSION_THRESHOLD = '100000000';

export const levelFilters = ['all', 'national', 'local'] as const;
export const LevelFilter = z.enum(levelFilters);
export type LevelFilter = z.infer<typeof LevelFilter>;
export const levelFilterLabels: Record<LevelFilter, Label> = {
  all: { vi: 'Tất cả', en: 'All' },
  national: { vi: 'KCQG', en: 'National' },
  local: { vi: 'KCĐP', en: 'Local' },
};

const Year = z.coerce.number().int().min(2010);

/** from ≤ to, at most MAX_YEARS years, none after the latest plan year. */
function checkYears(q: { fromYear: number; toYear: number }, ctx: z.RefinementCtx) {
  if (q.fromYear > q.toYear)
    ctx.addIssue({ code: 'custom', path: ['fromYear'], message: 'Năm đầu phải không sau năm cuối.' });
  if (q.toYear - q.fromYear + 1 > MAX_YEARS)
    ctx.addIssue({ code: 'custom', path: ['toYear'], message: `So sánh tối đa ${MAX_YEARS} năm.` });
  if (q.toYear > latestPlanYear())
    ctx.addIssue({
      code: 'custom',
      path: ['toYear'],
      message: `Năm kế hoạch chưa đến: năm muộn nhất là ${latestPlanYear()}.`,
    });
}

/** Years `fromYear`..`toYear` (inclusive), a level and optionally one province (a department: its own). */
export const IndicatorQuery = z
  .strictObject({
    fromYear: Year,
    toYear: Year,
    level: LevelFilter.default('all'),
    provinceCode: ProvinceCode.optional(),
    lang: z.enum(['vi', 'en']).optional(),
  })
  .superRefine(checkYears);
export type IndicatorQuery = z.infer<typeof IndicatorQuery>;

export const DispersionQuery = z
  .strictObject({
    fromYear: Year,
    toYear: Year,
    level: LevelFilter.default('all'),
    provinceCode: ProvinceCode.optional(),
    lang: z.enum(['vi', 'en']).optional(),
    /** Schemes with an approved amount below this (đồng) count as dispersed (dàn trải). */
    threshold: z
      .string()
      .regex(/^\d{1,15}$/, 'Ngưỡng là số nguyên đồng.')
      .default(DEFAULT_DISPERSION_THRESHOLD),
  })
  .superRefine(checkYears);
export type DispersionQuery = z.infer<typeof DispersionQuery>;

/** A drill-down: the register page (with its own URL filters) that lists what a figure counts. */
export const Drill = z.string();

// ── Contracts signed by date ─────────────────────────────────────────────────────────────────────
export const SigningYear = z.object({
  year: z.number().int(),
  contracts: z.number().int(),
  value: Dong,
  signed: z.number().int(),
  signedValue: Dong,
  /** Median days from assignment to signing, of the signed ones (null when none). */
  medianDays: z.number().nullable(),
  /** Month 1..12 of the plan year: cumulative signed by the month's end (signed earlier counts in month 1). */
  curve: z.array(
    z.object({
      month: z.number().int(),
      signed: z.number().int(),
      percent: z.number(),
      valuePercent: z.number(),
    }),
  ),
  drill: Drill,
});
export const SigningIndicator = z.object({ years: z.array(SigningYear) });
export type SigningIndicator = z.infer<typeof SigningIndicator>;

// ── Stopped and adjusted ─────────────────────────────────────────────────────────────────────────
export const ChangeReason = z.object({ reason: z.string(), schemes: z.number().int(), value: Dong });
export const ChangesYear = z.object({
  year: z.number().int(),
  /** Schemes in the year's approved plans and their approved amount (the base of the rates). */
  planned: z.number().int(),
  plannedValue: Dong,
  stopped: z.number().int(),
  stoppedValue: Dong,
  stoppedPercent: z.number(),
  /** Returned to the envelope by the stops. */
  released: Dong,
  adjusted: z.number().int(),
  adjustedValue: Dong,
  adjustedPercent: z.number(),
  /** Approved increases less approved decreases of funding. */
  fundingDelta: Dong,
  stopReasons: z.array(ChangeReason),
  adjustReasons: z.array(ChangeReason),
  drillStopped: Drill,
  drillPlanned: Drill,
});
export const ChangesIndicator = z.object({ years: z.array(ChangesYear) });
export type ChangesIndicator = z.infer<typeof ChangesIndicator>;

// ── Anti-dispersion and concentration ────────────────────────────────────────────────────────────
export const DispersionRow = z.object({
  /** Province code, content code or the year (as text), depending on the breakdown; '' = total. */
  key: z.string(),
  name: z.string(),
  schemes: z.number().int(),
  amount: Dong,
  under: z.number().int(),
  underAmount: Dong,
  /** Share of the amount in schemes under the threshold, %. */
  underPercent: z.number(),
  /** Herfindahl–Hirschman index of the amount over schemes, 0..10 000. */
  hhi: z.number(),
  drill: Drill,
});
export type DispersionRow = z.infer<typeof DispersionRow>;
export const DispersionIndicator = z.object({
  threshold: Dong,
  total: DispersionRow,
  byYear: z.array(DispersionRow),
  byProvince: z.array(DispersionRow),
  byContent: z.array(DispersionRow),
});
export type DispersionIndicator = z.infer<typeof DispersionIndicator>;

// ── Point and group schemes; priority areas ──────────────────────────────────────────────────────
export const ShareRow = z.object({
  schemes: z.number().int(),
  amount: Dong,
  percent: z.number(),
  amountPercent: z.number(),
  drill: Drill,
});
export const KindsYear = z.object({
  year: z.number().int(),
  schemes: z.number().int(),
  amount: Dong,
  kinds: z.array(ShareRow.extend({ kind: SchemeKind })),
});
export const KindsIndicator = z.object({ years: z.array(KindsYear) });
export type KindsIndicator = z.infer<typeof KindsIndicator>;

export const PriorityYear = ShareRow.extend({
  year: z.number().int(),
  total: z.number().int(),
  totalAmount: Dong,
});
export const PriorityIndicator = z.object({
  years: z.array(PriorityYear),
  byProvince: z.array(ShareRow.extend({ provinceCode: z.string(), name: z.string() })),
});
export type PriorityIndicator = z.infer<typeof PriorityIndicator>;

// ── Leaders' dashboard ───────────────────────────────────────────────────────────────────────────
export const DashboardQuery = z.strictObject({
  year: z.coerce
    .number()
    .int()
    .min(2010)
    .refine((y) => y <= latestPlanYear(), { message: 'Năm kế hoạch chưa đến.' }),
  level: LevelFilter.default('all'),
  provinceCode: ProvinceCode.optional(),
  lang: z.enum(['vi', 'en']).optional(),
});
export type DashboardQuery = z.infer<typeof DashboardQuery>;

export const Figure = z.object({ value: Dong, count: z.number().int().nullable(), drill: Drill });
export type Figure = z.infer<typeof Figure>;
export const DashboardTotals = z.object({
  envelope: Figure,
  approved: Figure,
  assigned: Figure,
  contracted: Figure,
  disbursed: Figure,
  atRisk: Figure.extend({ capped: z.boolean() }),
});
export type DashboardTotals = z.infer<typeof DashboardTotals>;
export const DashboardArea = z.object({
  code: z.string(),
  name: z.string(),
  schemes: z.number().int(),
  approved: Dong,
  contracted: Dong,
  disbursed: Dong,
  drill: Drill,
});
export type DashboardArea = z.infer<typeof DashboardArea>;
export const DashboardMonth = z.object({
  month: z.number().int(),
  signed: z.number().int(),
  signedValue: Dong,
  disbursed: Dong,
  cumulativeDisbursed: Dong,
});
export type DashboardMonth = z.infer<typeof DashboardMonth>;
export const DashboardDto = z.object({
  year: z.number().int(),
  level: LevelFilter,
  provinceCode: z.string().nullable(),
  totals: DashboardTotals,
  /** Every one of today's provinces in scope (zeros included), for the map. */
  provinces: z.array(DashboardArea),
  contents: z.array(DashboardArea),
  months: z.array(DashboardMonth),
  asOf: z.string(),
});
export type DashboardDto = z.infer<typeof DashboardDto>;

export const indicatorLabels = {
  signing: { vi: 'Hợp đồng ký theo thời gian', en: 'Contracts signed over time' },
  changes: { vi: 'Đề án ngừng, điều chỉnh', en: 'Stopped and adjusted schemes' },
  dispersion: { vi: 'Chống dàn trải và mức độ tập trung', en: 'Anti-dispersion and concentration' },
  kinds: { vi: 'Đề án điểm, đề án nhóm', en: 'Point and group schemes' },
  priority: { vi: 'Hỗ trợ địa bàn ưu tiên', en: 'Support to priority areas' },
} satisfies Record<string, Label>;
