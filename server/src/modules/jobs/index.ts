export { canReadJob, jobScopeFor } from './jobs.policy.ts';
export { jobsRoutes } from './jobs.routes.ts';
export {
  type JobContext,
  JobFailedError,
  type JobHandler,
  type JobOutcome,
  JobRunner,
  registerJobHandler,
  runQueuedJobs,
  startJobRunner,
} from './jobs.runner.ts';
export { activeJobFor, type EnqueueInput, enqueueJob, getJobRow, type JobRow } from './jobs.service.ts';
