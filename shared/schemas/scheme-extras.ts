import { z } from 'zod';
import { IsoDate } from './calls.ts';
import { ProvinceCode } from './common.ts';
import { SchemeLevel } from './rules.ts';
import { SchemeAction, SchemeState } from './schemes.ts';

/** Schemes: bulk actions, saved versions and the support items a form may use. */

export const BulkTransitionInput = z.strictObject({
  action: SchemeAction,
  comment: z.string().trim().max(2000).nullish(),
  items: z
    .array(z.strictObject({ id: z.uuid(), version: z.number().int().min(1) }))
    .min(1)
    .max(200),
});
export type BulkTransitionInput = z.infer<typeof BulkTransitionInput>;

export const BulkTransitionResult = z.object({
  done: z.number().int(),
  failed: z.number().int(),
  results: z.array(
    z.object({
      id: z.uuid(),
      ok: z.boolean(),
      code: z.string().nullable(),
      detail: z.string().nullable(),
      state: SchemeState.nullable(),
      version: z.number().int().nullable(),
    }),
  ),
});
export type BulkTransitionResult = z.infer<typeof BulkTransitionResult>;

export const SchemeVersionDto = z.object({
  version: z.number().int(),
  reason: z.string(),
  state: SchemeState,
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  snapshot: z.record(z.string(), z.unknown()),
});
export type SchemeVersionDto = z.infer<typeof SchemeVersionDto>;

export const SchemeVersionParams = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1) });
export const AttachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });

export const SupportItemsQuery = z.object({
  planYear: z.coerce.number().int().min(2010).max(2100),
  level: SchemeLevel,
  provinceCode: ProvinceCode,
  startDate: IsoDate.optional(),
});
export type SupportItemsQuery = z.infer<typeof SupportItemsQuery>;

/** The support items of the rule set that applies to a scheme: what the estimate's lines may use. */
export const SupportItemsDto = z.object({
  ruleSetCode: z.string(),
  ruleSetName: z.string(),
  legalBasis: z.string(),
  fallbackVi: z.string().nullable(),
  items: z.array(
    z.object({
      code: z.string(),
      nameVi: z.string(),
      nameEn: z.string().nullable(),
      contentCodes: z.array(z.string()),
      funded: z.boolean(),
      unknown: z.boolean(),
      percent: z.number().nullable(),
      capVnd: z.string().nullable(),
      citation: z.string(),
    }),
  ),
});
export type SupportItemsDto = z.infer<typeof SupportItemsDto>;
