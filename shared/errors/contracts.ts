/** Error codes: contracts, money, monitoring, change requests, acceptance and settlement. */
export const contractsMessages = {
  CONTRACT_EXISTS: {
    status: 409,
    vi: 'Đề án {scheme} đã có hợp đồng số {number}.',
    en: 'Scheme {scheme} already has contract {number}.',
  },
  CONTRACT_SCHEME_NOT_ASSIGNED: {
    status: 409,
    vi: 'Chỉ lập hợp đồng cho đề án đã được giao kế hoạch; đề án {scheme} đang ở trạng thái "{state}".',
    en: 'Contracts are made only for assigned schemes; scheme {scheme} is "{state}".',
  },
  CONTRACT_BAD_STATE: {
    status: 409,
    vi: 'Không thể {action} khi hợp đồng đang ở trạng thái "{state}".',
    en: 'Cannot {action} while the contract is "{state}".',
  },
  CONTRACT_OVER_SUPPORT: {
    status: 422,
    vi: 'Giá trị hợp đồng {value} vượt kinh phí hỗ trợ được giao cho đề án ({support}).',
    en: 'The contract value {value} exceeds the support assigned to the scheme ({support}).',
  },
  CONTRACT_DATES_INVALID: {
    status: 422,
    vi: 'Ngày không hợp lệ: {detail}.',
    en: 'Invalid dates: {detail}.',
  },
  MONEY_BEFORE_SIGNING: {
    status: 422,
    vi: 'Chưa thể tạm ứng hay thanh toán: hợp đồng chưa được ký.',
    en: 'No advance or payment before the contract is signed.',
  },
  MONEY_SCHEME_CLOSED: {
    status: 409,
    vi: 'Đề án đã {state}: không ghi thêm khoản {kind}.',
    en: 'The scheme is {state}: no further {kind}.',
  },
  MONEY_ADVANCE_OVER_RULE: {
    status: 422,
    vi: 'Tạm ứng vượt mức cho phép: đã tạm ứng {outstanding}, mức tạm ứng tối đa theo {ruleSet} là {limit} (còn {remaining}).',
    en: 'The advance exceeds the rule: {outstanding} advanced, the limit under {ruleSet} is {limit} ({remaining} left).',
  },
  MONEY_ADVANCE_AFTER_ACCEPTANCE: {
    status: 409,
    vi: 'Đề án đã nghiệm thu: chi trả phần còn lại bằng khoản thanh toán, không tạm ứng.',
    en: 'The scheme has been accepted: pay the rest as a payment, not an advance.',
  },
  MONEY_PAYMENT_BEFORE_ACCEPTANCE: {
    status: 422,
    vi: 'Chỉ thanh toán phần còn lại sau khi nghiệm thu cơ sở (TT 36/2013/TT-BCT, Điều 13–16).',
    en: 'The rest is paid only after base-level acceptance (TT 36/2013 Art 13–16).',
  },
  MONEY_OVER_CONTRACT: {
    status: 422,
    vi: 'Vượt kinh phí hỗ trợ: đã chi {net}, khoản này {amount}, tối đa {limit}.',
    en: 'Over the support: {net} paid, this {amount}, at most {limit}.',
  },
  MONEY_RECOVERY_OVER_PAID: {
    status: 422,
    vi: 'Số thu hồi {amount} lớn hơn số đã chi {net}.',
    en: 'The recovery {amount} exceeds what was paid ({net}).',
  },
  MONEY_DATE_INVALID: {
    status: 422,
    vi: 'Ngày chứng từ {date} phải từ ngày ký hợp đồng ({signed}) đến hôm nay.',
    en: 'The voucher date {date} must fall between signing ({signed}) and today.',
  },
  REPORT_SCHEME_CLOSED: {
    status: 409,
    vi: 'Không nhận báo cáo tiến độ: đề án đã {state}.',
    en: 'No progress report: the scheme is {state}.',
  },
  REPORT_BEFORE_SIGNING: {
    status: 422,
    vi: 'Chỉ báo cáo tiến độ sau khi hợp đồng được ký.',
    en: 'Progress is reported only after the contract is signed.',
  },
  REPORT_PERIOD_INVALID: {
    status: 422,
    vi: 'Kỳ báo cáo {period} phải từ tháng ký hợp đồng và kỳ báo cáo trước, không sau tháng của ngày báo cáo; ngày báo cáo không được sau hôm nay.',
    en: 'Period {period} must be from the signing month and the last period on, not after the report date, which cannot be in the future.',
  },
  REPORT_PROGRESS_DECREASED: {
    status: 422,
    vi: 'Tiến độ {percent}% thấp hơn kỳ trước ({previous}%): tiến độ là lũy kế.',
    en: 'Progress {percent}% is below the previous report ({previous}%): progress is cumulative.',
  },
  CHANGE_WRONG_AUTHORITY: {
    status: 403,
    vi: 'Yêu cầu này do {authority} quyết định ({citation}); bạn không có thẩm quyền.',
    en: 'This request is decided by {authority} ({citation}); you are not that authority.',
  },
  CHANGE_STALE_VERSION: {
    status: 409,
    vi: 'Đề án đã thay đổi từ khi lập yêu cầu (phiên bản {requested}, hiện tại {current}); hãy lập lại yêu cầu trên phiên bản mới.',
    en: 'The scheme changed since the request (version {requested}, now {current}); raise it again on the new version.',
  },
  CHANGE_BAD_STATE: {
    status: 409,
    vi: 'Yêu cầu đang ở trạng thái "{state}": không thể {action}.',
    en: 'The request is "{state}": cannot {action}.',
  },
  CHANGE_INVALID: {
    status: 422,
    vi: 'Yêu cầu điều chỉnh không hợp lệ: {detail}.',
    en: 'Invalid change request: {detail}.',
  },
  CHANGE_PENDING: {
    status: 409,
    vi: 'Đề án đang có yêu cầu điều chỉnh chờ quyết định; quyết định hoặc rút yêu cầu đó trước.',
    en: 'The scheme has a pending change request; decide or withdraw it first.',
  },
  ACCEPTANCE_EVIDENCE_MISSING: {
    status: 422,
    vi: 'Thiếu hồ sơ nghiệm thu theo TT 36/2013/TT-BCT Điều 14: {missing}.',
    en: 'Acceptance evidence missing (TT 36/2013 Art 14): {missing}.',
  },
  ACCEPTANCE_NOT_ALLOWED: {
    status: 409,
    vi: 'Chỉ nghiệm thu hợp đồng đã ký của đề án đang thực hiện, và chỉ một lần.',
    en: 'Only a signed contract of an active scheme is accepted, once.',
  },
  ACCEPTANCE_OVER_CONTRACT: {
    status: 422,
    vi: 'Giá trị nghiệm thu {accepted} vượt giá trị hợp đồng {value}.',
    en: 'The accepted value {accepted} exceeds the contract value {value}.',
  },
  SETTLEMENT_UNRECONCILED: {
    status: 422,
    vi: 'Số quyết toán chưa khớp: {detail}.',
    en: 'The settlement does not reconcile: {detail}.',
  },
  SETTLEMENT_NOT_ALLOWED: {
    status: 409,
    vi: 'Chỉ quyết toán sau khi nghiệm thu và thanh lý hợp đồng, và chỉ một lần.',
    en: 'Settle only after acceptance and liquidation, once.',
  },
  DOCUMENT_FILE_UNKNOWN: {
    status: 422,
    vi: 'Tài liệu "{name}" gắn một tệp không được tải lên cho hợp đồng này; hãy tải tệp lên lại từ hợp đồng.',
    en: 'Document "{name}" points to a file that was not uploaded to this contract; upload the file again from the contract.',
  },
} as const;
