import type { ContentInput, PortalKind } from '../../../../shared/schemas/portal.ts';
import type { Db } from '../../db/client.ts';
import { type Actor, systemActor } from '../../platform/actor.ts';
import { listUsers } from '../identity/index.ts';
import { createContent } from './content.service.ts';
import { vnToday } from './portal.present.ts';
import { countItems } from './portal.repo.ts';
import { seedArticles, seedDocuments, seedEvents, seedPages } from './portal.seed.data.ts';
import { transitionContent } from './workflow.service.ts';

/** Who approves for each level: the agency's leader for national content, the department's leader for a province's. */
const reviewers: Record<string, string> = {
  national: 'lanhdao.cuc@khuyencong.vn',
  '01': 'lanhdao.hanoi@khuyencong.vn',
  '91': 'lanhdao.angiang@khuyencong.vn',
};

/** The demo user with this e-mail as an Actor (seeds and tests). */
export async function actorByEmail(db: Db, email: string, cache = new Map<string, Actor>()): Promise<Actor> {
  const hit = cache.get(email);
  if (hit) return hit;
  const { items } = await listUsers(db, systemActor, { page: 1, pageSize: 5, q: email });
  const u = items.find((x) => x.email === email);
  if (!u) throw new Error(`portal seed: demo user ${email} is missing (seed identity first)`);
  const actor: Actor = {
    userId: u.id,
    email: u.email,
    fullName: u.fullName,
    role: u.role,
    organisationId: u.organisationId,
    organisationKind: u.organisationKind,
    provinceCode: u.provinceCode,
  };
  cache.set(email, actor);
  return actor;
}

/**
 * Demo portal content written, submitted and approved through the real services (so revisions and the
 * audit trail are there too). Idempotent: does nothing when the portal already has content.
 */
export async function seedPortal(db: Db): Promise<void> {
  if ((await countItems(db)) > 0) return;
  const actors = new Map<string, Actor>();
  const year = Number(vnToday().slice(0, 4));
  const all: { kind: PortalKind; by: string; input: ContentInput; publishAt?: string; status?: string }[] = [
    ...seedPages.map((s) => ({ kind: 'page' as const, ...s })),
    ...seedDocuments.map((s) => ({ kind: 'document' as const, ...s })),
    ...seedArticles.map((s) => ({ kind: 'article' as const, ...s })),
    ...seedEvents(year).map((s) => ({ kind: 'event' as const, ...s })),
  ];
  const docIds: string[] = [];
  for (const s of all) {
    const author = await actorByEmail(db, s.by, actors);
    const input =
      s.kind === 'event' && s.input.registrationMode === 'form'
        ? { ...s.input, relatedIds: docIds.slice(0, 1) }
        : s.input;
    let item = await createContent(db, author, s.kind, input);
    if (s.kind === 'document') docIds.push(item.id);
    const status = s.status ?? 'published';
    if (status === 'draft') continue;
    item = await transitionContent(db, author, item.id, { action: 'submit', version: item.version });
    if (status === 'in_review') continue;
    const reviewer = await actorByEmail(
      db,
      reviewers[item.provinceCode ?? 'national'] ?? reviewers.national!,
      actors,
    );
    await transitionContent(db, reviewer, item.id, {
      action: 'publish',
      version: item.version,
      publishAt: s.publishAt,
    });
  }
}
