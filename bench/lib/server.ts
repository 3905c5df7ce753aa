import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export type ServerHandle = {
  url: string;
  pid: number;
  /** Seconds from spawning `node server/src/main.ts` until /api/health answered 200. */
  readySeconds: number;
  /** Resident memory of the server process in MB (Linux /proc), or null elsewhere. */
  rssMb: () => number | null;
  /** The "sẵn sàng sau X s" the server prints: from main() to listening, without loading the code. */
  reportedSeconds: () => number | null;
  stop: () => Promise<void>;
  output: () => string;
};

export type ServerTarget = { dataDir: string } | { databaseUrl: string };

/** A free loopback port (the OS picks; a tiny race with other processes is acceptable for a benchmark). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export function rssOf(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = status.match(/^VmRSS:\s+(\d+)\s+kB/m);
    return m?.[1] ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/**
 * Starts the real server (`node --import tsx server/src/main.ts`: migrate, seed if empty, listen) on a
 * loopback port and waits for /api/health. The database is the only setting taken from `target`.
 */
export async function startServer(
  target: ServerTarget,
  opts: { logLevel?: string; timeoutSeconds?: number } = {},
): Promise<ServerHandle> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['DATABASE_URL', 'DATA_DIR', 'PORT', 'HOST', 'LOG_LEVEL', 'SEED_DEMO']) delete env[k];
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: opts.logLevel ?? 'warn',
    NODE_ENV: 'production',
    SEED_DEMO: 'true',
    ...('dataDir' in target ? { DATA_DIR: target.dataDir } : { DATABASE_URL: target.databaseUrl }),
  });
  const started = performance.now();
  // BENCH_CPU_PROF=dir writes a CPU profile of the server (on its graceful exit) for `node --cpu-prof` readers.
  const prof = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  const child = spawn(process.execPath, [...prof, '--import', 'tsx', path.join(root, 'server/src/main.ts')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (b: Buffer) => {
    output = (output + b.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const deadline = started + (opts.timeoutSeconds ?? 120) * 1000;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited(child);
      clearTimeout(timer);
    }
  };
  while (true) {
    if (child.exitCode !== null)
      throw new Error(`Máy chủ dừng khi khởi động (mã ${child.exitCode}):\n${output}`);
    if (performance.now() > deadline) {
      await stop();
      throw new Error(`Máy chủ không sẵn sàng sau ${opts.timeoutSeconds ?? 120} s:\n${output}`);
    }
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  const readySeconds = (performance.now() - started) / 1000;
  const pid = child.pid ?? 0;
  const reportedSeconds = () => {
    const m = output.match(/sẵn sàng sau ([\d.]+) s/);
    return m?.[1] ? Number(m[1]) : null;
  };
  return { url, pid, readySeconds, rssMb: () => rssOf(pid), reportedSeconds, stop, output: () => output };
}
