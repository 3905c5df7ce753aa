import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentProvinces } from './units.service.ts';

export async function referenceRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/units/provinces',
    {
      schema: {
        tags: ['reference'],
        summary: 'Danh sách tỉnh, thành phố hiện hành',
        security: [],
        response: { 200: z.array(z.object({ code: z.string(), name: z.string(), type: z.string() })) },
      },
    },
    async () => [...(await currentProvinces(app.db)).values()],
  );
}
