/** Error codes: appraisal councils, annual plans, allocation, assignment. Merged into errorMessages by shared/errors.ts. */
export const plansMessages = {
  // councils
  COUNCIL_CLOSED: {
    status: 409,
    vi: 'Hội đồng "{name}" đã kết thúc phiên thẩm định; không thể chấm điểm hoặc thay đổi nữa.',
    en: 'Council "{name}" is closed; no more scoring or changes.',
  },
  COUNCIL_NOT_MEMBER: {
    status: 403,
    vi: 'Bạn không phải thành viên hội đồng "{name}" được phân công chấm đề án này.',
    en: 'You are not a member of council "{name}" assigned to score this scheme.',
  },
  COUNCIL_CONFLICT_OF_INTEREST: {
    status: 409,
    vi: 'Thành viên {member} đã khai báo xung đột lợi ích với đề án {code}, nên không được chấm đề án này.',
    en: 'Member {member} declared a conflict of interest on scheme {code} and may not score it.',
  },
  COUNCIL_SCORE_OUT_OF_SCALE: {
    status: 422,
    vi: 'Điểm tiêu chí "{criterion}" phải từ 0 đến {max} (đã nhập {value}).',
    en: 'Points for "{criterion}" must be from 0 to {max} (got {value}).',
  },
  COUNCIL_SCORE_INCOMPLETE: {
    status: 422,
    vi: 'Phiếu chấm phải có đủ các tiêu chí; thiếu hoặc thừa: {criteria}.',
    en: 'The score sheet must score exactly its criteria; missing or unknown: {criteria}.',
  },
  COUNCIL_SCHEME_UNKNOWN: {
    status: 422,
    vi: 'Đề án {code} không thuộc phạm vi hội đồng này (năm, cấp, tỉnh hoặc trạng thái không phù hợp).',
    en: 'Scheme {code} does not belong to this council (year, level, province or state).',
  },
  COUNCIL_ROLES_INVALID: {
    status: 422,
    vi: 'Hội đồng phải có đúng một chủ tịch và một thư ký, không trùng thành viên.',
    en: 'A council needs exactly one chair and one secretary, without duplicate members.',
  },
  COUNCIL_SECRETARY_ONLY: {
    status: 403,
    vi: 'Chỉ thư ký hội đồng ghi kết luận của hội đồng.',
    en: 'Only the council secretary records the conclusion.',
  },
  COUNCIL_SCORES_PENDING: {
    status: 409,
    vi: 'Đề án {code} còn {pending} thành viên chưa chấm; chưa thể ghi kết luận.',
    en: 'Scheme {code} still has {pending} members to score; no conclusion yet.',
  },
  // plans
  PLAN_EXISTS: {
    status: 409,
    vi: 'Đã có kế hoạch khuyến công {level} năm {planYear}{where}.',
    en: 'A {level} plan for {planYear}{where} already exists.',
  },
  PLAN_PROVINCE_INVALID: {
    status: 422,
    vi: 'Kế hoạch khuyến công địa phương phải gắn với một tỉnh/thành phố; kế hoạch quốc gia thì không.',
    en: 'A local plan belongs to one province; a national plan to none.',
  },
  PLAN_SUBENVELOPES_INVALID: {
    status: 422,
    vi: 'Các nguồn con vượt tổng nguồn: {detail}.',
    en: 'Sub-envelopes exceed the envelope: {detail}.',
  },
  PLAN_BAD_STATE: {
    status: 409,
    vi: 'Không thể {action} khi kế hoạch đang ở trạng thái "{state}".',
    en: 'Cannot {action} while the plan is "{state}".',
  },
  PLAN_ROLE_FORBIDDEN: {
    status: 403,
    vi: 'Việc {action} kế hoạch {level} thuộc thẩm quyền {who}.',
    en: 'Only {who} may {action} a {level} plan.',
  },
  PLAN_NO_RUN: {
    status: 422,
    vi: 'Chưa có lần tính phân bổ nào để trình; hãy chạy phân bổ trước.',
    en: 'No allocation run to submit; run the allocation first.',
  },
  PLAN_RUN_STALE: {
    status: 409,
    vi: 'Lần phân bổ số {seq} không còn khớp với đề án hiện có (đề án {code} đã đổi trạng thái); hãy chạy lại.',
    en: 'Run {seq} no longer matches the schemes ({code} changed state); run again.',
  },
  PLAN_OVER_ENVELOPE: {
    status: 422,
    vi: 'Tổng kinh phí các đề án được chọn {total} vượt {constraint} ({limit}); không thể phê duyệt.',
    en: 'The selected schemes total {total}, over {constraint} ({limit}); cannot approve.',
  },
  PLAN_DECISION_REQUIRED: {
    status: 422,
    vi: 'Cần số và ngày quyết định phê duyệt kế hoạch.',
    en: 'The approval decision number and date are required.',
  },
  ALLOCATION_INFEASIBLE: {
    status: 422,
    vi: 'Không có phương án phân bổ thỏa mãn mọi ràng buộc: {conflicts}.',
    en: 'No allocation satisfies every constraint: {conflicts}.',
  },
  ALLOCATION_NO_CANDIDATES: {
    status: 422,
    vi: 'Không có đề án đã thẩm định nào của năm {planYear} để phân bổ.',
    en: 'No appraised schemes for {planYear} to allocate.',
  },
  ALLOCATION_SOLVER_FAILED: {
    status: 500,
    vi: 'Bộ giải HiGHS không tìm được lời giải ({status}).',
    en: 'HiGHS found no solution ({status}).',
  },
  ASSIGN_OVER_APPROVED: {
    status: 422,
    vi: 'Kinh phí giao cho đề án {code} ({amount}) vượt mức đã phê duyệt ({approved}).',
    en: 'The amount assigned to {code} ({amount}) exceeds the approved {approved}.',
  },
  ASSIGN_NOT_IN_PLAN: {
    status: 422,
    vi: 'Đề án {code} không có trong kế hoạch đã phê duyệt, đã được giao hoặc thuộc đơn vị thực hiện khác.',
    en: 'Scheme {code} is not in the approved plan, is already assigned or has another implementer.',
  },
  LEDGER_INSUFFICIENT: {
    status: 422,
    vi: 'Nguồn kinh phí kế hoạch {plan} chỉ còn {available}, không đủ {amount} để {reason}.',
    en: 'Plan {plan} has only {available} left, not enough for {amount} ({reason}).',
  },
  LEDGER_NOT_ASSIGNED: {
    status: 422,
    vi: 'Đề án {code} chưa được giao kế hoạch, kinh phí nên chưa có nguồn để hoàn trả hoặc bổ sung.',
    en: 'Scheme {code} was never assigned, so there is no envelope to return money to.',
  },
  LEDGER_OVER_COMMITTED: {
    status: 422,
    vi: 'Số tiền hoàn trả {amount} vượt kinh phí còn bố trí cho đề án {code} ({committed}).',
    en: 'The amount returned, {amount}, exceeds what scheme {code} still holds ({committed}).',
  },
  LEDGER_AMOUNT_INVALID: {
    status: 422,
    vi: 'Số tiền phải là số nguyên đồng lớn hơn 0.',
    en: 'The amount must be a whole number of đồng above 0.',
  },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;
