import type { CallStage } from '../../../../shared/schemas/calls.ts';
import type { SchemeLevel } from '../../../../shared/schemas/rules.ts';
import type { Actor } from '../../platform/actor.ts';

export type CallTarget = { level: SchemeLevel; provinceCode: string | null };
export type CallAction = 'read' | 'create' | 'update' | 'reopen';

/**
 * Calls are guidance letters: every signed-in user reads them. The agency issues national calls and
 * reopens their windows; a department issues its province's local call and its leader reopens it.
 */
export function canCall(actor: Actor, action: CallAction, call: CallTarget): boolean {
  if (action === 'read') return true;
  if (actor.role === 'system_admin') return true;
  if (call.level === 'national') return actor.role === 'agency_leader' || actor.role === 'agency_officer';
  const ownProvince = call.provinceCode !== null && call.provinceCode === actor.provinceCode;
  if (!ownProvince) return false;
  if (action === 'reopen') return actor.role === 'department_leader';
  return actor.role === 'department_leader' || actor.role === 'department_officer';
}

/** Who can reopen a stage of a call, for the message shown after a deadline. */
export function reopenerLabel(level: SchemeLevel): string {
  return level === 'national' ? 'Cục (chuyên viên hoặc lãnh đạo Cục)' : 'lãnh đạo Sở Công Thương';
}

export type WindowLike = { stage: string; provinceCode: string | null; opensOn: string; closesOn: string };
export type CallDates = { submissionDeadline: string; registrationDeadline: string | null };

/** Today's date in Vietnam (UTC+7) as yyyy-mm-dd: deadlines are calendar days there. */
export function vnToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

/**
 * Whether a stage accepts work on `today` for a province: up to and including the deadline, or inside a
 * window reopened for all provinces or for that one. A stage without a deadline is always open.
 */
export function stageOpen(
  call: CallDates,
  windows: readonly WindowLike[],
  stage: CallStage,
  provinceCode: string | null,
  today: string,
): { open: boolean; deadline: string | null; viaWindow: boolean } {
  const deadline = stage === 'submission' ? call.submissionDeadline : call.registrationDeadline;
  if (deadline === null || today <= deadline) return { open: true, deadline, viaWindow: false };
  const window = windows.some(
    (w) =>
      w.stage === stage &&
      (w.provinceCode === null || w.provinceCode === provinceCode) &&
      w.opensOn <= today &&
      today <= w.closesOn,
  );
  return { open: window, deadline, viaWindow: window };
}
