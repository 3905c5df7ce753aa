import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Problem } from '../../../../shared/schemas/common.ts';
import {
  ChangesIndicator,
  DashboardDto,
  DashboardQuery,
  DispersionIndicator,
  DispersionQuery,
  IndicatorQuery,
  KindsIndicator,
  PriorityIndicator,
  SigningIndicator,
} from '../../../../shared/schemas/indicators.ts';
import { requireActor } from '../../platform/auth.ts';
import { dashboard } from './dashboard.service.ts';
import { changesIndicator } from './indicators.changes.ts';
import { dispersionIndicator, kindsIndicator, priorityIndicator } from './indicators.funds.ts';
import { signingIndicator } from './indicators.signing.ts';

const errors = { 401: Problem, 403: Problem, 404: Problem, 422: Problem };

/** Indicators (docs/indicators.md) and the leaders' dashboard: read-only, scoped by reports.policy. */
export async function indicatorsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['reports'];
  const years = 'fromYear..toYear (≤ 15 năm), level = all|national|local, provinceCode (Sở: tỉnh mình)';

  app.get(
    '/api/reports/indicators/signing',
    {
      schema: {
        tags,
        summary: 'Chỉ số: hợp đồng ký theo thời gian, đường lũy kế theo tháng của từng năm',
        description: years,
        querystring: IndicatorQuery,
        response: { 200: SigningIndicator, ...errors },
      },
    },
    async (req) => signingIndicator(app.db, requireActor(req), req.query),
  );
  app.get(
    '/api/reports/indicators/changes',
    {
      schema: {
        tags,
        summary: 'Chỉ số: số lượng, giá trị đề án ngừng và điều chỉnh theo năm, kèm lý do',
        description: years,
        querystring: IndicatorQuery,
        response: { 200: ChangesIndicator, ...errors },
      },
    },
    async (req) => changesIndicator(app.db, requireActor(req), req.query),
  );
  app.get(
    '/api/reports/indicators/dispersion',
    {
      schema: {
        tags,
        summary: 'Chỉ số: tỷ trọng kinh phí đề án dưới ngưỡng chống dàn trải và chỉ số tập trung HHI',
        description: `${years}; threshold: ngưỡng (đồng), mặc định 100.000.000`,
        querystring: DispersionQuery,
        response: { 200: DispersionIndicator, ...errors },
      },
    },
    async (req) => dispersionIndicator(app.db, requireActor(req), req.query),
  );
  app.get(
    '/api/reports/indicators/kinds',
    {
      schema: {
        tags,
        summary: 'Chỉ số: tỷ trọng đề án điểm, đề án nhóm theo năm',
        description: years,
        querystring: IndicatorQuery,
        response: { 200: KindsIndicator, ...errors },
      },
    },
    async (req) => kindsIndicator(app.db, requireActor(req), req.query),
  );
  app.get(
    '/api/reports/indicators/priority',
    {
      schema: {
        tags,
        summary: 'Chỉ số: hỗ trợ địa bàn ưu tiên theo năm và theo tỉnh',
        description: years,
        querystring: IndicatorQuery,
        response: { 200: PriorityIndicator, ...errors },
      },
    },
    async (req) => priorityIndicator(app.db, requireActor(req), req.query),
  );
  app.get(
    '/api/reports/dashboard',
    {
      schema: {
        tags,
        summary: 'Bảng điều khiển lãnh đạo: tổng quan năm, theo tỉnh, theo nội dung, theo tháng',
        description: 'year, level = all|national|local, provinceCode (Sở: tỉnh mình)',
        querystring: DashboardQuery,
        response: { 200: DashboardDto, ...errors },
      },
    },
    async (req) => dashboard(app.db, requireActor(req), req.query),
  );
}
