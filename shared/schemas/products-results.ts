import { z } from 'zod';
import { ProvinceCode, Text } from './common.ts';
import {
  Abilities,
  CertificateNumber,
  CertificateStatus,
  ComplaintStatus,
  CouncilRole,
  EntryStatus,
  IsoDate,
  ProductGroup,
  ProductLevel,
} from './products-rounds.ts';

/** Scores, results, recognition, certificates, complaints and the public registry of typical products. */

export const CriterionScore = z.strictObject({
  criterion: z.string().min(1).max(40),
  points: z.number().int(),
  note: z.string().trim().max(1000).default(''),
});
export const ScoreSheetInput = z.strictObject({ scores: z.array(CriterionScore).min(1).max(20) });
export type ScoreSheetInput = z.infer<typeof ScoreSheetInput>;

export const MySheetItem = z.object({
  entryId: z.uuid(),
  name: z.string(),
  establishmentName: z.string(),
  group: ProductGroup,
  conflicted: z.boolean(),
  scores: z.array(z.object({ criterion: z.string(), points: z.number().int(), note: z.string() })).nullable(),
  total: z.number().int().nullable(),
});

export const ResultRow = z.object({
  entryId: z.uuid(),
  name: z.string(),
  establishmentName: z.string(),
  provinceCode: z.string(),
  group: ProductGroup,
  status: EntryStatus,
  sheets: z.number().int(),
  eligibleMembers: z.number().int(),
  quorumMet: z.boolean(),
  average: z.number().nullable(),
  criterionAverages: z.record(z.string(), z.number()),
  min: z.number().int().nullable(),
  max: z.number().int().nullable(),
  spread: z.number().int().nullable(),
  stdDev: z.number().nullable(),
  passed: z.boolean(),
  rankInGroup: z.number().int().nullable(),
  tied: z.boolean(),
  certificateNumber: z.string().nullable(),
  openComplaints: z.number().int(),
});
export type ResultRow = z.infer<typeof ResultRow>;

export const ResultsDto = z.object({
  roundId: z.uuid(),
  threshold: z.number().int(),
  quorum: z.number().int(),
  councilSize: z.number().int(),
  progress: z.object({
    expectedSheets: z.number().int(),
    submittedSheets: z.number().int(),
    percent: z.number(),
  }),
  members: z.array(
    z.object({
      memberId: z.uuid(),
      fullName: z.string(),
      role: CouncilRole,
      submitted: z.number().int(),
      expected: z.number().int(),
    }),
  ),
  rows: z.array(ResultRow),
});
export type ResultsDto = z.infer<typeof ResultsDto>;

export const RecogniseInput = z.strictObject({
  decisionNumber: Text(60),
  decisionDate: IsoDate,
  decisionSigner: Text(200),
  /** The entries to recognise; by default every entry that passed. */
  entryIds: z.array(z.uuid()).max(2000).optional(),
  /** Certificate numbers chosen by the organiser; the others are numbered `<round code>-<nnn>`. */
  numbers: z.record(z.uuid(), CertificateNumber).optional(),
  version: z.number().int().min(1),
});
export type RecogniseInput = z.infer<typeof RecogniseInput>;

export const CertificateDto = z.object({
  id: z.uuid(),
  number: z.string(),
  productId: z.uuid(),
  roundId: z.uuid(),
  roundName: z.string(),
  establishmentId: z.uuid(),
  establishmentName: z.string(),
  provinceCode: z.string(),
  provinceName: z.string().nullable(),
  level: ProductLevel,
  year: z.number().int(),
  group: ProductGroup,
  productName: z.string(),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  organiserName: z.string(),
  validUntil: z.string(),
  status: CertificateStatus,
  averageScore: z.number().nullable(),
  verifyUrl: z.string(),
});
export type CertificateDto = z.infer<typeof CertificateDto>;

export const RevokeInput = z.strictObject({ reason: Text(1000) });

export const ComplaintInput = z.strictObject({ content: z.string().trim().min(10).max(5000) });
export const ComplaintResolveInput = z.strictObject({
  outcome: z.enum(['upheld', 'rejected']),
  response: z.string().trim().min(5).max(5000),
  version: z.number().int().min(1),
});
export type ComplaintResolveInput = z.infer<typeof ComplaintResolveInput>;

export const ComplaintDto = z.object({
  id: z.uuid(),
  roundId: z.uuid(),
  entryId: z.uuid(),
  entryName: z.string(),
  establishmentName: z.string(),
  content: z.string(),
  submittedOn: z.string(),
  windowEnds: z.string(),
  responseDue: z.string(),
  status: ComplaintStatus,
  response: z.string().nullable(),
  resolvedOn: z.string().nullable(),
  version: z.number().int(),
  abilities: Abilities,
});
export type ComplaintDto = z.infer<typeof ComplaintDto>;

export const RegistryQuery = z.object({
  page: z.coerce.number().int().min(1).max(10000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  q: z.string().trim().max(200).optional(),
  level: ProductLevel.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  group: ProductGroup.optional(),
  provinceCode: ProvinceCode.optional(),
  validOnly: z.enum(['true', 'false']).optional(),
  lang: z.enum(['vi', 'en']).optional(),
});
export type RegistryQuery = z.infer<typeof RegistryQuery>;

export const RegistryItem = z.object({
  certificateNumber: z.string(),
  productId: z.uuid(),
  productName: z.string(),
  establishmentName: z.string(),
  provinceCode: z.string(),
  provinceName: z.string().nullable(),
  level: ProductLevel,
  year: z.number().int(),
  group: ProductGroup,
  validUntil: z.string(),
  status: CertificateStatus,
  photoFileId: z.string().nullable(),
});
export type RegistryItem = z.infer<typeof RegistryItem>;

export const PublicProductDto = z.object({
  id: z.uuid(),
  name: z.string(),
  group: ProductGroup,
  description: z.string(),
  establishmentName: z.string(),
  provinceCode: z.string(),
  provinceName: z.string().nullable(),
  photoFileIds: z.array(z.string()),
  history: z.array(
    z.object({
      certificateNumber: z.string(),
      level: ProductLevel,
      year: z.number().int(),
      roundName: z.string(),
      organiserName: z.string(),
      decisionNumber: z.string(),
      decisionDate: z.string(),
      validUntil: z.string(),
      status: CertificateStatus,
    }),
  ),
});
export type PublicProductDto = z.infer<typeof PublicProductDto>;

export const VerifyDto = z.object({
  number: z.string(),
  status: CertificateStatus,
  validOn: z.string(),
  productId: z.uuid(),
  productName: z.string(),
  establishmentName: z.string(),
  provinceName: z.string().nullable(),
  level: ProductLevel,
  year: z.number().int(),
  organiserName: z.string(),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  validUntil: z.string(),
  revokedReason: z.string().nullable(),
});
export type VerifyDto = z.infer<typeof VerifyDto>;

/** A certificate an establishment holds, for its page (across levels and rounds, with validity today). */
export const RecognisedProductDto = z.object({
  certificateNumber: z.string(),
  productId: z.uuid(),
  productName: z.string(),
  level: ProductLevel,
  year: z.number().int(),
  decisionDate: z.string(),
  validUntil: z.string(),
  status: CertificateStatus,
});
export type RecognisedProductDto = z.infer<typeof RecognisedProductDto>;
