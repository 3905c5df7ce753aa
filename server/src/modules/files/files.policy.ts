import type { Actor } from '../../platform/actor.ts';

export type FileTarget = { createdBy: string | null; provinceCode: string | null };

/**
 * Direct downloads of a stored file: its creator, a system administrator, or the administrator of the
 * department whose province the file belongs to. Modules that hand out files (job results, attachments)
 * apply their own policy and then stream the file through the service.
 */
export function canReadFile(actor: Actor, file: FileTarget): boolean {
  if (actor.role === 'system_admin') return true;
  if (file.createdBy !== null && file.createdBy === actor.userId) return true;
  return (
    actor.role === 'department_admin' &&
    file.provinceCode !== null &&
    file.provinceCode === actor.provinceCode
  );
}
