export { assessEligibility, eligibilityRules, ruleInForce } from './eligibility.ts';
export { establishmentCommands } from './establishments.cli.ts';
export {
  canEstablishment,
  establishmentPermissions,
  establishmentScopeFor,
} from './establishments.policy.ts';
export { establishmentRoutes } from './establishments.routes.ts';
export { seedEstablishments } from './establishments.seed.ts';
export {
  createEstablishment,
  deleteEstablishment,
  getEligibility,
  getEstablishment,
  listEstablishments,
  updateEstablishment,
} from './establishments.service.ts';
export { maintainSearchOrder, projectionOrder, reorderSearchProjection } from './search.order.ts';
