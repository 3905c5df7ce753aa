import http from 'node:http';
import { DEMO_PASSWORD } from '../../server/src/modules/identity/index.ts';
import type { ServerHandle } from '../lib/server.ts';

/** Keep-alive connections, as a browser keeps them; node:http costs the load generator less CPU than fetch. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

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

/** GET that fails unless the answer is 200; the body is read in full, as a browser would. */
export function getOk(url: string, headers: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        if (res.statusCode === 200) resolve();
        else reject(new Error(`${res.statusCode} ${Buffer.concat(chunks).toString('utf8').slice(0, 200)}`));
      });
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}
