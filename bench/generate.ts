// `npm run bench:data -- --scale 0.01 [--database-url URL | --data-dir DIR] [--seed N] [--units-dir DIR] [--only a,b]`
// Fills a database with the deterministic national data set of DESIGN §6 (scale 1 = ten years, all provinces).
// Without --database-url/--data-dir it uses the server's own settings (DATABASE_URL, else DATA_DIR=./data).
import { loadConfig } from '../server/src/config.ts';
import { openDatabase } from '../server/src/db/client.ts';
import { DEFAULT_SEED, defaultUnitsDir, generateAll } from './generators/all.ts';
import { generators } from './generators/index.ts';
import { parseArgs } from './lib/args.ts';

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.flag('help')) {
    console.log('Sinh dữ liệu bench / generate bench data\n');
    console.log('  --scale N          1 = quy mô quốc gia 10 năm (mặc định 0.01)');
    console.log('  --database-url U   PostgreSQL; hoặc --data-dir D cho PGlite');
    console.log(`  --seed N           hạt giống ngẫu nhiên (mặc định ${DEFAULT_SEED})`);
    console.log(`  --units-dir D      danh mục đơn vị hành chính (mặc định ${defaultUnitsDir})`);
    console.log('  --only a,b         chỉ chạy các bộ sinh này (theo thứ tự của danh sách)\n');
    for (const g of generators) console.log(`  ${g.name.padEnd(10)} ${g.describe}`);
    return;
  }
  const scale = args.number('scale', 0.01);
  const config = loadConfig();
  const databaseUrl =
    args.string('database-url') ?? (args.string('data-dir') ? undefined : config.DATABASE_URL);
  const dataDir = args.string('data-dir') ?? config.dataDir;
  console.log(
    `Sinh dữ liệu bench, quy mô ${scale}, vào ${databaseUrl ? `PostgreSQL ${new URL(databaseUrl).pathname.slice(1)}` : `PGlite ${dataDir}`}`,
  );
  const database = await openDatabase(databaseUrl ? { databaseUrl, poolMax: 2 } : { dataDir });
  try {
    await generateAll({
      database,
      scale,
      seed: args.number('seed', DEFAULT_SEED),
      unitsDir: args.string('units-dir'),
      only: args.string('only')?.split(','),
    });
  } finally {
    await database.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
