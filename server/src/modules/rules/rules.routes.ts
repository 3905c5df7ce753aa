import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, Problem } from '../../../../shared/schemas/common.ts';
import { ComputeInput, ComputeResult, RuleSetDto, RuleSetInput } from '../../../../shared/schemas/rules.ts';
import { requireActor } from '../../platform/auth.ts';
import * as rules from './rules.service.ts';

const errors = { 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export async function rulesRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/rule-sets',
    {
      schema: {
        tags: ['rules'],
        summary: 'Các bộ quy tắc mức hỗ trợ (có hiệu lực theo thời gian, kèm căn cứ pháp lý)',
        response: { 200: z.array(RuleSetDto), ...errors },
      },
    },
    async (req) => rules.listRuleSets(app.db, requireActor(req)),
  );
  app.get(
    '/api/rule-sets/:id',
    {
      schema: {
        tags: ['rules'],
        summary: 'Chi tiết bộ quy tắc',
        params: IdParams,
        response: { 200: RuleSetDto, ...errors },
      },
    },
    async (req) => rules.getRuleSet(app.db, requireActor(req), req.params.id),
  );
  app.post(
    '/api/rule-sets',
    {
      schema: {
        tags: ['rules'],
        summary: 'Thêm bộ quy tắc (ví dụ nghị quyết HĐND tỉnh về mức chi khuyến công địa phương)',
        body: RuleSetInput,
        response: { 201: RuleSetDto, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await rules.createRuleSet(app.db, requireActor(req), req.body)),
  );
  app.put(
    '/api/rule-sets/:id',
    {
      schema: {
        tags: ['rules'],
        summary: 'Sửa bộ quy tắc (kiểm tra phiên bản)',
        params: IdParams,
        body: RuleSetInput.extend({
          version: z.number().int().min(1),
          active: z.boolean().optional(),
        }).strict(),
        response: { 200: RuleSetDto, ...errors },
      },
    },
    async (req) => rules.updateRuleSet(app.db, requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/rule-sets/compute',
    {
      schema: {
        tags: ['rules'],
        summary: 'Tính mức hỗ trợ từ ngân sách cho các dòng dự toán, kèm căn cứ và vi phạm',
        body: ComputeInput,
        response: { 200: ComputeResult, ...errors },
      },
    },
    async (req) => {
      requireActor(req);
      return rules.compute(app.db, req.body);
    },
  );
}
