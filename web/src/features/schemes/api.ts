import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallDto } from '../../../../shared/schemas/calls.ts';
import type { ListResponse } from '../../../../shared/schemas/common.ts';
import type { EstablishmentOption } from '../../../../shared/schemas/establishments.ts';
import type { ComputeResult } from '../../../../shared/schemas/rules.ts';
import type {
  BulkTransitionInput,
  BulkTransitionResult,
  SupportItemsDto,
  SupportItemsQuery,
} from '../../../../shared/schemas/scheme-extras.ts';
import type {
  SchemeDto,
  SchemeInput,
  SchemeListItemDto,
  SchemeUpdateInput,
  SupportPreviewInput,
  TransitionInput,
} from '../../../../shared/schemas/schemes.ts';
import { useApi } from '../../app/session.tsx';
import type { ListParams } from '../../lib/list-state.ts';

export type SchemeListParams = ListParams<
  'planYear' | 'level' | 'kind' | 'provinceCode' | 'contentCode' | 'state' | 'implementerOrgId' | 'valueChain'
>;

export const schemeKeys = {
  all: ['schemes'] as const,
  list: (p: SchemeListParams) => ['schemes', 'list', p] as const,
  detail: (id: string) => ['schemes', 'detail', id] as const,
  items: (q: Partial<SupportItemsQuery>) => ['schemes', 'support-items', q] as const,
  preview: (q: unknown) => ['schemes', 'preview', q] as const,
};

export function useSchemeList(params: SchemeListParams) {
  const api = useApi();
  return useQuery({
    queryKey: schemeKeys.list(params),
    queryFn: ({ signal }) =>
      api.get<ListResponse<SchemeListItemDto> & { totalCapped: boolean }>('/api/schemes', params, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useScheme(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: schemeKeys.detail(id ?? ''),
    queryFn: ({ signal }) => api.get<SchemeDto>(`/api/schemes/${id}`, undefined, { signal }),
    enabled: Boolean(id),
  });
}

export function useSaveScheme() {
  const api = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (arg: { id?: string; input: SchemeInput | SchemeUpdateInput }) =>
      arg.id
        ? api.patch<SchemeDto>(`/api/schemes/${arg.id}`, arg.input)
        : api.post<SchemeDto>('/api/schemes', arg.input),
    onSuccess: (s) => {
      qc.setQueryData(schemeKeys.detail(s.id), s);
      return qc.invalidateQueries({ queryKey: ['schemes', 'list'] });
    },
  });
}

export function useTransition(id: string) {
  const api = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: TransitionInput) => api.post<SchemeDto>(`/api/schemes/${id}/transitions`, input),
    onSuccess: (s) => {
      qc.setQueryData(schemeKeys.detail(s.id), s);
      return qc.invalidateQueries({ queryKey: ['schemes', 'list'] });
    },
  });
}

export function useBulkTransition() {
  const api = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: BulkTransitionInput) =>
      api.post<BulkTransitionResult>('/api/schemes/bulk-transitions', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: schemeKeys.all }),
  });
}

export function useSupportItems(q: Partial<SupportItemsQuery>) {
  const api = useApi();
  const ready = Boolean(q.planYear && q.level && q.provinceCode);
  return useQuery({
    queryKey: schemeKeys.items(q),
    queryFn: ({ signal }) => api.get<SupportItemsDto>('/api/schemes/support-items', q, { signal }),
    enabled: ready,
    staleTime: 60_000,
  });
}

/** The live computation: asked again whenever the estimate changes (debounced by the caller). */
export function useSupportPreview(input: SupportPreviewInput | null) {
  const api = useApi();
  return useQuery({
    queryKey: schemeKeys.preview(input),
    queryFn: () => api.post<ComputeResult>('/api/schemes/support-preview', input),
    enabled: input !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useCalls(planYear: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['calls', planYear],
    queryFn: ({ signal }) => api.get<CallDto[]>('/api/calls', { planYear }, { signal }),
    enabled: Boolean(planYear),
  });
}

/** Beneficiary candidates: active establishments of the province, public identity only. */
export function useEstablishmentOptions(provinceCode: string | undefined, q: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['establishments', 'options', provinceCode, q],
    queryFn: ({ signal }) =>
      api.get<EstablishmentOption[]>(
        '/api/establishments/options',
        { provinceCode, q: q || undefined, pageSize: 20 },
        { signal },
      ),
    enabled: Boolean(provinceCode),
  });
}

export function useDeleteAttachment(id: string) {
  const api = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) =>
      api.delete<SchemeDto>(`/api/schemes/${id}/attachments/${attachmentId}`),
    onSuccess: (s) => qc.setQueryData(schemeKeys.detail(s.id), s),
  });
}
