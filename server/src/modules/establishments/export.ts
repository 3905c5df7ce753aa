import fs from 'node:fs';
import { formatDate, formatDateTime, formatInteger } from '../../../../shared/format.ts';
import {
  type EligibilityStatus,
  type EstablishmentExportInput,
  type EstablishmentKind,
  type EstablishmentStatus,
  eligibilityStatusLabels,
  establishmentKindLabels,
  establishmentStatusLabels,
  type RevenueBand,
  revenueBandLabels,
} from '../../../../shared/schemas/establishments.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, forbidden } from '../../platform/errors.ts';
import {
  createXlsxWriter,
  MAX_SHEET_ROWS,
  storeFromPath,
  tempPath,
  XLSX_MEDIA_TYPE,
  type XlsxColumn,
  type XlsxValue,
} from '../files/index.ts';
import type { JobContext, JobOutcome } from '../jobs/index.ts';
import { currentProvinces } from '../reference/index.ts';
import { ruleInForce, todayInVietnam } from './eligibility.ts';
import { establishmentScopeFor } from './establishments.policy.ts';
import * as repo from './establishments.repo.ts';
import { exportOnlyHeaders, importColumns, NO, YES } from './import.columns.ts';

/** `pageSize` (rows per database round trip) is for tests; the API never sets it. */
export type ExportJobInput = { filters: EstablishmentExportInput; actor: Actor; pageSize?: number };

const PAGE = 5000;

/** Columns with few distinct values (labels, yes/no, communes, craft villages): one shared string each. */
const sharedKeys = new Set<string>([
  'kind',
  'unit',
  'craftVillage',
  'revenueBand',
  'womanOwned',
  'ethnicMinorityOwned',
  'cleanerProduction',
  'status',
]);

const filterLabels: Partial<Record<keyof EstablishmentExportInput, string>> = {
  q: 'Tìm kiếm',
  provinceCode: 'Tỉnh/thành phố',
  unitId: 'Đơn vị hành chính (mã nội bộ)',
  kind: 'Loại hình',
  industry: 'Ngành nghề',
  craftVillage: 'Làng nghề',
  status: 'Tình trạng',
  eligibility: 'Điều kiện hỗ trợ',
  eligibleOn: 'Xét điều kiện tại ngày',
  womanOwned: 'Chủ là nữ',
  ethnicMinorityOwned: 'Chủ là người DTTS',
  sort: 'Sắp xếp',
};

/**
 * Job "establishments.export": streams a filtered list (the actor's scope) into an .xlsx on disk, page by
 * page in keyset order, so memory stays flat for 500,000 rows. The columns are the import template's, so
 * the file can be edited and imported again; read-only columns follow (an import ignores them).
 */
export async function runExport(ctx: JobContext): Promise<JobOutcome> {
  const { filters, actor, pageSize } = ctx.job.input as ExportJobInput;
  const page = pageSize ?? PAGE;
  const scope = establishmentScopeFor(actor);
  if (!scope) throw forbidden();
  const total = await repo.countEstablishments(ctx.db, scope, filters);
  if (total > MAX_SHEET_ROWS - 1)
    throw new AppError('EXPORT_TOO_MANY_ROWS', {
      count: formatInteger(total),
      limit: formatInteger(MAX_SHEET_ROWS - 1),
    });
  const provinces = await currentProvinces(ctx.db);
  const today = todayInVietnam();
  const rule = ruleInForce(today);
  const eligOf = (r: { elig2012: string; elig2025: string }) =>
    (rule?.code === 'ND45_2012' ? r.elig2012 : rule ? r.elig2025 : 'undetermined') as EligibilityStatus;
  const columns: XlsxColumn[] = [
    ...importColumns.map((c) => ({
      header: c.header,
      width: c.width,
      text: c.text,
      shared: sharedKeys.has(c.key),
    })),
    ...exportOnlyHeaders.map((h) => ({
      header: h,
      width: h === 'Căn cứ pháp lý' ? 50 : 22,
      text: h === 'Mã hệ thống',
      shared: h !== 'Mã hệ thống',
    })),
  ];
  const tmp = tempPath(ctx.config, '.xlsx');
  const w = createXlsxWriter(tmp);
  let n = 0;
  try {
    const sheet = await w.sheet('Danh sách', columns);
    // The next page is read while this one is written: the database and the sheet work side by side.
    let next = repo.exportPage(ctx.db, scope, filters, null, page);
    for (;;) {
      const rows = await next;
      const last = rows.at(-1);
      if (last && rows.length === page) {
        next = repo.exportPage(ctx.db, scope, filters, { value: last.sortValue, id: last.id }, page);
        // Awaited on the next turn; if writing this page fails first, its error must not go unhandled.
        next.catch(() => {});
      }
      for (const r of rows) {
        n++;
        const values: XlsxValue[] = [
          n,
          r.name,
          establishmentKindLabels[r.kind as EstablishmentKind]?.vi ?? r.kind,
          r.registrationCode,
          r.representative,
          r.phone,
          r.email,
          r.address,
          r.unitLabel,
          r.craftVillage,
          r.industries,
          r.products,
          r.workforce,
          r.revenueBand ? revenueBandLabels[r.revenueBand as RevenueBand]?.vi : null,
          r.womanOwned ? YES : NO,
          r.ethnicMinorityOwned ? YES : NO,
          r.foundedYear,
          r.cleanerProduction ? YES : NO,
          establishmentStatusLabels[r.status as EstablishmentStatus]?.vi ?? r.status,
          provinces.get(r.provinceCode)?.name ?? r.provinceCode,
          eligibilityStatusLabels[eligOf(r)].vi,
          rule?.title ?? '',
          r.updatedOn,
          r.id,
        ];
        await sheet.row(values);
      }
      if (rows.length < page) break;
      await ctx.progress(
        (n / Math.max(1, total)) * 97,
        `Đã xuất ${formatInteger(n)}/${formatInteger(total)} dòng`,
      );
    }
    await sheet.end();
    const info = await w.sheet('Thông tin', [
      { header: 'Mục', width: 32 },
      { header: 'Giá trị', width: 70 },
    ]);
    await info.row(['Xuất lúc', formatDateTime(new Date())]);
    await info.row(['Người xuất', `${actor.fullName} (${actor.email})`]);
    await info.row(['Số dòng', formatInteger(n)]);
    await info.row(['Quy định xét điều kiện hiện hành', rule?.title ?? '']);
    for (const [k, v] of Object.entries(filters))
      if (v !== undefined && v !== '')
        await info.row([filterLabels[k as keyof EstablishmentExportInput] ?? k, String(v)]);
    await info.end();
    await w.finish();
  } catch (e) {
    w.abort();
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  const where = filters.provinceCode ?? (scope.kind === 'province' ? scope.provinceCode : null);
  const place = where ? ` - ${provinces.get(where)?.name ?? where}` : '';
  const file = await storeFromPath(ctx.db, ctx.config, tmp, {
    name: `Danh sách cơ sở CNNT${place} - ${formatDate(new Date()).replace(/\//g, '-')}.xlsx`,
    mediaType: XLSX_MEDIA_TYPE,
    purpose: 'establishments.export',
    createdBy: ctx.job.createdBy,
    provinceCode: where,
    expiresAt: new Date(Date.now() + 30 * 24 * 3600_000),
  });
  return {
    result: { rows: n, total, fileName: file.name },
    resultFileId: file.id,
    message: `Đã xuất ${formatInteger(n)} dòng.`,
  };
}
