import type { CallStage } from '../../../../shared/schemas/calls.ts';
import type { SchemeLevel } from '../../../../shared/schemas/rules.ts';
import type { SchemeAction, SchemeState } from '../../../../shared/schemas/schemes.ts';

/**
 * Who fires a transition, as a relation to the scheme:
 * - owner: a user of the organisation that drafted it (implementer, centre, establishment, department);
 * - department_officer / department_leader: of the scheme's province;
 * - agency_officer / agency_leader: of the agency (national schemes).
 */
export type Party = 'owner' | 'department_officer' | 'department_leader' | 'agency_officer' | 'agency_leader';

export type Transition = {
  action: SchemeAction;
  level: SchemeLevel;
  from: readonly SchemeState[];
  to: SchemeState;
  by: readonly Party[];
  /** The call's deadline that must not have passed (unless a window is reopened). */
  deadline?: { stage: CallStage; onlyFrom?: readonly SchemeState[] };
  commentRequired: boolean;
};

const department: readonly Party[] = ['department_officer', 'department_leader'];
const agency: readonly Party[] = ['agency_officer', 'agency_leader'];

/** States before approval from which a scheme may be withdrawn by its owner. */
const open: readonly SchemeState[] = [
  'draft',
  'returned',
  'submitted',
  'province_appraised',
  'registered',
  'agency_appraised',
];

const both = (t: Omit<Transition, 'level'>): Transition[] => [
  { ...t, level: 'national' },
  { ...t, level: 'local' },
];

/**
 * The state machine of TT 36/2013 (national) and of the provinces (local), as data:
 *   draft → submitted → province_appraised → registered → agency_appraised → approved   (national)
 *   draft → submitted → province_appraised → approved                                    (local)
 * with returned (for changes, back to the owner), rejected and withdrawn. The last step, approval, is not a
 * button on the scheme: the leader approves the plan (plans module), which moves every scheme it selected to
 * `approved` with its plan line and ledger entry, so no scheme is approved outside an envelope (the
 * `approve` action stays in the vocabulary for timelines recorded before). The submission deadline binds the
 * first submission only; a scheme returned for changes may be resubmitted after it. Later steps (assigned →
 * contracted → …) are lifecycle events of the plans and contracts modules.
 */
export const transitions: readonly Transition[] = [
  ...both({
    action: 'submit',
    from: ['draft', 'returned'],
    to: 'submitted',
    by: ['owner'],
    deadline: { stage: 'submission', onlyFrom: ['draft'] },
    commentRequired: false,
  }),
  ...both({
    action: 'forward',
    from: ['submitted'],
    to: 'province_appraised',
    by: department,
    commentRequired: false,
  }),
  {
    action: 'register',
    level: 'national',
    from: ['province_appraised'],
    to: 'registered',
    by: [...department, 'agency_officer'],
    deadline: { stage: 'registration' },
    commentRequired: false,
  },
  {
    action: 'appraise',
    level: 'national',
    from: ['registered'],
    to: 'agency_appraised',
    by: agency,
    commentRequired: false,
  },
  // return and reject: by whoever holds the scheme in that state
  ...both({ action: 'return', from: ['submitted'], to: 'returned', by: department, commentRequired: true }),
  ...both({ action: 'reject', from: ['submitted'], to: 'rejected', by: department, commentRequired: true }),
  {
    action: 'return',
    level: 'national',
    from: ['province_appraised'],
    to: 'returned',
    by: department,
    commentRequired: true,
  },
  {
    action: 'reject',
    level: 'national',
    from: ['province_appraised'],
    to: 'rejected',
    by: department,
    commentRequired: true,
  },
  {
    action: 'return',
    level: 'local',
    from: ['province_appraised'],
    to: 'returned',
    by: ['department_leader'],
    commentRequired: true,
  },
  {
    action: 'reject',
    level: 'local',
    from: ['province_appraised'],
    to: 'rejected',
    by: ['department_leader'],
    commentRequired: true,
  },
  {
    action: 'return',
    level: 'national',
    from: ['registered', 'agency_appraised'],
    to: 'returned',
    by: agency,
    commentRequired: true,
  },
  {
    action: 'reject',
    level: 'national',
    from: ['registered', 'agency_appraised'],
    to: 'rejected',
    by: agency,
    commentRequired: true,
  },
  ...both({ action: 'withdraw', from: open, to: 'withdrawn', by: ['owner'], commentRequired: true }),
];

/** The transition an action would take from a state, or undefined when the state does not allow it. */
export function transitionFor(
  level: SchemeLevel,
  state: SchemeState,
  action: SchemeAction,
): Transition | undefined {
  return transitions.find((t) => t.level === level && t.action === action && t.from.includes(state));
}

/** Actions the state machine offers from a state (before asking who the actor is). */
export function actionsFrom(level: SchemeLevel, state: SchemeState): SchemeAction[] {
  return [
    ...new Set(transitions.filter((t) => t.level === level && t.from.includes(state)).map((t) => t.action)),
  ];
}

/** Only drafts and schemes returned for changes are edited; everything later changes through transitions. */
export function isEditable(state: SchemeState): boolean {
  return state === 'draft' || state === 'returned';
}

export function isTerminal(state: SchemeState): boolean {
  return state === 'approved' || state === 'rejected' || state === 'withdrawn';
}
