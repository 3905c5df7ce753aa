import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, listResponse, Problem } from '../../../../shared/schemas/common.ts';
import {
  CreateReportInput,
  NewVersionInput,
  PeriodKind,
  ReportDto,
  ReportListQuery,
  ReportSummaryDto,
  SubmissionStatusDto,
  SubmitReportInput,
} from '../../../../shared/schemas/reports.ts';
import { requireActor } from '../../platform/auth.ts';
import { contentDisposition } from '../files/index.ts';
import { exportReport, reportFormats } from './report.export.ts';
import { submissionStatus } from './reports.consolidation.ts';
import { registerReportJobs } from './reports.jobs.ts';
import * as svc from './reports.service.ts';

const errors = { 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const RowVersion = z.strictObject({ version: z.number().int().min(1) });

/** Statutory reports: create (a job computes the figures), read, regenerate, submit (freeze), new version, export. */
export async function reportsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['reports'];
  registerReportJobs();

  app.get(
    '/api/reports',
    {
      schema: {
        tags,
        summary: 'Danh sách báo cáo định kỳ trong phạm vi của người dùng (phiên bản hiện hành)',
        querystring: ReportListQuery,
        response: { 200: listResponse(ReportSummaryDto), ...errors },
      },
    },
    async (req) => svc.listReports(app.db, requireActor(req), req.query),
  );
  app.post(
    '/api/reports',
    {
      schema: {
        tags,
        summary:
          'Lập báo cáo cho một kỳ (tháng, quý, 6 tháng, năm) và phạm vi (một tỉnh, toàn quốc, hoặc tổng hợp báo cáo các tỉnh); số liệu được tổng hợp bằng công việc nền',
        body: CreateReportInput,
        response: { 201: ReportDto, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.createReport(app.db, requireActor(req), req.body)),
  );
  app.get(
    '/api/reports/submissions',
    {
      schema: {
        tags,
        summary: 'Tình hình gửi báo cáo của các tỉnh trong một kỳ và bản tổng hợp (Cục)',
        querystring: z.object({
          periodKind: PeriodKind,
          periodYear: z.coerce.number().int().min(2010).max(2100),
          periodIndex: z.coerce.number().int().min(1).max(12).default(1),
        }),
        response: { 200: SubmissionStatusDto, ...errors },
      },
    },
    async (req) => submissionStatus(app.db, requireActor(req), req.query),
  );
  app.get(
    '/api/reports/:id',
    {
      schema: {
        tags,
        summary: 'Một báo cáo: số liệu (đã chốt khi đã gửi), các phiên bản, khác biệt so với phiên bản trước',
        params: IdParams,
        response: { 200: ReportDto, ...errors },
      },
    },
    async (req) => svc.getReport(app.db, requireActor(req), req.params.id),
  );
  app.post(
    '/api/reports/:id/regenerate',
    {
      schema: {
        tags,
        summary: 'Tổng hợp lại số liệu của báo cáo dự thảo',
        params: IdParams,
        body: RowVersion,
        response: { 200: ReportDto, ...errors },
      },
    },
    async (req) => svc.regenerateReport(app.db, requireActor(req), req.params.id, req.body.version),
  );
  app.post(
    '/api/reports/:id/submit',
    {
      schema: {
        tags,
        summary: 'Gửi báo cáo (Sở gửi Cục; Cục ban hành bản tổng hợp): chốt số liệu, không sửa được nữa',
        params: IdParams,
        body: SubmitReportInput,
        response: { 200: ReportDto, ...errors },
      },
    },
    async (req) => svc.submitReport(app.db, requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/reports/:id/versions',
    {
      schema: {
        tags,
        summary:
          'Lập phiên bản mới của báo cáo đã gửi (tính lại số liệu, nêu khác biệt); bản cũ được giữ nguyên',
        params: IdParams,
        body: NewVersionInput,
        response: { 201: ReportDto, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await svc.newReportVersion(
            app.db,
            requireActor(req),
            req.params.id,
            req.body.version,
            req.body.reason,
          ),
        ),
  );
  app.get(
    '/api/reports/:id/export',
    {
      schema: {
        tags,
        summary: 'Tải báo cáo theo mẫu trình bày văn bản hành chính: .xlsx, .docx hoặc .pdf',
        params: IdParams,
        querystring: z.object({ format: z.enum(reportFormats).default('xlsx') }),
      },
    },
    async (req, reply) => {
      const report = await svc.getReport(app.db, requireActor(req), req.params.id);
      const file = await exportReport(report, req.query.format);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition(file.name))
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
    },
  );
}
