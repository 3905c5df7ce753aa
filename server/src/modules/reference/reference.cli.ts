import path from 'node:path';
import { errorMessages, fillMessage } from '../../../../shared/errors.ts';
import { formatInteger } from '../../../../shared/format.ts';
import { migrate } from '../../db/migrate.ts';
import { systemActor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import type { Opener } from '../cli-commands.ts';
import { defaultUnitsDir, importUnits, readUnitFiles, type UnitImportCounts } from './units.import.ts';

export function describeImport(c: UnitImportCounts, dir: string, dryRun: boolean, ms: number): string {
  const n = formatInteger;
  return [
    dryRun
      ? `Chạy thử (--dry-run), không lưu gì. Thư mục ${dir}:`
      : `Đã nhập danh mục đơn vị hành chính từ ${dir}:`,
    `  Từ 01/07/2025:    ${n(c.provinces2025)} tỉnh, thành phố; ${n(c.communes2025)} xã, phường, đặc khu`,
    `  Trước 01/07/2025: ${n(c.provincesPre2025)} tỉnh, thành phố; ${n(c.districtsPre2025)} quận, huyện, thị xã, thành phố; ${n(c.communesPre2025)} xã, phường, thị trấn`,
    `  Liên kết cũ → mới: ${n(c.provinceLinks)} cấp tỉnh; ${n(c.districtLinks)} cấp huyện (thành đặc khu); ${n(c.communeLinks)} cấp xã`,
    `  Đơn vị thêm mới: ${n(c.created)}; cập nhật: ${n(c.updated)}; không đổi: ${n(c.unchanged)}. Thời gian: ${(ms / 1000).toFixed(1).replace('.', ',')} giây.`,
  ].join('\n');
}

/** `units:import [DIR] [--dry-run]`: the official lists of both eras and the old → new mapping. */
export function referenceCommands(open: Opener) {
  return {
    'units:import': {
      help: 'nhập danh mục đơn vị hành chính: [THƯ MỤC] [--dry-run] (mặc định UNITS_DIR, hoặc ../shared/data/units)',
      run: async (args: string[]) => {
        const dryRun = args.includes('--dry-run');
        const dirArg = args.find((a) => !a.startsWith('--'));
        const dir = dirArg ? path.resolve(process.cwd(), dirArg) : defaultUnitsDir;
        const database = await open();
        try {
          const started = Date.now();
          const texts = readUnitFiles(dir);
          await migrate(database);
          const counts = await importUnits(database.db, systemActor, texts, { dryRun, source: dir });
          console.log(describeImport(counts, dir, dryRun, Date.now() - started));
        } catch (e) {
          if (e instanceof AppError) throw new Error(fillMessage(errorMessages[e.code].vi, e.params));
          throw e;
        } finally {
          await database.close();
        }
      },
    },
  };
}
