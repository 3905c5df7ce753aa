import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { testDatabase } from '../../test/db.ts';
import { createContent, getContent, updateContent } from './content.service.ts';
import { actorByEmail } from './portal.seed.ts';
import { findPublicBySlug, listPublic, searchPublic } from './public.repo.ts';
import { compareRevisions, listRevisions, restoreRevision } from './revisions.service.ts';
import { queryTokens, queryWords } from './search.ts';
import { transitionContent } from './workflow.service.ts';

let database: Database;
const who: Record<string, Actor> = {};

beforeAll(async () => {
  database = await testDatabase();
  for (const [k, email] of Object.entries({
    hanoiOfficer: 'chuyenvien.hanoi@khuyencong.vn',
    hanoiLeader: 'lanhdao.hanoi@khuyencong.vn',
    angiangOfficer: 'chuyenvien.angiang@khuyencong.vn',
    agencyOfficer: 'chuyenvien.cuc@khuyencong.vn',
    agencyLeader: 'lanhdao.cuc@khuyencong.vn',
  }))
    who[k] = await actorByEmail(database.db, email);
});

const auditActions = async (entityId: string) =>
  (
    await database.raw<{ action: string }>('select action from audit_log where entity_id = $1 order by id', [
      entityId,
    ])
  ).map((r) => r.action);

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
};

describe('article workflow', () => {
  it('writes, sanitises, submits, is refused to the editor, is published by the reviewer; all audited', async () => {
    const db = database.db;
    const draft = await createContent(db, who.hanoiOfficer!, 'article', {
      title: 'Hà Nội hỗ trợ làng nghề gốm Bát Tràng <script>alert(1)</script>',
      category: 'tin-hoat-dong',
      bodyHtml:
        '<p>Nội dung <img src=x onerror=alert(1)> <a href="javascript:alert(1)">xem</a></p><script>alert(2)</script>',
      tags: ['gốm', 'gốm'],
    });
    expect(draft).toMatchObject({
      status: 'draft',
      provinceCode: '01',
      slug: 'ha-noi-ho-tro-lang-nghe-gom-bat-trang-script-alert-1-script',
    });
    expect(draft.bodyHtml).not.toMatch(/onerror|javascript:|<script/i);
    expect(draft.tags).toEqual(['gốm']);
    expect(draft.abilities).toMatchObject({ update: true, submit: true, publish: false });

    const submitted = await transitionContent(db, who.hanoiOfficer!, draft.id, {
      action: 'submit',
      version: draft.version,
    });
    expect(submitted.status).toBe('in_review');
    expect(
      await codeOf(
        transitionContent(db, who.hanoiOfficer!, draft.id, { action: 'publish', version: submitted.version }),
      ),
    ).toBe('PORTAL_REVIEWER_REQUIRED');
    expect(await findPublicBySlug(db, 'article', draft.slug)).toBeUndefined();

    const published = await transitionContent(db, who.hanoiLeader!, draft.id, {
      action: 'publish',
      version: submitted.version,
    });
    expect(published).toMatchObject({ status: 'published', scheduled: false });
    expect((await findPublicBySlug(db, 'article', draft.slug))?.id).toBe(draft.id);
    expect(await auditActions(draft.id)).toEqual([
      'portal.article.created',
      'portal.article.submitted',
      'portal.article.published',
    ]);
    // Editors may no longer edit a published article; the reviewer may.
    expect(
      await codeOf(
        updateContent(db, who.hanoiOfficer!, 'article', draft.id, {
          version: published.version,
          title: 'Sửa',
        }),
      ),
    ).toBe('PORTAL_REVIEWER_REQUIRED');
  });

  it('schedules publication: a future time is not public until it comes', async () => {
    const db = database.db;
    const a = await createContent(db, who.agencyOfficer!, 'article', {
      title: 'Tin hẹn giờ xuất bản',
      category: 'thong-bao',
    });
    const future = new Date(Date.now() + 3600_000).toISOString();
    const p = await transitionContent(db, who.agencyLeader!, a.id, {
      action: 'publish',
      version: a.version,
      publishAt: future,
    });
    expect(p).toMatchObject({ status: 'published', scheduled: true });
    expect(await findPublicBySlug(db, 'article', a.slug)).toBeUndefined();
    const { rows } = await listPublic(db, { kind: 'article' }, 100);
    expect(rows.some((r) => r.id === a.id)).toBe(false);
    await database.raw(`update portal_items set published_at = now() - interval '1 minute' where id = $1`, [
      a.id,
    ]);
    expect((await findPublicBySlug(db, 'article', a.slug))?.id).toBe(a.id);
    expect((await getContent(db, who.agencyLeader!, a.id)).scheduled).toBe(false);
  });

  it('keeps revisions, compares them and restores an earlier one as a new version', async () => {
    const db = database.db;
    const a = await createContent(db, who.angiangOfficer!, 'article', {
      title: 'Bản đầu',
      category: 'tin-hoat-dong',
      bodyHtml: '<p>Dòng một</p><p>Dòng hai</p>',
    });
    const b = await updateContent(db, who.angiangOfficer!, 'article', a.id, {
      version: a.version,
      title: 'Bản sửa',
      bodyHtml: '<p>Dòng một</p><p>Dòng ba</p>',
    });
    expect(b.slug).toBe(a.slug);
    const revs = await listRevisions(db, who.angiangOfficer!, a.id);
    expect(revs.map((r) => [r.revision, r.action])).toEqual([
      [2, 'updated'],
      [1, 'created'],
    ]);
    const cmp = await compareRevisions(db, who.angiangOfficer!, a.id, 1, 2);
    expect(cmp.changes.find((c) => c.field === 'title')).toMatchObject({
      before: 'Bản đầu',
      after: 'Bản sửa',
    });
    expect(cmp.bodyDiff).toEqual([
      { op: 'same', text: 'Dòng một' },
      { op: 'del', text: 'Dòng hai' },
      { op: 'add', text: 'Dòng ba' },
    ]);
    const restored = await restoreRevision(db, who.angiangOfficer!, a.id, 1, b.version);
    expect(restored).toMatchObject({ title: 'Bản đầu', version: 3 });
    expect(restored.bodyHtml).toContain('Dòng hai');
    expect((await listRevisions(db, who.angiangOfficer!, a.id))[0]?.action).toBe('restored');
    expect(await codeOf(restoreRevision(db, who.angiangOfficer!, a.id, 1, b.version))).toBe(
      'VERSION_CONFLICT',
    );
  });
});

describe('refusals', () => {
  it('keeps provinces apart: 404 across provinces, a clear 403 for the agency', async () => {
    const db = database.db;
    const a = await createContent(db, who.hanoiOfficer!, 'article', {
      title: 'Tin của Hà Nội',
      category: 'tin-hoat-dong',
    });
    expect(
      await codeOf(updateContent(db, who.angiangOfficer!, 'article', a.id, { version: 1, title: 'x' })),
    ).toBe('NOT_FOUND');
    expect(
      await codeOf(updateContent(db, who.agencyOfficer!, 'article', a.id, { version: 1, title: 'x' })),
    ).toBe('PORTAL_OTHER_PROVINCE');
    expect(
      await codeOf(
        createContent(db, who.hanoiOfficer!, 'article', {
          title: 'x',
          category: 'thong-bao',
          provinceCode: '91',
        }),
      ),
    ).toBe('PORTAL_OTHER_PROVINCE');
  });

  it('refuses a taken slug and numbers free ones', async () => {
    const db = database.db;
    const first = await createContent(db, who.hanoiOfficer!, 'article', {
      title: 'Trùng tên',
      category: 'thong-bao',
    });
    const second = await createContent(db, who.hanoiOfficer!, 'article', {
      title: 'Trùng tên',
      category: 'thong-bao',
    });
    expect([first.slug, second.slug]).toEqual(['trung-ten', 'trung-ten-2']);
    expect(
      await codeOf(
        createContent(db, who.hanoiOfficer!, 'article', {
          title: 'Khác',
          slug: 'trung-ten',
          category: 'thong-bao',
        }),
      ),
    ).toBe('PORTAL_SLUG_TAKEN');
  });

  it('refuses a document number already published by the same issuer, whatever the case', async () => {
    const db = database.db;
    const base = { title: 'Công văn thử', docKind: 'cong_van' as const, issuedOn: '2026-01-05' };
    await createContent(db, who.agencyOfficer!, 'document', {
      ...base,
      docNumber: '15/CV-TEST',
      issuer: 'Cục Thử nghiệm',
    });
    expect(
      await codeOf(
        createContent(db, who.agencyOfficer!, 'document', {
          ...base,
          docNumber: '15/cv-test',
          issuer: 'cục thử nghiệm',
        }),
      ),
    ).toBe('PORTAL_DOCUMENT_NUMBER_TAKEN');
    expect(
      await codeOf(
        createContent(db, who.agencyOfficer!, 'document', {
          ...base,
          docNumber: '15/CV-TEST',
          issuer: 'Sở Khác',
        }),
      ),
    ).toBe('ok');
    expect(
      await codeOf(
        createContent(db, who.agencyOfficer!, 'document', {
          ...base,
          docNumber: '382/CTĐP-QLKC',
          issuer: 'Cục Công Thương địa phương',
        }),
      ),
    ).toBe('PORTAL_DOCUMENT_NUMBER_TAKEN');
  });

  it('checks event dates on the merged record', async () => {
    const db = database.db;
    const e = await createContent(db, who.angiangOfficer!, 'event', {
      title: 'Hội chợ thử',
      eventKind: 'fair',
      startsOn: '2027-05-01',
      endsOn: '2027-05-03',
      place: 'Long Xuyên',
      organiser: 'Sở Công Thương An Giang',
      registrationMode: 'none',
    });
    const err = await updateContent(db, who.angiangOfficer!, 'event', e.id, {
      version: e.version,
      endsOn: '2027-04-30',
    }).catch((x) => x);
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.fieldErrors[0]).toMatchObject({ path: 'endsOn', code: 'portal_ends_before_start' });
    expect(
      await codeOf(
        updateContent(db, who.angiangOfficer!, 'event', e.id, {
          version: e.version,
          registrationMode: 'form',
        }),
      ),
    ).toBe('VALIDATION_FAILED');
  });
});

describe('search', () => {
  it('finds seeded content without accents, best title match first', async () => {
    const { rows, total } = await searchPublic(
      database.db,
      queryWords('hoi cho cong nghiep nong thon'),
      undefined,
      10,
      0,
    );
    expect(total).toBeGreaterThan(0);
    expect(rows[0]?.title).toMatch(/^Hội chợ Công nghiệp nông thôn tiêu biểu/);
    const docs = await searchPublic(database.db, queryTokens(queryWords('382/ctdp')), 'document', 10, 0);
    expect(docs.rows[0]?.docNumber).toBe('382/CTĐP-QLKC');
  });
});
