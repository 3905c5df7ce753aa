import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListResponse } from '../../../../shared/schemas/common.ts';
import type {
  EligibilityDto,
  EstablishmentCreateInput,
  EstablishmentDto,
  EstablishmentExportInput,
  EstablishmentListItem,
  EstablishmentUpdateInput,
  ImportDto,
  JobStarted,
} from '../../../../shared/schemas/establishments.ts';
import { useApi } from '../../app/session.tsx';
import { toQueryString } from '../../lib/api.ts';
import type { ListParams } from '../../lib/list-state.ts';

export const filterKeys = [
  'provinceCode',
  'unitId',
  'kind',
  'industry',
  'craftVillage',
  'status',
  'eligibility',
  'womanOwned',
  'ethnicMinorityOwned',
] as const;
export type EstablishmentListParams = ListParams<(typeof filterKeys)[number]>;

export const establishmentKeys = {
  all: ['establishments'] as const,
  abilities: ['establishments', 'abilities'] as const,
  list: (p: EstablishmentListParams) => ['establishments', 'list', p] as const,
  detail: (id: string) => ['establishments', 'detail', id] as const,
  eligibility: (id: string, date: string) => ['establishments', 'eligibility', id, date] as const,
  import: (id: string) => ['establishments', 'import', id] as const,
};

export function useEstablishmentAbilities() {
  const api = useApi();
  return useQuery({
    queryKey: establishmentKeys.abilities,
    queryFn: ({ signal }) =>
      api.get<Record<string, boolean>>('/api/establishments/abilities', undefined, { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useEstablishmentList(params: EstablishmentListParams) {
  const api = useApi();
  return useQuery({
    queryKey: establishmentKeys.list(params),
    queryFn: ({ signal }) =>
      api.get<ListResponse<EstablishmentListItem> & { totalCapped: boolean }>('/api/establishments', params, {
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useEstablishment(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: establishmentKeys.detail(id ?? ''),
    queryFn: ({ signal }) => api.get<EstablishmentDto>(`/api/establishments/${id}`, undefined, { signal }),
    enabled: Boolean(id),
  });
}

/** Eligibility on another date (the rule in force then, with its citation). */
export function useEligibility(id: string, date: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: establishmentKeys.eligibility(id, date ?? ''),
    queryFn: ({ signal }) =>
      api.get<EligibilityDto>(`/api/establishments/${id}/eligibility`, { date }, { signal }),
    enabled: Boolean(date),
  });
}

export function useSaveEstablishment() {
  const api = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (arg: { id?: string; input: EstablishmentCreateInput | EstablishmentUpdateInput }) =>
      arg.id
        ? api.patch<EstablishmentDto>(`/api/establishments/${arg.id}`, arg.input)
        : api.post<EstablishmentDto>('/api/establishments', arg.input),
    onSuccess: (e) => {
      qc.setQueryData(establishmentKeys.detail(e.id), e);
      return qc.invalidateQueries({ queryKey: ['establishments', 'list'] });
    },
  });
}

export function useDeleteEstablishment() {
  const api = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (arg: { id: string; version: number; reason?: string }) =>
      api.delete<null>(
        `/api/establishments/${arg.id}${toQueryString({ version: arg.version, reason: arg.reason })}`,
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: establishmentKeys.all }),
  });
}

export function useStartExport() {
  const api = useApi();
  return useMutation({
    mutationFn: (filters: EstablishmentExportInput) =>
      api.post<JobStarted>('/api/establishments/exports', filters),
  });
}

export function useImport(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: establishmentKeys.import(id ?? ''),
    queryFn: ({ signal }) => api.get<ImportDto>(`/api/establishments/imports/${id}`, undefined, { signal }),
    enabled: Boolean(id),
  });
}

export function useCommitImport() {
  const api = useApi();
  return useMutation({
    mutationFn: (importId: string) => api.post<JobStarted>(`/api/establishments/imports/${importId}/commit`),
  });
}

/** Uploads an .xlsx as multipart/form-data (the JSON client does not send files); answers the check job. */
export function useUploadImport() {
  const api = useApi();
  return useMutation({
    mutationFn: (arg: { file: File; provinceCode?: string }) =>
      api.upload<JobStarted>('/api/establishments/imports', arg.file, { provinceCode: arg.provinceCode }),
  });
}
