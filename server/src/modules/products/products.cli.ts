import { parseArgs } from 'node:util';
import { migrate } from '../../db/migrate.ts';
import { systemActor } from '../../platform/actor.ts';
import type { Opener } from '../cli-commands.ts';
import { refreshExpiry } from './recognition.service.ts';

/** `products:refresh-expiry [--date yyyy-mm-dd]` — marks certificates past 31/12 of their third year as expired (run daily by cron). */
export function productsCommands(open: Opener) {
  return {
    'products:refresh-expiry': {
      help: 'đánh dấu hết hiệu lực các giấy chứng nhận sản phẩm tiêu biểu đã quá hạn: [--date yyyy-mm-dd]',
      run: async (args: string[]) => {
        const { values } = parseArgs({ args, options: { date: { type: 'string' } } });
        if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
          throw new Error('Ngày theo dạng yyyy-mm-dd.');
        const database = await open();
        try {
          await migrate(database);
          const { expired } = await refreshExpiry(database.db, systemActor, values.date);
          console.log(`Đã đánh dấu hết hiệu lực ${expired} giấy chứng nhận.`);
        } finally {
          await database.close();
        }
      },
    },
  };
}
