export { createContent, getContent, listContent, updateContent } from './content.service.ts';
export { can, isEditor, isReviewer, portalPermissionsOf, scopeFor } from './portal.policy.ts';
export { portalRoutes } from './portal.routes.ts';
export { seedPortal } from './portal.seed.ts';
export {
  type FundedSchemesRow,
  type PlanFigures,
  type RecognisedProduct,
  setTransparencySources,
  type TransparencySources,
} from './transparency.ts';
export { transitionContent } from './workflow.service.ts';
