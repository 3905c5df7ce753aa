export { canCall, reopenerLabel, vnToday } from './calls.policy.ts';
export { callsRoutes } from './calls.routes.ts';
export { currentPlanYear, seedCalls } from './calls.seed.ts';
export {
  callFor,
  checkStage,
  createCall,
  getCall,
  listCalls,
  type StageCheck,
} from './calls.service.ts';
