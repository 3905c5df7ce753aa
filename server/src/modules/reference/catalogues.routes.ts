import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listResponse, Problem } from '../../../../shared/schemas/common.ts';
import {
  ActivityContentCreateInput,
  ActivityContentDto,
  ActivityContentListQuery,
  ActivityContentUpdateInput,
  CatalogueIdParams,
  IndustryCreateInput,
  IndustryDto,
  IndustryListQuery,
  IndustryUpdateInput,
  SchemeKindDto,
  SchemeKindListQuery,
} from '../../../../shared/schemas/reference.ts';
import { requireActor } from '../../platform/auth.ts';
import * as svc from './catalogues.service.ts';

const errors = { 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const tags = ['catalogues'];

/** Catalogues: read by every signed-in user; created and edited by the system administrator. */
export async function catalogueRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const base = '/api/catalogues';

  app.get(
    `${base}/activity-contents`,
    {
      schema: {
        tags,
        summary: 'Nội dung hoạt động khuyến công (NĐ 45, NĐ 235, nhóm QĐ 1881)',
        querystring: ActivityContentListQuery,
        response: { 200: listResponse(ActivityContentDto), ...errors },
      },
    },
    async (req) => svc.listActivityContents(app.db, requireActor(req), req.query),
  );
  app.get(
    `${base}/activity-contents/:id`,
    {
      schema: {
        tags,
        summary: 'Chi tiết nội dung hoạt động',
        params: CatalogueIdParams,
        response: { 200: ActivityContentDto, ...errors },
      },
    },
    async (req) => svc.getActivityContent(app.db, requireActor(req), req.params.id),
  );
  app.post(
    `${base}/activity-contents`,
    {
      schema: {
        tags,
        summary: 'Thêm nội dung hoạt động',
        body: ActivityContentCreateInput,
        response: { 201: ActivityContentDto, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await svc.createActivityContent(app.db, requireActor(req), req.body)),
  );
  app.patch(
    `${base}/activity-contents/:id`,
    {
      schema: {
        tags,
        summary: 'Sửa, ngừng dùng nội dung hoạt động',
        params: CatalogueIdParams,
        body: ActivityContentUpdateInput,
        response: { 200: ActivityContentDto, ...errors },
      },
    },
    async (req) => svc.updateActivityContent(app.db, requireActor(req), req.params.id, req.body),
  );

  app.get(
    `${base}/industries`,
    {
      schema: {
        tags,
        summary: 'Ngành nghề được hưởng chính sách khuyến công',
        querystring: IndustryListQuery,
        response: { 200: listResponse(IndustryDto), ...errors },
      },
    },
    async (req) => svc.listIndustries(app.db, requireActor(req), req.query),
  );
  app.get(
    `${base}/industries/:id`,
    {
      schema: {
        tags,
        summary: 'Chi tiết ngành nghề',
        params: CatalogueIdParams,
        response: { 200: IndustryDto, ...errors },
      },
    },
    async (req) => svc.getIndustry(app.db, requireActor(req), req.params.id),
  );
  app.post(
    `${base}/industries`,
    {
      schema: {
        tags,
        summary: 'Thêm ngành nghề',
        body: IndustryCreateInput,
        response: { 201: IndustryDto, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await svc.createIndustry(app.db, requireActor(req), req.body)),
  );
  app.patch(
    `${base}/industries/:id`,
    {
      schema: {
        tags,
        summary: 'Sửa, ngừng dùng ngành nghề',
        params: CatalogueIdParams,
        body: IndustryUpdateInput,
        response: { 200: IndustryDto, ...errors },
      },
    },
    async (req) => svc.updateIndustry(app.db, requireActor(req), req.params.id, req.body),
  );

  app.get(
    `${base}/scheme-kinds`,
    {
      schema: {
        tags,
        summary: 'Loại đề án (thông thường, điểm, nhóm, hỗ trợ SP tiêu biểu) và cấp (KCQG, KCĐP)',
        querystring: SchemeKindListQuery,
        response: { 200: z.object({ items: z.array(SchemeKindDto) }), ...errors },
      },
    },
    async (req) => ({ items: await svc.listSchemeKinds(app.db, requireActor(req), req.query) }),
  );
}
