import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, listResponse, Problem, VersionBody } from '../../../../shared/schemas/common.ts';
import {
  AcceptanceInput,
  AtRiskItemDto,
  AtRiskQuery,
  Authority,
  ChangeDecisionInput,
  ChangeInboxQuery,
  ChangeKind,
  ChangeRequestDto,
  ChangeRequestInput,
  ClosingDto,
  InspectionDto,
  InspectionInput,
  ProgressReportDto,
  ProgressReportInput,
  SettlementInput,
} from '../../../../shared/schemas/contracts-monitoring.ts';
import { Citation } from '../../../../shared/schemas/rules.ts';
import { requireActor } from '../../platform/auth.ts';
import * as changes from './changes.service.ts';
import { closingOf, recordAcceptance, recordSettlement } from './closing.service.ts';
import { authorityMatrix, evidenceRequirements, riskThresholds } from './contracts.rules.ts';
import * as progress from './progress.service.ts';
import { listAtRisk } from './risk.service.ts';

const errors = { 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export async function monitoringRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['monitoring'];
  const db = () => app.db;

  app.get(
    '/api/contracts/:id/reports',
    {
      schema: {
        tags,
        summary: 'Báo cáo tiến độ của hợp đồng',
        params: IdParams,
        response: { 200: z.array(ProgressReportDto), ...errors },
      },
    },
    async (req) => progress.listReports(db(), requireActor(req), req.params.id),
  );
  app.post(
    '/api/contracts/:id/reports',
    {
      schema: {
        tags,
        summary: 'Đơn vị thực hiện báo cáo tiến độ tháng (trước ngày 25)',
        params: IdParams,
        body: ProgressReportInput,
        response: { 201: ProgressReportDto, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await progress.submitReport(db(), requireActor(req), req.params.id, req.body)),
  );
  app.get(
    '/api/contracts/:id/inspections',
    {
      schema: {
        tags,
        summary: 'Các lần kiểm tra',
        params: IdParams,
        response: { 200: z.array(InspectionDto), ...errors },
      },
    },
    async (req) => progress.listInspections(db(), requireActor(req), req.params.id),
  );
  app.post(
    '/api/contracts/:id/inspections',
    {
      schema: {
        tags,
        summary: 'Ghi kết quả kiểm tra',
        params: IdParams,
        body: InspectionInput,
        response: { 201: InspectionDto, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await progress.recordInspection(db(), requireActor(req), req.params.id, req.body)),
  );
  app.get(
    '/api/contracts/:id/closing',
    {
      schema: {
        tags,
        summary: 'Nghiệm thu, quyết toán, đối chiếu',
        params: IdParams,
        response: { 200: ClosingDto, ...errors },
      },
    },
    async (req) => closingOf(db(), requireActor(req), req.params.id),
  );
  app.post(
    '/api/contracts/:id/acceptance',
    {
      schema: {
        tags,
        summary: 'Nghiệm thu cơ sở',
        params: IdParams,
        body: AcceptanceInput,
        response: { 200: ClosingDto, ...errors },
      },
    },
    async (req) => recordAcceptance(db(), requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/contracts/:id/settlement',
    {
      schema: {
        tags,
        summary: 'Quyết toán',
        params: IdParams,
        body: SettlementInput,
        response: { 200: ClosingDto, ...errors },
      },
    },
    async (req) => recordSettlement(db(), requireActor(req), req.params.id, req.body),
  );
  app.get(
    '/api/contracts/at-risk',
    {
      schema: {
        tags,
        summary:
          'Đề án có nguy cơ: chưa ký, chậm tiến độ, chậm báo cáo, giải ngân lệch tiến độ, sắp/quá hạn quyết toán',
        querystring: AtRiskQuery,
        response: {
          200: listResponse(AtRiskItemDto).extend({ totalCapped: z.boolean(), asOf: z.string() }),
          ...errors,
        },
      },
    },
    async (req) => listAtRisk(db(), requireActor(req), req.query),
  );
  app.get(
    '/api/contracts/rules',
    {
      schema: {
        tags,
        summary: 'Thẩm quyền điều chỉnh (TT 36/2013 Điều 11), hồ sơ nghiệm thu (Điều 14), ngưỡng cảnh báo',
        response: {
          200: z.object({
            authorityMatrix: z.array(
              z.object({
                kind: ChangeKind,
                national: Authority,
                nationalGroup: Authority.optional(),
                citation: Citation,
              }),
            ),
            evidence: z.array(
              z.object({
                code: z.string(),
                contentCodes: z.array(z.string()),
                nameVi: z.string(),
                citation: Citation,
              }),
            ),
            riskThresholds: z.record(z.string(), z.number()),
          }),
          401: Problem,
        },
      },
    },
    async (req) => {
      requireActor(req);
      return {
        authorityMatrix: authorityMatrix.map((r) => ({ ...r })),
        evidence: evidenceRequirements.map((e) => ({ ...e, contentCodes: [...e.contentCodes] })),
        riskThresholds: { ...riskThresholds },
      };
    },
  );
  app.get(
    '/api/schemes/:id/change-requests',
    {
      schema: {
        tags,
        summary: 'Yêu cầu điều chỉnh của đề án',
        params: IdParams,
        response: { 200: z.array(ChangeRequestDto), ...errors },
      },
    },
    async (req) => changes.listSchemeChanges(db(), requireActor(req), req.params.id),
  );
  app.post(
    '/api/schemes/:id/change-requests',
    {
      schema: {
        tags,
        summary: 'Lập yêu cầu điều chỉnh, bổ sung, gia hạn, ngừng',
        params: IdParams,
        body: ChangeRequestInput,
        response: { 201: ChangeRequestDto, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await changes.raiseChange(db(), requireActor(req), req.params.id, req.body)),
  );
  app.get(
    '/api/change-requests',
    {
      schema: {
        tags,
        summary: 'Hộp yêu cầu điều chỉnh: chờ tôi quyết định, hoặc tất cả trong phạm vi',
        querystring: ChangeInboxQuery,
        response: { 200: listResponse(ChangeRequestDto), ...errors },
      },
    },
    async (req) => changes.listChangeInbox(db(), requireActor(req), req.query),
  );
  app.post(
    '/api/change-requests/:id/decision',
    {
      schema: {
        tags,
        summary: 'Phê duyệt hoặc từ chối',
        params: IdParams,
        body: ChangeDecisionInput,
        response: { 200: ChangeRequestDto, ...errors },
      },
    },
    async (req) => changes.decideChange(db(), requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/change-requests/:id/withdraw',
    {
      schema: {
        tags,
        summary: 'Rút yêu cầu',
        params: IdParams,
        body: VersionBody,
        response: { 200: ChangeRequestDto, ...errors },
      },
    },
    async (req) => changes.withdrawChange(db(), requireActor(req), req.params.id, req.body.version),
  );
}
