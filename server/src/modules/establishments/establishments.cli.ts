import fs from 'node:fs';
import path from 'node:path';
import { errorMessages, fillMessage } from '../../../../shared/errors.ts';
import { formatInteger } from '../../../../shared/format.ts';
import {
  EstablishmentExportInput,
  type ImportCheckResult,
} from '../../../../shared/schemas/establishments.ts';
import { loadConfig } from '../../config.ts';
import { migrate } from '../../db/migrate.ts';
import { systemActor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import type { Opener } from '../cli-commands.ts';
import { getFile, pathOf } from '../files/index.ts';
import { getJobRow, runQueuedJobs } from '../jobs/index.ts';
import { registerEstablishmentJobs } from './establishments.jobs.ts';
import { startExport, startImport } from './io.service.ts';
import { projectionOrder, reorderSearchProjection } from './search.order.ts';

const quiet = { info() {}, warn() {}, error: (o: unknown, m?: string) => console.error(m ?? '', o) };

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

function vi(e: unknown): Error {
  if (e instanceof AppError) return new Error(fillMessage(errorMessages[e.code].vi, e.params));
  return e instanceof Error ? e : new Error(String(e));
}

/**
 * `establishments:import FILE --province 89 [--dry-run]`, `establishments:export OUT [--province 91] [--q …]`
 * and `establishments:reorder-search`.
 */
export function establishmentCommands(open: Opener) {
  return {
    'establishments:import': {
      help: 'nhập danh sách cơ sở CNNT từ tệp .xlsx: FILE --province MÃ_TỈNH [--dry-run] (kiểm tra và ghi nếu hợp lệ: mọi dòng hoặc không dòng nào)',
      run: async (args: string[]) => {
        const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
        if (!file || !fs.existsSync(file))
          throw new Error('Cách dùng: establishments:import TỆP.xlsx --province 91 [--dry-run]');
        const config = loadConfig();
        const database = await open();
        registerEstablishmentJobs();
        try {
          await migrate(database);
          const started = Date.now();
          const part = { filename: path.basename(file), file: fs.createReadStream(file) };
          const dryRun = args.includes('--dry-run');
          const { jobId } = await startImport(
            database.db,
            config,
            systemActor,
            part,
            option(args, 'province'),
            { commitIfValid: !dryRun },
          ).catch((e) => {
            throw vi(e);
          });
          await runQueuedJobs(database, config, quiet);
          const check = await getJobRow(database.db, jobId);
          if (check?.status !== 'done') throw new Error(check?.errorMessage ?? 'Không kiểm tra được tệp.');
          const r = check.result as ImportCheckResult;
          const n = formatInteger;
          console.log(
            `Tệp ${r.fileName}: ${n(r.totalRows)} dòng; hợp lệ ${n(r.validRows)}; có lỗi ${n(r.rowsWithIssues)} (${n(r.issueCount)} lỗi).`,
          );
          console.log(`  Thêm mới ${n(r.toCreate)}, cập nhật ${n(r.toUpdate)}, không đổi ${n(r.unchanged)}.`);
          const report = check.resultFileId ? await getFile(database.db, check.resultFileId) : undefined;
          if (!r.canCommit) {
            if (report) {
              const out = `${file.replace(/\.xlsx$/i, '')} - bao cao loi.xlsx`;
              fs.copyFileSync(pathOf(config, report), out);
              console.log(`Báo cáo lỗi: ${out}`);
            }
            for (const i of r.issues.slice(0, 20))
              console.log(`  Dòng ${i.row}, cột "${i.column}": ${i.message}`);
            if (r.issueCount > 0) process.exitCode = 3;
            console.log('Không ghi dòng nào.');
            return;
          }
          if (dryRun) return console.log('Chạy thử (--dry-run): không ghi.');
          if (!r.committed) throw new Error('Tệp hợp lệ nhưng chưa được ghi.');
          const secs = (Date.now() - started) / 1000;
          console.log(
            `${check.message} Thời gian ${secs.toFixed(1).replace('.', ',')} giây (${n(Math.round(r.totalRows / secs))} dòng/giây; kiểm tra và ghi cùng lúc trên PostgreSQL).`,
          );
        } finally {
          await database.close();
        }
      },
    },
    'establishments:export': {
      help: 'xuất danh sách cơ sở CNNT ra .xlsx: TỆP_RA [--province 91] [--q "từ khóa"] [--kind cooperative]',
      run: async (args: string[]) => {
        const out = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
        if (!out) throw new Error('Cách dùng: establishments:export TỆP_RA.xlsx [--province 91] [--q "..."]');
        const filters = EstablishmentExportInput.parse({
          provinceCode: option(args, 'province'),
          q: option(args, 'q'),
          kind: option(args, 'kind'),
        });
        const config = loadConfig();
        const database = await open();
        registerEstablishmentJobs();
        try {
          await migrate(database);
          const { jobId } = await startExport(database.db, systemActor, filters);
          await runQueuedJobs(database, config, quiet);
          const job = await getJobRow(database.db, jobId);
          const file = job?.resultFileId ? await getFile(database.db, job.resultFileId) : undefined;
          if (!file) throw new Error(job?.errorMessage ?? 'Không xuất được.');
          fs.copyFileSync(pathOf(config, file), out);
          console.log(`${job?.message} Tệp: ${out}`);
        } finally {
          await database.close();
        }
      },
    },
    'establishments:reorder-search': {
      help: 'sắp lại bảng tìm kiếm cơ sở CNNT theo tên (tiến trình nền làm hằng giờ khi cần; lệnh này làm ngay)',
      run: async () => {
        const database = await open();
        try {
          await migrate(database);
          const before = await projectionOrder(database.db);
          const r = await reorderSearchProjection(database.db);
          if ('skipped' in r)
            throw new Error('Đang có tiến trình khác sắp lại hoặc ghi sổ cơ sở; thử lại sau.');
          const after = await projectionOrder(database.db);
          console.log(
            `Đã sắp lại ${formatInteger(r.rows)} dòng trong ${r.seconds.toFixed(1)} s; ` +
              `lệch thứ tự ${formatInteger(before.descents)} → ${formatInteger(after.descents)}.`,
          );
        } finally {
          await database.close();
        }
      },
    },
  };
}
