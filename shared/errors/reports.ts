/** Error codes: statutory reports (periods, freezing, submission, consolidation). */
export const reportsMessages = {
  REPORT_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy báo cáo.',
    en: 'Report not found.',
  },
  REPORT_PERIOD_INVALID: {
    status: 422,
    vi: 'Kỳ báo cáo không hợp lệ: kỳ loại "{kind}" chỉ có từ 1 đến {max} (nhận {index}).',
    en: 'Invalid period: a "{kind}" period runs from 1 to {max} (got {index}).',
  },
  REPORT_PERIOD_FUTURE: {
    status: 422,
    vi: 'Kỳ báo cáo {period} chưa bắt đầu (từ {from}): chưa thể lập báo cáo cho kỳ tương lai.',
    en: 'The period {period} has not begun (starts {from}): no report can be made for a future period.',
  },
  REPORT_PERIOD_EXISTS: {
    status: 409,
    vi: 'Đã có báo cáo {period} của {scope} (phiên bản {version}, {state}). Mở báo cáo đó, hoặc lập phiên bản mới nếu cần sửa số liệu đã gửi.',
    en: 'A report for {period} of {scope} already exists (version {version}, {state}). Open it, or issue a new version to correct a submitted one.',
  },
  REPORT_SCOPE_FORBIDDEN: {
    status: 403,
    vi: 'Bạn không có quyền lập báo cáo cho phạm vi này.',
    en: 'You may not prepare a report for this scope.',
  },
  REPORT_FROZEN: {
    status: 409,
    vi: 'Báo cáo đã gửi ngày {date} và đã chốt số liệu: không sửa được. Hãy lập phiên bản mới; phiên bản cũ vẫn được lưu.',
    en: 'The report was submitted on {date} and is frozen; issue a new version instead (the old one is kept).',
  },
  REPORT_NOT_READY: {
    status: 409,
    vi: 'Báo cáo chưa tổng hợp xong số liệu (trạng thái "{state}").',
    en: 'The report is not ready (state "{state}").',
  },
  REPORT_NOT_SUBMITTED: {
    status: 409,
    vi: 'Chỉ lập phiên bản mới cho báo cáo đã gửi; báo cáo này đang ở trạng thái "{state}".',
    en: 'Only a submitted report gets a new version; this one is "{state}".',
  },
  REPORT_NOTHING_TO_CONSOLIDATE: {
    status: 422,
    vi: 'Chưa có tỉnh nào gửi báo cáo {period}: chưa thể tổng hợp.',
    en: 'No province has submitted its report for {period}: nothing to consolidate.',
  },
} as const;
