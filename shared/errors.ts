/**
 * Stable error codes and their messages. The code never changes once shipped; the messages may.
 * `{name}` placeholders are filled from the error's params.
 */
export const errorMessages = {
  // platform
  VALIDATION_FAILED: {
    status: 422,
    vi: 'Dữ liệu gửi lên không hợp lệ.',
    en: 'The submitted data is invalid.',
  },
  MALFORMED_JSON: {
    status: 400,
    vi: 'Nội dung yêu cầu không phải JSON hợp lệ.',
    en: 'The request body is not valid JSON.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    vi: 'Định dạng nội dung không được hỗ trợ.',
    en: 'Unsupported content type.',
  },
  PAYLOAD_TOO_LARGE: { status: 413, vi: 'Nội dung gửi lên quá lớn.', en: 'The request body is too large.' },
  NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy tài nguyên yêu cầu.',
    en: 'The requested resource was not found.',
  },
  ROUTE_NOT_FOUND: { status: 404, vi: 'Đường dẫn API không tồn tại.', en: 'No such API route.' },
  METHOD_NOT_ALLOWED: { status: 405, vi: 'Phương thức không được hỗ trợ.', en: 'Method not allowed.' },
  VERSION_CONFLICT: {
    status: 409,
    vi: 'Bản ghi đã được người khác thay đổi. Vui lòng tải lại và thực hiện lại thao tác.',
    en: 'The record was changed by someone else. Reload and try again.',
  },
  CONFLICT: {
    status: 409,
    vi: 'Dữ liệu xung đột với bản ghi đã có.',
    en: 'The data conflicts with an existing record.',
  },
  RATE_LIMITED: {
    status: 429,
    vi: 'Quá nhiều yêu cầu. Vui lòng thử lại sau {after}.',
    en: 'Too many requests. Try again in {after}.',
  },
  INTERNAL: {
    status: 500,
    vi: 'Lỗi hệ thống. Vui lòng thử lại hoặc liên hệ quản trị viên.',
    en: 'Internal error. Try again or contact the administrator.',
  },
  DB_UNAVAILABLE: { status: 503, vi: 'Cơ sở dữ liệu chưa sẵn sàng.', en: 'The database is not ready.' },
  // auth
  AUTH_REQUIRED: { status: 401, vi: 'Vui lòng đăng nhập để tiếp tục.', en: 'Please sign in to continue.' },
  AUTH_SESSION_EXPIRED: {
    status: 401,
    vi: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    en: 'Your session has expired. Please sign in again.',
  },
  AUTH_INVALID_CREDENTIALS: {
    status: 401,
    vi: 'Email hoặc mật khẩu không đúng.',
    en: 'Wrong e-mail or password.',
  },
  AUTH_ACCOUNT_LOCKED: {
    status: 423,
    vi: 'Tài khoản tạm khóa do đăng nhập sai nhiều lần. Thử lại sau {minutes} phút.',
    en: 'The account is locked after repeated failed sign-ins. Try again in {minutes} minutes.',
  },
  AUTH_ACCOUNT_DISABLED: { status: 403, vi: 'Tài khoản đã bị vô hiệu hóa.', en: 'The account is disabled.' },
  AUTH_CSRF_FAILED: {
    status: 403,
    vi: 'Yêu cầu bị từ chối vì thiếu hoặc sai mã chống giả mạo (CSRF). Vui lòng tải lại trang.',
    en: 'Request refused: missing or wrong CSRF token. Reload the page.',
  },
  AUTH_WRONG_PASSWORD: {
    status: 422,
    vi: 'Mật khẩu hiện tại không đúng.',
    en: 'The current password is wrong.',
  },
  AUTH_WEAK_PASSWORD: {
    status: 422,
    vi: 'Mật khẩu phải dài ít nhất 10 ký tự, có chữ hoa, chữ thường và chữ số.',
    en: 'The password needs at least 10 characters with upper case, lower case and a digit.',
  },
  FORBIDDEN: {
    status: 403,
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  },
  // identity
  USER_EMAIL_TAKEN: {
    status: 409,
    vi: 'Email {email} đã được dùng cho tài khoản khác.',
    en: 'E-mail {email} is already used.',
  },
  USER_ROLE_NOT_ALLOWED: {
    status: 422,
    vi: 'Vai trò này không phù hợp với loại tổ chức đã chọn.',
    en: 'This role does not fit the organisation kind.',
  },
  USER_CANNOT_LOCK_SELF: {
    status: 422,
    vi: 'Không thể tự khóa tài khoản của chính mình.',
    en: 'You cannot disable your own account.',
  },
  ORG_CODE_TAKEN: {
    status: 409,
    vi: 'Mã tổ chức {code} đã tồn tại.',
    en: 'Organisation code {code} already exists.',
  },
  ORG_PROVINCE_REQUIRED: {
    status: 422,
    vi: 'Tổ chức loại này phải thuộc một tỉnh/thành phố.',
    en: 'This kind of organisation needs a province.',
  },
  ORG_PARENT_INVALID: {
    status: 422,
    vi: 'Tổ chức cấp trên không hợp lệ.',
    en: 'The parent organisation is invalid.',
  },
  ORG_HAS_USERS: {
    status: 409,
    vi: 'Không thể xóa tổ chức còn người dùng.',
    en: 'Cannot delete an organisation that has users.',
  },
  // reference
  UNIT_UNKNOWN: {
    status: 422,
    vi: 'Đơn vị hành chính {code} không tồn tại.',
    en: 'Administrative unit {code} does not exist.',
  },
  UNIT_IMPORT_FAILED: {
    status: 422,
    vi: 'Không nhập được danh mục đơn vị hành chính: {reason}',
    en: 'Unit import failed: {reason}',
  },
  LEGAL_DOC_NUMBER_TAKEN: {
    status: 409,
    vi: 'Văn bản số {number} đã có trong sổ đăng ký.',
    en: 'Document {number} is already registered.',
  },
  CATALOGUE_CODE_TAKEN: {
    status: 409,
    vi: 'Mã {code} đã tồn tại trong danh mục.',
    en: 'Code {code} already exists in the catalogue.',
  },
  // rules
  RULESET_CODE_TAKEN: {
    status: 409,
    vi: 'Mã bộ quy tắc {code} đã tồn tại.',
    en: 'Rule set code {code} already exists.',
  },
  RULESET_PERIOD_INVALID: {
    status: 422,
    vi: 'Ngày hết hiệu lực phải sau ngày có hiệu lực.',
    en: 'The end of the effective period must follow its start.',
  },
  RULESET_NONE_IN_FORCE: {
    status: 422,
    vi: 'Không có bộ quy tắc mức hỗ trợ nào có hiệu lực vào ngày {date}.',
    en: 'No support rule set is in force on {date}.',
  },
  // files
  FILE_MISSING: {
    status: 422,
    vi: 'Chưa có tệp nào được gửi lên (trường "file").',
    en: 'No file was sent (field "file").',
  },
  FILE_TOO_LARGE: {
    status: 413,
    vi: 'Tệp quá lớn: dung lượng tối đa cho phép là {limitMb} MB.',
    en: 'The file is too large: the limit is {limitMb} MB.',
  },
  FILE_TYPE_NOT_ALLOWED: {
    status: 415,
    vi: 'Tệp "{name}" không đúng định dạng: chỉ nhận {expected}. Hãy mở tệp bằng Excel và lưu lại dưới dạng "Excel Workbook (*.xlsx)".',
    en: 'File "{name}" has the wrong format: only {expected} is accepted. Save it as "Excel Workbook (*.xlsx)".',
  },
  FILE_EMPTY: { status: 422, vi: 'Tệp "{name}" rỗng (0 byte).', en: 'File "{name}" is empty (0 bytes).' },
  // jobs
  JOB_NOT_CANCELLABLE: {
    status: 409,
    vi: 'Công việc đã kết thúc ({status}), không thể hủy.',
    en: 'The job has already ended ({status}); it cannot be cancelled.',
  },
  JOB_NO_RESULT: {
    status: 409,
    vi: 'Công việc chưa có tệp kết quả để tải về.',
    en: 'The job has no result file to download.',
  },
  JOB_CANCELLED: {
    status: 409,
    vi: 'Công việc đã bị hủy theo yêu cầu.',
    en: 'The job was cancelled on request.',
  },
  JOB_ABANDONED: {
    status: 500,
    vi: 'Công việc bị gián đoạn {attempts} lần (máy chủ dừng giữa chừng) và đã được dừng hẳn. Vui lòng chạy lại.',
    en: 'The job was interrupted {attempts} times (server stopped) and was given up. Please run it again.',
  },
  JOB_KIND_UNKNOWN: {
    status: 500,
    vi: 'Không có bộ xử lý cho loại công việc {kind}.',
    en: 'No handler for job kind {kind}.',
  },
  // establishments
  ESTABLISHMENT_CODE_TAKEN: {
    status: 409,
    vi: 'Mã số thuế/mã số đăng ký {code} đã được dùng cho một cơ sở khác.',
    en: 'Tax/registration code {code} is already used by another establishment.',
  },
  ESTABLISHMENT_OUT_OF_PROVINCE: {
    status: 403,
    vi: 'Đơn vị hành chính đã chọn thuộc tỉnh/thành phố ngoài phạm vi quản lý của bạn.',
    en: 'The chosen administrative unit lies outside the province you manage.',
  },
  IMPORT_ALREADY_RUNNING: {
    status: 409,
    vi: 'Tệp này đang được xử lý trong một lượt nhập khác chưa kết thúc. Vui lòng chờ lượt đó xong rồi thử lại.',
    en: 'This file is already being imported by another unfinished run. Wait for it to finish.',
  },
  IMPORT_PROVINCE_REQUIRED: {
    status: 422,
    vi: 'Hãy chọn tỉnh/thành phố mà danh sách thuộc về (tham số provinceCode).',
    en: 'Choose the province the list belongs to (provinceCode).',
  },
  IMPORT_NOT_READY: {
    status: 409,
    vi: 'Lượt nhập chưa kiểm tra xong hoặc không còn chờ xác nhận (trạng thái: {state}).',
    en: 'The import is not validated or no longer awaiting confirmation (state: {state}).',
  },
  IMPORT_HAS_ERRORS: {
    status: 422,
    vi: 'Tệp còn {count} lỗi nên không thể ghi. Hãy tải báo cáo, sửa các dòng bị báo lỗi rồi tải tệp lên lại.',
    en: 'The file still has {count} problems, so nothing can be written. Download the report, fix the rows and upload again.',
  },
  IMPORT_STALE: {
    status: 409,
    vi: 'Dữ liệu cơ sở đã thay đổi sau khi kiểm tra tệp ({count} dòng bị ảnh hưởng). Không có dòng nào được ghi; hãy tải tệp lên để kiểm tra lại.',
    en: 'Establishment data changed after the file was checked ({count} rows affected). Nothing was written; upload the file again.',
  },
  IMPORT_UNREADABLE: {
    status: 422,
    vi: 'Không đọc được tệp Excel: {reason}',
    en: 'The Excel file cannot be read: {reason}',
  },
  EXPORT_TOO_MANY_ROWS: {
    status: 422,
    vi: 'Danh sách có {count} dòng, vượt giới hạn {limit} dòng của một trang tính Excel. Hãy lọc bớt rồi xuất lại.',
    en: 'The list has {count} rows, over the {limit}-row limit of one Excel sheet. Filter it and export again.',
  },
  // portal
  PORTAL_SLUG_TAKEN: {
    status: 409,
    vi: 'Đường dẫn "{slug}" đã được dùng cho nội dung khác cùng loại. Vui lòng chọn đường dẫn khác.',
    en: 'The URL "{slug}" is already used by other content of this kind. Choose another.',
  },
  PORTAL_DOCUMENT_NUMBER_TAKEN: {
    status: 409,
    vi: 'Văn bản số {number} của {issuer} đã có trên cổng thông tin.',
    en: 'Document {number} of {issuer} is already on the portal.',
  },
  PORTAL_OTHER_PROVINCE: {
    status: 403,
    vi: 'Nội dung này thuộc đơn vị khác; bạn chỉ được soạn và sửa nội dung của đơn vị (tỉnh/thành phố) mình.',
    en: 'This content belongs to another body; you may only write and edit your own province’s (or level’s) content.',
  },
  PORTAL_REVIEWER_REQUIRED: {
    status: 403,
    vi: 'Chỉ người duyệt (lãnh đạo đơn vị) mới được xuất bản, trả lại, lưu trữ hoặc sửa nội dung đã xuất bản.',
    en: 'Only a reviewer (the body’s leader) may publish, return, archive or edit published content.',
  },
  PORTAL_BAD_TRANSITION: {
    status: 409,
    vi: 'Không thể thực hiện thao tác "{action}" khi nội dung đang ở trạng thái "{status}".',
    en: 'Cannot "{action}" content that is "{status}".',
  },
  PORTAL_NOT_EDITABLE: {
    status: 409,
    vi: 'Nội dung đã lưu trữ không sửa được; hãy mở lại thành bản nháp trước.',
    en: 'Archived content cannot be edited; reopen it as a draft first.',
  },
  PORTAL_REGISTRATION_CLOSED: {
    status: 409,
    vi: 'Đã hết hạn đăng ký tham gia sự kiện này (hạn chót {deadline}).',
    en: 'Registration for this event closed on {deadline}.',
  },
  PORTAL_REGISTRATION_NOT_OPEN: {
    status: 409,
    vi: 'Sự kiện này không nhận đăng ký trực tuyến trên cổng thông tin.',
    en: 'This event does not take registrations on the portal.',
  },
  PORTAL_REGISTRATION_DUPLICATE: {
    status: 409,
    vi: 'Cơ sở của bạn đã đăng ký tham gia sự kiện này ngày {date}.',
    en: 'Your establishment already registered for this event on {date}.',
  },
  PORTAL_REGISTRATION_NOT_ALLOWED: {
    status: 403,
    vi: 'Chỉ tài khoản đại diện cơ sở công nghiệp nông thôn mới đăng ký tham gia sự kiện được.',
    en: 'Only a rural industrial establishment’s representative account can register for events.',
  },
  PORTAL_FILE_TOO_LARGE: {
    status: 413,
    vi: 'Tệp "{name}" dung lượng {size} vượt quá mức cho phép {max}.',
    en: 'File "{name}" ({size}) is larger than the allowed {max}.',
  },
  PORTAL_FILE_TYPE_REFUSED: {
    status: 415,
    vi: 'Tệp "{name}" không thuộc định dạng cho phép ({allowed}) hoặc nội dung không khớp phần mở rộng.',
    en: 'File "{name}" is not an allowed type ({allowed}) or its content does not match its extension.',
  },
  // reference (catalogues, legal documents)
  CATALOGUE_REFERENCE_INVALID: {
    status: 422,
    vi: 'Mã {code} không có trong danh mục hoặc không đúng loại ({field}).',
    en: 'Code {code} is not in the catalogue or is of the wrong kind ({field}).',
  },
  LEGAL_DOC_DATES_INVALID: {
    status: 422,
    vi: 'Ngày hết hiệu lực không được trước ngày có hiệu lực.',
    en: 'The end of the effective period cannot precede its start.',
  },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;

export type ErrorCode = keyof typeof errorMessages;

/** Vietnamese messages for field-level validation codes. */
export const fieldMessages = {
  required: { vi: 'Trường này là bắt buộc.', en: 'This field is required.' },
  invalid_type: { vi: 'Kiểu dữ liệu không đúng (cần {expected}).', en: 'Wrong type (expected {expected}).' },
  too_small: {
    vi: 'Giá trị quá ngắn hoặc quá nhỏ (tối thiểu {minimum}).',
    en: 'Too short or too small (minimum {minimum}).',
  },
  too_big: {
    vi: 'Giá trị quá dài hoặc quá lớn (tối đa {maximum}).',
    en: 'Too long or too large (maximum {maximum}).',
  },
  invalid_format: { vi: 'Định dạng không hợp lệ.', en: 'Invalid format.' },
  invalid_email: { vi: 'Địa chỉ email không hợp lệ.', en: 'Invalid e-mail address.' },
  invalid_value: {
    vi: 'Giá trị không nằm trong danh sách cho phép.',
    en: 'Value not among the allowed ones.',
  },
  unrecognized_keys: { vi: 'Trường không được phép: {keys}.', en: 'Unknown field(s): {keys}.' },
  custom: { vi: 'Giá trị không hợp lệ.', en: 'Invalid value.' },
  portal_ends_before_start: { vi: 'Ngày kết thúc phải từ ngày bắt đầu trở đi.', en: 'The end date must not be before the start date.' },
  portal_deadline_after_end: {
    vi: 'Hạn đăng ký phải trước hoặc trùng ngày kết thúc sự kiện.',
    en: 'The registration deadline must not be after the event ends.',
  },
  portal_media_unknown: { vi: 'Tệp đính kèm không tồn tại hoặc không thuộc cổng thông tin.', en: 'Unknown attachment.' },
  portal_cover_not_image: { vi: 'Ảnh đại diện phải là tệp ảnh (PNG, JPEG, GIF, WebP).', en: 'The cover must be an image.' },
  portal_related_unknown: { vi: 'Nội dung liên quan không tồn tại.', en: 'Unknown related item.' },
  registration_code_invalid: {
    vi: 'Mã số thuế gồm 10 chữ số đúng chữ số kiểm tra (hoặc 10 số-3 số cho chi nhánh, 12 số định danh cá nhân); mã số hộ kinh doanh dạng 2 số tỉnh + chữ cái + số.',
    en: 'A tax code has 10 digits with a valid check digit (or 10-3 for a branch, 12 for a personal ID); a household registration number is 2 digits, letters and digits.',
  },
  unit_not_commune: {
    vi: 'Hãy chọn đơn vị hành chính cấp xã (xã, phường, thị trấn, đặc khu).',
    en: 'Choose a commune-level unit.',
  },
  unit_unknown: { vi: 'Không tìm thấy đơn vị hành chính này.', en: 'No such administrative unit.' },
  industry_unknown: {
    vi: 'Mã ngành nghề {codes} không có trong danh mục.',
    en: 'Industry codes {codes} are not in the catalogue.',
  },
} as const;

export type Locale = 'vi' | 'en';

export function fillMessage(template: string, params?: Record<string, unknown>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export type ProblemFieldError = { path: string; code: string; message: string };
export type Problem = {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail: string;
  errors?: ProblemFieldError[];
};
