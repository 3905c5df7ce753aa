import type { Actor, Scope } from '../../platform/actor.ts';

/** The agency's leaders and administrators read the whole trail; a department's leaders and
 * administrators read their province's; everyone else reads only their own actions. */
export function auditScopeFor(actor: Actor): Scope {
  if (actor.role === 'system_admin' || actor.role === 'agency_leader') return { kind: 'all' };
  if ((actor.role === 'department_admin' || actor.role === 'department_leader') && actor.provinceCode)
    return { kind: 'province', provinceCode: actor.provinceCode };
  return { kind: 'self', userId: actor.userId };
}

export function canReadAudit(_actor: Actor): boolean {
  return true;
}
