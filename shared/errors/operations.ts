/** Error codes: files, jobs, establishments, portal, catalogues. Merged into errorMessages by shared/errors.ts. */
export const operationsMessages = {
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
    vi: 'Tệp "{name}" không đúng định dạng: chỉ nhận {expected}. Hãy lưu lại tệp theo một định dạng được nhận (bảng tính: mở bằng Excel, lưu dưới dạng "Excel Workbook (*.xlsx)").',
    en: 'File "{name}" has the wrong format: only {expected} is accepted. Save it in an accepted format (a spreadsheet: "Excel Workbook (*.xlsx)" in Excel).',
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
