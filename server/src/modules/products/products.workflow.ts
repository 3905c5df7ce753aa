import type { RoundAction, RoundStatus } from '../../../../shared/schemas/products.ts';

/**
 * The life of a round: draft → registration → scoring → results → recognised → closed.
 * `recognise` (the organiser's decision) is its own use case and moves results → recognised.
 */
const transitions: Record<RoundAction, { from: readonly RoundStatus[]; to: RoundStatus }> = {
  open_registration: { from: ['draft'], to: 'registration' },
  start_scoring: { from: ['registration'], to: 'scoring' },
  publish_results: { from: ['scoring'], to: 'results' },
  close: { from: ['recognised', 'results'], to: 'closed' },
};

export function nextStatus(status: RoundStatus, action: RoundAction | 'recognise'): RoundStatus | null {
  if (action === 'recognise') return status === 'results' ? 'recognised' : null;
  const t = transitions[action];
  return t.from.includes(status) ? t.to : null;
}

/** Round fields may be edited before scoring starts. */
export function roundEditable(status: RoundStatus): boolean {
  return status === 'draft' || status === 'registration';
}

/** The council is fixed once scoring starts. */
export function councilEditable(status: RoundStatus): boolean {
  return status === 'draft' || status === 'registration';
}

export const roundStatusLabels: Record<RoundStatus, string> = {
  draft: 'Dự thảo',
  registration: 'Đang nhận đăng ký',
  scoring: 'Đang chấm điểm',
  results: 'Đã công bố kết quả',
  recognised: 'Đã công nhận',
  closed: 'Đã kết thúc',
};
