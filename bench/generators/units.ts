import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/src/db/client.ts';
import { cliCommands } from '../../server/src/modules/cli-commands.ts';
import type { GenContext, GenResult, Generator } from './types.ts';

/**
 * Administrative units are real public data, not generated: the product's own `units:import` command loads
 * the official lists (34 + 3,321 units from 1 July 2025, 63 + 696 + 10,047 before) at every scale.
 */
async function run(ctx: GenContext): Promise<GenResult> {
  const command = cliCommands(async () => ({ ...ctx.database, close: async () => {} }))['units:import'];
  if (!command) {
    return { rows: {}, skipped: 'chưa có lệnh units:import — bỏ qua đơn vị hành chính / no units:import command yet' };
  }
  if (!fs.existsSync(ctx.unitsDir)) {
    return { rows: {}, skipped: `không thấy thư mục danh mục ${ctx.unitsDir} — bỏ qua / units folder not found` };
  }
  const before = await countUnits(ctx);
  await command.run([ctx.unitsDir]);
  return { rows: { admin_units: (await countUnits(ctx)) - before } };
}

async function countUnits(ctx: GenContext): Promise<number> {
  const [row] = await queryRows<{ n: number }>(ctx.db, sql`select count(*)::int as n from admin_units`);
  return row?.n ?? 0;
}

export const unitsGenerator: Generator = {
  name: 'units',
  describe: 'đơn vị hành chính thật qua lệnh units:import (34 + 3.321 từ 1/7/2025; 63 + 696 + 10.047 trước đó)',
  run,
};
