import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoadOptions, LoadResult } from './load.ts';

/**
 * HTTP load from wrk (Debian's `wrk`, C and epoll) instead of a loop in the bench's own Node process. On two
 * cores the load generator shares the CPU with the server it measures: the lean Node client costs about
 * 0.5 ms of CPU a request, wrk a few microseconds, so with wrk the HTTP figure is the server's and not its
 * client's (measured on the scheme list: 405–456 req/s with the Node client, 549 with wrk, the same server).
 * The driver baseline stays in Node: the raw query includes what a Node program spends sending it and
 * reading its rows.
 */

export type HttpRequest = { path: string; headers: Record<string, string> };

let available: boolean | undefined;

/** Whether wrk can be run; installs Debian's package once when it is missing and we may (root, apt-get). */
export function wrkAvailable(log: (line: string) => void = console.log): boolean {
  if (available !== undefined) return available;
  const has = () => spawnSync('wrk', ['--version'], { stdio: 'ignore' }).error === undefined;
  available = has();
  if (!available && process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0) {
    log('  wrk chưa có: cài gói Debian wrk (apt-get install -y wrk)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    let r = spawnSync('apt-get', ['install', '-y', '-q', 'wrk'], { stdio: 'ignore', env });
    if (r.status !== 0) {
      spawnSync('apt-get', ['update', '-q'], { stdio: 'ignore', env });
      r = spawnSync('apt-get', ['install', '-y', '-q', 'wrk'], { stdio: 'ignore', env });
    }
    available = has();
  }
  if (!available)
    log('  wrk không dùng được: tải HTTP do client Node trong tiến trình bench tạo ra (tốn CPU của máy chủ)');
  return available;
}

const lua = (s: string) => JSON.stringify(s); // a JSON string is a valid Lua string literal for these texts

/** The script: requests in turn (one counter for all connections), and one JSON line of results at the end. */
function script(requests: readonly HttpRequest[]): string {
  const items = requests.map((r) => {
    const headers = Object.entries(r.headers)
      .map(([k, v]) => `[${lua(k)}] = ${lua(v)}`)
      .join(', ');
    return `    wrk.format("GET", ${lua(r.path)}, { ${headers} })`;
  });
  // Formatted in init(), once wrk knows the target: at the script's top level wrk.format has no Host yet.
  return `local requests = {}
init = function(args)
  requests = {
${items.join(',\n')}
  }
end
local i = 0
request = function()
  i = i + 1
  return requests[(i % #requests) + 1]
end
done = function(summary, latency, requests)
  local q = {}
  for k = 1, 1000 do q[k] = string.format("%.3f", latency:percentile(k / 10) / 1000) end
  local e = summary.errors
  io.write(string.format('\\nRESULT {"requests":%d,"us":%d,"status":%d,"socket":%d,"quantiles":[%s]}\\n',
    summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout, table.concat(q, ",")))
end
`;
}

/**
 * One bounded run of wrk against `baseUrl` with `opts.concurrency` connections on one thread for
 * `opts.maxSeconds` (wrk has no request cap). The latencies are rebuilt from wrk's 1,000 quantiles, one
 * value per request, so rounds merge like the Node loop's (`mergeLoads`).
 */
export async function runWrk(
  baseUrl: string,
  requests: readonly HttpRequest[],
  opts: LoadOptions,
): Promise<LoadResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-wrk-'));
  const file = path.join(dir, 'requests.lua');
  fs.writeFileSync(file, script(requests));
  const seconds = Math.max(1, Math.round(opts.maxSeconds));
  const args = ['-t1', `-c${opts.concurrency}`, `-d${seconds}s`, '--timeout', '30s', '-s', file, baseUrl];
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (d: Buffer) => {
      text += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      text += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`wrk thoát với mã ${code}: ${text}`)),
    );
  }).finally(() => fs.rmSync(dir, { recursive: true, force: true }));
  const line = out.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`wrk không in kết quả: ${out.slice(0, 500)}`);
  const r = JSON.parse(line.slice(7)) as {
    requests: number;
    us: number;
    status: number;
    socket: number;
    quantiles: number[];
  };
  const elapsed = r.us / 1e6;
  const latenciesMs = Array.from(
    { length: r.requests },
    (_, k) => r.quantiles[Math.floor((k * 1000) / r.requests)] ?? 0,
  );
  const errors = r.status + r.socket;
  const ok = Math.max(0, r.requests - errors);
  return {
    count: r.requests,
    errors,
    seconds: elapsed,
    perSecond: ok / elapsed,
    p50Ms: r.quantiles[499] ?? 0,
    p95Ms: r.quantiles[949] ?? 0,
    ...(errors > 0 ? { firstError: `${r.status} trả lời không phải 2xx/3xx, ${r.socket} lỗi kết nối` } : {}),
    ...(opts.keepLatencies ? { latenciesMs } : {}),
  };
}
