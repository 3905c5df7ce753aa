import { DEMO_PASSWORD } from '../../server/src/modules/identity/index.ts';
import { leanGet } from '../lib/lean-http.ts';
import type { ServerHandle } from '../lib/server.ts';

/** Signs a user in over HTTP and returns the session cookie's token. */
export async function signIn(server: ServerHandle, email: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`đăng nhập ${email} thất bại: ${res.status} ${body.slice(0, 300)}`);
  for (const c of res.headers.getSetCookie()) {
    const m = c.match(/^kc_session=([^;]+)/);
    if (m?.[1]) return m[1];
  }
  throw new Error(`đăng nhập ${email}: không có cookie phiên`);
}

/** GET that fails unless the answer is 200; the body is read in full, as a browser would (lean client). */
export async function getOk(url: string, headers: Record<string, string>): Promise<void> {
  const res = await leanGet(url, headers);
  if (res.status !== 200) throw new Error(`${res.status} ${res.body.toString('utf8').slice(0, 200)}`);
}
