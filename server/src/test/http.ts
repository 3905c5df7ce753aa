import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/client.ts';
import { DEMO_PASSWORD } from '../modules/identity/index.ts';
import { testDatabase } from './db.ts';

export type TestApp = { app: FastifyInstance; database: Database };

/** The real app on a per-file test database. */
export async function testApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await testDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    ...env,
  });
  const app = await buildApp({ config, database, logger: env.LOG_LEVEL === 'error' });
  await app.ready();
  afterAll(() => app.close());
  return { app, database };
}

export type Session = {
  cookie: string;
  csrf: string;
  userId: string;
  request: (opts: InjectOptions) => Promise<LightMyRequestResponse>;
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  patch: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
};

/** Signs a demo user in and returns a client that sends the cookie and CSRF header. */
export async function signIn(
  app: FastifyInstance,
  email: string,
  password = DEMO_PASSWORD,
): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'kc_session')!;
  const body = res.json() as { csrfToken: string; user: { id: string } };
  const headers = { cookie: `kc_session=${cookie.value}`, 'x-csrf-token': body.csrfToken };
  const request = (opts: InjectOptions) =>
    app.inject({ ...opts, headers: { ...headers, ...(opts.headers ?? {}) } });
  return {
    cookie: cookie.value,
    csrf: body.csrfToken,
    userId: body.user.id,
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, body) => request({ method: 'POST', url, payload: body as InjectOptions['payload'] }),
    patch: (url, body) => request({ method: 'PATCH', url, payload: body as InjectOptions['payload'] }),
  };
}

export const demo = {
  admin: 'admin@khuyencong.vn',
  agencyLeader: 'lanhdao.cuc@khuyencong.vn',
  agencyOfficer: 'chuyenvien.cuc@khuyencong.vn',
  hanoiAdmin: 'quantri.hanoi@khuyencong.vn',
  hanoiLeader: 'lanhdao.hanoi@khuyencong.vn',
  hanoiOfficer: 'chuyenvien.hanoi@khuyencong.vn',
  angiangAdmin: 'quantri.angiang@khuyencong.vn',
  angiangLeader: 'lanhdao.angiang@khuyencong.vn',
  angiangOfficer: 'chuyenvien.angiang@khuyencong.vn',
  daklakOfficer: 'chuyenvien.daklak@khuyencong.vn',
  centreStaff: 'canbo.ttkc.angiang@khuyencong.vn',
  implementerStaff: 'canbo.vienck@khuyencong.vn',
  councilMember: 'chuyengia@khuyencong.vn',
  establishmentRep: 'coso.tanchau@khuyencong.vn',
} as const;

/** One file as the multipart field `file`, ready for `app.inject({ payload, headers })`. */
export function multipartFile(fileName: string, bytes: Uint8Array, contentType = 'application/octet-stream') {
  const boundary = `----kc${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, Buffer.from(bytes), tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
