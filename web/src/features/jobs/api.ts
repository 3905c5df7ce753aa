import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListResponse } from '../../../../shared/schemas/common.ts';
import type { JobDto } from '../../../../shared/schemas/jobs.ts';
import { useApi } from '../../app/session.tsx';
import type { ListParams } from '../../lib/list-state.ts';

export type JobListParams = ListParams<'status' | 'kind' | 'mine'>;

export const jobKeys = {
  all: ['jobs'] as const,
  list: (p: JobListParams) => ['jobs', 'list', p] as const,
  detail: (id: string) => ['jobs', 'detail', id] as const,
};

export const isActive = (j: Pick<JobDto, 'status'> | undefined) =>
  j?.status === 'queued' || j?.status === 'running';

/** A job, polled every 700 ms while it is queued or running. */
export function useJob(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: jobKeys.detail(id ?? ''),
    queryFn: ({ signal }) => api.get<JobDto>(`/api/jobs/${id}`, undefined, { signal }),
    enabled: Boolean(id),
    refetchInterval: (q) => (isActive(q.state.data) || !q.state.data ? 700 : false),
  });
}

/** The user's jobs (administrators see more in scope), refreshed every 2 s while any is unfinished. */
export function useJobList(params: JobListParams) {
  const api = useApi();
  return useQuery({
    queryKey: jobKeys.list(params),
    queryFn: ({ signal }) => api.get<ListResponse<JobDto>>('/api/jobs', params, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data?.items.some(isActive) ? 2000 : false),
  });
}

export function useCancelJob() {
  const api = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<JobDto>(`/api/jobs/${id}/cancel`),
    onSuccess: (j) => {
      qc.setQueryData(jobKeys.detail(j.id), j);
      return qc.invalidateQueries({ queryKey: ['jobs', 'list'] });
    },
  });
}

/** Where the browser downloads a job's result (the session cookie goes along). */
export const jobResultUrl = (id: string) => `/api/jobs/${id}/result`;
