import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listResponse, Problem } from '../../../../shared/schemas/common.ts';
import {
  ProvinceListQuery,
  ProvinceRefDto,
  UnitDetailDto,
  UnitDto,
  UnitIdParams,
  UnitListQuery,
} from '../../../../shared/schemas/reference.ts';
import { requireActor } from '../../platform/auth.ts';
import { catalogueRoutes } from './catalogues.routes.ts';
import { legalDocumentRoutes } from './legal-documents.routes.ts';
import { getUnitDetail, listUnits, provincesOf } from './units.service.ts';

const errors = { 401: Problem, 403: Problem, 404: Problem, 422: Problem };

export async function referenceRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/units/provinces',
    {
      schema: {
        tags: ['reference'],
        summary: 'Danh sách tỉnh, thành phố (mặc định: hiện hành; ?era=pre2025: 63 tỉnh trước 01/07/2025)',
        security: [],
        querystring: ProvinceListQuery,
        response: { 200: z.array(ProvinceRefDto), 422: Problem },
      },
    },
    async (req) => [...(await provincesOf(app.db, req.query.era)).values()],
  );
  app.get(
    '/api/units',
    {
      schema: {
        tags: ['reference'],
        summary:
          'Tra cứu đơn vị hành chính (theo thời kỳ, cấp, tỉnh, đơn vị cấp trên; tìm không dấu theo tên, mã)',
        querystring: UnitListQuery,
        response: { 200: listResponse(UnitDto), ...errors },
      },
    },
    async (req) => listUnits(app.db, requireActor(req), req.query),
  );
  app.get(
    '/api/units/:id',
    {
      schema: {
        tags: ['reference'],
        summary: 'Chi tiết đơn vị hành chính, kèm đơn vị trước và sau sắp xếp 2025',
        params: UnitIdParams,
        response: { 200: UnitDetailDto, ...errors },
      },
    },
    async (req) => getUnitDetail(app.db, requireActor(req), req.params.id),
  );
  await app.register(catalogueRoutes);
  await app.register(legalDocumentRoutes);
}
