import type { ContentStatus, WorkflowAction } from '../../../../shared/schemas/portal.ts';

/** Who may fire a transition: an editor of the item's organisation, or only its reviewer. */
export type Fires = 'editor' | 'reviewer';

type Transition = { from: readonly ContentStatus[]; to: ContentStatus; by: Fires; audit: string };

/**
 * The editorial state machine shared by articles, events, documents and pages:
 * draft → in_review → published → archived; in_review → draft (returned); archived → draft (reopened).
 * A reviewer may publish a draft directly. Publishing with a future time schedules the item: it stays
 * "published" but is not shown publicly until then (computed at read time, no cron).
 */
export const transitions: Record<WorkflowAction, Transition> = {
  submit: { from: ['draft'], to: 'in_review', by: 'editor', audit: 'submitted' },
  publish: { from: ['draft', 'in_review'], to: 'published', by: 'reviewer', audit: 'published' },
  return: { from: ['in_review', 'published'], to: 'draft', by: 'reviewer', audit: 'returned' },
  archive: { from: ['published'], to: 'archived', by: 'reviewer', audit: 'archived' },
  reopen: { from: ['archived'], to: 'draft', by: 'editor', audit: 'reopened' },
};

export type TransitionResult = { ok: true; to: ContentStatus; by: Fires; audit: string } | { ok: false };

export function transition(from: ContentStatus, action: WorkflowAction): TransitionResult {
  const t = transitions[action];
  if (!t.from.includes(from)) return { ok: false };
  return { ok: true, to: t.to, by: t.by, audit: t.audit };
}

/** Actions that may follow a status (what the editor's buttons offer, before permissions). */
export function actionsFrom(status: ContentStatus): WorkflowAction[] {
  return (Object.keys(transitions) as WorkflowAction[]).filter((a) => transitions[a].from.includes(status));
}

/** Whether content in this status may be edited, and by whom. */
export function editableBy(status: ContentStatus): Fires | null {
  switch (status) {
    case 'draft':
    case 'in_review':
      return 'editor';
    case 'published':
      return 'reviewer';
    case 'archived':
      return null;
  }
}

/** Public visibility is computed at read time: published and its time has come. */
export function isPublic(status: ContentStatus, publishedAt: Date | null, now = new Date()): boolean {
  return status === 'published' && publishedAt !== null && publishedAt.getTime() <= now.getTime();
}
