import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, Problem } from '../../../../shared/schemas/common.ts';
import {
  BulkAssignBody,
  CloseBody,
  ConclusionBody,
  ConflictBody,
  Council,
  CouncilCreate,
  CouncilSummary,
  ScoreBody,
} from '../../../../shared/schemas/councils.ts';
import { requireActor } from '../../platform/auth.ts';
import {
  bulkAssign,
  closeCouncil,
  concludeScheme,
  createCouncil,
  declareConflict,
  getCouncil,
  listCouncils,
  scoreScheme,
} from './councils.service.ts';

const errors = { 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export async function councilsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['councils'];
  const one = { params: IdParams, response: { 200: Council, ...errors } };

  app.get(
    '/api/councils',
    {
      schema: {
        tags,
        summary: 'Hội đồng thẩm định (của năm)',
        querystring: z.strictObject({
          planYear: z.coerce.number().int().optional(),
          lang: z.enum(['vi', 'en']).optional(),
        }),
        response: { 200: z.array(CouncilSummary), ...errors },
      },
    },
    async (req) => listCouncils(app.db, requireActor(req), req.query.planYear),
  );
  app.post(
    '/api/councils',
    {
      schema: {
        tags,
        summary: 'Thành lập hội đồng thẩm định (cấp tỉnh hoặc cấp Bộ)',
        body: CouncilCreate,
        response: { 200: Council, ...errors },
      },
    },
    async (req) => createCouncil(app.db, requireActor(req), req.body),
  );
  app.get(
    '/api/councils/:id',
    {
      schema: {
        tags,
        summary: 'Hội đồng: thành viên, tiến độ chấm, điểm trung bình, độ lệch, lịch sử',
        ...one,
      },
    },
    async (req) => getCouncil(app.db, requireActor(req), req.params.id),
  );
  app.post(
    '/api/councils/:id/assignments',
    { schema: { tags, summary: 'Phân công hàng loạt thành viên chấm đề án', body: BulkAssignBody, ...one } },
    async (req) => bulkAssign(app.db, requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/councils/:id/conflicts',
    {
      schema: {
        tags,
        summary: 'Thành viên khai báo xung đột lợi ích với một đề án',
        body: ConflictBody,
        ...one,
      },
    },
    async (req) => declareConflict(app.db, requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/councils/:id/scores',
    {
      schema: {
        tags,
        summary: 'Chấm điểm đề án theo phiếu (có nhận xét bắt buộc); chấm lại thêm một lần chấm',
        body: ScoreBody,
        ...one,
      },
    },
    async (req) => scoreScheme(app.db, requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/councils/:id/conclusions',
    {
      schema: {
        tags,
        summary: 'Thư ký ghi kết luận của hội đồng (đạt / đạt có điều kiện / không đạt)',
        body: ConclusionBody,
        ...one,
      },
    },
    async (req) => concludeScheme(app.db, requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/councils/:id/close',
    { schema: { tags, summary: 'Kết thúc phiên thẩm định', body: CloseBody, ...one } },
    async (req) => closeCouncil(app.db, requireActor(req), req.params.id, req.body.version),
  );
}
