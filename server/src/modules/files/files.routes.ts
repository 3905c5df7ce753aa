import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams, Problem } from '../../../../shared/schemas/common.ts';
import { requireActor } from '../../platform/auth.ts';
import { notFound } from '../../platform/errors.ts';
import { canReadFile } from './files.policy.ts';
import { getFile, sendFile } from './files.service.ts';

export async function filesRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/files/:id',
    {
      schema: {
        tags: ['files'],
        summary: 'Tải tệp đã lưu (người tạo tệp, quản trị hệ thống, quản trị Sở của tỉnh)',
        params: IdParams,
        produces: ['application/octet-stream'],
        response: { 401: Problem, 404: Problem },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const file = await getFile(app.db, req.params.id);
      // Out of reach looks the same as missing.
      if (!file || !canReadFile(actor, file)) throw notFound();
      return sendFile(reply, app.config, file);
    },
  );
}
