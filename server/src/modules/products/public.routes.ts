import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import { z } from 'zod';
import { listResponse, Problem } from '../../../../shared/schemas/common.ts';
import {
  PublicProductDto,
  RegistryItem,
  RegistryQuery,
  VerifyDto,
} from '../../../../shared/schemas/products.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { getFile, pathOf } from '../files/index.ts';
import { currentProvinces } from '../reference/index.ts';
import { sendBinary } from './products.http.ts';
import { notFoundPage, productPage, registryPage, verifyPage } from './public.html.ts';
import { isPublicPhoto, publicProduct, searchRegistry, verifyCertificate } from './registry.service.ts';
import { baseUrlOf } from './rounds.routes.ts';

const tags = ['products-public'];
const NumberParams = z.object({ number: z.string().trim().min(1).max(60) });
const html = 'text/html; charset=utf-8';

/** The public registry of recognised products and certificate verification: JSON under /api/public, HTML pages. */
export async function productPublicRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/public/products',
    {
      schema: {
        tags,
        summary: 'Danh mục sản phẩm CNNT tiêu biểu (tìm không dấu; lọc theo cấp, năm, nhóm, tỉnh)',
        security: [],
        querystring: RegistryQuery,
        response: { 200: listResponse(RegistryItem), 422: Problem },
      },
    },
    async (req) => searchRegistry(app.db, req.query),
  );
  app.get(
    '/api/public/products/:id',
    {
      schema: {
        tags,
        summary: 'Sản phẩm tiêu biểu: ảnh, cơ sở, quá trình công nhận qua các cấp',
        security: [],
        params: z.object({ id: z.uuid() }),
        response: { 200: PublicProductDto, 404: Problem },
      },
    },
    async (req) => publicProduct(app.db, req.params.id),
  );
  app.get(
    '/api/public/products/:id/photos/:fileId',
    {
      schema: {
        tags,
        summary: 'Ảnh sản phẩm tiêu biểu',
        security: [],
        params: z.object({ id: z.uuid(), fileId: z.uuid() }),
        produces: ['image/*'],
        response: { 404: Problem },
      },
    },
    async (req, reply) => {
      if (!(await isPublicPhoto(app.db, req.params.id, req.params.fileId))) throw notFound();
      const file = await getFile(app.db, req.params.fileId);
      if (!file || !fs.existsSync(pathOf(app.config, file))) throw notFound();
      return sendBinary(
        reply,
        { type: file.mediaType, name: file.name, inline: true, cache: 'public, max-age=86400' },
        fs.createReadStream(pathOf(app.config, file)),
      );
    },
  );
  app.get(
    '/api/public/certificates/:number',
    {
      schema: {
        tags,
        summary: 'Xác minh giấy chứng nhận theo số',
        security: [],
        params: NumberParams,
        response: { 200: VerifyDto, 404: Problem },
      },
    },
    async (req) => verifyCertificate(app.db, req.params.number),
  );

  app.get('/san-pham-tieu-bieu', { schema: { hide: true } }, async (req, reply) => {
    const parsed = RegistryQuery.safeParse(req.query);
    const q = parsed.success ? parsed.data : RegistryQuery.parse({});
    const [data, provinces] = await Promise.all([searchRegistry(app.db, q), currentProvinces(app.db)]);
    const list = [...provinces.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    return reply
      .type(html)
      .header('cache-control', 'no-cache')
      .send(registryPage(data, q, list));
  });
  app.get('/san-pham-tieu-bieu/:id', { schema: { hide: true } }, async (req, reply) => {
    const id = (req.params as { id: string }).id;
    const parsed = z.uuid().safeParse(id);
    const product = parsed.success ? await publicProduct(app.db, parsed.data).catch(() => null) : null;
    if (!product)
      return reply
        .status(404)
        .type(html)
        .send(
          notFoundPage(
            'Không tìm thấy sản phẩm',
            'Sản phẩm không có trong danh mục sản phẩm công nghiệp nông thôn tiêu biểu.',
          ),
        );
    return reply.type(html).header('cache-control', 'no-cache').send(productPage(product));
  });
  app.get('/xac-minh-chung-nhan', { schema: { hide: true } }, async (req, reply) => {
    const so = String((req.query as { so?: unknown }).so ?? '').trim();
    if (so) return reply.redirect(`/xac-minh-chung-nhan/${encodeURIComponent(so)}`);
    return reply.type(html).send(verifyPage('', null, null));
  });
  app.get('/xac-minh-chung-nhan/:number', { schema: { hide: true } }, async (req, reply) => {
    const number = String((req.params as { number: string }).number).slice(0, 60);
    const v = await verifyCertificate(app.db, number).catch((e: unknown) => {
      if (e instanceof AppError && e.status === 404) return null;
      throw e;
    });
    const url = `${baseUrlOf(req)}/xac-minh-chung-nhan/${encodeURIComponent(number)}`;
    const qr = v ? await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }) : null;
    return reply
      .status(v ? 200 : 404)
      .type(html)
      .header('cache-control', 'no-cache')
      .send(verifyPage(number, v, qr));
  });
}
