import type { FastifyInstance } from 'fastify';
import { callsRoutes } from './calls/index.ts';
import { contractsRoutes } from './contracts/index.ts';
import { establishmentPermissions, establishmentRoutes } from './establishments/index.ts';
import { filesRoutes } from './files/index.ts';
import { setPermissionSource } from './identity/index.ts';
import { jobsRoutes } from './jobs/index.ts';
import { plansPermissions, plansRoutes } from './plans/index.ts';
import { portalRoutes, setTransparencySources } from './portal/index.ts';
import { productPermissions, productRoutes, recognisedProductsForPortal } from './products/index.ts';
import { referenceRoutes } from './reference/index.ts';
import {
  fundedSchemesForPortal,
  planFiguresForPortal,
  reportPermissions,
  reportsRoutes,
} from './reports/index.ts';
import { rulesRoutes } from './rules/index.ts';
import { schemesRoutes } from './schemes/index.ts';

/** Routes of the domain modules beyond the platform's identity and audit. Each module adds one line. */
export async function moduleRoutes(app: FastifyInstance) {
  await app.register(callsRoutes);
  await app.register(contractsRoutes);
  await app.register(establishmentRoutes);
  setPermissionSource('establishments', establishmentPermissions);
  setPermissionSource('products', productPermissions);
  await app.register(filesRoutes);
  await app.register(jobsRoutes);
  await app.register(plansRoutes);
  setPermissionSource('plans', plansPermissions);
  await app.register(portalRoutes);
  await app.register(productRoutes);
  setTransparencySources({ recognisedProducts: recognisedProductsForPortal });
  await app.register(referenceRoutes);
  await app.register(reportsRoutes);
  setPermissionSource('reports', reportPermissions);
  setTransparencySources({ planFigures: planFiguresForPortal, fundedSchemes: fundedSchemesForPortal });
  await app.register(rulesRoutes);
  await app.register(schemesRoutes);
}
