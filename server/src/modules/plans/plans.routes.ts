import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, Problem } from '../../../../shared/schemas/common.ts';
import {
  AssignBody,
  FundNextBody,
  PinsBody,
  Plan,
  PlanCreate,
  PlanDetail,
  PlanListQuery,
  PlanTransitionBody,
  PlanUpdate,
  RunBody,
  RunDetail,
} from '../../../../shared/schemas/plans.ts';
import { requireActor } from '../../platform/auth.ts';
import { contentDisposition } from '../files/index.ts';
import { councilsRoutes } from './councils.routes.ts';
import { assignPlan, fundNext, transitionPlan } from './plans.approval.ts';
import { planDocx, planXlsx } from './plans.export.ts';
import { getPlan, listPlans } from './plans.read.ts';
import { createPlan, getRun, runAllocation, setPins, updatePlan } from './plans.service.ts';

const errors = { 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const RunParams = z.object({ id: z.uuid(), runId: z.uuid() });

function send(reply: FastifyReply, type: string, name: string, bytes: Buffer) {
  return reply
    .header('content-type', type)
    .header('content-disposition', contentDisposition(name))
    .header('cache-control', 'private, no-store')
    .send(bytes);
}

export async function plansRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['plans'];
  const detail = { response: { 200: PlanDetail, ...errors } };

  app.get(
    '/api/plans',
    {
      schema: {
        tags,
        summary: 'Danh sách kế hoạch khuyến công (năm, cấp)',
        querystring: PlanListQuery,
        response: { 200: z.array(Plan), ...errors },
      },
    },
    async (req) => listPlans(app.db, requireActor(req), req.query),
  );
  app.post(
    '/api/plans',
    {
      schema: {
        tags,
        summary: 'Lập kế hoạch năm: nguồn kinh phí, nguồn con, quy tắc phân bổ',
        body: PlanCreate,
        ...detail,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const p = await createPlan(app.db, actor, req.body);
      return getPlan(app.db, actor, p.id);
    },
  );
  app.get(
    '/api/plans/:id',
    {
      schema: {
        tags,
        summary: 'Kế hoạch: nguồn, số dư từ sổ nguồn, đề án, các lần phân bổ, sổ nguồn',
        params: IdParams,
        ...detail,
      },
    },
    async (req) => getPlan(app.db, requireActor(req), req.params.id),
  );
  app.patch(
    '/api/plans/:id',
    {
      schema: {
        tags,
        summary: 'Sửa nguồn, nguồn con, quy tắc (dự thảo)',
        params: IdParams,
        body: PlanUpdate,
        ...detail,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await updatePlan(app.db, actor, req.params.id, req.body);
      return getPlan(app.db, actor, req.params.id);
    },
  );
  app.post(
    '/api/plans/:id/pins',
    {
      schema: {
        tags,
        summary: 'Ghim đề án vào/ra khỏi kế hoạch',
        params: IdParams,
        body: PinsBody,
        ...detail,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await setPins(app.db, actor, req.params.id, req.body);
      return getPlan(app.db, actor, req.params.id);
    },
  );
  app.post(
    '/api/plans/:id/runs',
    {
      schema: {
        tags,
        summary: 'Chạy phân bổ tối ưu (HiGHS, quy hoạch nguyên) bên cạnh phương án xếp hạng – cắt theo nguồn',
        params: IdParams,
        body: RunBody,
        response: { 200: RunDetail, ...errors },
      },
    },
    async (req) => runAllocation(app.db, requireActor(req), req.params.id, req.body.note),
  );
  app.get(
    '/api/plans/:id/runs/:runId',
    {
      schema: {
        tags,
        summary: 'Một lần phân bổ với giải thích từng đề án',
        params: RunParams,
        response: { 200: RunDetail, ...errors },
      },
    },
    async (req) => getRun(app.db, requireActor(req), req.params.id, req.params.runId),
  );
  app.post(
    '/api/plans/:id/transitions',
    {
      schema: {
        tags,
        summary: 'Trình, phê duyệt (kèm quyết định), trả lại kế hoạch',
        params: IdParams,
        body: PlanTransitionBody,
        ...detail,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await transitionPlan(app.db, actor, req.params.id, req.body);
      return getPlan(app.db, actor, req.params.id);
    },
  );
  app.post(
    '/api/plans/:id/assignments',
    {
      schema: {
        tags,
        summary: 'Giao kế hoạch, kinh phí cho một đơn vị thực hiện',
        params: IdParams,
        body: AssignBody,
        ...detail,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await assignPlan(app.db, actor, req.params.id, req.body);
      return getPlan(app.db, actor, req.params.id);
    },
  );
  app.post(
    '/api/plans/:id/fund-next',
    {
      schema: {
        tags,
        summary: 'Bố trí đề án kế tiếp từ kinh phí được giải phóng',
        params: IdParams,
        body: FundNextBody,
        ...detail,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await fundNext(app.db, actor, req.params.id, req.body.schemeId, req.body.version);
      return getPlan(app.db, actor, req.params.id);
    },
  );
  app.get(
    '/api/plans/:id/table.xlsx',
    { schema: { tags, summary: 'Bảng kế hoạch (tỉnh × nội dung × kinh phí), Excel', params: IdParams } },
    async (req, reply) => {
      const p = await getPlan(app.db, requireActor(req), req.params.id);
      return send(
        reply,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        `Ke-hoach-${p.planYear}.xlsx`,
        await planXlsx(p),
      );
    },
  );
  app.get(
    '/api/plans/:id/table.docx',
    { schema: { tags, summary: 'Bảng kế hoạch (tỉnh × nội dung × kinh phí), Word', params: IdParams } },
    async (req, reply) => {
      const p = await getPlan(app.db, requireActor(req), req.params.id);
      return send(
        reply,
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        `Ke-hoach-${p.planYear}.docx`,
        await planDocx(p),
      );
    },
  );
  await councilsRoutes(fastify);
}
