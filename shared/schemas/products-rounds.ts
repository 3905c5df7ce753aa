import { z } from 'zod';
import { ProvinceCode, Text, UnitCode } from './common.ts';
import { VndString } from './rules.ts';

/**
 * Typical rural industrial products (sản phẩm công nghiệp nông thôn tiêu biểu): selection rounds,
 * registrations, councils and scores, certificates, complaints and the public registry.
 */

/** District (huyện) until 30/06/2025, commune (xã) from 01/07/2025; then province, region, nation. */
export const ProductLevel = z.enum(['district', 'commune', 'province', 'region', 'nation']);
export type ProductLevel = z.infer<typeof ProductLevel>;

export const ProductGroup = z.enum(['handicraft', 'processed_food', 'machinery', 'other']);
export type ProductGroup = z.infer<typeof ProductGroup>;

export const RoundStatus = z.enum(['draft', 'registration', 'scoring', 'results', 'recognised', 'closed']);
export type RoundStatus = z.infer<typeof RoundStatus>;

export const RoundAction = z.enum(['open_registration', 'start_scoring', 'publish_results', 'close']);
export type RoundAction = z.infer<typeof RoundAction>;

export const EntryStatus = z.enum(['registered', 'withdrawn', 'passed', 'failed', 'recognised']);
export type EntryStatus = z.infer<typeof EntryStatus>;

export const CouncilRole = z.enum(['chair', 'vice_chair', 'secretary', 'member']);
export type CouncilRole = z.infer<typeof CouncilRole>;

export const CertificateStatus = z.enum(['valid', 'expired', 'revoked']);
export type CertificateStatus = z.infer<typeof CertificateStatus>;

export const ComplaintStatus = z.enum(['open', 'upheld', 'rejected']);
export type ComplaintStatus = z.infer<typeof ComplaintStatus>;

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày theo dạng yyyy-mm-dd.');

/** Certificate numbers go into URLs: letters, digits, dot and dash; no slash. */
export const CertificateNumber = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9.-]{2,48}$/, 'Số giấy chứng nhận gồm chữ, số, dấu chấm và gạch ngang.');

export const RoundCode = z
  .string()
  .trim()
  .regex(/^[A-Z0-9][A-Z0-9-]{2,30}$/, 'Mã đợt gồm chữ in hoa không dấu, số và gạch ngang (ví dụ T91-2026).');

export const Prize = z.strictObject({
  labelVi: Text(120),
  amountVnd: VndString,
  count: z.number().int().min(1).max(1000),
});
export type Prize = z.infer<typeof Prize>;

export const RoundInput = z.strictObject({
  code: RoundCode,
  name: Text(300),
  level: ProductLevel,
  year: z.number().int().min(2014).max(2100),
  organiserName: Text(300),
  provinceCode: ProvinceCode.nullish(),
  localUnitCode: UnitCode.nullish(),
  regionCode: z.string().trim().max(40).nullish(),
  regionName: z.string().trim().max(200).nullish(),
  regionProvinceCodes: z.array(ProvinceCode).max(70).default([]),
  registrationOpens: IsoDate,
  registrationCloses: IsoDate,
  selectionDate: IsoDate,
  groups: z.array(ProductGroup).min(1).max(4),
  passThreshold: z.number().int().min(1).max(100).optional(),
  quorumPercent: z.number().int().min(50).max(100).optional(),
  prizes: z.array(Prize).max(20).default([]),
});
export type RoundInput = z.infer<typeof RoundInput>;

export const RoundUpdateInput = RoundInput.omit({ code: true, level: true }).extend({
  version: z.number().int().min(1),
});
export type RoundUpdateInput = z.infer<typeof RoundUpdateInput>;

export const RoundTransitionInput = z.strictObject({ action: RoundAction, version: z.number().int().min(1) });
export type RoundTransitionInput = z.infer<typeof RoundTransitionInput>;

export const Abilities = z.record(z.string(), z.boolean());

export const CouncilMemberDto = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  fullName: z.string(),
  organisationName: z.string().nullable(),
  role: CouncilRole,
  conflicts: z.array(
    z.object({ id: z.uuid(), establishmentId: z.uuid(), establishmentName: z.string(), reason: z.string() }),
  ),
});
export type CouncilMemberDto = z.infer<typeof CouncilMemberDto>;

export const RoundDto = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  level: ProductLevel,
  era: z.string(),
  year: z.number().int(),
  organiserOrganisationId: z.uuid().nullable(),
  organiserName: z.string(),
  provinceCode: z.string().nullable(),
  provinceName: z.string().nullable(),
  localUnitCode: z.string().nullable(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  regionProvinceCodes: z.array(z.string()),
  registrationOpens: z.string(),
  registrationCloses: z.string(),
  selectionDate: z.string(),
  groups: z.array(ProductGroup),
  scoreSheetVersion: z.string(),
  passThreshold: z.number().int(),
  quorumPercent: z.number().int(),
  prizes: z.array(Prize),
  status: RoundStatus,
  resultsPublishedOn: z.string().nullable(),
  complaintWindowEnds: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  decisionSigner: z.string().nullable(),
  entryCount: z.number().int(),
  council: z.array(CouncilMemberDto),
  myMemberId: z.uuid().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  abilities: Abilities,
});
export type RoundDto = z.infer<typeof RoundDto>;

export const RoundListQuery = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  q: z.string().trim().max(200).optional(),
  level: ProductLevel.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: RoundStatus.optional(),
  provinceCode: ProvinceCode.optional(),
});
export type RoundListQuery = z.infer<typeof RoundListQuery>;

export const RoundListItem = RoundDto.omit({ council: true });
export type RoundListItem = z.infer<typeof RoundListItem>;

export const CouncilMemberInput = z.strictObject({ userId: z.uuid(), role: CouncilRole });
export type CouncilMemberInput = z.infer<typeof CouncilMemberInput>;

export const ConflictInput = z.strictObject({
  memberId: z.uuid(),
  establishmentId: z.uuid(),
  reason: Text(500),
});
export type ConflictInput = z.infer<typeof ConflictInput>;

export const DocumentKind = z.enum(['quality_certificate', 'trademark', 'other']);
export const EntryDocument = z.strictObject({ fileId: z.uuid(), kind: DocumentKind });
export type EntryDocument = z.infer<typeof EntryDocument>;

export const EntryInput = z.strictObject({
  establishmentId: z.uuid(),
  /** An existing product of the establishment (e.g. entered again after a failed round). */
  productId: z.uuid().nullish(),
  /** Required above the lowest level: the certificate of the level just below. */
  lowerCertificateNumber: CertificateNumber.nullish(),
  name: Text(300),
  group: ProductGroup,
  isSet: z.boolean().default(false),
  description: z.string().trim().min(1).max(5000),
  productionCapacity: Text(500),
  market: Text(1000),
  photoFileIds: z.array(z.uuid()).max(10).default([]),
  documents: z.array(EntryDocument).max(20).default([]),
});
export type EntryInput = z.infer<typeof EntryInput>;

export const EntryDto = z.object({
  id: z.uuid(),
  roundId: z.uuid(),
  productId: z.uuid(),
  establishmentId: z.uuid(),
  establishmentName: z.string(),
  provinceCode: z.string(),
  name: z.string(),
  group: ProductGroup,
  isSet: z.boolean(),
  description: z.string(),
  productionCapacity: z.string(),
  market: z.string(),
  photoFileIds: z.array(z.string()),
  documents: z.array(z.object({ fileId: z.string(), kind: DocumentKind })),
  lowerCertificateNumber: z.string().nullable(),
  status: EntryStatus,
  averageScore: z.number().nullable(),
  rank: z.number().int().nullable(),
  certificateNumber: z.string().nullable(),
  registeredAt: z.string(),
  version: z.number().int(),
  abilities: Abilities,
});
export type EntryDto = z.infer<typeof EntryDto>;
