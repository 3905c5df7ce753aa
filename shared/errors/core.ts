/** Error codes: platform, auth, identity, reference units, rules. Merged into errorMessages by shared/errors.ts. */
export const coreMessages = {
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
} as const satisfies Record<string, { status: number; vi: string; en: string }>;
