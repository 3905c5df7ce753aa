import { loadConfig } from './config.ts';
import { type Db, openDatabase } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { cliCommand, cliCommands } from './modules/cli-commands.ts';

/** Admin commands: `npm run cli -- <command> [args]`. */
const builtins: Record<string, { help: string; run: (args: string[]) => Promise<void> }> = {
  migrate: {
    help: 'áp dụng các migration còn thiếu',
    run: async () => {
      const database = await open();
      await migrate(database);
      await database.close();
      console.log('Đã cập nhật lược đồ cơ sở dữ liệu.');
    },
  },
  seed: {
    help: 'nạp dữ liệu mẫu (bỏ qua bản ghi đã có)',
    run: async () => {
      const database = await open();
      await migrate(database);
      await seedDemo(database.db);
      await database.close();
      console.log('Đã nạp dữ liệu mẫu.');
    },
  },
  reset: {
    help: 'XÓA toàn bộ dữ liệu rồi tạo lại lược đồ và dữ liệu mẫu (cần --yes)',
    run: async (args) => {
      if (!args.includes('--yes')) throw new Error('Thêm --yes để xác nhận xóa toàn bộ dữ liệu.');
      const database = await open();
      await database.raw(
        'DROP SCHEMA public CASCADE; CREATE SCHEMA public; DROP SCHEMA IF EXISTS drizzle CASCADE;',
      );
      await migrate(database);
      await seedDemo(database.db);
      await database.close();
      console.log('Đã tạo lại cơ sở dữ liệu với dữ liệu mẫu.');
    },
  },
};

/** The demo seed reaches every module: loaded only by the commands that seed. */
async function seedDemo(db: Db) {
  const { seedDemo: seed } = await import('./db/seed.ts');
  await seed(db);
}

async function open() {
  const config = loadConfig();
  return openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir });
}

async function main() {
  const [name, ...args] = process.argv.slice(2);
  const cmd = name ? (builtins[name] ?? (await cliCommand(name, open))) : undefined;
  if (!cmd) {
    const commands = { ...builtins, ...(await cliCommands(open)) };
    console.log('Cách dùng: npm run cli -- <lệnh> [tham số]\n');
    for (const [k, v] of Object.entries(commands)) console.log(`  ${k.padEnd(24)} ${v.help}`);
    process.exit(name ? 2 : 0);
  }
  await cmd.run(args);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
