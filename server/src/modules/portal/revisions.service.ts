import type {
  ContentInput,
  ContentStatus,
  PortalItemDto,
  PortalKind,
  RevisionCompareDto,
  RevisionDetailDto,
  RevisionDto,
} from '../../../../shared/schemas/portal.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { columnsOf, getContent, loadInScope, recordChange, refuse } from './content.service.ts';
import { diffLines } from './diff.ts';
import { contentChanged } from './portal.events.ts';
import { whyNot } from './portal.policy.ts';
import * as repo from './portal.repo.ts';
import { textOf } from './sanitize.ts';

function present(r: repo.RevisionRow): RevisionDto {
  return {
    revision: r.revision,
    action: r.action,
    actorName: r.actorName,
    status: r.status as ContentStatus,
    title: String(r.snapshot.title ?? ''),
    createdAt: r.createdAt.toISOString(),
  };
}

export async function listRevisions(db: Db, actor: Actor, id: string): Promise<RevisionDto[]> {
  await loadInScope(db, actor, id);
  return (await repo.listRevisions(db, id)).map(present);
}

async function revisionOf(db: Db, id: string, revision: number): Promise<repo.RevisionRow> {
  const r = await repo.findRevision(db, id, revision);
  if (!r) throw notFound();
  return r;
}

export async function getRevision(
  db: Db,
  actor: Actor,
  id: string,
  revision: number,
): Promise<RevisionDetailDto> {
  await loadInScope(db, actor, id);
  const r = await revisionOf(db, id, revision);
  return { ...present(r), snapshot: r.snapshot };
}

/** Fields that changed between two revisions, and a line diff of the body's text. */
export async function compareRevisions(
  db: Db,
  actor: Actor,
  id: string,
  from: number,
  to: number,
): Promise<RevisionCompareDto> {
  await loadInScope(db, actor, id);
  const [a, b] = await Promise.all([revisionOf(db, id, from), revisionOf(db, id, to)]);
  const keys = [...new Set([...Object.keys(a.snapshot), ...Object.keys(b.snapshot)])].filter(
    (k) => k !== 'bodyHtml',
  );
  const changes = keys
    .filter((k) => JSON.stringify(a.snapshot[k] ?? null) !== JSON.stringify(b.snapshot[k] ?? null))
    .map((field) => ({ field, before: a.snapshot[field] ?? null, after: b.snapshot[field] ?? null }));
  const lines = (s: unknown) => (typeof s === 'string' && s ? textOf(s).split('\n') : []);
  const bodyDiff = diffLines(lines(a.snapshot.bodyHtml), lines(b.snapshot.bodyHtml));
  if (a.snapshot.bodyHtml !== b.snapshot.bodyHtml)
    changes.push({ field: 'bodyHtml', before: null, after: null });
  return { from, to, changes, bodyDiff };
}

/**
 * Restores the content of an earlier revision as a new version (history is never rewritten). The status,
 * the publication time, the URL and the province stay as they are now.
 */
export async function restoreRevision(
  db: Db,
  actor: Actor,
  id: string,
  revision: number,
  version: number,
): Promise<PortalItemDto> {
  await tx(db, async (t) => {
    const current = await loadInScope(t, actor, id);
    const kind = current.kind as PortalKind;
    const reason = whyNot(actor, 'restore', {
      kind,
      provinceCode: current.provinceCode,
      status: current.status as ContentStatus,
    });
    if (reason) refuse(reason);
    const r = await revisionOf(t, id, revision);
    const { status: _s, publishedAt: _p, attachments: _a, ...fields } = r.snapshot;
    const merged: ContentInput = {
      ...(fields as ContentInput),
      slug: current.slug,
      provinceCode: current.provinceCode,
    };
    const cols = await columnsOf(t, kind, merged, id);
    const row = await repo.updateItem(t, id, version, cols);
    if (!row) throw new AppError('VERSION_CONFLICT');
    await recordChange(t, actor, 'restored', row, current);
  });
  contentChanged();
  return getContent(db, actor, id);
}
