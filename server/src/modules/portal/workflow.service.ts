import {
  type ContentStatus,
  contentStatusLabels,
  type PortalItemDto,
  type PortalKind,
  type TransitionInput,
  workflowActionLabels,
} from '../../../../shared/schemas/portal.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { getContent, loadInScope, recordChange, refuse } from './content.service.ts';
import { contentChanged } from './portal.events.ts';
import { whyNot } from './portal.policy.ts';
import * as repo from './portal.repo.ts';
import { transition } from './portal.workflow.ts';

/**
 * Fires a workflow action on an item: submit, publish (now or scheduled), return, archive, reopen.
 * The policy says who may; the workflow says from which states; the version guards against a stale screen.
 */
export async function transitionContent(
  db: Db,
  actor: Actor,
  id: string,
  input: TransitionInput,
): Promise<PortalItemDto> {
  await tx(db, async (t) => {
    const current = await loadInScope(t, actor, id);
    const status = current.status as ContentStatus;
    const reason = whyNot(actor, input.action, {
      kind: current.kind as PortalKind,
      provinceCode: current.provinceCode,
      status,
    });
    if (reason === 'PORTAL_BAD_TRANSITION')
      refuse(reason, {
        action: workflowActionLabels[input.action].vi,
        status: contentStatusLabels[status].vi,
      });
    if (reason) refuse(reason);
    const next = transition(status, input.action);
    if (!next.ok) return refuse('PORTAL_BAD_TRANSITION');
    const patch: Partial<repo.ItemInsert> = { status: next.to };
    if (input.action === 'publish') {
      patch.publishedAt = input.publishAt ? new Date(input.publishAt) : new Date();
      patch.reviewedBy = actor.userId;
      patch.reviewNote = input.note ?? null;
    } else if (input.action === 'return') {
      patch.reviewedBy = actor.userId;
      patch.reviewNote = input.note ?? null;
    } else if (input.action === 'submit') {
      patch.reviewNote = input.note ?? current.reviewNote;
    }
    const row = await repo.updateItem(t, id, input.version, patch);
    if (!row) throw new AppError('VERSION_CONFLICT');
    await recordChange(t, actor, next.audit, row, current);
  });
  contentChanged();
  return getContent(db, actor, id);
}
