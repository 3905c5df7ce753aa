import { DEMO_PASSWORD } from '../../server/src/modules/identity/index.ts';
import { leanGet } from '../lib/lean-http.ts';
import { type Load, runLoad } from '../lib/load.ts';
import type { ServerHandle } from '../lib/server.ts';
import { type HttpRequest, runWrk, wrkAvailable } from '../lib/wrk.ts';

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

/** Which load generator drives the HTTP side: wrk when it can run (the default), else the Node loop. */
export type HttpClient = 'wrk' | 'node';

/**
 * The HTTP side of a scenario as a load: wrk (bench/lib/wrk.ts), after a warm-up of `opts.warmup` requests
 * by the Node client (JIT, caches and connections, as the Node loop warms up), or the Node loop itself.
 */
export function httpLoad(baseUrl: string, requests: readonly HttpRequest[], client: HttpClient): Load {
  const hit = (i: number) => {
    const r = requests[i % requests.length]!;
    return getOk(`${baseUrl}${r.path}`, r.headers);
  };
  if (client === 'node') return hit;
  return {
    run: async (opts) => {
      await runLoad(hit, { ...opts, maxCount: 0, keepLatencies: false });
      return runWrk(baseUrl, requests, opts);
    },
  };
}

/** `--http-client wrk|node` (default wrk, falling back to node when wrk cannot be run or installed). */
export function chooseHttpClient(
  asked: string | undefined,
  log: (line: string) => void = console.log,
): HttpClient {
  if (asked === 'node') return 'node';
  return wrkAvailable(log) ? 'wrk' : 'node';
}
