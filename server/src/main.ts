import { roleLabels } from '../../shared/schemas/identity.ts';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { isEmpty, seedDemo } from './db/seed.ts';
import { DEMO_PASSWORD, demoUsers } from './modules/identity/index.ts';

async function main() {
  const started = performance.now();
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir });
  await migrate(database);
  let seeded = false;
  if (config.SEED_DEMO === 'true' && (await isEmpty(database.db))) {
    await seedDemo(database.db);
    seeded = true;
  }
  const app = await buildApp({ config, database });
  await app.listen({ port: config.PORT, host: config.HOST });
  const where = database.engine === 'pglite' ? `PGlite (${config.dataDir})` : 'PostgreSQL (DATABASE_URL)';
  const url = `http://localhost:${config.PORT}`;
  const lines = [
    '',
    `Khuyến Công đang chạy / is running — ${where}, sẵn sàng sau ${((performance.now() - started) / 1000).toFixed(1)} s`,
    `  Cổng thông tin (public):  ${url}/`,
    `  Trang quản trị (admin):   ${url}/admin`,
    `  API docs:                 ${url}/api/docs`,
  ];
  if (config.SEED_DEMO === 'true') {
    lines.push(
      `${seeded ? 'Đã nạp' : 'Có sẵn'} dữ liệu mẫu. Tài khoản demo (mật khẩu chung: ${DEMO_PASSWORD}):`,
    );
    for (const u of demoUsers) lines.push(`  ${u.email.padEnd(36)} ${roleLabels[u.role].vi}`);
  }
  console.log(lines.join('\n'));
  const shutdown = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
