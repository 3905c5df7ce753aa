import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Council, CouncilSummary } from '../../../../shared/schemas/councils.ts';
import type {
  AssignBody,
  PinsBody,
  Plan,
  PlanDetail,
  PlanTransitionBody,
  PlanUpdate,
  RunDetail,
} from '../../../../shared/schemas/plans.ts';
import { useApi } from '../../app/session.tsx';

export const planKeys = {
  all: ['plans'] as const,
  list: (year: number) => ['plans', 'list', year] as const,
  detail: (id: string) => ['plans', 'detail', id] as const,
  run: (id: string, runId: string) => ['plans', 'run', id, runId] as const,
  councils: (year: number) => ['councils', 'list', year] as const,
  council: (id: string) => ['councils', 'detail', id] as const,
};

export function usePlans(year: number) {
  const api = useApi();
  return useQuery({
    queryKey: planKeys.list(year),
    queryFn: ({ signal }) => api.get<Plan[]>('/api/plans', { planYear: year }, { signal }),
  });
}

export function usePlan(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: planKeys.detail(id ?? ''),
    queryFn: ({ signal }) => api.get<PlanDetail>(`/api/plans/${id}`, undefined, { signal }),
    enabled: Boolean(id),
  });
}

export function useRun(planId: string, runId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: planKeys.run(planId, runId ?? ''),
    queryFn: ({ signal }) => api.get<RunDetail>(`/api/plans/${planId}/runs/${runId}`, undefined, { signal }),
    enabled: Boolean(runId),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Every plan action answers with the whole plan, which replaces the cached one. */
function usePlanAction<T>(id: string, path: string, method: 'post' | 'patch' = 'post') {
  const api = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: T) =>
      method === 'post'
        ? api.post<PlanDetail>(`/api/plans/${id}${path}`, body)
        : api.patch<PlanDetail>(`/api/plans/${id}${path}`, body),
    onSuccess: (p) => {
      qc.setQueryData(planKeys.detail(id), p);
      return qc.invalidateQueries({ queryKey: ['plans', 'list'] });
    },
  });
}

export const useUpdatePlan = (id: string) => usePlanAction<PlanUpdate>(id, '', 'patch');
export const usePins = (id: string) => usePlanAction<PinsBody>(id, '/pins');
export const usePlanTransition = (id: string) => usePlanAction<PlanTransitionBody>(id, '/transitions');
export const useAssign = (id: string) => usePlanAction<AssignBody>(id, '/assignments');
export const useFundNext = (id: string) =>
  usePlanAction<{ schemeId: string; version: number }>(id, '/fund-next');

export function useRunAllocation(id: string) {
  const api = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { note?: string | null }) => api.post<RunDetail>(`/api/plans/${id}/runs`, body),
    onSuccess: (r) => {
      qc.setQueryData(planKeys.run(id, r.id), r);
      return qc.invalidateQueries({ queryKey: planKeys.detail(id) });
    },
  });
}

export function useCouncils(year: number) {
  const api = useApi();
  return useQuery({
    queryKey: planKeys.councils(year),
    queryFn: ({ signal }) => api.get<CouncilSummary[]>('/api/councils', { planYear: year }, { signal }),
  });
}

export function useCouncil(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: planKeys.council(id ?? ''),
    queryFn: ({ signal }) => api.get<Council>(`/api/councils/${id}`, undefined, { signal }),
    enabled: Boolean(id),
  });
}

export function useCouncilAction<T>(id: string, path: string) {
  const api = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: T) => api.post<Council>(`/api/councils/${id}${path}`, body),
    onSuccess: (c) => {
      qc.setQueryData(planKeys.council(id), c);
      return qc.invalidateQueries({ queryKey: ['councils', 'list'] });
    },
  });
}
