import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListResponse } from '../../../../shared/schemas/common.ts';
import type {
  OrganisationCreateInput,
  OrganisationDto,
  OrganisationUpdateInput,
} from '../../../../shared/schemas/identity.ts';
import { useApi } from '../../app/session.tsx';
import type { ListParams } from '../../lib/list-state.ts';

export type OrganisationListParams = ListParams<'kind' | 'provinceCode'>;

export const organisationKeys = {
  all: ['organisations'] as const,
  list: (params: OrganisationListParams) => ['organisations', 'list', params] as const,
  detail: (id: string) => ['organisations', 'detail', id] as const,
};

export function useOrganisationList(params: OrganisationListParams, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: organisationKeys.list(params),
    queryFn: ({ signal }) => api.get<ListResponse<OrganisationDto>>('/api/organisations', params, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useOrganisation(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: organisationKeys.detail(id ?? ''),
    queryFn: ({ signal }) => api.get<OrganisationDto>(`/api/organisations/${id}`, undefined, { signal }),
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
  });
}

export function useCreateOrganisation() {
  const api = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: OrganisationCreateInput) => api.post<OrganisationDto>('/api/organisations', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: organisationKeys.all }),
  });
}

export function useUpdateOrganisation() {
  const api = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: OrganisationUpdateInput }) =>
      api.patch<OrganisationDto>(`/api/organisations/${id}`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: organisationKeys.all }),
  });
}
