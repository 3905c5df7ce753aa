import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, Problem, VersionBody } from '../../../../shared/schemas/common.ts';
import {
  CertificateDto,
  ComplaintDto,
  ComplaintInput,
  ComplaintResolveInput,
  EntryDto,
  RecognisedProductDto,
  RevokeInput,
  ScoreSheetInput,
} from '../../../../shared/schemas/products.ts';
import { isNational } from '../../platform/actor.ts';
import { requireActor } from '../../platform/auth.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { getFile, pathOf } from '../files/index.ts';
import { renderCertificatePdf } from './certificate.pdf.ts';
import { fileComplaint, resolveComplaint } from './complaints.service.ts';
import { getEntry, loadEntry, withdrawEntry } from './entries.service.ts';
import { establishmentFor } from './products.establishments.ts';
import { sendBinary } from './products.http.ts';
import { storeUpload, type UploadPart, uploadKinds } from './products.uploads.ts';
import { getCertificate, refreshExpiry, revokeCertificate } from './recognition.service.ts';
import { recognisedProductsOf } from './registry.service.ts';
import { baseUrlOf } from './rounds.routes.ts';
import { submitSheet } from './scoring.service.ts';

const errors = { 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const tags = ['products'];

const UploadDto = z.object({ id: z.uuid(), name: z.string(), mediaType: z.string(), size: z.number().int() });
const SheetDto = z.object({
  entryId: z.uuid(),
  memberId: z.uuid(),
  total: z.number().int(),
  scores: z.array(z.object({ criterion: z.string(), points: z.number().int(), note: z.string() })),
});

export async function productEntryRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.db;

  app.post(
    '/api/product-uploads',
    {
      schema: {
        tags,
        summary:
          'Tải lên ảnh sản phẩm (JPEG, PNG, WebP ≤ 5 MB) hoặc tài liệu (PDF, JPEG, PNG ≤ 10 MB), multipart trường "file"',
        querystring: z.object({ kind: z.enum(['photo', 'document']) }),
        consumes: ['multipart/form-data'],
        response: { 201: UploadDto, 413: Problem, 415: Problem, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      if (actor.role === 'council_member') throw forbidden();
      const part = (await req.file({ limits: { fileSize: uploadKinds[req.query.kind].maxBytes + 1 } })) as
        | UploadPart
        | undefined;
      const f = await storeUpload(app.db, app.config, actor, req.query.kind, part);
      return reply.status(201).send({ id: f.id, name: f.name, mediaType: f.mediaType, size: f.size });
    },
  );
  app.get(
    '/api/product-entries/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết sản phẩm đăng ký',
        params: IdParams,
        response: { 200: EntryDto, ...errors },
      },
    },
    async (req) => getEntry(db(), requireActor(req), req.params.id),
  );
  app.get(
    '/api/product-entries/:id/files/:fileId',
    {
      schema: {
        tags,
        summary: 'Ảnh hoặc tài liệu của sản phẩm đăng ký',
        params: z.object({ id: z.uuid(), fileId: z.uuid() }),
        produces: ['application/octet-stream'],
        response: errors,
      },
    },
    async (req, reply) => {
      const { entry } = await loadEntry(app.db, requireActor(req), req.params.id);
      const attached =
        entry.photoFileIds.includes(req.params.fileId) ||
        entry.documents.some((d) => d.fileId === req.params.fileId);
      const file = attached ? await getFile(app.db, req.params.fileId) : undefined;
      if (!file || !fs.existsSync(pathOf(app.config, file))) throw notFound();
      return sendBinary(
        reply,
        { type: file.mediaType, name: file.name, inline: true, cache: 'private, max-age=300' },
        fs.createReadStream(pathOf(app.config, file)),
      );
    },
  );
  app.post(
    '/api/product-entries/:id/withdraw',
    {
      schema: {
        tags,
        summary: 'Rút sản phẩm khỏi đợt (trong thời gian đăng ký)',
        params: IdParams,
        body: VersionBody.strict(),
        response: { 200: EntryDto, ...errors },
      },
    },
    async (req) => withdrawEntry(db(), requireActor(req), req.params.id, req.body.version),
  );
  app.post(
    '/api/product-entries/:id/score',
    {
      schema: {
        tags,
        summary: 'Phiếu chấm của thành viên hội đồng cho một sản phẩm (mỗi tiêu chí: điểm và ghi chú)',
        params: IdParams,
        body: ScoreSheetInput,
        response: { 200: SheetDto, ...errors },
      },
    },
    async (req) => submitSheet(db(), requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/product-entries/:id/complaints',
    {
      schema: {
        tags,
        summary: 'Khiếu nại kết quả (trong 15 ngày làm việc kể từ ngày công bố)',
        params: IdParams,
        body: ComplaintInput,
        response: { 201: ComplaintDto, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await fileComplaint(db(), requireActor(req), req.params.id, req.body.content)),
  );
  app.post(
    '/api/product-complaints/:id/resolve',
    {
      schema: {
        tags,
        summary: 'Ghi nhận kết quả giải quyết khiếu nại',
        params: IdParams,
        body: ComplaintResolveInput,
        response: { 200: ComplaintDto, ...errors },
      },
    },
    async (req) => resolveComplaint(db(), requireActor(req), req.params.id, req.body),
  );
  app.get(
    '/api/product-certificates',
    {
      schema: {
        tags,
        summary: 'Sản phẩm CNNT tiêu biểu của một cơ sở qua các cấp, các năm (kèm hiệu lực)',
        querystring: z.object({ establishmentId: z.uuid() }),
        response: { 200: z.array(RecognisedProductDto), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await establishmentFor(app.db, actor, req.query.establishmentId);
      return recognisedProductsOf(app.db, { kind: 'all' }, req.query.establishmentId);
    },
  );
  app.get(
    '/api/product-certificates/:id',
    {
      schema: {
        tags,
        summary: 'Giấy chứng nhận',
        params: IdParams,
        response: { 200: CertificateDto, ...errors },
      },
    },
    async (req) => getCertificate(db(), requireActor(req), req.params.id, baseUrlOf(req)),
  );
  app.get(
    '/api/product-certificates/:id/pdf',
    {
      schema: {
        tags,
        summary: 'Bản in giấy chứng nhận (PDF, có mã QR xác minh)',
        params: IdParams,
        produces: ['application/pdf'],
        response: errors,
      },
    },
    async (req, reply) => {
      const cert = await getCertificate(db(), requireActor(req), req.params.id, baseUrlOf(req));
      const pdf = await renderCertificatePdf(cert);
      return sendBinary(reply, { type: 'application/pdf', name: `Giay-chung-nhan-${cert.number}.pdf` }, pdf);
    },
  );
  app.post(
    '/api/product-certificates/:id/revoke',
    {
      schema: {
        tags,
        summary: 'Thu hồi giấy chứng nhận',
        params: IdParams,
        body: RevokeInput,
        response: { 200: CertificateDto, ...errors },
      },
    },
    async (req) => revokeCertificate(db(), requireActor(req), req.params.id, req.body.reason, baseUrlOf(req)),
  );
  app.post(
    '/api/product-certificates/refresh-status',
    {
      schema: {
        tags,
        summary: 'Đánh dấu hết hiệu lực các giấy chứng nhận đã quá 31/12 của năm thứ ba',
        response: { 200: z.object({ expired: z.number().int() }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      if (!isNational(actor)) throw forbidden();
      return refreshExpiry(db(), actor);
    },
  );
}
