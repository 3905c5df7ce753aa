import type { Actor } from '../../platform/actor.ts';

export type RuleSetTarget = { level: 'national' | 'local'; provinceCode: string | null };
export type RuleAction = 'read' | 'create' | 'update';

/**
 * Rule sets are public law: every signed-in user reads them. National sets are kept by the system
 * administrator; a province's local set (a People's Council resolution) also by that province's
 * department administrator or leader.
 */
export function canRuleSet(actor: Actor, action: RuleAction, target: RuleSetTarget): boolean {
  if (action === 'read') return true;
  if (actor.role === 'system_admin') return true;
  return (
    target.level === 'local' &&
    target.provinceCode !== null &&
    target.provinceCode === actor.provinceCode &&
    (actor.role === 'department_admin' || actor.role === 'department_leader')
  );
}
