import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, listResponse, Problem } from '../../../../shared/schemas/common.ts';
import {
  EligibilityDto,
  EligibilityQuery,
  EstablishmentCreateInput,
  EstablishmentDto,
  EstablishmentListItem,
  EstablishmentListQuery,
  EstablishmentOption,
  EstablishmentOptionQuery,
  EstablishmentUpdateInput,
} from '../../../../shared/schemas/establishments.ts';
import { requireActor } from '../../platform/auth.ts';
import { todayInVietnam } from './eligibility.ts';
import { registerEstablishmentJobs } from './establishments.jobs.ts';
import { establishmentPermissions } from './establishments.policy.ts';
import * as service from './establishments.service.ts';
import { establishmentIoRoutes } from './io.routes.ts';
import { scheduleSearchOrder } from './search.order.ts';

const errors = { 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const DeleteQuery = z.object({
  version: z.coerce.number().int().min(1),
  reason: z.string().trim().max(500).optional(),
});

export async function establishmentRoutes(fastify: FastifyInstance) {
  registerEstablishmentJobs();
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/establishments',
    {
      schema: {
        tags: ['establishments'],
        summary: 'Danh sách cơ sở CNNT: phân trang, sắp xếp, lọc, tìm không dấu theo tên và mã số',
        querystring: EstablishmentListQuery,
        response: {
          200: listResponse(EstablishmentListItem).extend({ totalCapped: z.boolean() }),
          ...errors,
        },
      },
    },
    async (req) => service.listEstablishments(app.db, requireActor(req), req.query),
  );
  app.get(
    '/api/establishments/options',
    {
      schema: {
        tags: ['establishments'],
        summary:
          'Chọn cơ sở hưởng lợi cho đề án: cơ sở đang hoạt động của một tỉnh (tên, mã số, địa bàn, điều kiện hỗ trợ; không có thông tin liên hệ)',
        querystring: EstablishmentOptionQuery,
        response: { 200: z.array(EstablishmentOption), ...errors },
      },
    },
    async (req) => service.establishmentOptions(app.db, requireActor(req), req.query),
  );
  app.get(
    '/api/establishments/abilities',
    {
      schema: {
        tags: ['establishments'],
        summary: 'Những gì người dùng được làm với sổ cơ sở (xem, thêm, nhập)',
        response: { 200: z.record(z.string(), z.boolean()), 401: Problem },
      },
    },
    async (req) => establishmentPermissions(requireActor(req)),
  );
  app.get(
    '/api/establishments/:id',
    {
      schema: {
        tags: ['establishments'],
        summary: 'Chi tiết cơ sở, kèm điều kiện hỗ trợ và căn cứ pháp lý tại ngày (mặc định hôm nay)',
        params: IdParams,
        querystring: EligibilityQuery,
        response: { 200: EstablishmentDto, ...errors },
      },
    },
    async (req) => service.getEstablishment(app.db, requireActor(req), req.params.id, req.query.date),
  );
  app.get(
    '/api/establishments/:id/eligibility',
    {
      schema: {
        tags: ['establishments'],
        summary: 'Điều kiện được hỗ trợ khuyến công tại một ngày, với lý do và căn cứ pháp lý',
        params: IdParams,
        querystring: EligibilityQuery,
        response: { 200: EligibilityDto, ...errors },
      },
    },
    async (req) =>
      service.getEligibility(app.db, requireActor(req), req.params.id, req.query.date ?? todayInVietnam()),
  );
  app.post(
    '/api/establishments',
    {
      schema: {
        tags: ['establishments'],
        summary: 'Thêm cơ sở',
        body: EstablishmentCreateInput,
        response: { 201: EstablishmentDto, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await service.createEstablishment(app.db, requireActor(req), req.body)),
  );
  app.patch(
    '/api/establishments/:id',
    {
      schema: {
        tags: ['establishments'],
        summary: 'Sửa cơ sở (kèm version)',
        params: IdParams,
        body: EstablishmentUpdateInput,
        response: { 200: EstablishmentDto, ...errors },
      },
    },
    async (req) => service.updateEstablishment(app.db, requireActor(req), req.params.id, req.body),
  );
  app.delete(
    '/api/establishments/:id',
    {
      schema: {
        tags: ['establishments'],
        summary: 'Xóa mềm cơ sở (kèm version; bản ghi vẫn được lưu để tra cứu lịch sử)',
        params: IdParams,
        querystring: DeleteQuery,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await service.deleteEstablishment(app.db, requireActor(req), req.params.id, req.query);
      return reply.status(204).send(null);
    },
  );
  await app.register(establishmentIoRoutes);
  scheduleSearchOrder(fastify);
}
