import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { demo, type Session, signIn, type TestApp, testApp } from '../../test/http.ts';
import { storeBuffer } from '../files/index.ts';
import { enqueueJob, JobRunner, registerJobHandler, runQueuedJobs } from './index.ts';
import * as repo from './jobs.repo.ts';

let t: TestApp;
const filesDir = path.join(os.tmpdir(), `kc-jobs-test-${process.pid}`);
const runs = new Map<string, number>();

registerJobHandler('test.echo', async (ctx) => {
  runs.set(ctx.job.id, (runs.get(ctx.job.id) ?? 0) + 1);
  for (let i = 1; i <= 4; i++) await ctx.progress(i * 25, `Bước ${i}/4`);
  return { result: { echoed: ctx.job.input }, message: 'Xong' };
});
registerJobHandler('test.fail', async () => {
  throw new AppError('IMPORT_UNREADABLE', { reason: 'tệp hỏng' });
});
registerJobHandler('test.crash', async () => {
  throw new Error('boom');
});
registerJobHandler('test.wait', async (ctx) => {
  for (let i = 0; i < 400; i++) {
    await ctx.progress(i / 4, 'Đang chờ');
    await new Promise((r) => setTimeout(r, 260));
  }
  return {};
});
registerJobHandler('test.file', async (ctx) => {
  const file = await storeBuffer(ctx.db, ctx.config, Buffer.from('xin chào'), {
    name: 'Báo cáo kiểm tra (An Giang).txt',
    mediaType: 'text/plain; charset=utf-8',
    purpose: 'test',
    createdBy: ctx.job.createdBy,
    provinceCode: ctx.job.provinceCode,
  });
  return { resultFileId: file.id };
});

async function actorOf(s: Session): Promise<Actor> {
  const u = (await s.get('/api/auth/me')).json().user;
  return {
    userId: u.id,
    email: u.email,
    fullName: u.fullName,
    role: u.role,
    organisationId: u.organisationId,
    organisationKind: u.organisationKind,
    provinceCode: u.provinceCode,
  };
}

async function waitFor(s: Session, id: string, done: (j: { status: string }) => boolean) {
  for (let i = 0; i < 200; i++) {
    const j = (await s.get(`/api/jobs/${id}`)).json();
    if (done(j)) return j;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`job ${id} did not settle`);
}

let officer: Session;
let officerActor: Actor;
beforeAll(async () => {
  t = await testApp({ FILES_DIR: filesDir, JOB_POLL_MS: '100', JOB_STALE_SECONDS: '5' });
  officer = await signIn(t.app, demo.angiangOfficer);
  officerActor = await actorOf(officer);
});

describe('job runner', () => {
  it('runs a queued job to completion with progress and result', async () => {
    const job = await enqueueJob(t.database.db, officerActor, {
      kind: 'test.echo',
      input: { a: 1 },
      provinceCode: '91',
    });
    const j = await waitFor(officer, job.id, (x) => x.status === 'done');
    expect(j).toMatchObject({
      status: 'done',
      progress: 100,
      result: { echoed: { a: 1 } },
      message: 'Xong',
      error: null,
    });
    expect(j.kindLabel).toBe('test.echo');
    expect(j.createdByName).toBe(officerActor.fullName);
    expect(runs.get(job.id)).toBe(1);
  });

  it('records a coded failure in Vietnamese, and hides internal errors', async () => {
    const a = await enqueueJob(t.database.db, officerActor, { kind: 'test.fail', provinceCode: '91' });
    const b = await enqueueJob(t.database.db, officerActor, { kind: 'test.crash', provinceCode: '91' });
    const fa = await waitFor(officer, a.id, (x) => x.status !== 'queued' && x.status !== 'running');
    const fb = await waitFor(officer, b.id, (x) => x.status !== 'queued' && x.status !== 'running');
    expect(fa).toMatchObject({
      status: 'failed',
      error: { code: 'IMPORT_UNREADABLE', message: 'Không đọc được tệp Excel: tệp hỏng' },
    });
    expect(fb.error.code).toBe('INTERNAL');
    expect(fb.error.message).not.toContain('boom');
  });

  it('cancels a running job at its next progress report', async () => {
    const job = await enqueueJob(t.database.db, officerActor, { kind: 'test.wait', provinceCode: '91' });
    await waitFor(officer, job.id, (x) => x.status === 'running');
    const res = await officer.post(`/api/jobs/${job.id}/cancel`);
    expect(res.statusCode).toBe(200);
    const j = await waitFor(officer, job.id, (x) => x.status === 'cancelled');
    expect(j.error.code).toBe('JOB_CANCELLED');
    const again = await officer.post(`/api/jobs/${job.id}/cancel`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('JOB_NOT_CANCELLABLE');
  });

  it('refuses a second active job with the same dedupe key', async () => {
    const key = `test:${Date.now()}`;
    const first = await enqueueJob(t.database.db, officerActor, {
      kind: 'test.wait',
      dedupeKey: key,
      provinceCode: '91',
    });
    await expect(
      enqueueJob(t.database.db, officerActor, {
        kind: 'test.wait',
        dedupeKey: key,
        duplicateError: 'IMPORT_ALREADY_RUNNING',
      }),
    ).rejects.toMatchObject({ code: 'IMPORT_ALREADY_RUNNING' });
    await officer.post(`/api/jobs/${first.id}/cancel`);
    await waitFor(officer, first.id, (x) => x.status === 'cancelled');
    // Once the first has ended the key is free again.
    const second = await enqueueJob(t.database.db, officerActor, { kind: 'test.echo', dedupeKey: key });
    await waitFor(officer, second.id, (x) => x.status === 'done');
  });

  it('requeues a job whose heartbeat went stale, and gives up after its attempts', async () => {
    const db = t.database.db;
    const old = new Date(Date.now() - 3600_000);
    const a = await repo.insertJob(db, {
      kind: 'test.echo',
      status: 'running',
      attempt: 1,
      heartbeatAt: old,
      lockedBy: 'dead',
      createdBy: officerActor.userId,
    });
    const b = await repo.insertJob(db, {
      kind: 'test.echo',
      status: 'running',
      attempt: 3,
      maxAttempts: 3,
      heartbeatAt: old,
      lockedBy: 'dead',
      createdBy: officerActor.userId,
    });
    const r = await repo.requeueStale(db, 5, (n) => `gián đoạn ${n} lần`);
    expect(r.requeued).toBeGreaterThanOrEqual(1);
    expect(r.failed).toBeGreaterThanOrEqual(1);
    const ja = await waitFor(officer, a.id, (x) => x.status === 'done');
    expect(ja.attempt).toBe(2);
    const jb = (await officer.get(`/api/jobs/${b.id}`)).json();
    expect(jb).toMatchObject({
      status: 'failed',
      error: { code: 'JOB_ABANDONED', message: 'gián đoạn 3 lần' },
    });
  });

  it('two runners share the queue without running a job twice (SKIP LOCKED)', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 8; i++)
      ids.push((await repo.insertJob(t.database.db, { kind: 'test.echo', input: { i } })).id);
    const config = t.app.config;
    const quiet = { info() {}, warn() {}, error() {} };
    await Promise.all([
      new JobRunner(t.database, config, quiet).drain(),
      runQueuedJobs(t.database, config, quiet),
    ]);
    for (const id of ids) expect(runs.get(id)).toBe(1);
  });
});

describe('job routes and scope', () => {
  it('lists own jobs; another province sees nothing; the province admin and system admin see them', async () => {
    const job = await enqueueJob(t.database.db, officerActor, { kind: 'test.echo', provinceCode: '91' });
    await waitFor(officer, job.id, (x) => x.status === 'done');
    const mine = (await officer.get('/api/jobs?pageSize=100')).json();
    expect(mine.items.some((j: { id: string }) => j.id === job.id)).toBe(true);
    const hanoi = await signIn(t.app, demo.hanoiAdmin);
    expect((await hanoi.get(`/api/jobs/${job.id}`)).statusCode).toBe(404);
    expect(
      (await hanoi.get('/api/jobs?pageSize=100')).json().items.some((j: { id: string }) => j.id === job.id),
    ).toBe(false);
    const agAdmin = await signIn(t.app, demo.angiangAdmin);
    expect((await agAdmin.get(`/api/jobs/${job.id}`)).statusCode).toBe(200);
    expect(
      (await agAdmin.get('/api/jobs?mine=true&pageSize=100'))
        .json()
        .items.some((j: { id: string }) => j.id === job.id),
    ).toBe(false);
    const admin = await signIn(t.app, demo.admin);
    expect((await admin.get(`/api/jobs/${job.id}`)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/jobs' })).statusCode).toBe(401);
  });

  it('downloads a result file with a Vietnamese RFC 5987 filename; strangers get 404', async () => {
    const job = await enqueueJob(t.database.db, officerActor, { kind: 'test.file', provinceCode: '91' });
    const j = await waitFor(officer, job.id, (x) => x.status === 'done');
    expect(j.resultFileName).toBe('Báo cáo kiểm tra (An Giang).txt');
    const res = await officer.get(`/api/jobs/${job.id}/result`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('xin chào');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Bao cao kiem tra _An Giang_.txt"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20ki%E1%BB%83m%20tra%20%28An%20Giang%29.txt`,
    );
    expect((await officer.get(`/api/files/${j.resultFileId}`)).statusCode).toBe(200);
    const other = await signIn(t.app, demo.angiangLeader);
    expect((await other.get(`/api/files/${j.resultFileId}`)).statusCode).toBe(404);
    expect((await other.get(`/api/jobs/${job.id}/result`)).statusCode).toBe(404);
    const noResult = await enqueueJob(t.database.db, officerActor, { kind: 'test.echo' });
    await waitFor(officer, noResult.id, (x) => x.status === 'done');
    expect((await officer.get(`/api/jobs/${noResult.id}/result`)).json().code).toBe('JOB_NO_RESULT');
  });
});
