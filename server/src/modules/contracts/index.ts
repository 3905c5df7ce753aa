import type { FastifyInstance } from 'fastify';
import { vnToday } from '../calls/index.ts';
import { contractsRoutes as contractRoutesOnly } from './contracts.routes.ts';
import { monitoringRoutes } from './monitoring.routes.ts';
import { refreshRisk, riskFresh } from './risk.refresh.ts';

export { actorOf, assignedSchemes } from './contracts.fixtures.ts';
export { abilitiesOf, can, canDecide, scopeFor } from './contracts.policy.ts';
export { authorityFor, authorityMatrix, evidenceRequirements, riskThresholds } from './contracts.rules.ts';
export { seedContracts } from './contracts.seed.ts';
export {
  createContract,
  getContract,
  listContracts,
  prepareContracts,
  transitionContract,
} from './contracts.service.ts';
export { moneyOf, recordEntry } from './money.service.ts';
export { submitReport as submitProgressReport } from './progress.service.ts';
export { refreshRisk, riskFresh } from './risk.refresh.ts';
export { atRiskSummary, listAtRisk } from './risk.service.ts';

const TEN_MINUTES = 10 * 60_000;

/**
 * Keeps the stored early-warning reasons current in the process that runs background work: at start and
 * whenever the Vietnamese day has changed (checked every ten minutes). Until a day's refresh has run the
 * at-risk list computes the reasons itself, so a late refresh is slower, never wrong.
 */
function scheduleRiskRefresh(app: FastifyInstance) {
  if (app.config.JOB_RUNNER !== 'on' || app.config.NODE_ENV === 'test') return;
  let timer: NodeJS.Timeout | undefined;
  const run = async () => {
    const today = vnToday();
    if (!(await riskFresh(app.db, today))) await refreshRisk(app.db, today);
  };
  const safe = () => run().catch((err: unknown) => app.log.error({ err }, 'contract risk refresh failed'));
  app.addHook('onReady', async () => {
    void safe();
    timer = setInterval(safe, TEN_MINUTES);
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}

/** Contracts, money, monitoring, change requests, acceptance and settlement: one registration. */
export async function contractsRoutes(app: FastifyInstance) {
  await app.register(contractRoutesOnly);
  await app.register(monitoringRoutes);
  scheduleRiskRefresh(app);
}
