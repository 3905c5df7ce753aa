import type { FastifyInstance } from 'fastify';
import { referenceRoutes } from './reference/index.ts';
import { rulesRoutes } from './rules/index.ts';

/** Routes of the domain modules beyond the platform's identity and audit. Each module adds one line. */
export async function moduleRoutes(app: FastifyInstance) {
  await app.register(referenceRoutes);
  await app.register(rulesRoutes);
}
