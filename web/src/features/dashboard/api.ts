import { useQuery } from '@tanstack/react-query';
import type { ListResponse } from '../../../../shared/schemas/common.ts';
import { useApi } from '../../app/session.tsx';
import type { QueryParams } from '../../lib/api.ts';

export const dashboardKeys = {
  count: (path: string, params: QueryParams) => ['dashboard', 'count', path, params] as const,
};

/** The `total` of a list endpoint for the user's scope, asking for a single row. */
export function useCount(path: string, params: QueryParams = {}, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: dashboardKeys.count(path, params),
    queryFn: async ({ signal }) =>
      (await api.get<ListResponse<unknown>>(path, { ...params, page: 1, pageSize: 1 }, { signal })).total,
    enabled,
  });
}
