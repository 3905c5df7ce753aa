import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListResponse } from '../../../../shared/schemas/common.ts';
import type {
  CreateReportInput,
  ReportDto,
  ReportSummaryDto,
  SubmissionStatusDto,
  SubmitReportInput,
} from '../../../../shared/schemas/reports.ts';
import { useApi } from '../../app/session.tsx';
import type { ListParams } from '../../lib/list-state.ts';

export type ReportListParams = ListParams<'periodYear' | 'periodKind' | 'state' | 'kind' | 'provinceCode'>;

export const reportKeys = {
  all: ['reports'] as const,
  list: (p: unknown) => ['reports', 'list', p] as const,
  detail: (id: string) => ['reports', 'detail', id] as const,
  submissions: (p: unknown) => ['reports', 'submissions', p] as const,
};

export function useReportList(p: ReportListParams) {
  const api = useApi();
  return useQuery({
    queryKey: reportKeys.list(p),
    queryFn: ({ signal }) => api.get<ListResponse<ReportSummaryDto>>('/api/reports', p, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** A report; polled every second while its figures are being computed. */
export function useReport(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: reportKeys.detail(id),
    queryFn: ({ signal }) => api.get<ReportDto>(`/api/reports/${id}`, undefined, { signal }),
    refetchInterval: (q) => (q.state.data?.state === 'generating' ? 1000 : false),
  });
}

export function useSubmissions(p: { periodKind: string; periodYear: number; periodIndex: number }) {
  const api = useApi();
  return useQuery({
    queryKey: reportKeys.submissions(p),
    queryFn: ({ signal }) => api.get<SubmissionStatusDto>('/api/reports/submissions', p, { signal }),
    placeholderData: keepPreviousData,
  });
}

function usePost<I, O>(path: (i: I) => string, body: (i: I) => unknown = (i) => i) {
  const api = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (i: I) => api.post<O>(path(i), body(i)),
    onSuccess: () => void qc.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

type WithId<T> = T & { id: string };
const strip = <T extends { id: string }>({ id: _id, ...rest }: T) => rest;

export const useCreateReport = () => usePost<Partial<CreateReportInput>, ReportDto>(() => '/api/reports');
export const useSubmitReport = () =>
  usePost<WithId<SubmitReportInput>, ReportDto>((i) => `/api/reports/${i.id}/submit`, strip);
export const useNewVersion = () =>
  usePost<WithId<{ version: number; reason: string }>, ReportDto>(
    (i) => `/api/reports/${i.id}/versions`,
    strip,
  );
export const useRegenerate = () =>
  usePost<WithId<{ version: number }>, ReportDto>((i) => `/api/reports/${i.id}/regenerate`, strip);
