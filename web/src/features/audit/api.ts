import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditEntryDto } from '../../../../shared/schemas/audit.ts';
import type { ListResponse } from '../../../../shared/schemas/common.ts';
import { useApi } from '../../app/session.tsx';
import type { ListParams } from '../../lib/list-state.ts';

export type AuditListParams = ListParams<'actor' | 'action' | 'entityType' | 'entityId' | 'from' | 'to'>;

export const auditKeys = {
  all: ['audit'] as const,
  list: (params: AuditListParams) => ['audit', 'list', params] as const,
};

/** The trail, newest first; the server limits it to what the user may read (all, their province, or their own). */
export function useAuditList(params: AuditListParams) {
  const api = useApi();
  return useQuery({
    queryKey: auditKeys.list(params),
    queryFn: ({ signal }) => {
      const { q: _q, sort: _sort, ...query } = params;
      return api.get<ListResponse<AuditEntryDto>>('/api/audit', query, { signal });
    },
    placeholderData: keepPreviousData,
  });
}
