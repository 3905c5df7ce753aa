import { registerJobHandler } from '../jobs/index.ts';
import { runExport } from './export.ts';
import { runImportCheck } from './import.check.ts';
import { runImportCommit } from './import.commit.ts';
import { JOB_CHECK, JOB_COMMIT, JOB_EXPORT } from './io.service.ts';

/** The background jobs of this module; a process that serves the module runs them. */
export function registerEstablishmentJobs(): void {
  registerJobHandler(JOB_CHECK, runImportCheck);
  registerJobHandler(JOB_COMMIT, runImportCommit);
  registerJobHandler(JOB_EXPORT, runExport);
}
