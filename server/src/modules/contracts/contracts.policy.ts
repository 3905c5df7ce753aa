import type { Authority } from '../../../../shared/schemas/contracts-monitoring.ts';
import { type Actor, isNational, type Scope } from '../../platform/actor.ts';

/** What a permission decision needs to know about a contract (or a scheme being contracted). */
export type ContractTarget = { level: 'national' | 'local'; provinceCode: string; implementerOrgId: string };

export const contractActions = [
  'contract.manage',
  'money.record',
  'money.counterpart',
  'report.submit',
  'inspection.record',
  'change.raise',
  'acceptance.record',
  'settlement.record',
] as const;
export type ContractAction = (typeof contractActions)[number];

/** Same reach as schemes: the agency all, a department its province, an implementer its own contracts. */
export function scopeFor(actor: Actor): Scope {
  if (isNational(actor)) return { kind: 'all' };
  if (
    (actor.role === 'department_admin' ||
      actor.role === 'department_leader' ||
      actor.role === 'department_officer') &&
    actor.provinceCode
  )
    return { kind: 'province', provinceCode: actor.provinceCode };
  if (actor.role === 'implementer_staff')
    return { kind: 'organisation', organisationId: actor.organisationId, provinceCode: actor.provinceCode };
  return { kind: 'self', userId: actor.userId };
}

export function inScope(scope: Scope, t: Pick<ContractTarget, 'provinceCode' | 'implementerOrgId'>): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'province':
      return t.provinceCode === scope.provinceCode;
    case 'organisation':
      return t.implementerOrgId === scope.organisationId;
    case 'self':
      return false;
  }
}

type Who = 'contractor' | 'implementer' | 'department' | 'agency';

/** The parties the actor holds for this contract. */
function partiesOf(actor: Actor, t: ContractTarget): Who[] {
  const out: Who[] = [];
  const agency = actor.role === 'agency_officer' || actor.role === 'agency_leader';
  const department =
    (actor.role === 'department_officer' || actor.role === 'department_leader') &&
    actor.provinceCode === t.provinceCode;
  // The contracting party: the agency for a national scheme, the province's department for a local one.
  if ((t.level === 'national' && agency) || (t.level === 'local' && department)) out.push('contractor');
  if (actor.role === 'implementer_staff' && actor.organisationId === t.implementerOrgId)
    out.push('implementer');
  if (department) out.push('department');
  if (agency && t.level === 'national') out.push('agency');
  return out;
}

/** Who may do what, as one table (docs/contracts.md shows the same table). */
export const whoMay: Record<ContractAction, readonly Who[]> = {
  'contract.manage': ['contractor'],
  'money.record': ['contractor'],
  'money.counterpart': ['contractor', 'implementer'],
  'report.submit': ['implementer'],
  'inspection.record': ['department', 'agency'],
  'change.raise': ['implementer', 'contractor'],
  // The department does base-level acceptance (§4 point 8); for a local scheme it is also the contractor.
  'acceptance.record': ['department'],
  'settlement.record': ['contractor'],
};

export function can(actor: Actor, action: ContractAction, t: ContractTarget): boolean {
  const parties = partiesOf(actor, t);
  return whoMay[action].some((p) => parties.includes(p));
}

/**
 * Who decides for each authority (§4 point 12). The app has no ministry users: the agency leader records
 * the Minister's decision (its number is then required). The department leader decides for the province.
 */
export function canDecide(actor: Actor, authority: Authority, t: ContractTarget): boolean {
  switch (authority) {
    case 'ministry':
    case 'agency':
      return actor.role === 'agency_leader' && t.level === 'national';
    case 'department':
      return actor.role === 'department_leader' && actor.provinceCode === t.provinceCode;
  }
}

export function abilitiesOf(actor: Actor, t: ContractTarget): Record<string, boolean> {
  const out: Record<string, boolean> = { print: true };
  for (const a of contractActions) out[a] = can(actor, a, t);
  return out;
}
