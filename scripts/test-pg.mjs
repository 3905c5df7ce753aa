// `npm run test:pg [-- vitest args]`: the same test suite on PostgreSQL.
// Makes sure the server answers (scripts/ensure-postgres.sh), then runs `vitest run` with TEST_DATABASE_URL.
// TEST_DATABASE_URL defaults to postgres://postgres@127.0.0.1:5432/test; set it to use another server.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const url = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const parsed = new URL(url);

const ensure = spawnSync('bash', [path.join(root, 'scripts/ensure-postgres.sh')], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    PGHOST: parsed.hostname,
    PGPORT: parsed.port || '5432',
    PGDATABASE: decodeURIComponent(parsed.pathname.slice(1)) || 'test',
  },
});
if (ensure.status !== 0) {
  console.error('Không khởi động được PostgreSQL / PostgreSQL is not available.');
  process.exit(ensure.status ?? 1);
}

console.log(`Chạy bộ kiểm thử trên PostgreSQL / running the suite on ${parsed.host}${parsed.pathname}`);
const vitest = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TEST_DATABASE_URL: url },
  },
);
process.exit(vitest.status ?? 1);
