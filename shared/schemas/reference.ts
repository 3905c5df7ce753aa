import { z } from 'zod';
import { ListQueryBase, OptText, ProvinceCode, Text } from './common.ts';
import { Abilities } from './identity.ts';

type Label = { vi: string; en: string };

// ---- administrative units ----

export const unitEras = ['2025', 'pre2025'] as const;
export const UnitEra = z.enum(unitEras);
export type UnitEra = z.infer<typeof UnitEra>;

export const unitLevels = ['province', 'district', 'commune'] as const;
export const UnitLevel = z.enum(unitLevels);
export type UnitLevel = z.infer<typeof UnitLevel>;

export const unitTypes = [
  'tinh',
  'thanh_pho_tw',
  'quan',
  'huyen',
  'thi_xa',
  'thanh_pho',
  'xa',
  'phuong',
  'thi_tran',
  'dac_khu',
] as const;
export const UnitType = z.enum(unitTypes);
export type UnitType = z.infer<typeof UnitType>;

export const unitTypeLabels: Record<UnitType, Label> = {
  tinh: { vi: 'Tỉnh', en: 'Province' },
  thanh_pho_tw: { vi: 'Thành phố trực thuộc Trung ương', en: 'Centrally-run city' },
  quan: { vi: 'Quận', en: 'Urban district' },
  huyen: { vi: 'Huyện', en: 'Rural district' },
  thi_xa: { vi: 'Thị xã', en: 'District-level town' },
  thanh_pho: { vi: 'Thành phố', en: 'City (district level)' },
  xa: { vi: 'Xã', en: 'Commune' },
  phuong: { vi: 'Phường', en: 'Ward' },
  thi_tran: { vi: 'Thị trấn', en: 'Township' },
  dac_khu: { vi: 'Đặc khu', en: 'Special zone' },
};

export const unitEraLabels: Record<UnitEra, Label> = {
  '2025': { vi: 'Từ 01/07/2025 (34 tỉnh, 2 cấp)', en: 'From 1 July 2025 (34 provinces, two tiers)' },
  pre2025: { vi: 'Trước 01/07/2025 (63 tỉnh, 3 cấp)', en: 'Before 1 July 2025 (63 provinces, three tiers)' },
};

export const UnitLinkKind = z.enum(['full', 'partial']);
export type UnitLinkKind = z.infer<typeof UnitLinkKind>;

export const UnitDto = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  type: UnitType,
  typeLabel: z.string(),
  level: UnitLevel,
  era: UnitEra,
  parentCode: z.string().nullable(),
  parentName: z.string().nullable(),
  provinceCode: z.string(),
  provinceName: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export type UnitDto = z.infer<typeof UnitDto>;

export const UnitLinkDto = z.object({ unit: UnitDto, kind: UnitLinkKind });
export type UnitLinkDto = z.infer<typeof UnitLinkDto>;

export const ProvinceRefDto = z.object({ code: z.string(), name: z.string(), type: z.string() });
export type ProvinceRefDto = z.infer<typeof ProvinceRefDto>;

export const UnitDetailDto = UnitDto.extend({
  /** Units of 2025 this (pre-2025) unit went into. */
  successors: z.array(UnitLinkDto),
  /** Pre-2025 units merged into this (2025) unit. */
  predecessors: z.array(UnitLinkDto),
  /** Today's province the unit rolls up to (itself for a 2025 province). */
  currentProvince: ProvinceRefDto.nullable(),
});
export type UnitDetailDto = z.infer<typeof UnitDetailDto>;

export const unitSorts = ['name', 'code'] as const;

export const UnitListQuery = ListQueryBase.extend({
  era: UnitEra.default('2025'),
  level: UnitLevel.optional(),
  provinceCode: ProvinceCode.optional(),
  parentCode: z
    .string()
    .regex(/^(\d{2}|\d{3})$/, 'Mã đơn vị cấp trên gồm 2 hoặc 3 chữ số.')
    .optional(),
  sort: z.enum(['name', '-name', 'code', '-code']).optional(),
});
export type UnitListQuery = z.infer<typeof UnitListQuery>;

export const UnitIdParams = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });

export const ProvinceListQuery = z.object({ era: UnitEra.default('2025') });

/** Outcome of resolving free text such as "xã Tân Hòa, huyện Chợ Mới, An Giang". */
export type UnitResolution = { unit: UnitDto } | { error: 'not_found' | 'ambiguous'; candidates: UnitDto[] };

// ---- catalogues ----

const boolQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Stable catalogue codes: upper-case ASCII, digits, "-" and "." (ND45-3, ND45-3.1, QD1881-2). */
export const CatalogueCode = z
  .string()
  .trim()
  .min(2)
  .max(30)
  .regex(/^[A-Z][A-Z0-9]*(?:[-.][A-Z0-9]+)*$/, 'Mã chỉ gồm chữ in hoa không dấu, chữ số, dấu "-" và ".".');

export const activityContentKinds = ['programme_group', 'content', 'item'] as const;
export const ActivityContentKind = z.enum(activityContentKinds);
export type ActivityContentKind = z.infer<typeof ActivityContentKind>;

export const activityContentKindLabels: Record<ActivityContentKind, Label> = {
  programme_group: { vi: 'Nhóm nội dung Chương trình (QĐ 1881)', en: 'Programme group (QĐ 1881)' },
  content: { vi: 'Nội dung hoạt động khuyến công', en: 'Activity content' },
  item: { vi: 'Hoạt động cụ thể', en: 'Sub-item' },
};

const catalogueCommon = {
  id: z.uuid(),
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  note: z.string().nullable(),
  source: z.string(),
  active: z.boolean(),
  sortOrder: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: Abilities,
};

export const ActivityContentDto = z.object({
  ...catalogueCommon,
  kind: ActivityContentKind,
  parentCode: z.string().nullable(),
  programmeGroup: z.string().nullable(),
});
export type ActivityContentDto = z.infer<typeof ActivityContentDto>;

const catalogueInput = {
  nameVi: Text(500),
  nameEn: Text(500),
  note: OptText(2000),
  source: Text(500),
  active: z.boolean().optional(),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
};

export const ActivityContentCreateInput = z.strictObject({
  code: CatalogueCode,
  kind: ActivityContentKind,
  parentCode: CatalogueCode.nullish(),
  programmeGroup: CatalogueCode.nullish(),
  ...catalogueInput,
});
export type ActivityContentCreateInput = z.infer<typeof ActivityContentCreateInput>;

/** The code and the kind are stable: they are what other records refer to. */
export const ActivityContentUpdateInput = z.strictObject({
  version: z.number().int().min(1),
  parentCode: CatalogueCode.nullish(),
  programmeGroup: CatalogueCode.nullish(),
  nameVi: catalogueInput.nameVi.optional(),
  nameEn: catalogueInput.nameEn.optional(),
  note: catalogueInput.note,
  source: catalogueInput.source.optional(),
  active: catalogueInput.active,
  sortOrder: catalogueInput.sortOrder,
});
export type ActivityContentUpdateInput = z.infer<typeof ActivityContentUpdateInput>;

const CatalogueListBase = ListQueryBase.extend({
  pageSize: z.coerce.number().int().min(1).max(200).default(200),
  active: boolQuery.optional(),
});

export const ActivityContentListQuery = CatalogueListBase.extend({
  kind: ActivityContentKind.optional(),
  programmeGroup: CatalogueCode.optional(),
  parentCode: CatalogueCode.optional(),
});
export type ActivityContentListQuery = z.infer<typeof ActivityContentListQuery>;

export const IndustryDto = z.object(catalogueCommon);
export type IndustryDto = z.infer<typeof IndustryDto>;

export const IndustryCreateInput = z.strictObject({ code: CatalogueCode, ...catalogueInput });
export type IndustryCreateInput = z.infer<typeof IndustryCreateInput>;

export const IndustryUpdateInput = z.strictObject({
  version: z.number().int().min(1),
  nameVi: catalogueInput.nameVi.optional(),
  nameEn: catalogueInput.nameEn.optional(),
  note: catalogueInput.note,
  source: catalogueInput.source.optional(),
  active: catalogueInput.active,
  sortOrder: catalogueInput.sortOrder,
});
export type IndustryUpdateInput = z.infer<typeof IndustryUpdateInput>;

export const IndustryListQuery = CatalogueListBase;
export type IndustryListQuery = z.infer<typeof IndustryListQuery>;

/** The codes the scheme workflow relies on (rows of the read-only scheme_kinds catalogue). */
export const schemeKindCodes = ['ordinary', 'point', 'group', 'product_support'] as const;
export const schemeLevelCodes = ['national', 'local'] as const;

export const schemeKindCategories = ['kind', 'level'] as const;
export const SchemeKindCategory = z.enum(schemeKindCategories);

export const SchemeKindDto = z.object({
  id: z.uuid(),
  code: z.string(),
  category: SchemeKindCategory,
  nameVi: z.string(),
  nameEn: z.string(),
  note: z.string().nullable(),
  source: z.string(),
  active: z.boolean(),
  sortOrder: z.number().int(),
});
export type SchemeKindDto = z.infer<typeof SchemeKindDto>;

export const SchemeKindListQuery = z.object({
  category: SchemeKindCategory.optional(),
  active: boolQuery.optional(),
});
export type SchemeKindListQuery = z.infer<typeof SchemeKindListQuery>;

export const CatalogueIdParams = z.object({ id: z.uuid() });

// ---- legal documents register ----

export const legalDocKinds = [
  'luat',
  'nghi_dinh',
  'thong_tu',
  'thong_tu_lien_tich',
  'quyet_dinh',
  'cong_van',
  'chi_thi',
  'nghi_quyet',
  'ke_hoach',
] as const;
export const LegalDocKind = z.enum(legalDocKinds);
export type LegalDocKind = z.infer<typeof LegalDocKind>;

export const legalDocKindLabels: Record<LegalDocKind, Label> = {
  luat: { vi: 'Luật', en: 'Law' },
  nghi_dinh: { vi: 'Nghị định', en: 'Decree' },
  thong_tu: { vi: 'Thông tư', en: 'Circular' },
  thong_tu_lien_tich: { vi: 'Thông tư liên tịch', en: 'Joint circular' },
  quyet_dinh: { vi: 'Quyết định', en: 'Decision' },
  cong_van: { vi: 'Công văn', en: 'Official letter' },
  chi_thi: { vi: 'Chỉ thị', en: 'Directive' },
  nghi_quyet: { vi: 'Nghị quyết', en: 'Resolution' },
  ke_hoach: { vi: 'Kế hoạch', en: 'Plan' },
};

/** "45 / 2012 / NĐ-CP " → "45/2012/NĐ-CP" (NFC, no spaces around slashes). */
export function normaliseDocNumber(s: string): string {
  return s
    .normalize('NFC')
    .trim()
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ');
}

/** Number/issuer code, with an optional year: 382/CTĐP-QLKC, 45/2012/NĐ-CP, 1881/QĐ-TTg, 202/2025/QH15. */
export const LEGAL_DOC_NUMBER_RE = /^\d{1,6}[a-z]?(?:\/\d{4})?\/\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*$/u;

export const LegalDocNumber = z
  .string()
  .max(80)
  .transform(normaliseDocNumber)
  .pipe(
    z
      .string()
      .regex(
        LEGAL_DOC_NUMBER_RE,
        'Số hiệu văn bản phải có dạng số/ký hiệu, ví dụ 382/CTĐP-QLKC hoặc 45/2012/NĐ-CP.',
      ),
  );

const IsoDate = z.iso.date('Ngày phải có dạng yyyy-mm-dd.');

/** An http(s) address or a path inside the file store; no other schemes (javascript:, data:, …). */
export const FileRef = z
  .string()
  .trim()
  .min(1)
  .max(1000)
  .refine((v) => /^https?:\/\/[^\s]+$/i.test(v) || !/^[a-z][a-z0-9+.-]*:/i.test(v), {
    message: 'Tệp đính kèm phải là địa chỉ http(s) hoặc đường dẫn tệp.',
  });

export const LegalDocumentDto = z.object({
  id: z.uuid(),
  number: z.string(),
  kind: LegalDocKind,
  kindLabel: z.string(),
  issueDate: z.string().nullable(),
  year: z.number().int().nullable(),
  issuer: z.string().nullable(),
  title: z.string(),
  effectiveFrom: z.string().nullable(),
  effectiveTo: z.string().nullable(),
  fileUrl: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: Abilities,
});
export type LegalDocumentDto = z.infer<typeof LegalDocumentDto>;

const legalDocFields = {
  number: LegalDocNumber,
  kind: LegalDocKind,
  issueDate: IsoDate.nullish(),
  issuer: OptText(300),
  title: Text(1000),
  effectiveFrom: IsoDate.nullish(),
  effectiveTo: IsoDate.nullish(),
  fileUrl: FileRef.nullish(),
  note: OptText(2000),
};

const datesInOrder = (v: { effectiveFrom?: string | null; effectiveTo?: string | null }) =>
  !v.effectiveFrom || !v.effectiveTo || v.effectiveTo >= v.effectiveFrom;
const datesMessage = {
  message: 'Ngày hết hiệu lực không được trước ngày có hiệu lực.',
  path: ['effectiveTo'],
};

export const LegalDocumentCreateInput = z.strictObject(legalDocFields).refine(datesInOrder, datesMessage);
export type LegalDocumentCreateInput = z.infer<typeof LegalDocumentCreateInput>;

export const LegalDocumentUpdateInput = z
  .strictObject({
    version: z.number().int().min(1),
    number: legalDocFields.number.optional(),
    kind: legalDocFields.kind.optional(),
    issueDate: legalDocFields.issueDate,
    issuer: legalDocFields.issuer,
    title: legalDocFields.title.optional(),
    effectiveFrom: legalDocFields.effectiveFrom,
    effectiveTo: legalDocFields.effectiveTo,
    fileUrl: legalDocFields.fileUrl,
    note: legalDocFields.note,
  })
  .refine(datesInOrder, datesMessage);
export type LegalDocumentUpdateInput = z.infer<typeof LegalDocumentUpdateInput>;

export const legalDocSorts = [
  'issueDate',
  'number',
  'title',
  'kind',
  'year',
  'effectiveFrom',
  'createdAt',
] as const;

export const LegalDocumentListQuery = ListQueryBase.extend({
  kind: LegalDocKind.optional(),
  year: z.coerce.number().int().min(1945).max(2100).optional(),
});
export type LegalDocumentListQuery = z.infer<typeof LegalDocumentListQuery>;
