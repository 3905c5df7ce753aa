import type { FastifyInstance } from 'fastify';
import { productEntryRoutes } from './entries.routes.ts';
import { productPublicRoutes } from './public.routes.ts';
import { productRoundRoutes } from './rounds.routes.ts';

export { recognisedProductsForPortal } from './portal-source.ts';
export { productsCommands } from './products.cli.ts';
export { productPermissions } from './products.policy.ts';
export { seedProducts } from './products.seed.ts';
export { refreshExpiry } from './recognition.service.ts';
export { holdsValidCertificate, type RecognisedProduct, recognisedProductsOf } from './registry.service.ts';

/** All routes of the typical-product selection: officials' API, public API and public pages. */
export async function productRoutes(app: FastifyInstance) {
  await app.register(productRoundRoutes);
  await app.register(productEntryRoutes);
  await app.register(productPublicRoutes);
}
