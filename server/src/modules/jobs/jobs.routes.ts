import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams, listResponse, Problem } from '../../../../shared/schemas/common.ts';
import { JobDto, JobListQuery } from '../../../../shared/schemas/jobs.ts';
import { requireActor } from '../../platform/auth.ts';
import { sendFile } from '../files/index.ts';
import { cancelJob, getJob, jobResultFile, listJobs } from './jobs.service.ts';

const errors = { 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export async function jobsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/jobs',
    {
      schema: {
        tags: ['jobs'],
        summary: 'Công việc chạy nền: của tôi (quản trị thấy thêm các công việc trong phạm vi)',
        querystring: JobListQuery,
        response: { 200: listResponse(JobDto), ...errors },
      },
    },
    async (req) => listJobs(app.db, requireActor(req), req.query),
  );
  app.get(
    '/api/jobs/:id',
    {
      schema: {
        tags: ['jobs'],
        summary: 'Trạng thái, tiến độ và kết quả của một công việc',
        params: IdParams,
        response: { 200: JobDto, ...errors },
      },
    },
    async (req) => getJob(app.db, requireActor(req), req.params.id),
  );
  app.post(
    '/api/jobs/:id/cancel',
    {
      schema: {
        tags: ['jobs'],
        summary: 'Hủy công việc đang chờ hoặc đang chạy',
        params: IdParams,
        response: { 200: JobDto, ...errors },
      },
    },
    async (req) => cancelJob(app.db, requireActor(req), req.params.id),
  );
  app.get(
    '/api/jobs/:id/result',
    {
      schema: {
        tags: ['jobs'],
        summary: 'Tải tệp kết quả (báo cáo kiểm tra, tệp xuất Excel)',
        params: IdParams,
        produces: [
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'application/octet-stream',
        ],
        response: errors,
      },
    },
    async (req, reply) =>
      sendFile(reply, app.config, await jobResultFile(app.db, requireActor(req), req.params.id)),
  );
}
