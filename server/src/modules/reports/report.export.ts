import type { ReportDto } from '../../../../shared/schemas/reports.ts';
import { reportDocx } from './report.docx.ts';
import { layoutOf } from './report.layout.ts';
import { reportPdf } from './report.pdf.ts';
import { reportXlsx } from './report.xlsx.ts';

export const reportFormats = ['xlsx', 'docx', 'pdf'] as const;
export type ReportFormat = (typeof reportFormats)[number];

const types: Record<ReportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** A file name officials recognise: "Bao-cao-6-thang-dau-nam-2026-An-Giang-v1.xlsx". */
export function fileNameOf(r: ReportDto, format: ReportFormat): string {
  const slug =
    `Báo cáo ${r.periodLabel} ${r.kind === 'consolidated' ? 'tổng hợp' : r.scopeName} v${r.version}`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  return `${slug}.${format}`;
}

/** Renders a report's frozen (or draft) figures; the data never changes by exporting it. */
export async function exportReport(r: ReportDto, format: ReportFormat) {
  const bytes =
    format === 'xlsx'
      ? await reportXlsx(r)
      : format === 'docx'
        ? await reportDocx(layoutOf(r))
        : await reportPdf(layoutOf(r));
  return { name: fileNameOf(r, format), contentType: types[format], bytes };
}
