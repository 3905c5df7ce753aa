import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams, Problem } from '../../../../shared/schemas/common.ts';
import {
  EstablishmentExportInput,
  ImportDto,
  ImportUploadQuery,
  JobStarted,
} from '../../../../shared/schemas/establishments.ts';
import { requireActor } from '../../platform/auth.ts';
import { AppError } from '../../platform/errors.ts';
import { contentDisposition, XLSX_MEDIA_TYPE } from '../files/index.ts';
import { canListEstablishments } from './establishments.policy.ts';
import * as io from './io.service.ts';
import { buildImportTemplate } from './template.ts';

const errors = {
  401: Problem,
  403: Problem,
  404: Problem,
  409: Problem,
  413: Problem,
  415: Problem,
  422: Problem,
};

export async function establishmentIoRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/establishments/import-template',
    {
      schema: {
        tags: ['establishments'],
        summary: 'Tệp mẫu nhập danh sách cơ sở (.xlsx, tiêu đề tiếng Việt, hướng dẫn, danh mục chọn)',
        produces: [XLSX_MEDIA_TYPE],
        response: { 401: Problem, 403: Problem },
      },
    },
    async (req, reply) => {
      if (!canListEstablishments(requireActor(req))) throw new AppError('FORBIDDEN');
      const bytes = await buildImportTemplate(app.db, { uploadMaxMb: app.config.UPLOAD_MAX_MB });
      return (reply as FastifyReply)
        .header('content-type', XLSX_MEDIA_TYPE)
        .header('content-disposition', contentDisposition('Mẫu nhập danh sách cơ sở CNNT.xlsx'))
        .send(bytes);
    },
  );
  app.post(
    '/api/establishments/imports',
    {
      schema: {
        tags: ['establishments'],
        summary: `Tải lên tệp .xlsx (multipart, trường "file") để kiểm tra; trả về công việc kiểm tra. Giới hạn ${app.config.UPLOAD_MAX_MB} MB. Với commit=if-valid, tệp không có lỗi được ghi luôn (mọi dòng hoặc không dòng nào), không cần xác nhận.`,
        consumes: ['multipart/form-data'],
        querystring: ImportUploadQuery,
        response: { 202: JobStarted, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
      let part: Awaited<ReturnType<typeof req.file>>;
      try {
        part = await req.file();
      } catch (e) {
        if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
          throw new AppError('FILE_TOO_LARGE', { limitMb: app.config.UPLOAD_MAX_MB });
        throw e;
      }
      const started = await io.startImport(app.db, app.config, actor, part, req.query.provinceCode, {
        commitIfValid: req.query.commit === 'if-valid',
      });
      return reply.status(202).send(started);
    },
  );
  app.get(
    '/api/establishments/imports/:id',
    {
      schema: {
        tags: ['establishments'],
        summary: 'Trạng thái một lượt nhập',
        params: IdParams,
        response: { 200: ImportDto, ...errors },
      },
    },
    async (req) => io.getImport(app.db, requireActor(req), req.params.id),
  );
  app.post(
    '/api/establishments/imports/:id/commit',
    {
      schema: {
        tags: ['establishments'],
        summary:
          'Xác nhận ghi một lượt nhập đã kiểm tra hợp lệ (tất cả các dòng trong một giao dịch, hoặc không dòng nào)',
        params: IdParams,
        response: { 202: JobStarted, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(202).send(await io.commitImport(app.db, requireActor(req), req.params.id)),
  );
  app.post(
    '/api/establishments/exports',
    {
      schema: {
        tags: ['establishments'],
        summary: 'Xuất danh sách đã lọc ra Excel (công việc chạy nền; tải tệp ở /api/jobs/{id}/result)',
        body: EstablishmentExportInput,
        response: { 202: JobStarted, ...errors },
      },
    },
    async (req, reply) => reply.status(202).send(await io.startExport(app.db, requireActor(req), req.body)),
  );
}
