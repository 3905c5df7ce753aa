import { beforeAll, describe, expect, it } from 'vitest';
import { demo, signIn, type TestApp, testApp } from '../../test/http.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

type Page<T> = { items: T[]; total: number };
type U = {
  id: string;
  email: string;
  provinceCode: string | null;
  version: number;
  abilities: Record<string, boolean>;
};

describe('auth', () => {
  it('signs in, answers /me, and signs out', async () => {
    const s = await signIn(t.app, demo.hanoiOfficer);
    const me = await s.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe(demo.hanoiOfficer);
    expect((await s.post('/api/auth/logout')).statusCode).toBe(204);
    const after = await s.get('/api/auth/me');
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('AUTH_SESSION_EXPIRED');
  });

  it("/me carries the modules' screen permissions for the menu", async () => {
    const officer = (await (await signIn(t.app, demo.hanoiOfficer)).get('/api/auth/me')).json();
    expect(officer.permissions).toMatchObject({
      'establishments.read': true,
      'establishments.import': true,
      'products.organise': true,
      'users.manage': false,
    });
    const expert = (await (await signIn(t.app, demo.councilMember)).get('/api/auth/me')).json();
    expect(expert.permissions).toMatchObject({ 'establishments.read': false, 'products.organise': false });
  });

  it('refuses wrong credentials with a Vietnamese problem+json', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: demo.hanoiLeader, password: 'sai-mat-khau' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      code: 'AUTH_INVALID_CREDENTIALS',
      detail: 'Email hoặc mật khẩu không đúng.',
    });
  });

  it('answers in English when asked', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
      payload: { email: 'nobody@example.com', password: 'x' },
    });
    expect(res.json().detail).toBe('Wrong e-mail or password.');
  });

  it('401 without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/users' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('AUTH_REQUIRED');
  });

  it('refuses a state change without the CSRF token', async () => {
    const s = await signIn(t.app, demo.admin);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: `kc_session=${s.cookie}` },
      payload: { currentPassword: 'x', newPassword: 'Abcdefgh123' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('AUTH_CSRF_FAILED');
  });

  it('refuses a cross-site Origin', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'https://evil.example' },
      payload: { email: demo.admin, password: 'x' },
    });
    expect(res.json().code).toBe('AUTH_CSRF_FAILED');
  });

  it('malformed JSON and unknown fields are 400/422 with stable codes', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('MALFORMED_JSON');
    const extra = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a@b.vn', password: 'x', admin: true },
    });
    expect(extra.statusCode).toBe(422);
    expect(extra.json().errors[0]).toMatchObject({ code: 'unrecognized_keys' });
  });

  it('locks the account after repeated failures', async () => {
    for (let i = 0; i < 5; i++)
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: demo.daklakOfficer, password: `wrong-${i}` },
      });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: demo.daklakOfficer, password: 'KhuyenCong@2026' },
    });
    expect(res.statusCode).toBe(423);
    expect(res.json().code).toBe('AUTH_ACCOUNT_LOCKED');
    const admin = await signIn(t.app, demo.admin);
    const audit = await admin.get('/api/audit?action=user.locked');
    expect(audit.json().items.length).toBeGreaterThan(0);
  });

  it('changes the password with a strength check', async () => {
    const s = await signIn(t.app, demo.councilMember);
    const weak = await s.post('/api/auth/password', {
      currentPassword: 'KhuyenCong@2026',
      newPassword: 'short',
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().errors[0].path).toBe('newPassword');
    const wrong = await s.post('/api/auth/password', {
      currentPassword: 'nope',
      newPassword: 'MatKhauMoi2027',
    });
    expect(wrong.json().code).toBe('AUTH_WRONG_PASSWORD');
    expect(
      (
        await s.post('/api/auth/password', {
          currentPassword: 'KhuyenCong@2026',
          newPassword: 'MatKhauMoi2027',
        })
      ).statusCode,
    ).toBe(204);
    await signIn(t.app, demo.councilMember, 'MatKhauMoi2027');
  });
});

describe('users scoped by province', () => {
  it('a department officer sees only their province', async () => {
    const s = await signIn(t.app, demo.hanoiOfficer);
    const res = await s.get('/api/users?pageSize=200');
    const page = res.json() as Page<U>;
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.every((u) => u.provinceCode === '01')).toBe(true);
  });

  it('out of scope is 404, not 403', async () => {
    const admin = await signIn(t.app, demo.admin);
    const ag = (await admin.get('/api/users?q=chuyenvien.angiang')).json() as Page<U>;
    const target = ag.items[0]!;
    const s = await signIn(t.app, demo.hanoiAdmin);
    expect((await s.get(`/api/users/${target.id}`)).statusCode).toBe(404);
    expect(
      (await s.patch(`/api/users/${target.id}`, { version: target.version, fullName: 'X' })).statusCode,
    ).toBe(404);
  });

  it('in scope but not allowed is 403', async () => {
    const s = await signIn(t.app, demo.hanoiOfficer);
    const list = (await s.get('/api/users?q=lanhdao.hanoi')).json() as Page<U>;
    const res = await s.patch(`/api/users/${list.items[0]!.id}`, {
      version: list.items[0]!.version,
      fullName: 'X',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
  });

  it('diacritic-insensitive search', async () => {
    const s = await signIn(t.app, demo.admin);
    const page = (await s.get(`/api/users?q=${encodeURIComponent('vu thi hong')}`)).json() as Page<{
      fullName: string;
    }>;
    expect(page.items.map((u) => u.fullName)).toContain('Vũ Thị Hồng');
  });

  it('a department admin creates a user in its province, audited; 409 on a stale version', async () => {
    const s = await signIn(t.app, demo.hanoiAdmin);
    const orgs = (await s.get('/api/organisations?q=TTKC-01')).json() as Page<{ id: string; code: string }>;
    const centre = orgs.items.find((o) => o.code === 'TTKC-01')!;
    const created = await s.post('/api/users', {
      email: 'Moi.TTKC.HN@khuyencong.vn',
      fullName: 'Người dùng mới',
      role: 'implementer_staff',
      organisationId: centre.id,
      password: 'MatKhau2026A',
    });
    expect(created.statusCode).toBe(201);
    const u = created.json() as U;
    expect(u.email).toBe('moi.ttkc.hn@khuyencong.vn');
    const dup = await s.post('/api/users', {
      email: 'moi.ttkc.hn@khuyencong.vn',
      fullName: 'X',
      role: 'implementer_staff',
      organisationId: centre.id,
      password: 'MatKhau2026A',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('USER_EMAIL_TAKEN');
    const ok = await s.patch(`/api/users/${u.id}`, { version: u.version, title: 'Viên chức' });
    expect(ok.statusCode).toBe(200);
    const stale = await s.patch(`/api/users/${u.id}`, { version: u.version, title: 'Khác' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const audit = (await s.get(`/api/audit?entityId=${u.id}`)).json() as Page<{
      action: string;
      after: Record<string, unknown>;
    }>;
    expect(audit.items.map((a) => a.action)).toEqual(['user.updated', 'user.created']);
    expect(audit.items[1]!.after).not.toHaveProperty('passwordHash');
  });

  it('a department admin cannot create an agency role or a user in another province', async () => {
    const s = await signIn(t.app, demo.hanoiAdmin);
    const orgs = (await s.get('/api/organisations?q=SCT-01')).json() as Page<{ id: string; code: string }>;
    const dept = orgs.items.find((o) => o.code === 'SCT-01')!;
    const res = await s.post('/api/users', {
      email: 'x1@khuyencong.vn',
      fullName: 'X',
      role: 'agency_officer',
      organisationId: dept.id,
      password: 'MatKhau2026A',
    });
    expect(res.statusCode).toBe(403);
    const admin = await signIn(t.app, demo.admin);
    const ag = (await admin.get('/api/organisations?q=SCT-91')).json() as Page<{ id: string; code: string }>;
    const other = await s.post('/api/users', {
      email: 'x2@khuyencong.vn',
      fullName: 'X',
      role: 'department_officer',
      organisationId: ag.items[0]!.id,
      password: 'MatKhau2026A',
    });
    expect(other.statusCode).toBe(422);
  });

  it('validates e-mail, password strength and over-long strings', async () => {
    const s = await signIn(t.app, demo.admin);
    const res = await s.post('/api/users', {
      email: 'khong-phai-email',
      fullName: 'x'.repeat(500),
      role: 'agency_officer',
      organisationId: '00000000-0000-4000-8000-000000000000',
      password: 'abc',
    });
    expect(res.statusCode).toBe(422);
    const paths = (res.json().errors as { path: string; message: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(['email', 'fullName', 'password']);
    expect(res.json().errors.find((e: { path: string }) => e.path === 'email').message).toBe(
      'Địa chỉ email không hợp lệ.',
    );
  });

  it('unknown ids answer 404', async () => {
    const s = await signIn(t.app, demo.admin);
    expect((await s.get('/api/users/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await s.get('/api/users/not-a-uuid')).statusCode).toBe(422);
  });
});

describe('platform', () => {
  it('health and OpenAPI', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).json().status).toBe('ok');
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(spec.paths['/api/users']).toBeDefined();
    expect(spec.paths['/api/auth/login'].post).toBeDefined();
  });
  it('unknown API route is problem+json', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/khong-co' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('ROUTE_NOT_FOUND');
  });
});

describe('sessions and rate limit', () => {
  it('an expired session answers 401 AUTH_SESSION_EXPIRED', async () => {
    const s = await signIn(t.app, demo.angiangLeader);
    await t.database.raw(`UPDATE sessions SET expires_at = now() - interval '1 minute'`);
    const res = await s.get('/api/users');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('AUTH_SESSION_EXPIRED');
  });

  it('limits sign-in attempts per minute with a Vietnamese 429', async () => {
    const { buildApp } = await import('../../app.ts');
    const { loadConfig } = await import('../../config.ts');
    const app = await buildApp({
      config: loadConfig({ LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT_PER_MINUTE: '2' }),
      database: t.database,
      logger: false,
    });
    try {
      const attempt = () =>
        app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'x@y.vn', password: 'z' } });
      await attempt();
      await attempt();
      const third = await attempt();
      expect(third.statusCode).toBe(429);
      expect(third.json()).toMatchObject({ code: 'RATE_LIMITED' });
      expect(third.json().detail).toContain('Quá nhiều yêu cầu');
    } finally {
      await app.close();
    }
  });
});

describe('organisations', () => {
  it('counts each organisation’s users', async () => {
    const s = await signIn(t.app, demo.admin);
    const page = (await s.get('/api/organisations?q=SCT-91')).json() as Page<{
      code: string;
      userCount: number;
    }>;
    expect(page.items.find((o) => o.code === 'SCT-91')!.userCount).toBeGreaterThanOrEqual(3);
  });
});
