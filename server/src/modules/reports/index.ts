import type { FastifyInstance } from 'fastify';
import { indicatorsRoutes } from './indicators.routes.ts';
import { openDataRoutes } from './opendata.routes.ts';
import { reportsRoutes as statutoryRoutes } from './reports.routes.ts';

export { fundedSchemesForPortal, planFiguresForPortal } from './opendata.portal.ts';
export { reportPermissions } from './reports.policy.ts';

/** Statutory reports, indicators and the dashboard (officials), open data (public): one registration. */
export async function reportsRoutes(app: FastifyInstance) {
  await app.register(statutoryRoutes);
  await app.register(indicatorsRoutes);
  await app.register(openDataRoutes);
}
