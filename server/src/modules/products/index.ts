import type { FastifyInstance } from 'fastify';
import { systemActor } from '../../platform/actor.ts';
import { productEntryRoutes } from './entries.routes.ts';
import { productPublicRoutes } from './public.routes.ts';
import { productRoundRoutes } from './rounds.routes.ts';

export { recognisedProductsForPortal } from './portal-source.ts';
export { productsCommands } from './products.cli.ts';
export { productPermissions } from './products.policy.ts';
export { seedProducts } from './products.seed.ts';

import { refreshExpiry } from './recognition.service.ts';

export { holdsValidCertificate, type RecognisedProduct, recognisedProductsOf } from './registry.service.ts';
export { refreshExpiry };

/** All routes of the typical-product selection: officials' API, public API and public pages. */
export async function productRoutes(app: FastifyInstance) {
  await app.register(productRoundRoutes);
  await app.register(productEntryRoutes);
  await app.register(productPublicRoutes);
  scheduleExpiry(app);
}

const SIX_HOURS = 6 * 3600_000;

/**
 * Marks expired certificates when the server starts and every six hours, in the process that runs
 * background work (JOB_RUNNER=on). Reads compute the status anyway; this keeps the stored status and the
 * audit trail in step. `npm run cli -- products:refresh-expiry` does the same from cron.
 */
function scheduleExpiry(app: FastifyInstance) {
  if (app.config.JOB_RUNNER !== 'on' || app.config.NODE_ENV === 'test') return;
  let timer: NodeJS.Timeout | undefined;
  const run = () =>
    refreshExpiry(app.db, systemActor).catch((err: unknown) =>
      app.log.error({ err }, 'product certificate expiry refresh failed'),
    );
  app.addHook('onReady', async () => {
    void run();
    timer = setInterval(run, SIX_HOURS);
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}
