/** Error codes: calls and schemes. Merged into errorMessages by shared/errors.ts. */
export const schemesMessages = {
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
  SCHEME_APPROVED_IN_PLAN: {
    status: 409,
    vi: 'Đề án {level} không được phê duyệt riêng lẻ: đề án được phê duyệt khi {approver} phê duyệt kế hoạch khuyến công có đề án này (màn hình Thẩm định, kế hoạch), để kinh phí được trừ vào nguồn của kế hoạch.',
    en: 'A {level} scheme is not approved on its own: it is approved when {approver} approves the plan that includes it (Appraisal and plans screen), so its funds come out of the plan.',
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
} as const satisfies Record<string, { status: number; vi: string; en: string }>;
