export { type AttachmentUpload, addAttachment } from './schemes.attachments.ts';
export { recomputeDrafts, schemesCommands } from './schemes.cli.ts';
export { schemeDocx } from './schemes.docx.ts';
export {
  advanceScheme,
  amendScheme,
  type LifecycleResult,
  type LifecycleStep,
  lifecycleMoves,
} from './schemes.lifecycle.ts';
export { abilitiesOf, canFire, scopeFor } from './schemes.policy.ts';
export { schemesRoutes } from './schemes.routes.ts';
export { seedSchemes } from './schemes.seed.ts';
export {
  createScheme,
  getScheme,
  getSchemeForModule,
  listSchemeIdsByState,
  listSchemes,
  updateScheme,
} from './schemes.service.ts';
export { computeForScheme, ruleDate } from './schemes.support.ts';
export { bulkTransition, transitionScheme } from './schemes.transitions.ts';
export {
  actionsFrom,
  isEditable,
  type Party,
  type Transition,
  transitionFor,
  transitions,
} from './schemes.workflow.ts';
