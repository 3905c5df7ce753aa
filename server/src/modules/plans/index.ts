export { assignForTest, getSchemeAssignment, type ReleaseKind, recordSchemeRelease } from './plans.ledger.ts';
export { canApprove, canManage, canRead, plansPermissions } from './plans.policy.ts';
export { plansRoutes } from './plans.routes.ts';
export { seedPlans } from './plans.seed.ts';
