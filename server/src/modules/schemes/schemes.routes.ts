import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, listResponse, Problem } from '../../../../shared/schemas/common.ts';
import { ComputeResult } from '../../../../shared/schemas/rules.ts';
import {
  AttachmentParams,
  BulkTransitionInput,
  BulkTransitionResult,
  SchemeVersionDto,
  SchemeVersionParams,
  SupportItemsDto,
  SupportItemsQuery,
} from '../../../../shared/schemas/scheme-extras.ts';
import {
  AttachmentKind,
  SchemeDto,
  SchemeInput,
  SchemeListItemDto,
  SchemeListQuery,
  SchemeUpdateInput,
  SupportPreviewInput,
  TransitionInput,
} from '../../../../shared/schemas/schemes.ts';
import { requireActor } from '../../platform/auth.ts';
import { AppError } from '../../platform/errors.ts';
import { localeOf } from '../../platform/i18n.ts';
import { contentDisposition } from '../files/index.ts';
import { addAttachment, removeAttachment, sendAttachment } from './schemes.attachments.ts';
import { schemeDocx } from './schemes.docx.ts';
import * as schemes from './schemes.service.ts';
import { supportItemsFor } from './schemes.support.ts';
import { bulkTransition, transitionScheme, transitions } from './schemes.transitions.ts';

function sendDocx(reply: FastifyReply, name: string, bytes: Buffer) {
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    .header('content-disposition', contentDisposition(name))
    .header('cache-control', 'private, no-store')
    .send(bytes);
}

const errors = { 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

const WorkflowDto = z.array(
  z.object({
    action: z.string(),
    level: z.string(),
    from: z.array(z.string()),
    to: z.string(),
    by: z.array(z.string()),
    deadline: z.string().nullable(),
    commentRequired: z.boolean(),
  }),
);

export async function schemesRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['schemes'];

  app.get(
    '/api/schemes',
    {
      schema: {
        tags,
        summary:
          'Danh sách đề án (lọc theo năm, cấp, loại, tỉnh, nội dung, trạng thái, đơn vị thực hiện, chuỗi giá trị; tìm không dấu)',
        querystring: SchemeListQuery,
        response: { 200: listResponse(SchemeListItemDto).extend({ totalCapped: z.boolean() }), ...errors },
      },
    },
    async (req) => schemes.listSchemes(app.db, requireActor(req), req.query),
  );
  app.get(
    '/api/schemes/workflow',
    {
      schema: {
        tags,
        summary:
          'Bảng chuyển trạng thái đề án: hành động, cấp, trạng thái nguồn/đích, ai được thực hiện, thời hạn',
        response: { 200: WorkflowDto, 401: Problem },
      },
    },
    async (req) => {
      requireActor(req);
      return transitions.map((t) => ({
        action: t.action,
        level: t.level,
        from: [...t.from],
        to: t.to,
        by: [...t.by],
        deadline: t.deadline?.stage ?? null,
        commentRequired: t.commentRequired,
      }));
    },
  );
  app.get(
    '/api/schemes/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết đề án, mức hỗ trợ tính theo quy định, dòng thời gian',
        params: IdParams,
        response: { 200: SchemeDto, ...errors },
      },
    },
    async (req) => schemes.getScheme(app.db, requireActor(req), req.params.id),
  );
  app.post(
    '/api/schemes',
    {
      schema: {
        tags,
        summary: 'Soạn đề án mới (dự thảo)',
        body: SchemeInput,
        response: { 201: SchemeDto, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await schemes.createScheme(app.db, requireActor(req), req.body)),
  );
  app.patch(
    '/api/schemes/:id',
    {
      schema: {
        tags,
        summary: 'Sửa đề án (dự thảo hoặc được trả lại; kiểm tra phiên bản)',
        params: IdParams,
        body: SchemeUpdateInput,
        response: { 200: SchemeDto, ...errors },
      },
    },
    async (req) => schemes.updateScheme(app.db, requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/schemes/support-preview',
    {
      schema: {
        tags,
        summary: 'Tính thử mức hỗ trợ cho dự toán đang soạn (không lưu), kèm căn cứ từng dòng',
        body: SupportPreviewInput,
        response: { 200: ComputeResult, ...errors },
      },
    },
    async (req) => {
      requireActor(req);
      return schemes.previewSupport(app.db, req.body);
    },
  );
  app.get(
    '/api/schemes/support-items',
    {
      schema: {
        tags,
        summary:
          'Các khoản hỗ trợ của bộ quy tắc áp dụng cho đề án (năm, cấp, tỉnh, ngày bắt đầu), kèm mức và căn cứ',
        querystring: SupportItemsQuery,
        response: { 200: SupportItemsDto, ...errors },
      },
    },
    async (req) => {
      requireActor(req);
      return supportItemsFor(app.db, req.query);
    },
  );
  app.post(
    '/api/schemes/:id/transitions',
    {
      schema: {
        tags,
        summary:
          'Chuyển trạng thái: nộp, thẩm định chuyển tiếp, đăng ký, thẩm định cấp Bộ, phê duyệt, trả lại, không chấp thuận, rút',
        params: IdParams,
        body: TransitionInput,
        response: { 200: SchemeDto, ...errors },
      },
    },
    async (req) => transitionScheme(app.db, requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/schemes/bulk-transitions',
    {
      schema: {
        tags,
        summary:
          'Cùng một thao tác cho nhiều đề án (ví dụ Sở chuyển tiếp các đề án đã chọn); kết quả từng đề án',
        body: BulkTransitionInput,
        response: { 200: BulkTransitionResult, ...errors },
      },
    },
    async (req) => bulkTransition(app.db, requireActor(req), req.body, localeOf(req)),
  );
  app.get(
    '/api/schemes/:id/versions',
    {
      schema: {
        tags,
        summary: 'Các phiên bản đã lưu',
        params: IdParams,
        response: { 200: z.array(SchemeVersionDto), ...errors },
      },
    },
    async (req) => schemes.listVersions(app.db, requireActor(req), req.params.id),
  );
  app.get(
    '/api/schemes/:id/versions/:version',
    {
      schema: {
        tags,
        summary: 'Nội dung đề án ở một phiên bản cũ',
        params: SchemeVersionParams,
        response: { 200: SchemeVersionDto, ...errors },
      },
    },
    async (req) => schemes.getVersion(app.db, requireActor(req), req.params.id, req.params.version),
  );
  app.get(
    '/api/schemes/:id/document.docx',
    {
      schema: {
        tags,
        summary: 'Thuyết minh đề án (Word) theo bố cục TT 36/2013/TT-BCT Điều 5, số tiền bằng chữ',
        params: IdParams,
        produces: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
        response: { 401: Problem, 404: Problem },
      },
    },
    async (req, reply) => {
      const s = await schemes.getScheme(app.db, requireActor(req), req.params.id);
      return sendDocx(reply, `De-an-${s.code}.docx`, await schemeDocx(s));
    },
  );
  app.post(
    '/api/schemes/:id/attachments',
    {
      schema: {
        tags,
        summary:
          'Đính kèm hồ sơ (multipart, trường "file"): báo cáo khảo sát, báo giá, văn bản đề nghị; PDF, Word, Excel, ảnh',
        params: IdParams,
        querystring: z.object({ kind: AttachmentKind.default('other') }),
        response: { 201: SchemeDto, 413: Problem, 415: Problem, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
      const part = await req.file();
      const dto = await addAttachment(app.db, app.config, actor, req.params.id, req.query.kind, part);
      return reply.status(201).send(dto);
    },
  );
  app.get(
    '/api/schemes/:id/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: 'Tải tệp đính kèm của đề án',
        params: AttachmentParams,
        produces: ['application/octet-stream'],
        response: { 401: Problem, 404: Problem },
      },
    },
    async (req, reply) =>
      sendAttachment(app.db, app.config, requireActor(req), reply, req.params.id, req.params.attachmentId),
  );
  app.delete(
    '/api/schemes/:id/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: 'Gỡ tệp đính kèm (khi đề án còn sửa được)',
        params: AttachmentParams,
        response: { 200: SchemeDto, ...errors },
      },
    },
    async (req) =>
      removeAttachment(app.db, app.config, requireActor(req), req.params.id, req.params.attachmentId),
  );
}
