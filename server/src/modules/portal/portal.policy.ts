import type { ErrorCode } from '../../../../shared/errors.ts';
import type { ContentStatus, PortalKind, WorkflowAction } from '../../../../shared/schemas/portal.ts';
import { type Actor, isNational, type Scope } from '../../platform/actor.ts';
import { editableBy, transition } from './portal.workflow.ts';

/**
 * Who edits and who publishes the portal:
 * - editors write and submit: agency officers (national content), department officers and administrators,
 *   and the staff of a province's industrial-promotion centre (their province's content);
 * - reviewers approve (publish), return, archive, and may also edit: agency leaders (national content),
 *   department leaders (their province's content);
 * - the system administrator may do everything everywhere;
 * - establishment representatives only register for events.
 * An item belongs to a province (provinceCode) or, when null, to the agency; nobody but the system
 * administrator edits content of another province or of the other level.
 */
export function isEditor(actor: Actor): boolean {
  return (
    actor.role === 'agency_officer' ||
    actor.role === 'department_officer' ||
    actor.role === 'department_admin' ||
    (actor.role === 'implementer_staff' && actor.organisationKind === 'centre' && actor.provinceCode !== null)
  );
}

export function isReviewer(actor: Actor): boolean {
  return (
    actor.role === 'system_admin' || actor.role === 'agency_leader' || actor.role === 'department_leader'
  );
}

export function isContentStaff(actor: Actor): boolean {
  return isEditor(actor) || isReviewer(actor);
}

/** Which items an official sees in the officials' app: national roles all, provincial staff their province. */
export function scopeFor(actor: Actor): Scope {
  if (isNational(actor)) return { kind: 'all' };
  if (isContentStaff(actor) && actor.provinceCode)
    return { kind: 'province', provinceCode: actor.provinceCode };
  return { kind: 'self', userId: actor.userId };
}

/** Whether the actor's level (agency or a province) owns content of this province (null = national). */
export function ownsProvince(actor: Actor, provinceCode: string | null): boolean {
  if (actor.role === 'system_admin') return true;
  if (isNational(actor)) return provinceCode === null;
  return actor.provinceCode !== null && provinceCode === actor.provinceCode;
}

export type ContentTarget = { kind: PortalKind; provinceCode: string | null; status: ContentStatus };
export type ContentAction = 'read' | 'create' | 'update' | 'restore' | 'viewRegistrations' | WorkflowAction;

function isWorkflowAction(a: ContentAction): a is WorkflowAction {
  return a === 'submit' || a === 'publish' || a === 'return' || a === 'archive' || a === 'reopen';
}

/** Null when allowed, else the error code that says why not (a clear message for each refusal). */
export function whyNot(actor: Actor, action: ContentAction, target: ContentTarget): ErrorCode | null {
  if (!isContentStaff(actor)) return 'FORBIDDEN';
  if (action === 'read') {
    const scope = scopeFor(actor);
    if (scope.kind === 'all') return null;
    return scope.kind === 'province' && scope.provinceCode === target.provinceCode ? null : 'NOT_FOUND';
  }
  if (!ownsProvince(actor, target.provinceCode)) return 'PORTAL_OTHER_PROVINCE';
  if (action === 'create') return null;
  if (action === 'viewRegistrations') return target.kind === 'event' ? null : 'NOT_FOUND';
  if (action === 'update' || action === 'restore') {
    const by = editableBy(target.status);
    if (by === null) return 'PORTAL_NOT_EDITABLE';
    return by === 'reviewer' && !isReviewer(actor) ? 'PORTAL_REVIEWER_REQUIRED' : null;
  }
  if (isWorkflowAction(action)) {
    const t = transition(target.status, action);
    if (!t.ok) return 'PORTAL_BAD_TRANSITION';
    return t.by === 'reviewer' && !isReviewer(actor) ? 'PORTAL_REVIEWER_REQUIRED' : null;
  }
  return 'FORBIDDEN';
}

export function can(actor: Actor, action: ContentAction, target: ContentTarget): boolean {
  return whyNot(actor, action, target) === null;
}

/** The buttons the officials' app shows for an item. */
export function abilitiesOf(actor: Actor, target: ContentTarget): Record<string, boolean> {
  const actions: ContentAction[] = [
    'update',
    'restore',
    'submit',
    'publish',
    'return',
    'archive',
    'reopen',
    'viewRegistrations',
  ];
  return Object.fromEntries(actions.map((a) => [a, can(actor, a, target)]));
}

/** Only an establishment's representative registers, for the establishment. */
export function canRegister(actor: Actor): boolean {
  return actor.role === 'establishment_rep' && actor.organisationKind === 'establishment';
}

/** Screen-level permissions for the officials' app navigation. */
export function portalPermissionsOf(actor: Actor): Record<string, boolean> {
  return {
    'portal.read': isContentStaff(actor),
    'portal.edit': isContentStaff(actor),
    'portal.review': isReviewer(actor),
  };
}
