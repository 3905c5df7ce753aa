import { z } from 'zod';
import { OptText, ProvinceCode, Text } from './common.ts';

type Label = { vi: string; en: string };

export const SheetCriterion = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  /** Points this criterion carries out of the sheet's 100. */
  max: z.number().int().min(1),
  citation: z.string(),
});
export type SheetCriterion = z.infer<typeof SheetCriterion>;

export const CouncilLevel = z.enum(['province', 'agency']);
export type CouncilLevel = z.infer<typeof CouncilLevel>;
export const MemberRole = z.enum(['chair', 'secretary', 'member']);
export type MemberRole = z.infer<typeof MemberRole>;
export const memberRoleLabels: Record<MemberRole, Label> = {
  chair: { vi: 'Chủ tịch hội đồng', en: 'Chair' },
  secretary: { vi: 'Thư ký', en: 'Secretary' },
  member: { vi: 'Ủy viên', en: 'Member' },
};
export const Conclusion = z.enum(['pass', 'pass_with_conditions', 'fail']);
export type Conclusion = z.infer<typeof Conclusion>;
export const conclusionLabels: Record<Conclusion, Label> = {
  pass: { vi: 'Đạt', en: 'Pass' },
  pass_with_conditions: { vi: 'Đạt, có điều kiện', en: 'Pass with conditions' },
  fail: { vi: 'Không đạt', en: 'Fail' },
};

export const CouncilCreate = z.strictObject({
  planYear: z.number().int().min(2000).max(2100),
  level: CouncilLevel,
  provinceCode: ProvinceCode.nullish(),
  name: Text(300),
  decisionNumber: OptText(60),
  members: z
    .array(z.strictObject({ userId: z.uuid(), role: MemberRole }))
    .min(1)
    .max(30),
  schemeIds: z.array(z.uuid()).max(2000).default([]),
});
export type CouncilCreate = z.infer<typeof CouncilCreate>;

export const BulkAssignBody = z.strictObject({
  /** Every listed member scores every listed scheme (members default to all, schemes to all). */
  userIds: z.array(z.uuid()).max(30).optional(),
  schemeIds: z.array(z.uuid()).max(2000).optional(),
});
export const ConflictBody = z.strictObject({
  schemeId: z.uuid(),
  conflict: z.boolean(),
  note: OptText(500),
});
export const ScoreBody = z.strictObject({
  schemeId: z.uuid(),
  points: z.record(z.string().max(40), z.number()),
  rationale: Text(4000),
});
export type ScoreBody = z.infer<typeof ScoreBody>;
export const ConclusionBody = z.strictObject({
  schemeId: z.uuid(),
  conclusion: Conclusion,
  note: OptText(2000),
  version: z.number().int().min(1),
});
export const CloseBody = z.strictObject({ version: z.number().int().min(1) });

export const ScoreEntry = z.object({
  userId: z.string(),
  fullName: z.string(),
  revision: z.number().int(),
  total: z.number(),
  points: z.record(z.string(), z.number()),
  rationale: z.string(),
  at: z.string(),
});

export const CouncilSchemeRow = z.object({
  schemeId: z.string(),
  code: z.string(),
  title: z.string(),
  provinceCode: z.string(),
  state: z.string(),
  average: z.number().nullable(),
  spread: z.number().nullable(),
  done: z.number().int(),
  pending: z.number().int(),
  conflicted: z.number().int(),
  conclusion: Conclusion.nullable(),
  conclusionNote: z.string().nullable(),
  version: z.number().int(),
  /** Per member: done | pending | conflict | unassigned. */
  progress: z.record(z.string(), z.enum(['done', 'pending', 'conflict', 'unassigned'])),
  scores: z.array(ScoreEntry),
});
export type CouncilSchemeRow = z.infer<typeof CouncilSchemeRow>;

export const Council = z.object({
  id: z.string(),
  planYear: z.number().int(),
  level: CouncilLevel,
  provinceCode: z.string().nullable(),
  name: z.string(),
  state: z.enum(['open', 'closed']),
  decisionNumber: z.string().nullable(),
  version: z.number().int(),
  sheet: z.object({
    code: z.string(),
    version: z.number().int(),
    name: z.string(),
    citation: z.string(),
    passFrom: z.number(),
    conditionalFrom: z.number(),
    criteria: z.array(SheetCriterion),
  }),
  members: z.array(z.object({ userId: z.string(), fullName: z.string(), role: MemberRole })),
  schemes: z.array(CouncilSchemeRow),
  abilities: z.record(z.string(), z.boolean()),
});
export type Council = z.infer<typeof Council>;

export const CouncilSummary = z.object({
  id: z.string(),
  planYear: z.number().int(),
  level: CouncilLevel,
  provinceCode: z.string().nullable(),
  name: z.string(),
  state: z.enum(['open', 'closed']),
  schemeCount: z.number().int(),
  memberCount: z.number().int(),
});
export type CouncilSummary = z.infer<typeof CouncilSummary>;
