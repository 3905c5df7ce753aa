import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditEntryDto, AuditListQuery } from '../../../../shared/schemas/audit.ts';
import { listResponse, Problem } from '../../../../shared/schemas/common.ts';
import { requireActor } from '../../platform/auth.ts';
import { listAudit } from './audit.service.ts';

export async function auditRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Nhật ký thay đổi (chỉ đọc)',
        querystring: AuditListQuery,
        response: { 200: listResponse(AuditEntryDto), 401: Problem, 403: Problem, 422: Problem },
      },
    },
    async (req) => listAudit(app.db, requireActor(req), req.query),
  );
}
