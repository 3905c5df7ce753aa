import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CallDto,
  CallInput,
  CallListQuery,
  CallUpdateInput,
  CallWindowInput,
} from '../../../../shared/schemas/calls.ts';
import { IdParams, Problem } from '../../../../shared/schemas/common.ts';
import { requireActor } from '../../platform/auth.ts';
import * as calls from './calls.service.ts';

const errors = { 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export async function callsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/calls',
    {
      schema: {
        tags: ['calls'],
        summary: 'Hướng dẫn xây dựng kế hoạch khuyến công (văn bản, hạn nộp, hạn đăng ký, thời hạn mở lại)',
        querystring: CallListQuery,
        response: { 200: z.array(CallDto), ...errors },
      },
    },
    async (req) => calls.listCalls(app.db, requireActor(req), req.query),
  );
  app.get(
    '/api/calls/:id',
    {
      schema: {
        tags: ['calls'],
        summary: 'Chi tiết hướng dẫn xây dựng kế hoạch',
        params: IdParams,
        response: { 200: CallDto, ...errors },
      },
    },
    async (req) => calls.getCall(app.db, requireActor(req), req.params.id),
  );
  app.post(
    '/api/calls',
    {
      schema: {
        tags: ['calls'],
        summary: 'Ban hành hướng dẫn (Cục cho KCQG, Sở cho KCĐP của tỉnh)',
        body: CallInput,
        response: { 201: CallDto, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await calls.createCall(app.db, requireActor(req), req.body)),
  );
  app.patch(
    '/api/calls/:id',
    {
      schema: {
        tags: ['calls'],
        summary: 'Sửa hướng dẫn (kiểm tra phiên bản)',
        params: IdParams,
        body: CallUpdateInput,
        response: { 200: CallDto, ...errors },
      },
    },
    async (req) => calls.updateCall(app.db, requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/calls/:id/windows',
    {
      schema: {
        tags: ['calls'],
        summary: 'Mở lại thời hạn nộp hoặc đăng ký sau hạn chót, kèm lý do',
        params: IdParams,
        body: CallWindowInput,
        response: { 201: CallDto, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await calls.reopenWindow(app.db, requireActor(req), req.params.id, req.body)),
  );
}
