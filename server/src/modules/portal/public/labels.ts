import type { Locale } from '../../../../../shared/errors.ts';
import { fillMessage } from '../../../../../shared/errors.ts';

/** The public site's own words (the content itself is Vietnamese); English with ?lang=en. */
const labels = {
  siteName: { vi: 'Cổng thông tin Khuyến công', en: 'Industrial Promotion Portal' },
  tagline: {
    vi: 'Chương trình khuyến công quốc gia và địa phương — tin tức, sự kiện, văn bản, minh bạch',
    en: 'National and local industrial-promotion programme — news, events, documents, transparency',
  },
  home: { vi: 'Trang chủ', en: 'Home' },
  news: { vi: 'Tin tức', en: 'News' },
  events: { vi: 'Sự kiện', en: 'Events' },
  calendar: { vi: 'Lịch sự kiện', en: 'Event calendar' },
  documents: { vi: 'Văn bản', en: 'Documents' },
  transparency: { vi: 'Minh bạch', en: 'Transparency' },
  about: { vi: 'Giới thiệu', en: 'About' },
  contact: { vi: 'Liên hệ', en: 'Contact' },
  login: { vi: 'Đăng nhập', en: 'Sign in' },
  search: { vi: 'Tìm kiếm', en: 'Search' },
  searchPlaceholder: {
    vi: 'Tìm tin, sự kiện, văn bản (không cần gõ dấu)',
    en: 'Search news, events, documents',
  },
  latestNews: { vi: 'Tin mới', en: 'Latest news' },
  upcomingEvents: { vi: 'Sự kiện sắp diễn ra', en: 'Upcoming events' },
  latestDocuments: { vi: 'Văn bản mới', en: 'Latest documents' },
  planFigures: { vi: 'Kế hoạch khuyến công năm {year}', en: '{year} industrial-promotion plan' },
  noData: { vi: 'Chưa có dữ liệu.', en: 'No data yet.' },
  noPlanData: {
    vi: 'Chưa có dữ liệu kế hoạch khuyến công năm {year} được công bố trên hệ thống.',
    en: 'No {year} plan figures have been published in the system yet.',
  },
  seeAll: { vi: 'Xem tất cả', en: 'See all' },
  publishedOn: { vi: 'Ngày đăng', en: 'Published' },
  author: { vi: 'Người viết', en: 'Author' },
  national: { vi: 'Toàn quốc', en: 'National' },
  related: { vi: 'Tin liên quan', en: 'Related' },
  relatedDocuments: { vi: 'Văn bản liên quan', en: 'Related documents' },
  attachments: { vi: 'Tệp đính kèm', en: 'Attachments' },
  tags: { vi: 'Từ khóa', en: 'Tags' },
  eventKind: { vi: 'Loại sự kiện', en: 'Kind' },
  time: { vi: 'Thời gian', en: 'When' },
  place: { vi: 'Địa điểm', en: 'Where' },
  organiser: { vi: 'Đơn vị tổ chức', en: 'Organiser' },
  deadline: { vi: 'Hạn đăng ký', en: 'Registration deadline' },
  register: { vi: 'Đăng ký tham gia', en: 'Register' },
  registerOutside: { vi: 'Đăng ký trên trang của đơn vị tổ chức', en: 'Register on the organiser’s site' },
  registrationClosed: { vi: 'Đã hết hạn đăng ký.', en: 'Registration has closed.' },
  registrationNone: {
    vi: 'Sự kiện không nhận đăng ký trực tuyến.',
    en: 'No online registration for this event.',
  },
  registerHint: {
    vi: 'Dành cho cơ sở công nghiệp nông thôn: đăng nhập bằng tài khoản của cơ sở, điền thông tin và sản phẩm dự kiến trưng bày.',
    en: 'For rural industrial establishments: sign in with your establishment’s account and fill in the form.',
  },
  establishmentName: { vi: 'Tên cơ sở', en: 'Establishment' },
  contactName: { vi: 'Người liên hệ', en: 'Contact person' },
  phone: { vi: 'Điện thoại', en: 'Phone' },
  email: { vi: 'Email', en: 'E-mail' },
  products: { vi: 'Sản phẩm dự kiến trưng bày', en: 'Products to exhibit' },
  note: { vi: 'Ghi chú', en: 'Note' },
  submit: { vi: 'Gửi đăng ký', en: 'Send registration' },
  docNumber: { vi: 'Số, ký hiệu', en: 'Number' },
  docKind: { vi: 'Loại văn bản', en: 'Kind' },
  issuer: { vi: 'Cơ quan ban hành', en: 'Issuer' },
  issuedOn: { vi: 'Ngày ban hành', en: 'Issued' },
  effective: { vi: 'Hiệu lực', en: 'In force' },
  effectiveFrom: { vi: 'từ {from}', en: 'from {from}' },
  effectiveTo: { vi: 'đến {to}', en: 'until {to}' },
  download: { vi: 'Tải về', en: 'Download' },
  results: { vi: '{n} kết quả cho “{q}”', en: '{n} results for “{q}”' },
  noResults: {
    vi: 'Không tìm thấy nội dung phù hợp. Hãy thử từ khóa khác.',
    en: 'Nothing found. Try other words.',
  },
  searchHint: {
    vi: 'Nhập từ khóa để tìm trong tin tức, sự kiện và văn bản.',
    en: 'Type words to search news, events and documents.',
  },
  page: { vi: 'Trang {n}/{of}', en: 'Page {n} of {of}' },
  prev: { vi: '← Trang trước', en: '← Previous' },
  next: { vi: 'Trang sau →', en: 'Next →' },
  filter: { vi: 'Lọc', en: 'Filter' },
  allCategories: { vi: 'Tất cả chuyên mục', en: 'All categories' },
  allProvinces: { vi: 'Tất cả tỉnh, thành phố', en: 'All provinces' },
  allKinds: { vi: 'Tất cả các loại', en: 'All kinds' },
  allYears: { vi: 'Mọi năm', en: 'All years' },
  upcoming: { vi: 'Sắp diễn ra', en: 'Upcoming' },
  past: { vi: 'Đã diễn ra', en: 'Past' },
  keywords: { vi: 'Số hiệu, trích yếu, cơ quan ban hành', en: 'Number, title, issuer' },
  total: { vi: '{n} mục', en: '{n} items' },
  prevMonth: { vi: '← Tháng trước', en: '← Previous month' },
  nextMonth: { vi: 'Tháng sau →', en: 'Next month →' },
  monthTitle: { vi: 'Tháng {m}/{y}', en: '{m}/{y}' },
  noEventsMonth: { vi: 'Không có sự kiện trong tháng này.', en: 'No events this month.' },
  fundedSchemes: {
    vi: 'Đề án được hỗ trợ theo tỉnh, thành phố — năm {year}',
    en: 'Funded schemes by province — {year}',
  },
  recognisedProducts: {
    vi: 'Sản phẩm công nghiệp nông thôn tiêu biểu',
    en: 'Recognised typical rural industrial products',
  },
  transparencyIntro: {
    vi: 'Công khai kinh phí khuyến công được giao, các đề án được hỗ trợ và các sản phẩm được bình chọn, lấy trực tiếp từ dữ liệu quản lý của chương trình.',
    en: 'Funds assigned, schemes funded and products recognised, read directly from the programme’s records.',
  },
  year: { vi: 'Năm', en: 'Year' },
  openData: { vi: 'Dữ liệu mở', en: 'Open data' },
  openDataIntro: {
    vi: 'Tải về dữ liệu năm {year}: các đề án được hỗ trợ theo chuẩn 360Giving và các hợp đồng, điều chỉnh, ngừng thực hiện theo chuẩn OCDS. Không chứa thông tin cá nhân; sử dụng theo giấy phép CC BY 4.0.',
    en: 'Download the {year} data: funded schemes in the 360Giving standard, and contracts, amendments and terminations in OCDS. No personal data; licensed under CC BY 4.0.',
  },
  openDataGrantsJson: { vi: 'Đề án được hỗ trợ — 360Giving (JSON)', en: 'Funded schemes — 360Giving (JSON)' },
  openDataGrantsCsv: { vi: 'Đề án được hỗ trợ — 360Giving (CSV)', en: 'Funded schemes — 360Giving (CSV)' },
  openDataReleases: { vi: 'Hợp đồng — OCDS (JSON)', en: 'Contracts — OCDS (JSON)' },
  openDataAll: { vi: 'Mọi năm', en: 'All years' },
  openDataCatalogue: { vi: 'Danh mục dữ liệu mở', en: 'Open-data catalogue' },
  licence: { vi: 'Giấy phép CC BY 4.0', en: 'CC BY 4.0 licence' },
  fundsNote: {
    vi: 'Kinh phí hỗ trợ hiện hành của từng đề án: số quyết toán nếu đã quyết toán, số đã chi nếu đã ngừng thực hiện, giá trị hợp đồng nếu đã ký, nếu chưa thì mức được giao hoặc phê duyệt — khớp với tệp 360Giving.',
    en: 'Each scheme’s current support: the settled amount once settled, the amount paid if stopped, the contract value once signed, else the amount assigned or approved — as in the 360Giving file.',
  },
  province: { vi: 'Tỉnh, thành phố', en: 'Province' },
  schemes: { vi: 'Số đề án', en: 'Schemes' },
  funds: { vi: 'Kinh phí hỗ trợ', en: 'Support' },
  product: { vi: 'Sản phẩm', en: 'Product' },
  establishment: { vi: 'Cơ sở', en: 'Establishment' },
  level: { vi: 'Cấp', en: 'Level' },
  notFound: { vi: 'Không tìm thấy trang', en: 'Page not found' },
  notFoundText: {
    vi: 'Trang bạn tìm không tồn tại hoặc chưa được xuất bản. Hãy thử tìm kiếm hoặc quay về trang chủ.',
    en: 'This page does not exist or is not published yet.',
  },
  feeds: { vi: 'Nhận tin qua RSS', en: 'RSS feeds' },
  sitemap: { vi: 'Sơ đồ trang', en: 'Site map' },
  language: { vi: 'English', en: 'Tiếng Việt' },
  footer: {
    vi: 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công — Bộ Công Thương và các Sở Công Thương.',
    en: 'Agency for Innovation, Green Transition and Industrial Promotion — Ministry of Industry and Trade, and provincial departments.',
  },
  breadcrumb: { vi: 'Đường dẫn', en: 'Breadcrumb' },
  menu: { vi: 'Trình đơn', en: 'Menu' },
} as const satisfies Record<string, { vi: string; en: string }>;

export type LabelKey = keyof typeof labels;

export function t(locale: Locale, key: LabelKey, params?: Record<string, unknown>): string {
  return fillMessage(labels[key][locale], params);
}

/** A link that keeps the visitor's language. */
export function href(locale: Locale, path: string): string {
  if (locale === 'vi') return path;
  return `${path}${path.includes('?') ? '&' : '?'}lang=en`;
}

/** "24-07-2019": the date format of the portal's lists of related items (as in the source article). */
export function dashDate(d: string | Date | null | undefined): string {
  if (!d) return '';
  const iso = typeof d === 'string' ? d : new Date(d.getTime() + 7 * 3600 * 1000).toISOString();
  const [y, m, day] = iso.slice(0, 10).split('-');
  return `${day}-${m}-${y}`;
}
