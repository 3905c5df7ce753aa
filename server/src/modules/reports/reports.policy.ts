import type { Actor } from '../../platform/actor.ts';

/**
 * Who sees and makes reports, indicators and the dashboard (open data is public and needs no policy):
 * the agency the nation and every province; a department its own province only (another province's report
 * answers 404). Implementers, council members and establishments have no reports screen.
 */
const agency = (a: Actor) => a.role === 'agency_officer' || a.role === 'agency_leader';
const department = (a: Actor) =>
  a.role === 'department_officer' || a.role === 'department_leader' || a.role === 'department_admin';

/** null = the nation; a province code = that province. What figures the actor may read. */
export type ReportScope = { kind: 'all' } | { kind: 'province'; provinceCode: string } | { kind: 'none' };

export function reportScopeFor(actor: Actor): ReportScope {
  if (actor.role === 'system_admin' || agency(actor)) return { kind: 'all' };
  if (department(actor) && actor.provinceCode) return { kind: 'province', provinceCode: actor.provinceCode };
  return { kind: 'none' };
}

/** May the actor read figures for this scope (null = the nation)? */
export function canReadScope(actor: Actor, provinceCode: string | null): boolean {
  const s = reportScopeFor(actor);
  if (s.kind === 'all') return true;
  return s.kind === 'province' && provinceCode === s.provinceCode;
}

/** Who prepares and submits a province's report: its department's officers and leaders. */
export function canPrepareProvince(actor: Actor, provinceCode: string): boolean {
  if (actor.role === 'system_admin') return true;
  return (
    (actor.role === 'department_officer' || actor.role === 'department_leader') &&
    actor.provinceCode === provinceCode
  );
}

/** Who prepares the nation's report and consolidates the provinces': the agency. */
export function canPrepareNational(actor: Actor): boolean {
  return actor.role === 'system_admin' || agency(actor);
}

/** Screen permissions for /api/auth/me (the menu shows what the role may open). */
export function reportPermissions(actor: Actor): Record<string, boolean> {
  const s = reportScopeFor(actor);
  const read = s.kind !== 'none';
  return {
    'reports.read': read,
    'indicators.read': read,
    'dashboard.read': read,
    'reports.prepare':
      s.kind === 'all'
        ? canPrepareNational(actor)
        : s.kind === 'province' && canPrepareProvince(actor, s.provinceCode),
    'reports.consolidate': canPrepareNational(actor),
  };
}
