import { contractsMessages } from './errors/contracts.ts';
import { coreMessages } from './errors/core.ts';
import { opendataMessages } from './errors/opendata.ts';
import { operationsMessages } from './errors/operations.ts';
import { plansMessages } from './errors/plans.ts';
import { productsMessages } from './errors/products.ts';
import { reportsMessages } from './errors/reports.ts';
import { schemesMessages } from './errors/schemes.ts';

/**
 * Stable error codes and their messages. The code never changes once shipped; the messages may.
 * `{name}` placeholders are filled from the error's params.
 */
export const errorMessages = {
  ...coreMessages,
  ...operationsMessages,
  ...schemesMessages,
  ...productsMessages,
  ...plansMessages,
  ...contractsMessages,
  ...reportsMessages,
  ...opendataMessages,
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
  portal_ends_before_start: {
    vi: 'Ngày kết thúc phải từ ngày bắt đầu trở đi.',
    en: 'The end date must not be before the start date.',
  },
  portal_deadline_after_end: {
    vi: 'Hạn đăng ký phải trước hoặc trùng ngày kết thúc sự kiện.',
    en: 'The registration deadline must not be after the event ends.',
  },
  portal_media_unknown: {
    vi: 'Tệp đính kèm không tồn tại hoặc không thuộc cổng thông tin.',
    en: 'Unknown attachment.',
  },
  portal_cover_not_image: {
    vi: 'Ảnh đại diện phải là tệp ảnh (PNG, JPEG, GIF, WebP).',
    en: 'The cover must be an image.',
  },
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
  criterion_unknown: {
    vi: 'Tiêu chí "{criterion}" không có trong phiếu chấm hoặc bị lặp.',
    en: 'Criterion "{criterion}" is unknown or repeated.',
  },
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
