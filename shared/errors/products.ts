/** Error codes: typical rural industrial products. Merged into errorMessages by shared/errors.ts. */
export const productsMessages = {
  // products (typical rural industrial products)
  PRODUCT_ROUND_CODE_TAKEN: {
    status: 409,
    vi: 'Mã đợt bình chọn {code} đã tồn tại.',
    en: 'Round code {code} already exists.',
  },
  PRODUCT_ERA_UNKNOWN: {
    status: 422,
    vi: 'Ngày bình chọn {date} không thuộc giai đoạn nào có quy định bình chọn sản phẩm CNNT tiêu biểu (từ 21/10/2014).',
    en: 'No selection rules apply on {date} (rules start on 21/10/2014).',
  },
  PRODUCT_LEVEL_NOT_IN_ERA: {
    status: 422,
    vi: 'Cấp "{level}" không có trong quy định áp dụng ngày {date}: các cấp là {levels}.',
    en: 'Level "{level}" does not exist under the rules of {date}: the levels are {levels}.',
  },
  PRODUCT_ROUND_DATES_INVALID: {
    status: 422,
    vi: 'Ngày mở đăng ký phải trước hoặc trùng ngày đóng đăng ký, và ngày đóng không được sau ngày bình chọn.',
    en: 'Registration must open before it closes, and close no later than the selection date.',
  },
  PRODUCT_ROUND_PLACE_REQUIRED: {
    status: 422,
    vi: 'Đợt cấp {level}: {what}.',
    en: 'A {level} round: {what}.',
  },
  PRODUCT_PRIZE_OVER_CAP: {
    status: 422,
    vi: 'Mức thưởng {amount} vượt mức tối đa {cap} cho mỗi sản phẩm ({citation}).',
    en: 'The award {amount} exceeds the cap of {cap} per product ({citation}).',
  },
  PRODUCT_ROUND_BAD_STATE: {
    status: 409,
    vi: 'Không thể thực hiện "{action}" khi đợt đang ở trạng thái "{status}".',
    en: 'Cannot "{action}" while the round is "{status}".',
  },
  PRODUCT_ROUND_NOT_EDITABLE: {
    status: 409,
    vi: 'Đợt đã bắt đầu chấm điểm nên không sửa thông tin đợt được nữa.',
    en: 'Scoring has started; the round can no longer be edited.',
  },
  PRODUCT_COUNCIL_LOCKED: {
    status: 409,
    vi: 'Hội đồng đã cố định từ khi bắt đầu chấm điểm; không thêm, bớt thành viên được nữa.',
    en: 'The council is fixed once scoring starts.',
  },
  PRODUCT_COUNCIL_SIZE: {
    status: 422,
    vi: 'Hội đồng bình chọn cấp {level} phải có {allowed} thành viên (số lẻ); hiện có {size}.',
    en: 'A {level} council needs {allowed} members (an odd number); it has {size}.',
  },
  PRODUCT_COUNCIL_ROLES: {
    status: 422,
    vi: 'Hội đồng phải có đúng một Chủ tịch và một Thư ký (hiện có {chairs} Chủ tịch, {secretaries} Thư ký).',
    en: 'The council needs exactly one chair and one secretary (it has {chairs} and {secretaries}).',
  },
  PRODUCT_COUNCIL_MEMBER_TAKEN: {
    status: 409,
    vi: '{name} đã là thành viên hội đồng của đợt này.',
    en: '{name} already sits on this council.',
  },
  PRODUCT_COUNCIL_USER_INVALID: {
    status: 422,
    vi: 'Người dùng được chọn không tồn tại hoặc đã bị khóa.',
    en: 'The chosen user does not exist or is disabled.',
  },
  PRODUCT_NO_ENTRIES: {
    status: 409,
    vi: 'Đợt chưa có sản phẩm đăng ký nào để chấm.',
    en: 'The round has no entries to score.',
  },
  PRODUCT_CONFLICT_DUPLICATE: {
    status: 409,
    vi: 'Thành viên này đã khai báo xung đột lợi ích với cơ sở {name}.',
    en: 'This member has already declared a conflict with {name}.',
  },
  PRODUCT_REGISTRATION_CLOSED: {
    status: 409,
    vi: 'Ngoài thời gian nhận đăng ký: đợt "{round}" nhận đăng ký từ {opens} đến {closes} (hôm nay {today}).',
    en: 'Outside the registration window: "{round}" takes registrations from {opens} to {closes} (today {today}).',
  },
  PRODUCT_NOT_OWN_ESTABLISHMENT: {
    status: 403,
    vi: 'Bạn chỉ được đăng ký và khiếu nại cho sản phẩm của cơ sở mình đại diện hoặc quản lý.',
    en: 'You may only register and complain for the establishment you represent or manage.',
  },
  PRODUCT_NOT_OF_ESTABLISHMENT: {
    status: 422,
    vi: 'Sản phẩm đã chọn là của cơ sở khác ({name}); chỉ đăng ký sản phẩm do chính cơ sở sản xuất.',
    en: 'The chosen product belongs to another establishment ({name}); only a product the establishment makes itself may be entered.',
  },
  PRODUCT_OUTSIDE_ROUND_AREA: {
    status: 422,
    vi: 'Cơ sở {name} ở {province}, không thuộc phạm vi của đợt "{round}".',
    en: '{name} is in {province}, outside the area of "{round}".',
  },
  PRODUCT_GROUP_NOT_IN_ROUND: {
    status: 422,
    vi: 'Đợt này không bình chọn nhóm sản phẩm "{group}".',
    en: 'This round does not select products of the group "{group}".',
  },
  PRODUCT_LOWER_CERTIFICATE_REQUIRED: {
    status: 422,
    vi: 'Đăng ký bình chọn {level} cần Giấy chứng nhận sản phẩm CNNT tiêu biểu {below} còn hiệu lực (nhập số giấy chứng nhận).',
    en: 'Entering at {level} level needs a valid {below} certificate (enter its number).',
  },
  PRODUCT_LOWER_CERTIFICATE_UNKNOWN: {
    status: 422,
    vi: 'Không tìm thấy Giấy chứng nhận số {number}.',
    en: 'No certificate numbered {number}.',
  },
  PRODUCT_LOWER_CERTIFICATE_WRONG_LEVEL: {
    status: 422,
    vi: 'Giấy chứng nhận {number} là {actual}; đăng ký {level} cần giấy chứng nhận {below}.',
    en: 'Certificate {number} is {actual}; entering at {level} level needs a {below} certificate.',
  },
  PRODUCT_LOWER_CERTIFICATE_EXPIRED: {
    status: 422,
    vi: 'Giấy chứng nhận {number} chỉ có hiệu lực đến {validUntil}, không còn hiệu lực vào ngày bình chọn {date}.',
    en: 'Certificate {number} was valid until {validUntil}, not on the selection date {date}.',
  },
  PRODUCT_LOWER_CERTIFICATE_REVOKED: {
    status: 422,
    vi: 'Giấy chứng nhận {number} đã bị thu hồi.',
    en: 'Certificate {number} has been revoked.',
  },
  PRODUCT_LOWER_CERTIFICATE_OTHER: {
    status: 422,
    vi: 'Giấy chứng nhận {number} cấp cho sản phẩm của cơ sở khác ({name}).',
    en: 'Certificate {number} was issued to a product of another establishment ({name}).',
  },
  PRODUCT_ALREADY_REGISTERED: {
    status: 409,
    vi: 'Sản phẩm "{name}" của cơ sở đã được đăng ký trong đợt này.',
    en: 'The product "{name}" is already entered in this round.',
  },
  PRODUCT_FILE_INVALID: {
    status: 422,
    vi: 'Tệp đính kèm {fileId} không tồn tại hoặc không phải ảnh/tài liệu sản phẩm do bạn tải lên.',
    en: 'Attachment {fileId} does not exist or is not a product photo/document you uploaded.',
  },
  PRODUCT_UPLOAD_TYPE: {
    status: 415,
    vi: 'Tệp "{name}" không đúng định dạng: chỉ nhận {allowed}.',
    en: 'File "{name}" has the wrong format: only {allowed} is accepted.',
  },
  PRODUCT_UPLOAD_TOO_LARGE: {
    status: 413,
    vi: 'Tệp "{name}" vượt quá dung lượng cho phép {max}.',
    en: 'File "{name}" is larger than the allowed {max}.',
  },
  PRODUCT_SCORING_CLOSED: {
    status: 409,
    vi: 'Chỉ chấm điểm được khi đợt đang ở giai đoạn chấm điểm (hiện: "{status}").',
    en: 'Scores can only be given while the round is being scored (now: "{status}").',
  },
  PRODUCT_MEMBER_CONFLICTED: {
    status: 403,
    vi: 'Thành viên đã khai báo xung đột lợi ích với cơ sở {name} nên không được chấm sản phẩm này.',
    en: 'The member declared a conflict of interest with {name} and may not score this product.',
  },
  PRODUCT_SCORE_INVALID: {
    status: 422,
    vi: 'Phiếu chấm không hợp lệ: chấm đủ mỗi tiêu chí một lần, điểm là số nguyên từ 0 đến mức tối đa của tiêu chí.',
    en: 'Invalid score sheet: score every criterion once, with a whole number from 0 to its maximum.',
  },
  PRODUCT_ENTRY_WITHDRAWN: {
    status: 409,
    vi: 'Sản phẩm đã rút khỏi đợt.',
    en: 'The entry has been withdrawn.',
  },
  PRODUCT_QUORUM_NOT_MET: {
    status: 409,
    vi: 'Còn {count} sản phẩm chưa đủ số phiếu chấm tối thiểu ({percent}% thành viên không xung đột lợi ích), ví dụ "{name}". Chưa công bố kết quả được.',
    en: '{count} entries lack the minimum number of sheets ({percent}% of non-conflicted members), e.g. "{name}".',
  },
  PRODUCT_BELOW_THRESHOLD: {
    status: 422,
    vi: 'Sản phẩm "{name}" {reason}; không công nhận và cấp giấy chứng nhận được.',
    en: 'The product "{name}" {reason}; it cannot be recognised.',
  },
  PRODUCT_COMPLAINT_PENDING: {
    status: 409,
    vi: 'Sản phẩm "{name}" còn khiếu nại chưa giải quyết; hãy giải quyết trước khi công nhận.',
    en: 'The product "{name}" has an open complaint; resolve it before recognition.',
  },
  PRODUCT_CERTIFICATE_NUMBER_TAKEN: {
    status: 409,
    vi: 'Số giấy chứng nhận {number} đã được dùng; mỗi giấy chứng nhận phải có số riêng.',
    en: 'Certificate number {number} is already used; every certificate needs its own number.',
  },
  PRODUCT_ENTRY_NOT_IN_ROUND: {
    status: 422,
    vi: 'Sản phẩm {entryId} không thuộc đợt này.',
    en: 'Entry {entryId} is not in this round.',
  },
  PRODUCT_DECISION_DATE_INVALID: {
    status: 422,
    vi: 'Ngày quyết định công nhận không được trước ngày công bố kết quả ({published}).',
    en: 'The decision date cannot precede the publication of results ({published}).',
  },
  PRODUCT_COMPLAINT_WINDOW_CLOSED: {
    status: 409,
    vi: 'Đã hết thời hạn khiếu nại: 15 ngày làm việc kể từ ngày công bố kết quả {published} (hạn cuối {deadline}).',
    en: 'The complaint period is over: 15 working days from the results of {published} (last day {deadline}).',
  },
  PRODUCT_COMPLAINT_RESOLVED: {
    status: 409,
    vi: 'Khiếu nại đã được giải quyết.',
    en: 'The complaint has already been resolved.',
  },
  PRODUCT_CERTIFICATE_REVOKED: {
    status: 409,
    vi: 'Giấy chứng nhận đã bị thu hồi.',
    en: 'The certificate has been revoked.',
  },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;
