import { z } from 'zod';
import { ListQueryBase, OptText, ProvinceCode, Text } from './common.ts';
import { Abilities } from './identity.ts';

type Label = { vi: string; en: string };

// ---- vocabularies ----

export const portalKinds = ['article', 'event', 'document', 'page'] as const;
export const PortalKind = z.enum(portalKinds);
export type PortalKind = z.infer<typeof PortalKind>;

export const portalKindLabels: Record<PortalKind, Label> = {
  article: { vi: 'Tin bài', en: 'Article' },
  event: { vi: 'Sự kiện', en: 'Event' },
  document: { vi: 'Văn bản', en: 'Document' },
  page: { vi: 'Trang', en: 'Page' },
};

/** The editorial workflow every kind of content goes through. */
export const contentStatuses = ['draft', 'in_review', 'published', 'archived'] as const;
export const ContentStatus = z.enum(contentStatuses);
export type ContentStatus = z.infer<typeof ContentStatus>;

export const contentStatusLabels: Record<ContentStatus, Label> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  in_review: { vi: 'Chờ duyệt', en: 'In review' },
  published: { vi: 'Đã xuất bản', en: 'Published' },
  archived: { vi: 'Lưu trữ', en: 'Archived' },
};

export const workflowActions = ['submit', 'publish', 'return', 'archive', 'reopen'] as const;
export const WorkflowAction = z.enum(workflowActions);
export type WorkflowAction = z.infer<typeof WorkflowAction>;

export const workflowActionLabels: Record<WorkflowAction, Label> = {
  submit: { vi: 'Gửi duyệt', en: 'Submit for review' },
  publish: { vi: 'Duyệt và xuất bản', en: 'Approve and publish' },
  return: { vi: 'Trả lại để sửa', en: 'Return for changes' },
  archive: { vi: 'Đưa vào lưu trữ', en: 'Archive' },
  reopen: { vi: 'Mở lại thành bản nháp', en: 'Reopen as draft' },
};

/** Article categories; the value is also the accent-free URL segment (/tin-tuc/chuyen-muc/<value>). */
export const articleCategories = [
  'tin-hoat-dong',
  'chinh-sach',
  'thong-bao',
  'xuc-tien-thuong-mai',
  'guong-dien-hinh',
] as const;
export const ArticleCategory = z.enum(articleCategories);
export type ArticleCategory = z.infer<typeof ArticleCategory>;

export const articleCategoryLabels: Record<ArticleCategory, Label> = {
  'tin-hoat-dong': { vi: 'Tin hoạt động', en: 'News' },
  'chinh-sach': { vi: 'Chính sách', en: 'Policy' },
  'thong-bao': { vi: 'Thông báo', en: 'Announcements' },
  'xuc-tien-thuong-mai': { vi: 'Xúc tiến thương mại', en: 'Trade promotion' },
  'guong-dien-hinh': { vi: 'Gương điển hình', en: 'Success stories' },
};

export const eventKinds = ['fair', 'exhibition', 'trade_conference', 'trade_mission', 'training'] as const;
export const EventKind = z.enum(eventKinds);
export type EventKind = z.infer<typeof EventKind>;

export const eventKindLabels: Record<EventKind, Label> = {
  fair: { vi: 'Hội chợ', en: 'Fair' },
  exhibition: { vi: 'Triển lãm', en: 'Exhibition' },
  trade_conference: { vi: 'Hội nghị giao thương', en: 'Trade conference' },
  trade_mission: { vi: 'Đoàn giao dịch thương mại', en: 'Trade mission' },
  training: { vi: 'Đào tạo, tập huấn', en: 'Training' },
};

export const documentKinds = ['cong_van', 'quyet_dinh', 'thong_tu', 'nghi_dinh', 'ke_hoach'] as const;
export const DocumentKind = z.enum(documentKinds);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const documentKindLabels: Record<DocumentKind, Label> = {
  cong_van: { vi: 'Công văn', en: 'Official letter' },
  quyet_dinh: { vi: 'Quyết định', en: 'Decision' },
  thong_tu: { vi: 'Thông tư', en: 'Circular' },
  nghi_dinh: { vi: 'Nghị định', en: 'Decree' },
  ke_hoach: { vi: 'Kế hoạch', en: 'Plan' },
};

/** How an establishment signs up for an event: not at all, on an outside site, or with the portal's form. */
export const registrationModes = ['none', 'link', 'form'] as const;
export const RegistrationMode = z.enum(registrationModes);
export type RegistrationMode = z.infer<typeof RegistrationMode>;

// ---- field rules ----

export const SLUG_MESSAGE =
  'Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ: hoi-cho-cong-nghiep-2019.';
/** Custom refinements carry their own Vietnamese message into the problem's field errors. */
export const Slug = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .refine((v) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v), SLUG_MESSAGE);

/** A calendar date "yyyy-mm-dd" that exists. */
export const IsoDate = z.string().refine((s) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, 'Ngày không hợp lệ (dạng yyyy-mm-dd, ngày phải tồn tại).');

export const HttpUrl = z
  .string()
  .trim()
  .max(1000)
  .refine((v) => /^https?:\/\/[^\s<>"']+$/i.test(v), 'Đường dẫn phải bắt đầu bằng http:// hoặc https://.');

const Tag = z.string().trim().min(1).max(60);
const BodyHtml = z.string().max(300_000);

const contentFields = {
  title: Text(300),
  slug: Slug.nullish(),
  summary: OptText(1000),
  bodyHtml: BodyHtml.optional(),
  coverMediaId: z.uuid().nullish(),
  tags: z.array(Tag).max(20).optional(),
  provinceCode: ProvinceCode.nullish(),
  attachmentIds: z.array(z.uuid()).max(20).optional(),
  relatedIds: z.array(z.uuid()).max(20).optional(),
};

const articleFields = { category: ArticleCategory };

const eventFields = {
  eventKind: EventKind,
  startsOn: IsoDate,
  endsOn: IsoDate,
  place: Text(300),
  organiser: Text(300),
  registrationMode: RegistrationMode.default('none'),
  registrationUrl: HttpUrl.nullish(),
  registrationDeadline: IsoDate.nullish(),
};

const documentFields = {
  docNumber: Text(80),
  docKind: DocumentKind,
  issuer: Text(300),
  issuedOn: IsoDate,
  effectiveFrom: IsoDate.nullish(),
  effectiveTo: IsoDate.nullish(),
  /** Optional link to the reference register of legal documents (GET /api/legal-documents). */
  legalDocumentId: z.uuid().nullish(),
};

const version = { version: z.number().int().min(1) };

export const ArticleCreateInput = z.strictObject({ ...contentFields, ...articleFields });
export type ArticleCreateInput = z.infer<typeof ArticleCreateInput>;
export const ArticleUpdateInput = ArticleCreateInput.partial().extend(version).strict();
export type ArticleUpdateInput = z.infer<typeof ArticleUpdateInput>;

export const EventCreateInput = z.strictObject({ ...contentFields, ...eventFields });
export type EventCreateInput = z.infer<typeof EventCreateInput>;
export const EventUpdateInput = z
  .strictObject({ ...contentFields, ...eventFields, registrationMode: RegistrationMode })
  .partial()
  .extend(version)
  .strict();
export type EventUpdateInput = z.infer<typeof EventUpdateInput>;

export const DocumentCreateInput = z.strictObject({ ...contentFields, ...documentFields });
export type DocumentCreateInput = z.infer<typeof DocumentCreateInput>;
export const DocumentUpdateInput = DocumentCreateInput.partial().extend(version).strict();
export type DocumentUpdateInput = z.infer<typeof DocumentUpdateInput>;

export const PageCreateInput = z.strictObject({ ...contentFields });
export type PageCreateInput = z.infer<typeof PageCreateInput>;
export const PageUpdateInput = PageCreateInput.partial().extend(version).strict();
export type PageUpdateInput = z.infer<typeof PageUpdateInput>;

/** Every field any kind may carry: what the services work with after the route validated the kind's own schema. */
export type ContentInput = Partial<
  ArticleCreateInput & EventCreateInput & DocumentCreateInput & { version: number }
>;

export const TransitionInput = z.strictObject({
  action: WorkflowAction,
  version: z.number().int().min(1),
  /** Publish at this moment (ISO 8601); in the future = scheduled. Default: now. */
  publishAt: z.iso.datetime({ offset: true }).nullish(),
  note: OptText(1000),
});
export type TransitionInput = z.infer<typeof TransitionInput>;

export const RestoreInput = z.strictObject({ version: z.number().int().min(1) });
export type RestoreInput = z.infer<typeof RestoreInput>;

// ---- DTOs ----

export const MediaDto = z.object({
  id: z.uuid(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  url: z.string(),
});
export type MediaDto = z.infer<typeof MediaDto>;

export const EventDetailsDto = z.object({
  eventKind: EventKind,
  startsOn: z.string(),
  endsOn: z.string(),
  place: z.string(),
  organiser: z.string(),
  registrationMode: RegistrationMode,
  registrationUrl: z.string().nullable(),
  registrationDeadline: z.string().nullable(),
  registrationOpen: z.boolean(),
  registrationCount: z.number().int(),
});
export type EventDetailsDto = z.infer<typeof EventDetailsDto>;

export const DocumentDetailsDto = z.object({
  docNumber: z.string(),
  docKind: DocumentKind,
  issuer: z.string(),
  issuedOn: z.string(),
  effectiveFrom: z.string().nullable(),
  effectiveTo: z.string().nullable(),
  legalDocumentId: z.string().nullable(),
});
export type DocumentDetailsDto = z.infer<typeof DocumentDetailsDto>;

export const PortalItemSummaryDto = z.object({
  id: z.uuid(),
  kind: PortalKind,
  slug: z.string(),
  title: z.string(),
  summary: z.string().nullable(),
  category: ArticleCategory.nullable(),
  provinceCode: z.string().nullable(),
  provinceName: z.string().nullable(),
  status: ContentStatus,
  /** Published with a publication time still in the future: not shown publicly yet. */
  scheduled: z.boolean(),
  publishedAt: z.string().nullable(),
  authorName: z.string(),
  publicUrl: z.string(),
  event: EventDetailsDto.nullable(),
  document: DocumentDetailsDto.nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  abilities: Abilities,
});
export type PortalItemSummaryDto = z.infer<typeof PortalItemSummaryDto>;

export const PortalItemDto = PortalItemSummaryDto.extend({
  bodyHtml: z.string(),
  tags: z.array(z.string()),
  cover: MediaDto.nullable(),
  attachments: z.array(MediaDto),
  relatedIds: z.array(z.string()),
  reviewNote: z.string().nullable(),
  createdAt: z.string(),
});
export type PortalItemDto = z.infer<typeof PortalItemDto>;

export const PortalListQuery = ListQueryBase.extend({
  status: ContentStatus.optional(),
  provinceCode: ProvinceCode.optional(),
  category: ArticleCategory.optional(),
  eventKind: EventKind.optional(),
  docKind: DocumentKind.optional(),
});
export type PortalListQuery = z.infer<typeof PortalListQuery>;

export const RevisionDto = z.object({
  revision: z.number().int(),
  action: z.string(),
  actorName: z.string(),
  status: ContentStatus,
  title: z.string(),
  createdAt: z.string(),
});
export type RevisionDto = z.infer<typeof RevisionDto>;

export const RevisionDetailDto = RevisionDto.extend({ snapshot: z.record(z.string(), z.unknown()) });
export type RevisionDetailDto = z.infer<typeof RevisionDetailDto>;

export const DiffLine = z.object({ op: z.enum(['same', 'add', 'del']), text: z.string() });
export type DiffLine = z.infer<typeof DiffLine>;

export const RevisionCompareDto = z.object({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  bodyDiff: z.array(DiffLine),
});
export type RevisionCompareDto = z.infer<typeof RevisionCompareDto>;

export const RevisionCompareQuery = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

// ---- event registrations ----

export const RegistrationInput = z.strictObject({
  establishmentName: Text(300),
  contactName: Text(200),
  phone: z
    .string()
    .trim()
    .refine((v) => /^[0-9+().\s-]{8,20}$/.test(v), 'Số điện thoại gồm 8–20 chữ số.'),
  email: z.email().max(254),
  products: Text(2000),
  note: OptText(1000),
});
export type RegistrationInput = z.infer<typeof RegistrationInput>;

export const RegistrationDto = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  organisationId: z.uuid(),
  establishmentName: z.string(),
  contactName: z.string(),
  phone: z.string(),
  email: z.string(),
  products: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type RegistrationDto = z.infer<typeof RegistrationDto>;

/** The public URL of an item (accent-free Vietnamese paths). */
export function publicPathOf(kind: PortalKind, slug: string): string {
  switch (kind) {
    case 'article':
      return `/tin-tuc/${slug}`;
    case 'event':
      return `/su-kien/${slug}`;
    case 'document':
      return `/van-ban/${slug}`;
    case 'page':
      return slug === 'gioi-thieu' || slug === 'lien-he' ? `/${slug}` : `/trang/${slug}`;
  }
}
