import type { FastifyInstance } from 'fastify';
import { contractsRoutes as contractRoutesOnly } from './contracts.routes.ts';
import { monitoringRoutes } from './monitoring.routes.ts';

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
export { atRiskSummary, listAtRisk } from './risk.service.ts';

/** Contracts, money, monitoring, change requests, acceptance and settlement: one registration. */
export async function contractsRoutes(app: FastifyInstance) {
  await app.register(contractRoutesOnly);
  await app.register(monitoringRoutes);
}
