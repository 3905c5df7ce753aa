import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, listResponse, Problem } from '../../../../shared/schemas/common.ts';
import {
  ArticleCreateInput,
  ArticleUpdateInput,
  type ContentInput,
  DocumentCreateInput,
  DocumentUpdateInput,
  EventCreateInput,
  EventUpdateInput,
  MediaDto,
  PageCreateInput,
  PageUpdateInput,
  PortalItemDto,
  PortalItemSummaryDto,
  type PortalKind,
  PortalListQuery,
  RegistrationDto,
  RegistrationInput,
  RestoreInput,
  RevisionCompareDto,
  RevisionCompareQuery,
  RevisionDetailDto,
  RevisionDto,
  TransitionInput,
} from '../../../../shared/schemas/portal.ts';
import { requireActor } from '../../platform/auth.ts';
import { AppError } from '../../platform/errors.ts';
import { contentDisposition } from '../files/index.ts';
import { createContent, getContent, listContent, loadInScope, updateContent } from './content.service.ts';
import { uploadMedia } from './media.service.ts';
import { DOCUMENT_MAX_BYTES, formatSize } from './media.types.ts';
import { renderPreview } from './public/detail.page.ts';
import { publicRoutes } from './public/public.routes.ts';
import * as registrations from './registrations.service.ts';
import { compareRevisions, getRevision, listRevisions, restoreRevision } from './revisions.service.ts';
import { transitionContent } from './workflow.service.ts';

const errors = { 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type KindRoute = { kind: PortalKind; path: string; label: string; create: z.ZodType; update: z.ZodType };
const kinds: KindRoute[] = [
  {
    kind: 'article',
    path: 'articles',
    label: 'tin bài',
    create: ArticleCreateInput,
    update: ArticleUpdateInput,
  },
  { kind: 'event', path: 'events', label: 'sự kiện', create: EventCreateInput, update: EventUpdateInput },
  {
    kind: 'document',
    path: 'documents',
    label: 'văn bản',
    create: DocumentCreateInput,
    update: DocumentUpdateInput,
  },
  { kind: 'page', path: 'pages', label: 'trang', create: PageCreateInput, update: PageUpdateInput },
];

const RevisionParams = z.object({ id: z.uuid(), revision: z.coerce.number().int().min(1) });

/** The officials' API for the portal (/api/portal/…) and the public site (/, /tin-tuc, …). */
export async function portalRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  if (!app.hasContentTypeParser('multipart/form-data')) await app.register(multipart);

  for (const k of kinds) {
    app.get(
      `/api/portal/${k.path}`,
      {
        schema: {
          tags: ['portal'],
          summary: `Danh sách ${k.label}`,
          querystring: PortalListQuery,
          response: { 200: listResponse(PortalItemSummaryDto), ...errors },
        },
      },
      async (req) => listContent(app.db, requireActor(req), k.kind, req.query),
    );
    app.post(
      `/api/portal/${k.path}`,
      {
        schema: {
          tags: ['portal'],
          summary: `Soạn ${k.label} mới (bản nháp)`,
          body: k.create,
          response: { 201: PortalItemDto, ...errors },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await createContent(app.db, requireActor(req), k.kind, req.body as ContentInput)),
    );
    app.get(
      `/api/portal/${k.path}/:id`,
      {
        schema: {
          tags: ['portal'],
          summary: `Chi tiết ${k.label}`,
          params: IdParams,
          response: { 200: PortalItemDto, ...errors },
        },
      },
      async (req) => getContent(app.db, requireActor(req), req.params.id, k.kind),
    );
    app.patch(
      `/api/portal/${k.path}/:id`,
      {
        schema: {
          tags: ['portal'],
          summary: `Sửa ${k.label} (kèm version)`,
          params: IdParams,
          body: k.update,
          response: { 200: PortalItemDto, ...errors },
        },
      },
      async (req) =>
        updateContent(
          app.db,
          requireActor(req),
          k.kind,
          req.params.id,
          req.body as ContentInput & { version: number },
        ),
    );
  }

  app.post(
    '/api/portal/items/:id/transitions',
    {
      schema: {
        tags: ['portal'],
        summary: 'Gửi duyệt, duyệt và xuất bản (ngay hoặc hẹn giờ), trả lại, lưu trữ, mở lại',
        params: IdParams,
        body: TransitionInput,
        response: { 200: PortalItemDto, ...errors },
      },
    },
    async (req) => transitionContent(app.db, requireActor(req), req.params.id, req.body),
  );
  app.get(
    '/api/portal/items/:id/revisions',
    {
      schema: {
        tags: ['portal'],
        summary: 'Lịch sử phiên bản',
        params: IdParams,
        response: { 200: z.array(RevisionDto), ...errors },
      },
    },
    async (req) => listRevisions(app.db, requireActor(req), req.params.id),
  );
  app.get(
    '/api/portal/items/:id/revisions/compare',
    {
      schema: {
        tags: ['portal'],
        summary: 'So sánh hai phiên bản',
        params: IdParams,
        querystring: RevisionCompareQuery,
        response: { 200: RevisionCompareDto, ...errors },
      },
    },
    async (req) => compareRevisions(app.db, requireActor(req), req.params.id, req.query.from, req.query.to),
  );
  app.get(
    '/api/portal/items/:id/revisions/:revision',
    {
      schema: {
        tags: ['portal'],
        summary: 'Nội dung một phiên bản',
        params: RevisionParams,
        response: { 200: RevisionDetailDto, ...errors },
      },
    },
    async (req) => getRevision(app.db, requireActor(req), req.params.id, req.params.revision),
  );
  app.post(
    '/api/portal/items/:id/revisions/:revision/restore',
    {
      schema: {
        tags: ['portal'],
        summary: 'Khôi phục nội dung của một phiên bản (tạo phiên bản mới)',
        params: RevisionParams,
        body: RestoreInput,
        response: { 200: PortalItemDto, ...errors },
      },
    },
    async (req) =>
      restoreRevision(app.db, requireActor(req), req.params.id, req.params.revision, req.body.version),
  );
  app.get(
    '/api/portal/items/:id/preview',
    {
      schema: {
        tags: ['portal'],
        summary: 'Xem trước trang công khai của nội dung (HTML)',
        params: IdParams,
      },
    },
    async (req, reply) => {
      const row = await loadInScope(app.db, requireActor(req), req.params.id);
      const origin = app.config.PUBLIC_URL?.replace(/\/+$/, '') ?? `${req.protocol}://${req.host}`;
      const page = await renderPreview({ db: app.db, locale: 'vi', origin }, row);
      return reply.type('text/html; charset=utf-8').header('cache-control', 'private, no-store').send(page);
    },
  );

  app.post(
    '/api/portal/media',
    {
      schema: {
        tags: ['portal'],
        summary: `Tải lên ảnh hoặc tệp đính kèm (multipart, trường "file"; ảnh ≤ 5 MB, tài liệu ≤ ${formatSize(DOCUMENT_MAX_BYTES)})`,
        querystring: z.object({ purpose: z.enum(['image', 'attachment']).default('attachment') }),
        response: { 201: MediaDto, 413: Problem, 415: Problem, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
      const part = await req.file({ limits: { fileSize: DOCUMENT_MAX_BYTES, files: 1 } });
      if (!part) throw new AppError('VALIDATION_FAILED', undefined, [{ path: 'file', code: 'required' }]);
      let bytes: Buffer;
      try {
        bytes = await part.toBuffer();
      } catch (e) {
        if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
          throw new AppError('PORTAL_FILE_TOO_LARGE', {
            name: part.filename,
            size: `> ${formatSize(DOCUMENT_MAX_BYTES)}`,
            max: formatSize(DOCUMENT_MAX_BYTES),
          });
        throw e;
      }
      const dto = await uploadMedia(app.db, app.config, actor, {
        filename: part.filename,
        bytes,
        imageOnly: req.query.purpose === 'image',
      });
      return reply.status(201).send(dto);
    },
  );

  app.post(
    '/api/portal/events/:id/registrations',
    {
      schema: {
        tags: ['portal'],
        summary: 'Cơ sở đăng ký tham gia sự kiện',
        params: IdParams,
        body: RegistrationInput,
        response: { 201: RegistrationDto, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await registrations.register(app.db, requireActor(req), req.params.id, req.body)),
  );
  app.get(
    '/api/portal/events/:id/my-registration',
    {
      schema: {
        tags: ['portal'],
        summary: 'Đăng ký của cơ sở mình cho sự kiện (nếu có)',
        params: IdParams,
        response: { 200: z.object({ registration: RegistrationDto.nullable() }), ...errors },
      },
    },
    async (req) => ({
      registration: await registrations.myRegistration(app.db, requireActor(req), req.params.id),
    }),
  );
  app.get(
    '/api/portal/events/:id/registrations',
    {
      schema: {
        tags: ['portal'],
        summary: 'Danh sách cơ sở đăng ký (đơn vị tổ chức)',
        params: IdParams,
        response: { 200: z.array(RegistrationDto), ...errors },
      },
    },
    async (req) => registrations.listRegistrations(app.db, requireActor(req), req.params.id),
  );
  app.get(
    '/api/portal/events/:id/registrations.xlsx',
    { schema: { tags: ['portal'], summary: 'Xuất danh sách đăng ký ra Excel', params: IdParams } },
    async (req, reply) => {
      const file = await registrations.exportRegistrations(app.db, requireActor(req), req.params.id);
      return reply
        .type(XLSX)
        .header('content-disposition', contentDisposition(file.name))
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
    },
  );

  await app.register(publicRoutes);
}
