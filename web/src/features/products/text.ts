import type {
  CertificateStatus,
  ComplaintStatus,
  CouncilRole,
  EntryStatus,
  ProductGroup,
  ProductLevel,
  RoundStatus,
} from '../../../../shared/schemas/products.ts';

type L = { vi: string; en: string };

/** The typical-product screens' words, Vietnamese first, English second (picked with useLabel). */
export const tx = {
  title: { vi: 'Bình chọn sản phẩm CNNT tiêu biểu', en: 'Typical rural industrial products' },
  subtitle: {
    vi: 'Các đợt bình chọn cấp xã, tỉnh, khu vực, quốc gia: đăng ký, hội đồng chấm điểm, công nhận và cấp giấy chứng nhận.',
    en: 'Commune, province, regional and national rounds: registration, council scoring, recognition and certificates.',
  },
  newRound: { vi: 'Tạo đợt bình chọn', en: 'New round' },
  publicRegistry: { vi: 'Danh mục công khai', en: 'Public registry' },
  search: { vi: 'Tìm theo tên, mã đợt (không cần dấu)', en: 'Search name or code' },
  code: { vi: 'Mã đợt', en: 'Code' },
  name: { vi: 'Tên đợt', en: 'Name' },
  level: { vi: 'Cấp', en: 'Level' },
  year: { vi: 'Năm', en: 'Year' },
  status: { vi: 'Trạng thái', en: 'Status' },
  organiser: { vi: 'Cơ quan tổ chức', en: 'Organiser' },
  province: { vi: 'Tỉnh, thành phố', en: 'Province' },
  region: { vi: 'Khu vực', en: 'Region' },
  regionName: { vi: 'Tên khu vực', en: 'Region name' },
  regionProvinces: { vi: 'Các tỉnh, thành phố của khu vực', en: 'Provinces of the region' },
  regionPreset: { vi: 'Điền theo khu vực 2014', en: 'Fill from a 2014 region' },
  regionAmbiguous: {
    vi: 'Các tỉnh sau gồm cả tỉnh cũ của khu vực khác, hãy tự quyết định: {codes}',
    en: 'These provinces merged old provinces of two regions; decide yourself: {codes}',
  },
  window: { vi: 'Thời gian nhận đăng ký', en: 'Registration window' },
  opens: { vi: 'Mở đăng ký', en: 'Opens' },
  closes: { vi: 'Đóng đăng ký', en: 'Closes' },
  selectionDate: { vi: 'Ngày bình chọn', en: 'Selection date' },
  groups: { vi: 'Nhóm sản phẩm', en: 'Product groups' },
  threshold: { vi: 'Điểm đạt (trên 100)', en: 'Pass mark (of 100)' },
  quorum: { vi: 'Tỷ lệ phiếu tối thiểu (%)', en: 'Minimum share of sheets (%)' },
  prizes: { vi: 'Giải thưởng', en: 'Prizes' },
  prizeLabel: { vi: 'Tên giải', en: 'Prize' },
  prizeAmount: { vi: 'Mức thưởng (đồng)', en: 'Amount (VND)' },
  prizeCount: { vi: 'Số giải', en: 'Count' },
  addPrize: { vi: 'Thêm giải', en: 'Add prize' },
  entries: { vi: 'Sản phẩm đăng ký', en: 'Entries' },
  save: { vi: 'Lưu', en: 'Save' },
  edit: { vi: 'Sửa đợt', en: 'Edit' },
  saved: { vi: 'Đã lưu.', en: 'Saved.' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  back: { vi: 'Quay lại', en: 'Back' },
  rulesNote: {
    vi: 'Theo TT 26/2014/TT-BCT sửa đổi bởi TT 14/2018 và TT 38/2025: hội đồng {size} thành viên, đạt từ {threshold} điểm.',
    en: 'Under TT 26/2014 as amended: a council of {size} members, pass at {threshold} points.',
  },
  // tabs
  tabInfo: { vi: 'Thông tin đợt', en: 'Round' },
  tabCouncil: { vi: 'Hội đồng', en: 'Council' },
  tabEntries: { vi: 'Sản phẩm đăng ký', en: 'Entries' },
  tabScoring: { vi: 'Phiếu chấm của tôi', en: 'My score sheets' },
  tabResults: { vi: 'Tiến độ và kết quả', en: 'Progress and results' },
  tabCertificates: { vi: 'Công nhận và giấy chứng nhận', en: 'Recognition and certificates' },
  tabComplaints: { vi: 'Khiếu nại', en: 'Complaints' },
  // transitions
  open_registration: { vi: 'Mở đăng ký', en: 'Open registration' },
  start_scoring: { vi: 'Bắt đầu chấm điểm', en: 'Start scoring' },
  publish_results: { vi: 'Công bố kết quả', en: 'Publish results' },
  close: { vi: 'Kết thúc đợt', en: 'Close the round' },
  confirm: { vi: 'Xác nhận: {action}?', en: 'Confirm: {action}?' },
  done: { vi: 'Đã thực hiện: {action}.', en: 'Done: {action}.' },
  complaintUntil: { vi: 'Nhận khiếu nại đến hết ngày {date}', en: 'Complaints until {date}' },
  // council
  member: { vi: 'Thành viên', en: 'Member' },
  role: { vi: 'Vai trò', en: 'Role' },
  addMember: { vi: 'Thêm thành viên', en: 'Add member' },
  remove: { vi: 'Bớt', en: 'Remove' },
  conflicts: { vi: 'Xung đột lợi ích', en: 'Conflicts of interest' },
  declareConflict: { vi: 'Khai báo xung đột lợi ích', en: 'Declare a conflict' },
  conflictWith: { vi: 'Cơ sở có xung đột', en: 'Establishment' },
  reason: { vi: 'Lý do', en: 'Reason' },
  councilSize: {
    vi: 'Hội đồng cấp này có {allowed} thành viên (số lẻ), có 1 Chủ tịch và 1 Thư ký.',
    en: 'This level needs {allowed} members (odd), one chair and one secretary.',
  },
  // entries
  register: { vi: 'Đăng ký sản phẩm', en: 'Register a product' },
  establishment: { vi: 'Cơ sở sản xuất', en: 'Establishment' },
  productName: { vi: 'Tên sản phẩm (bộ sản phẩm)', en: 'Product (or set)' },
  group: { vi: 'Nhóm', en: 'Group' },
  isSet: { vi: 'Là bộ sản phẩm', en: 'A set of products' },
  description: { vi: 'Mô tả sản phẩm', en: 'Description' },
  capacity: { vi: 'Năng lực sản xuất', en: 'Production capacity' },
  market: { vi: 'Thị trường tiêu thụ', en: 'Market' },
  photos: { vi: 'Ảnh sản phẩm (JPEG, PNG, WebP ≤ 5 MB)', en: 'Photos (JPEG, PNG, WebP ≤ 5 MB)' },
  documents: {
    vi: 'Tài liệu: chứng nhận chất lượng, nhãn hiệu (PDF, JPEG, PNG ≤ 10 MB)',
    en: 'Documents: quality certificates, trademark',
  },
  docKind: { vi: 'Loại tài liệu', en: 'Kind' },
  lowerCert: { vi: 'Số giấy chứng nhận cấp dưới', en: 'Lower-level certificate number' },
  lowerCertHelp: {
    vi: 'Bắt buộc từ cấp tỉnh trở lên: giấy chứng nhận {below} còn hiệu lực vào ngày bình chọn.',
    en: 'Required from province level up: a {below} certificate valid on the selection date.',
  },
  registered: { vi: 'Đã đăng ký sản phẩm.', en: 'The product is registered.' },
  withdraw: { vi: 'Rút đăng ký', en: 'Withdraw' },
  average: { vi: 'Điểm bình quân', en: 'Average' },
  rank: { vi: 'Hạng trong nhóm', en: 'Rank' },
  certificate: { vi: 'Giấy chứng nhận', en: 'Certificate' },
  noEntries: { vi: 'Chưa có sản phẩm đăng ký', en: 'No entries yet' },
  // scoring
  score: { vi: 'Chấm điểm', en: 'Score' },
  total: { vi: 'Tổng', en: 'Total' },
  note: { vi: 'Ghi chú', en: 'Note' },
  conflicted: { vi: 'Có xung đột lợi ích – không chấm', en: 'Conflict of interest – not scored' },
  notScored: { vi: 'Chưa chấm', en: 'Not scored' },
  sheetSaved: { vi: 'Đã lưu phiếu chấm.', en: 'Score sheet saved.' },
  scoringClosed: {
    vi: 'Chỉ chấm được khi đợt đang ở giai đoạn chấm điểm.',
    en: 'Scores can only be given while the round is being scored.',
  },
  // results
  progress: { vi: 'Tiến độ chấm', en: 'Progress' },
  sheets: { vi: 'Phiếu', en: 'Sheets' },
  spread: { vi: 'Chênh lệch cao–thấp', en: 'Spread' },
  passed: { vi: 'Đạt', en: 'Pass' },
  failed: { vi: 'Không đạt', en: 'Fail' },
  noQuorum: { vi: 'Chưa đủ phiếu', en: 'No quorum' },
  tied: { vi: 'đồng hạng', en: 'tied' },
  openComplaints: { vi: 'Khiếu nại chưa giải quyết', en: 'Open complaints' },
  // recognition
  recognise: { vi: 'Quyết định công nhận', en: 'Recognition decision' },
  decisionNumber: { vi: 'Số quyết định', en: 'Decision number' },
  decisionDate: { vi: 'Ngày quyết định', en: 'Decision date' },
  decisionSigner: { vi: 'Người ký', en: 'Signed by' },
  recogniseHelp: {
    vi: 'Công nhận mọi sản phẩm đạt; mỗi sản phẩm được cấp một giấy chứng nhận có hiệu lực đến 31/12 của năm thứ ba.',
    en: 'Recognises every entry that passed; each gets a certificate valid to 31 December of the third year.',
  },
  recognised: { vi: 'Đã công nhận {count} sản phẩm.', en: '{count} products recognised.' },
  number: { vi: 'Số giấy chứng nhận', en: 'Certificate number' },
  validUntil: { vi: 'Hiệu lực đến', en: 'Valid until' },
  pdf: { vi: 'Tải giấy chứng nhận (PDF)', en: 'Download (PDF)' },
  verify: { vi: 'Xác minh', en: 'Verify' },
  annexDocx: { vi: 'Phụ lục quyết định (.docx)', en: 'Decision annex (.docx)' },
  annexXlsx: { vi: 'Phụ lục quyết định (.xlsx)', en: 'Decision annex (.xlsx)' },
  revoke: { vi: 'Thu hồi', en: 'Revoke' },
  // complaints
  complain: { vi: 'Khiếu nại kết quả', en: 'Complain about the result' },
  complaintContent: { vi: 'Nội dung khiếu nại', en: 'Complaint' },
  submittedOn: { vi: 'Ngày gửi', en: 'Submitted' },
  responseDue: { vi: 'Hạn trả lời', en: 'Answer due' },
  resolve: { vi: 'Giải quyết', en: 'Resolve' },
  upheld: { vi: 'Chấp nhận khiếu nại', en: 'Upheld' },
  rejected: { vi: 'Không chấp nhận', en: 'Rejected' },
  response: { vi: 'Trả lời', en: 'Answer' },
  noComplaints: { vi: 'Chưa có khiếu nại', en: 'No complaints' },
} satisfies Record<string, L>;

export const levelLabels: Record<ProductLevel, L> = {
  district: { vi: 'Cấp huyện', en: 'District' },
  commune: { vi: 'Cấp xã', en: 'Commune' },
  province: { vi: 'Cấp tỉnh', en: 'Province' },
  region: { vi: 'Cấp khu vực', en: 'Region' },
  nation: { vi: 'Cấp quốc gia', en: 'National' },
};

export const groupLabels: Record<ProductGroup, L> = {
  handicraft: { vi: 'Thủ công mỹ nghệ', en: 'Handicrafts' },
  processed_food: {
    vi: 'Chế biến nông, lâm, thủy sản và thực phẩm',
    en: 'Processed agro-forestry-fishery products and food',
  },
  machinery: { vi: 'Thiết bị, máy móc, dụng cụ và phụ tùng cơ khí', en: 'Machinery, tools and parts' },
  other: { vi: 'Sản phẩm khác', en: 'Other' },
};

export const roundStatusLabels: Record<RoundStatus, L> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  registration: { vi: 'Đang nhận đăng ký', en: 'Taking registrations' },
  scoring: { vi: 'Đang chấm điểm', en: 'Scoring' },
  results: { vi: 'Đã công bố kết quả', en: 'Results published' },
  recognised: { vi: 'Đã công nhận', en: 'Recognised' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
};

export const entryStatusLabels: Record<EntryStatus, L> = {
  registered: { vi: 'Đã đăng ký', en: 'Registered' },
  withdrawn: { vi: 'Đã rút', en: 'Withdrawn' },
  passed: { vi: 'Đạt', en: 'Passed' },
  failed: { vi: 'Không đạt', en: 'Failed' },
  recognised: { vi: 'Đã công nhận', en: 'Recognised' },
};

export const councilRoleLabels: Record<CouncilRole, L> = {
  chair: { vi: 'Chủ tịch', en: 'Chair' },
  vice_chair: { vi: 'Phó Chủ tịch', en: 'Vice-chair' },
  secretary: { vi: 'Thư ký', en: 'Secretary' },
  member: { vi: 'Ủy viên', en: 'Member' },
};

export const certificateStatusLabels: Record<CertificateStatus, L> = {
  valid: { vi: 'Còn hiệu lực', en: 'Valid' },
  expired: { vi: 'Hết hiệu lực', en: 'Expired' },
  revoked: { vi: 'Đã thu hồi', en: 'Revoked' },
};

export const complaintStatusLabels: Record<ComplaintStatus, L> = {
  open: { vi: 'Chưa giải quyết', en: 'Open' },
  upheld: { vi: 'Chấp nhận', en: 'Upheld' },
  rejected: { vi: 'Không chấp nhận', en: 'Rejected' },
};

/** Short column titles of the four criteria of the 100-point sheet. */
export const criterionShort: Record<string, L> = {
  market: { vi: 'Thị trường (40)', en: 'Market (40)' },
  economic: { vi: 'KT-KT-XH-MT (40)', en: 'Econ./tech./social/env. (40)' },
  culture: { vi: 'Văn hóa (10)', en: 'Culture (10)' },
  other: { vi: 'Khác (10)', en: 'Other (10)' },
};

export const fill = (s: string, p: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (m, k: string) => String(p[k] ?? m));
