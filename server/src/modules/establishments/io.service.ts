import {
  type EstablishmentExportInput,
  type ImportDto,
  type ImportStatus,
  importStatusLabels,
  type JobStarted,
} from '../../../../shared/schemas/establishments.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { tx } from '../../platform/tx.ts';
import { record } from '../audit/index.ts';
import { removeFile, saveXlsxUpload, type UploadPart } from '../files/index.ts';
import { enqueueJob } from '../jobs/index.ts';
import { currentProvinces, provinceSuccessors } from '../reference/index.ts';
import { canEstablishment, establishmentScopeFor } from './establishments.policy.ts';
import type { ExportJobInput } from './export.ts';
import type { ImportJobInput } from './import.check.ts';
import type { CommitJobInput } from './import.commit.ts';
import * as imports from './import.repo.ts';

export const JOB_CHECK = 'establishments.import.validate';
export const JOB_COMMIT = 'establishments.import.commit';
export const JOB_EXPORT = 'establishments.export';

const dedupeKey = (provinceCode: string, sha256: string) => `establishments.import:${provinceCode}:${sha256}`;

/** Today's province for a code of either era ("89", An Giang before 2025, gives "91"). */
async function importProvince(db: Db, actor: Actor, code: string | undefined): Promise<string> {
  const wanted = code ?? actor.provinceCode;
  if (!wanted) throw new AppError('IMPORT_PROVINCE_REQUIRED');
  if ((await currentProvinces(db)).has(wanted)) return wanted;
  const successor = (await provinceSuccessors(db)).get(wanted);
  if (successor) return successor;
  throw new AppError('UNIT_UNKNOWN', { code: wanted });
}

function presentImport(i: imports.ImportRow): ImportDto {
  const status = i.status as ImportStatus;
  return {
    id: i.id,
    provinceCode: i.provinceCode,
    fileName: i.fileName,
    status,
    statusLabel: importStatusLabels[status]?.vi ?? status,
    totalRows: i.totalRows,
    toCreate: i.toCreate,
    toUpdate: i.toUpdate,
    unchanged: i.unchanged,
    issueCount: i.issueCount,
    checkJobId: i.checkJobId,
    commitJobId: i.commitJobId,
    reportFileId: i.reportFileId,
    createdAt: i.createdAt.toISOString(),
    committedAt: i.committedAt?.toISOString() ?? null,
  };
}

/**
 * Stores the uploaded .xlsx and queues its check (and, with `commitIfValid`, the write of a file without
 * problems, with no separate confirmation). The same file for the same province cannot be queued twice
 * while a check or a write of it is unfinished (IMPORT_ALREADY_RUNNING).
 */
export async function startImport(
  db: Db,
  config: Config,
  actor: Actor,
  part: UploadPart | undefined,
  provinceParam?: string,
  options: { commitIfValid?: boolean } = {},
): Promise<JobStarted> {
  const provinceCode = await importProvince(db, actor, provinceParam);
  if (!canEstablishment(actor, 'import', { provinceCode })) {
    part?.file.resume();
    if (actor.provinceCode && canEstablishment(actor, 'import', { provinceCode: actor.provinceCode }))
      throw new AppError('ESTABLISHMENT_OUT_OF_PROVINCE');
    throw forbidden();
  }
  const file = await saveXlsxUpload(db, config, part, {
    purpose: 'establishments.import',
    createdBy: actor.userId,
    provinceCode,
  });
  try {
    return await tx(db, async (t) => {
      const imp = await imports.insertImport(t, {
        provinceCode,
        fileId: file.id,
        fileName: file.name,
        sha256: file.sha256,
        createdBy: actor.userId,
      });
      const input: ImportJobInput = {
        importId: imp.id,
        fileId: file.id,
        fileName: file.name,
        provinceCode,
        ...(options.commitIfValid ? { commitAs: actor } : {}),
      };
      const job = await enqueueJob(t, actor, {
        kind: JOB_CHECK,
        input,
        provinceCode,
        dedupeKey: dedupeKey(provinceCode, file.sha256),
        duplicateError: 'IMPORT_ALREADY_RUNNING',
        maxAttempts: 2,
      });
      await imports.updateImport(t, imp.id, { checkJobId: job.id });
      await record(t, actor, {
        action: 'establishment_import.uploaded',
        entityType: 'establishment_import',
        entityId: imp.id,
        provinceCode,
        meta: { fileId: file.id, fileName: file.name, size: file.size, sha256: file.sha256 },
      });
      return { jobId: job.id, importId: imp.id };
    });
  } catch (e) {
    await removeFile(db, config, file.id);
    throw e;
  }
}

export async function getImport(db: Db, actor: Actor, id: string): Promise<ImportDto> {
  const scope = establishmentScopeFor(actor);
  const imp = scope ? await imports.findImport(db, scope, id) : undefined;
  if (!imp) throw notFound();
  return presentImport(imp);
}

/** The user's confirmation: queues the write of a checked import (all rows in one transaction). */
export async function commitImport(db: Db, actor: Actor, id: string): Promise<JobStarted> {
  const scope = establishmentScopeFor(actor);
  const imp = scope ? await imports.findImport(db, scope, id) : undefined;
  if (!imp) throw notFound();
  if (!canEstablishment(actor, 'import', { provinceCode: imp.provinceCode })) throw forbidden();
  if (imp.status === 'rejected') throw new AppError('IMPORT_HAS_ERRORS', { count: imp.issueCount });
  if (imp.status !== 'checked')
    throw new AppError('IMPORT_NOT_READY', {
      state: importStatusLabels[imp.status as ImportStatus]?.vi ?? imp.status,
    });
  return tx(db, async (t) => {
    const claimed = await imports.updateImport(t, id, { status: 'committing' }, 'checked');
    if (!claimed) throw new AppError('IMPORT_NOT_READY', { state: importStatusLabels.committing.vi });
    const input: CommitJobInput = { importId: id, provinceCode: imp.provinceCode, actor };
    const job = await enqueueJob(t, actor, {
      kind: JOB_COMMIT,
      input,
      provinceCode: imp.provinceCode,
      dedupeKey: dedupeKey(imp.provinceCode, imp.sha256),
      duplicateError: 'IMPORT_ALREADY_RUNNING',
      maxAttempts: 2,
    });
    await imports.updateImport(t, id, { commitJobId: job.id });
    return { jobId: job.id, importId: id };
  });
}

/** Queues an export of the filtered list within the actor's scope. */
export async function startExport(
  db: Db,
  actor: Actor,
  filters: EstablishmentExportInput,
): Promise<JobStarted> {
  const scope = establishmentScopeFor(actor);
  if (!scope) throw forbidden();
  const input: ExportJobInput = { filters, actor };
  const job = await enqueueJob(db, actor, {
    kind: JOB_EXPORT,
    input,
    provinceCode: filters.provinceCode ?? actor.provinceCode,
  });
  return { jobId: job.id };
}
