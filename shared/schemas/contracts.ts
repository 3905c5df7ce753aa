import { z } from 'zod';
import { IsoDate } from './calls.ts';
import { ListQueryBase, OptText, ProvinceCode, Text } from './common.ts';
import { Citation, SchemeLevel, VndString } from './rules.ts';

type Label = { vi: string; en: string };

/** A contract's own states (hợp đồng): drafted, sent to the implementer, signed, liquidated (thanh lý). */
export const contractStates = ['draft', 'sent', 'signed', 'liquidated'] as const;
export const ContractState = z.enum(contractStates);
export type ContractState = z.infer<typeof ContractState>;
export const contractStateLabels: Record<ContractState, Label> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  sent: { vi: 'Đã gửi đơn vị thực hiện', en: 'Sent to the implementer' },
  signed: { vi: 'Đã ký', en: 'Signed' },
  liquidated: { vi: 'Đã thanh lý', en: 'Liquidated' },
};

/** Where the scheme behind the contract stands, kept with the contract for the register and risk lists. */
export const contractPhases = ['active', 'accepted', 'settled', 'stopped'] as const;
export const ContractPhase = z.enum(contractPhases);
export type ContractPhase = z.infer<typeof ContractPhase>;
export const contractPhaseLabels: Record<ContractPhase, Label> = {
  active: { vi: 'Đang thực hiện', en: 'Active' },
  accepted: { vi: 'Đã nghiệm thu', en: 'Accepted' },
  settled: { vi: 'Đã quyết toán', en: 'Settled' },
  stopped: { vi: 'Đã ngừng', en: 'Stopped' },
};

export const DocumentRef = z.strictObject({
  name: Text(300),
  number: OptText(60),
  date: IsoDate.nullish(),
  fileId: z.uuid().nullish(),
});
export type DocumentRef = z.infer<typeof DocumentRef>;
/** A file uploaded to a contract (GET /api/contracts/:id/files/:fileId). */
export const ContractFileParams = z.object({ id: z.uuid(), fileId: z.uuid() });

export const ScheduleItem = z.strictObject({ title: Text(300), dueDate: IsoDate });

const contractFields = {
  number: Text(60),
  partyA: Text(300),
  partyB: Text(300),
  value: VndString,
  counterpartCommitted: VndString.default('0'),
  startDate: IsoDate,
  endDate: IsoDate,
  paymentTerms: OptText(4000),
  schedule: z.array(ScheduleItem).max(50).default([]),
  documents: z.array(DocumentRef).max(50).default([]),
};
/** A new contract: only the scheme is required; the rest defaults from the scheme and its assignment. */
export const ContractInput = z.strictObject({
  schemeId: z.uuid(),
  number: contractFields.number.optional(),
  partyA: contractFields.partyA.optional(),
  partyB: contractFields.partyB.optional(),
  value: VndString.optional(),
  counterpartCommitted: VndString.optional(),
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
  paymentTerms: OptText(4000),
  schedule: z.array(ScheduleItem).max(50).optional(),
  documents: z.array(DocumentRef).max(50).optional(),
});
export type ContractInput = z.infer<typeof ContractInput>;
export const ContractUpdateInput = z.strictObject({ ...contractFields, version: z.number().int().min(1) });
export type ContractUpdateInput = z.infer<typeof ContractUpdateInput>;

export const ContractAction = z.enum(['send', 'sign', 'liquidate']);
export type ContractAction = z.infer<typeof ContractAction>;
export const ContractTransitionInput = z.strictObject({
  action: ContractAction,
  version: z.number().int().min(1),
  /** Signing date (sign) or liquidation date (liquidate). */
  date: IsoDate.optional(),
  /** Liquidation minutes number (Mẫu 6). */
  documentNumber: OptText(60),
});
export type ContractTransitionInput = z.infer<typeof ContractTransitionInput>;

export const PrepareContractsInput = z.strictObject({
  planYear: z.number().int().min(2000).max(2100),
  level: SchemeLevel,
  provinceCode: ProvinceCode.optional(),
});
export type PrepareContractsInput = z.infer<typeof PrepareContractsInput>;

export const ContractDto = z.object({
  id: z.uuid(),
  schemeId: z.uuid(),
  schemeCode: z.string(),
  schemeTitle: z.string(),
  schemeState: z.string(),
  schemeVersion: z.number().int(),
  planYear: z.number().int(),
  level: SchemeLevel,
  provinceCode: z.string(),
  implementerOrgId: z.uuid(),
  implementerName: z.string(),
  number: z.string(),
  partyA: z.string(),
  partyB: z.string(),
  value: z.string(),
  counterpartCommitted: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  paymentTerms: z.string().nullable(),
  schedule: z.array(z.object({ title: z.string(), dueDate: z.string() })),
  /** The scheme's activity contents (code and name), for the per-content progress of a report. */
  contents: z.array(z.object({ code: z.string(), name: z.string() })),
  documents: z.array(
    z.object({
      name: z.string(),
      number: z.string().nullish(),
      date: z.string().nullish(),
      fileId: z.string().nullish(),
    }),
  ),
  state: ContractState,
  phase: ContractPhase,
  assignedAt: z.string(),
  sentAt: z.string().nullable(),
  signedDate: z.string().nullable(),
  liquidatedDate: z.string().nullable(),
  liquidationNumber: z.string().nullable(),
  lastReportPeriod: z.string().nullable(),
  lastProgress: z.number().int().nullable(),
  version: z.number().int(),
  abilities: z.record(z.string(), z.boolean()),
});
export type ContractDto = z.infer<typeof ContractDto>;

export const ContractListItemDto = ContractDto.pick({
  id: true,
  schemeId: true,
  schemeCode: true,
  schemeTitle: true,
  planYear: true,
  level: true,
  provinceCode: true,
  implementerName: true,
  number: true,
  value: true,
  state: true,
  phase: true,
  assignedAt: true,
  signedDate: true,
  lastProgress: true,
  version: true,
});
export type ContractListItemDto = z.infer<typeof ContractListItemDto>;

export const ContractListQuery = ListQueryBase.extend({
  planYear: z.coerce.number().int().min(2000).max(2100).optional(),
  level: SchemeLevel.optional(),
  provinceCode: ProvinceCode.optional(),
  state: ContractState.optional(),
  phase: ContractPhase.optional(),
});
export type ContractListQuery = z.infer<typeof ContractListQuery>;

export const SigningProgressQuery = z.object({
  planYear: z.coerce.number().int().min(2000).max(2100),
  level: SchemeLevel.optional(),
  provinceCode: ProvinceCode.optional(),
});
export type SigningProgressQuery = z.infer<typeof SigningProgressQuery>;
export const SigningProgressDto = z.object({
  total: z.number().int(),
  signed: z.number().int(),
  percent: z.number(),
  series: z.array(z.object({ date: z.string(), signed: z.number().int(), percent: z.number() })),
});
export type SigningProgressDto = z.infer<typeof SigningProgressDto>;

// ── Money (tạm ứng, thanh toán, thu hồi, đối ứng) ────────────────────────────────────────────────
export const moneyKinds = ['advance', 'payment', 'recovery', 'counterpart'] as const;
export const MoneyKind = z.enum(moneyKinds);
export type MoneyKind = z.infer<typeof MoneyKind>;
export const moneyKindLabels: Record<MoneyKind, Label> = {
  advance: { vi: 'Tạm ứng', en: 'Advance' },
  payment: { vi: 'Thanh toán', en: 'Payment' },
  recovery: { vi: 'Thu hồi', en: 'Recovery' },
  counterpart: { vi: 'Kinh phí đối ứng', en: 'Counterpart funds' },
};
export const MoneySource = z.enum(['national', 'local', 'counterpart']);
export type MoneySource = z.infer<typeof MoneySource>;
export const moneySourceLabels: Record<MoneySource, Label> = {
  national: { vi: 'Ngân sách trung ương', en: 'National budget' },
  local: { vi: 'Ngân sách địa phương', en: 'Local budget' },
  counterpart: { vi: 'Đối ứng', en: 'Counterpart' },
};

export const MoneyEntryInput = z.strictObject({
  kind: MoneyKind,
  amount: VndString.refine((s) => BigInt(s) > 0n, 'Số tiền phải lớn hơn 0.'),
  date: IsoDate,
  reference: Text(120),
  note: OptText(1000),
  /** The contract version the user saw; refused if the contract changed since. */
  contractVersion: z.number().int().min(1),
});
export type MoneyEntryInput = z.infer<typeof MoneyEntryInput>;

export const MoneyEntryDto = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  kind: MoneyKind,
  source: MoneySource,
  amount: z.string(),
  date: z.string(),
  reference: z.string(),
  note: z.string().nullable(),
  createdByName: z.string(),
  createdAt: z.string(),
});
export type MoneyEntryDto = z.infer<typeof MoneyEntryDto>;

export const SourceBalance = z.object({
  source: MoneySource,
  contracted: z.string(),
  advanced: z.string(),
  paid: z.string(),
  recovered: z.string(),
  net: z.string(),
  accepted: z.string().nullable(),
  settled: z.string().nullable(),
});
export type SourceBalance = z.infer<typeof SourceBalance>;

export const AdvanceBasis = z.object({
  ruleCode: z.string(),
  descriptionVi: z.string(),
  percent: z.number(),
  afterProgressPercent: z.number().nullable(),
  base: z.string(),
  amount: z.string(),
  met: z.boolean(),
  citation: Citation,
});
export const MoneyDto = z.object({
  contractId: z.uuid(),
  contractVersion: z.number().int(),
  entries: z.array(MoneyEntryDto),
  balances: z.array(SourceBalance),
  advance: z.object({
    ruleSetCode: z.string().nullable(),
    limit: z.string(),
    outstanding: z.string(),
    remaining: z.string(),
    basis: z.array(AdvanceBasis),
    cap: z.object({ percent: z.number(), amount: z.string(), citation: Citation }).nullable(),
    progress: z.number().int(),
  }),
  payable: z.string(),
  abilities: z.record(z.string(), z.boolean()),
});
export type MoneyDto = z.infer<typeof MoneyDto>;
