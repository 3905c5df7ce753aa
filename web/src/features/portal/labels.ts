import { useCallback } from 'react';
import type { PortalKind } from '../../../../shared/schemas/portal.ts';
import { useI18n } from '../../lib/i18n.tsx';

/** The portal screens' own words, Vietnamese and English (vocabulary labels come from shared/schemas/portal.ts). */
const text = {
  title: { vi: 'Cổng thông tin', en: 'Public portal' },
  subtitle: {
    vi: 'Soạn, duyệt và xuất bản tin tức, sự kiện, văn bản và trang giới thiệu trên cổng công khai.',
    en: 'Write, review and publish news, events, documents and pages on the public portal.',
  },
  openSite: { vi: 'Xem cổng thông tin', en: 'Open the public site' },
  create: { vi: 'Soạn mới', en: 'New' },
  search: { vi: 'Tìm theo tiêu đề, số hiệu (không cần dấu)', en: 'Search title or number' },
  status: { vi: 'Trạng thái', en: 'Status' },
  colTitle: { vi: 'Tiêu đề', en: 'Title' },
  colProvince: { vi: 'Đơn vị', en: 'Owner' },
  colDate: { vi: 'Ngày xuất bản', en: 'Published' },
  colUpdated: { vi: 'Cập nhật', en: 'Updated' },
  colEventDates: { vi: 'Thời gian', en: 'Dates' },
  colRegistrations: { vi: 'Đăng ký', en: 'Registrations' },
  colNumber: { vi: 'Số, ký hiệu', en: 'Number' },
  national: { vi: 'Cục (toàn quốc)', en: 'Agency (national)' },
  scheduled: { vi: 'Hẹn giờ {at}', en: 'Scheduled {at}' },
  newTitle: { vi: 'Soạn {kind} mới', en: 'New {kind}' },
  back: { vi: 'Danh sách', en: 'Back to list' },
  save: { vi: 'Lưu', en: 'Save' },
  saved: { vi: 'Đã lưu phiên bản {version}.', en: 'Saved version {version}.' },
  created: { vi: 'Đã tạo bản nháp.', en: 'Draft created.' },
  preview: { vi: 'Xem trước', en: 'Preview' },
  history: { vi: 'Lịch sử phiên bản', en: 'Version history' },
  viewPublic: { vi: 'Xem trên cổng', en: 'View on the site' },
  fTitle: { vi: 'Tiêu đề', en: 'Title' },
  fSlug: { vi: 'Đường dẫn (không dấu)', en: 'URL slug' },
  fSlugHelp: {
    vi: 'Để trống để tạo tự động từ tiêu đề, ví dụ: hoi-cho-cong-nghiep-nong-thon-2026.',
    en: 'Leave empty to derive it from the title.',
  },
  fSummary: { vi: 'Tóm tắt', en: 'Summary' },
  fBody: { vi: 'Nội dung', en: 'Body' },
  fCategory: { vi: 'Chuyên mục', en: 'Category' },
  fTags: { vi: 'Từ khóa', en: 'Tags' },
  fCover: { vi: 'Ảnh đại diện', en: 'Cover image' },
  fAttachments: { vi: 'Tệp đính kèm', en: 'Attachments' },
  fEventKind: { vi: 'Loại sự kiện', en: 'Kind of event' },
  fDates: { vi: 'Thời gian diễn ra', en: 'Dates' },
  fPlace: { vi: 'Địa điểm', en: 'Place' },
  fOrganiser: { vi: 'Đơn vị tổ chức', en: 'Organiser' },
  fRegistrationMode: { vi: 'Đăng ký tham gia', en: 'Registration' },
  modeNone: { vi: 'Không nhận đăng ký', en: 'None' },
  modeLink: { vi: 'Qua đường dẫn bên ngoài', en: 'On an outside site' },
  modeForm: { vi: 'Mẫu đăng ký trên cổng', en: 'The portal’s form' },
  fRegistrationUrl: { vi: 'Đường dẫn đăng ký', en: 'Registration URL' },
  fDeadline: { vi: 'Hạn đăng ký', en: 'Registration deadline' },
  fRelated: { vi: 'Văn bản liên quan', en: 'Related documents' },
  fDocNumber: { vi: 'Số, ký hiệu', en: 'Number' },
  fDocKind: { vi: 'Loại văn bản', en: 'Kind of document' },
  fIssuer: { vi: 'Cơ quan ban hành', en: 'Issuer' },
  fIssuedOn: { vi: 'Ngày ban hành', en: 'Issued on' },
  fEffective: { vi: 'Hiệu lực', en: 'In force' },
  upload: { vi: 'Tải lên', en: 'Upload' },
  uploadHint: {
    vi: 'Ảnh PNG, JPEG, GIF, WebP đến 5 MB; tài liệu PDF, Word, Excel đến 20 MB. Tệp được kiểm tra theo nội dung thực tế.',
    en: 'Images up to 5 MB; PDF, Word, Excel up to 20 MB. Files are checked by content.',
  },
  remove: { vi: 'Bỏ', en: 'Remove' },
  wSubmit: { vi: 'Gửi duyệt', en: 'Submit for review' },
  wPublish: { vi: 'Duyệt và xuất bản', en: 'Approve and publish' },
  wReturn: { vi: 'Trả lại', en: 'Return' },
  wArchive: { vi: 'Lưu trữ', en: 'Archive' },
  wReopen: { vi: 'Mở lại', en: 'Reopen' },
  publishNow: { vi: 'Xuất bản ngay', en: 'Publish now' },
  publishAt: { vi: 'Hẹn giờ xuất bản', en: 'Schedule' },
  publishAtHelp: {
    vi: 'Để trống để xuất bản ngay. Thời điểm trong tương lai: nội dung chỉ hiện trên cổng khi đến giờ.',
    en: 'Empty publishes now; a future time keeps it hidden until then.',
  },
  note: { vi: 'Ghi chú cho người soạn', en: 'Note for the author' },
  reviewNote: { vi: 'Ghi chú của người duyệt', en: 'Reviewer’s note' },
  unsaved: { vi: 'Hãy lưu thay đổi trước khi chuyển trạng thái.', en: 'Save your changes first.' },
  done: { vi: 'Đã cập nhật trạng thái: {status}.', en: 'Status now: {status}.' },
  revision: { vi: 'Phiên bản {n}', en: 'Version {n}' },
  compare: { vi: 'So sánh', en: 'Compare' },
  compareWithPrevious: { vi: 'So với phiên bản trước', en: 'Compare with previous' },
  restore: { vi: 'Khôi phục nội dung này', en: 'Restore this content' },
  restored: {
    vi: 'Đã khôi phục nội dung phiên bản {n} thành phiên bản mới.',
    en: 'Version {n} restored as a new version.',
  },
  restoreConfirm: {
    vi: 'Nội dung hiện tại được giữ trong lịch sử; nội dung phiên bản {n} trở thành phiên bản mới. Tiếp tục?',
    en: 'The current content stays in the history; version {n} becomes the new version. Continue?',
  },
  changes: { vi: 'Thay đổi', en: 'Changes' },
  noChanges: { vi: 'Không có thay đổi nội dung.', en: 'No content changes.' },
  bodyChanges: { vi: 'Thay đổi trong nội dung', en: 'Body changes' },
  registrations: { vi: 'Cơ sở đăng ký tham gia', en: 'Registrations' },
  exportExcel: { vi: 'Xuất Excel', en: 'Export to Excel' },
  regEstablishment: { vi: 'Cơ sở', en: 'Establishment' },
  regContact: { vi: 'Người liên hệ', en: 'Contact' },
  regProducts: { vi: 'Sản phẩm trưng bày', en: 'Products' },
  regAt: { vi: 'Thời gian đăng ký', en: 'Registered at' },
  bold: { vi: 'Đậm', en: 'Bold' },
  italic: { vi: 'Nghiêng', en: 'Italic' },
  heading: { vi: 'Tiêu đề mục', en: 'Heading' },
  subheading: { vi: 'Tiêu đề nhỏ', en: 'Subheading' },
  paragraph: { vi: 'Đoạn văn', en: 'Paragraph' },
  bullets: { vi: 'Danh sách', en: 'Bullets' },
  numbers: { vi: 'Danh sách đánh số', en: 'Numbered list' },
  link: { vi: 'Chèn liên kết', en: 'Link' },
  linkPrompt: { vi: 'Địa chỉ liên kết (https://…)', en: 'Link address (https://…)' },
  image: { vi: 'Chèn ảnh', en: 'Image' },
  undo: { vi: 'Hoàn tác', en: 'Undo' },
  redo: { vi: 'Làm lại', en: 'Redo' },
  sanitiseNote: {
    vi: 'Nội dung được làm sạch trên máy chủ khi lưu (bỏ mã script, thuộc tính sự kiện, khung nhúng lạ).',
    en: 'The body is cleaned on the server when saved.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;

export type PortalTextKey = keyof typeof text;

export function usePortalText() {
  const { lang } = useI18n();
  return useCallback(
    (key: PortalTextKey, params?: Record<string, string | number>) =>
      text[key][lang].replace(/\{(\w+)\}/g, (m, k: string) =>
        params && k in params ? String(params[k]) : m,
      ),
    [lang],
  );
}

/** URL segments of the officials' portal screens, per kind (accent-free Vietnamese). */
export const kindSegments: Record<PortalKind, string> = {
  article: 'tin-bai',
  event: 'su-kien',
  document: 'van-ban',
  page: 'trang',
};

export const kindBySegment = Object.fromEntries(
  Object.entries(kindSegments).map(([k, v]) => [v, k]),
) as Record<string, PortalKind>;

/** Paths of the API per kind. */
export const apiPaths: Record<PortalKind, string> = {
  article: '/api/portal/articles',
  event: '/api/portal/events',
  document: '/api/portal/documents',
  page: '/api/portal/pages',
};

export const ADMIN_BASE = '/admin/cong-thong-tin';
