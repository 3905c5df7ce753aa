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
  // calls (hướng dẫn xây dựng kế hoạch)
  CALL_EXISTS: {
    status: 409,
    vi: 'Đã có hướng dẫn xây dựng kế hoạch khuyến công {level} năm {planYear}{where}.',
    en: 'A {level} call for plan year {planYear}{where} already exists.',
  },
  CALL_DATES_INVALID: {
    status: 422,
    vi: 'Thời hạn không hợp lệ: hạn nộp đề án phải từ ngày ban hành văn bản hướng dẫn trở đi, hạn đăng ký phải từ hạn nộp trở đi.',
    en: 'Invalid deadlines: submission on or after the guidance date, registration on or after submission.',
  },
  CALL_PROVINCE_INVALID: {
    status: 422,
    vi: 'Hướng dẫn khuyến công địa phương phải gắn với một tỉnh/thành phố; hướng dẫn khuyến công quốc gia thì không.',
    en: 'A local call belongs to one province; a national call to none.',
  },
  CALL_WINDOW_INVALID: {
    status: 422,
    vi: 'Thời gian mở lại không hợp lệ: ngày kết thúc phải từ ngày bắt đầu trở đi, và giai đoạn phải có trong hướng dẫn.',
    en: 'Invalid window: it must close on or after it opens, for a stage the call has.',
  },
  // schemes (đề án)
  SCHEME_INVALID: {
    status: 422,
    vi: 'Đề án có thông tin không hợp lệ; xem chi tiết từng mục bên dưới. Chưa có gì được lưu.',
    en: 'The scheme has invalid data; see each field below. Nothing was saved.',
  },
  SCHEME_INCOMPLETE: {
    status: 422,
    vi: 'Đề án chưa đủ thông tin để nộp; hãy bổ sung các mục còn thiếu bên dưới.',
    en: 'The scheme is not complete enough to submit; fill in the fields below.',
  },
  SCHEME_SUPPORT_BLOCKED: {
    status: 422,
    vi: 'Kinh phí đề nghị hỗ trợ chưa phù hợp quy định ({count} vi phạm); sửa dự toán rồi nộp lại.',
    en: 'The requested support breaks the rules ({count} violations); correct the estimate and submit again.',
  },
  SCHEME_RULES_INCOMPLETE: {
    status: 422,
    vi: 'Bộ quy tắc "{ruleSet}" chưa có mức hỗ trợ đã xác minh cho: {items}. Cần bổ sung bộ quy tắc (mức chi theo văn bản) trước khi nộp đề án.',
    en: 'Rule set "{ruleSet}" has no verified support level for: {items}. The rule set needs completing before the scheme can be submitted.',
  },
  SCHEME_NO_CALL: {
    status: 422,
    vi: 'Chưa có hướng dẫn xây dựng kế hoạch khuyến công {level} năm {planYear}{where}, nên chưa thể nộp hoặc đăng ký đề án.',
    en: 'There is no {level} call for plan year {planYear}{where}, so the scheme cannot be submitted or registered yet.',
  },
  SCHEME_DEADLINE_PASSED: {
    status: 422,
    vi: 'Đã hết hạn {stage} ({deadline}) theo văn bản {guidance}. Đề án không được ghi nhận; {who} có thể mở lại thời hạn nếu cần.',
    en: 'The deadline for {stage} ({deadline}, letter {guidance}) has passed. Nothing was recorded; {who} can reopen the window.',
  },
  SCHEME_BAD_STATE: {
    status: 409,
    vi: 'Không thể "{action}" khi đề án đang ở trạng thái "{state}". Hãy tải lại trang để xem trạng thái mới nhất.',
    en: 'Cannot "{action}" a scheme that is "{state}". Reload to see its current state.',
  },
  SCHEME_ROLE_FORBIDDEN: {
    status: 403,
    vi: 'Vai trò của bạn không được "{action}" đề án này (đề án cấp {level}, trạng thái "{state}").',
    en: 'Your role may not "{action}" this scheme ({level}, "{state}").',
  },
  SCHEME_NOT_EDITABLE: {
    status: 409,
    vi: 'Đề án đang ở trạng thái "{state}": chỉ sửa được khi là dự thảo hoặc khi được trả lại để chỉnh sửa.',
    en: 'The scheme is "{state}": it can be edited only as a draft or after being returned for changes.',
  },
  SCHEME_COMMENT_REQUIRED: {
    status: 422,
    vi: 'Hãy ghi rõ lý do khi "{action}" đề án.',
    en: 'Give a reason to "{action}" the scheme.',
  },
  SCHEME_ATTACHMENT_FILE_UNKNOWN: {
    status: 422,
    vi: 'Tệp đính kèm không tồn tại hoặc không phải do bạn tải lên.',
    en: 'The attached file does not exist or was not uploaded by you.',
  },
  // products (typical rural industrial products)
  PRODUCT_ROUND_CODE_TAKEN: { status: 409, vi: 'Mã đợt bình chọn {code} đã tồn tại.', en: 'Round code {code} already exists.' },
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
  PRODUCT_NO_ENTRIES: { status: 409, vi: 'Đợt chưa có sản phẩm đăng ký nào để chấm.', en: 'The round has no entries to score.' },
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
  PRODUCT_ENTRY_WITHDRAWN: { status: 409, vi: 'Sản phẩm đã rút khỏi đợt.', en: 'The entry has been withdrawn.' },
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
  PRODUCT_COMPLAINT_RESOLVED: { status: 409, vi: 'Khiếu nại đã được giải quyết.', en: 'The complaint has already been resolved.' },
  PRODUCT_CERTIFICATE_REVOKED: { status: 409, vi: 'Giấy chứng nhận đã bị thu hồi.', en: 'The certificate has been revoked.' },
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
  // schemes
  line_total_mismatch: {
    vi: 'Thành tiền {total} không bằng số lượng × đơn giá ({expected}).',
    en: 'Total {total} is not quantity × unit price ({expected}).',
  },
  cost_total_mismatch: {
    vi: 'Tổng dự toán {declared} không bằng tổng các dòng ({sum}).',
    en: 'The declared total {declared} is not the sum of the lines ({sum}).',
  },
  date_order: { vi: 'Ngày kết thúc không được trước ngày bắt đầu.', en: 'The end cannot precede the start.' },
  milestone_out_of_schedule: {
    vi: 'Mốc tiến độ phải nằm trong thời gian thực hiện đề án ({start} – {end}).',
    en: 'A milestone must fall within the schedule ({start} – {end}).',
  },
  point_needs_two_contents: {
    vi: 'Đề án điểm phải có ít nhất hai nội dung hoạt động liên kết với nhau (TT 36/2013/TT-BCT, Điều 2, khoản 3).',
    en: 'A point scheme needs at least two linked activity contents (TT 36/2013 Art 2.3).',
  },
  point_needs_multi_year: {
    vi: 'Đề án điểm phải có thời gian thực hiện trên một năm (TT 36/2013/TT-BCT, Điều 2, khoản 3).',
    en: 'A point scheme must run for more than one year (TT 36/2013 Art 2.3).',
  },
  content_unknown: {
    vi: 'Nội dung hoạt động {code} không có trong danh mục.',
    en: 'Activity content {code} is not in the catalogue.',
  },
  content_not_funded: {
    vi: 'Khoản "{item}" không được hỗ trợ từ kinh phí khuyến công {level} theo {ruleSet}.',
    en: 'Item "{item}" is not funded at the {level} level under {ruleSet}.',
  },
  item_unknown: {
    vi: 'Khoản hỗ trợ "{code}" không có trong bộ quy tắc {ruleSet}.',
    en: 'Support item "{code}" is not in rule set {ruleSet}.',
  },
  item_content_mismatch: {
    vi: 'Khoản "{item}" thuộc nội dung {expected}, không thuộc nội dung {code}.',
    en: 'Item "{item}" belongs to content {expected}, not {code}.',
  },
  line_content_not_in_scheme: {
    vi: 'Dòng dự toán thuộc nội dung {code} nhưng đề án chưa chọn nội dung này.',
    en: 'The line is for content {code}, which the scheme has not selected.',
  },
  beneficiary_unknown: {
    vi: 'Không tìm thấy cơ sở công nghiệp nông thôn này (hoặc ngoài phạm vi của bạn).',
    en: 'No such rural industrial establishment (or outside your scope).',
  },
  beneficiary_out_of_province: {
    vi: 'Cơ sở "{name}" thuộc tỉnh/thành phố {province}, ngoài địa bàn của đề án ({schemeProvince}).',
    en: 'Establishment "{name}" is in {province}, outside the scheme’s province ({schemeProvince}).',
  },
  beneficiary_ineligible: {
    vi: 'Cơ sở "{name}" không thuộc đối tượng được hỗ trợ khuyến công vào ngày {date}: {reason}',
    en: 'Establishment "{name}" is not eligible for support on {date}: {reason}',
  },
  beneficiaries_required: {
    vi: 'Đề án phải có đơn vị thụ hưởng (chỉ đề án nhóm được để Sở Công Thương xác định sau).',
    en: 'The scheme needs beneficiaries (only a group scheme may leave them to the department).',
  },
  beneficiaries_later_group_only: {
    vi: 'Chỉ đề án nhóm mới được để Sở Công Thương xác định đơn vị thụ hưởng sau.',
    en: 'Only a group scheme may leave its beneficiaries to be fixed later.',
  },
  location_out_of_province: {
    vi: 'Địa điểm đã chọn không thuộc tỉnh/thành phố {province}.',
    en: 'The chosen place is not in province {province}.',
  },
  implementer_unknown: {
    vi: 'Đơn vị thực hiện không tồn tại hoặc đã ngừng hoạt động.',
    en: 'The implementing unit does not exist or is inactive.',
  },
  implementer_out_of_province: {
    vi: 'Đơn vị thực hiện thuộc tỉnh/thành phố khác với địa bàn đề án.',
    en: 'The implementing unit belongs to another province.',
  },
  support_violation: { vi: '{message}', en: '{message}' },
  missing: { vi: 'Cần điền mục này trước khi nộp đề án.', en: 'Fill this in before submitting.' },
  points_out_of_scale: {
    vi: 'Điểm tiêu chí "{name}" phải là số nguyên từ 0 đến {max}.',
    en: 'The points for "{name}" must be a whole number from 0 to {max}.',
  },
  criterion_unknown: { vi: 'Tiêu chí "{criterion}" không có trong phiếu chấm hoặc bị lặp.', en: 'Criterion "{criterion}" is unknown or repeated.' },
  criterion_missing: { vi: 'Chưa chấm tiêu chí "{name}".', en: 'Criterion "{name}" has not been scored.' },
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
