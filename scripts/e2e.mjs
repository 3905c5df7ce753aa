// `npm run test:e2e [-- vitest filters]`: browser tests against a real server with fresh demo data.
// 1. makes sure Debian's chromium is installed (scripts/setup-browser.sh; never downloads a browser build),
// 2. builds the web app when web/dist is missing or older than its sources,
// 3. starts the server on a free port with a fresh temporary DATA_DIR (DATABASE_URL is passed through),
// 4. waits for /api/health, runs e2e/**/*.e2e.ts with vitest (E2E_BASE_URL), screenshots in test-results/,
// 5. always stops the server and removes the temporary data.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const results = path.join(root, 'test-results');
const log = (msg) => console.log(`[e2e] ${msg}`);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

/** Newest modification time of the files under `dir` (skipping tests), in ms. */
function newest(dir) {
  if (!fs.existsSync(dir)) return 0;
  const stat = fs.statSync(dir);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.endsWith('.test.ts')) continue;
    max = Math.max(max, newest(path.join(dir, entry.name)));
  }
  return max;
}

function buildIfStale() {
  const built = path.join(root, 'web/dist/index.html');
  const sources = Math.max(
    newest(path.join(root, 'web/src')),
    newest(path.join(root, 'web/public')),
    newest(path.join(root, 'web/index.html')),
    newest(path.join(root, 'web/vite.config.ts')),
    newest(path.join(root, 'shared')),
  );
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= sources) {
    log('web/dist is up to date');
    return;
  }
  log('building the web app (vite build)…');
  run(process.execPath, [
    path.join(root, 'node_modules/vite/bin/vite.js'),
    'build',
    '--config',
    'web/vite.config.ts',
    '--logLevel',
    'warn',
  ]);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, server, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`the server exited early (code ${server.exitCode}); see ${results}/e2e-server.log`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server did not answer ${url}/api/health within ${timeoutMs / 1000} s`);
}

function stop(server) {
  return new Promise((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) return resolve();
    const force = setTimeout(() => server.kill('SIGKILL'), 10_000);
    server.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

async function main() {
  run('bash', [path.join(root, 'scripts/setup-browser.sh')]);
  buildIfStale();
  fs.mkdirSync(results, { recursive: true });

  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-e2e-data-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const serverLog = fs.openSync(path.join(results, 'e2e-server.log'), 'w');
  log(
    `starting the server on ${baseUrl} (DATA_DIR ${dataDir}${process.env.DATABASE_URL ? ', DATABASE_URL set' : ''})`,
  );
  const server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server/src/main.ts')], {
    cwd: root,
    stdio: ['ignore', serverLog, serverLog],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
      // Several tests sign in within a minute from the same address.
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    },
  });

  const cleanup = async () => {
    await stop(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, () => {
      cleanup().finally(() => process.exit(130));
    });
  }

  let code = 1;
  try {
    await waitForHealth(baseUrl, server, 180_000);
    log('server ready; running the browser tests');
    const vitest = spawn(
      process.execPath,
      [
        path.join(root, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--config',
        'e2e/vitest.config.ts',
        ...process.argv.slice(2),
      ],
      { cwd: root, stdio: 'inherit', env: { ...process.env, E2E_BASE_URL: baseUrl } },
    );
    code = await new Promise((resolve) => vitest.on('exit', (c) => resolve(c ?? 1)));
  } catch (e) {
    console.error(`[e2e] ${e instanceof Error ? e.message : e}`);
  } finally {
    await cleanup();
    log(`server stopped; screenshots and the server log are in ${path.relative(root, results)}/`);
  }
  process.exit(code);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
