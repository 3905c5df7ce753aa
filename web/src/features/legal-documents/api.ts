import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListResponse } from '../../../../shared/schemas/common.ts';
import type {
  LegalDocumentCreateInput,
  LegalDocumentDto,
  LegalDocumentUpdateInput,
} from '../../../../shared/schemas/reference.ts';
import { useApi } from '../../app/session.tsx';
import type { ListParams } from '../../lib/list-state.ts';

export type LegalDocumentListParams = ListParams<'kind' | 'year'>;

export const legalDocumentKeys = {
  all: ['legal-documents'] as const,
  list: (params: LegalDocumentListParams) => ['legal-documents', 'list', params] as const,
};

export function useLegalDocumentList(params: LegalDocumentListParams) {
  const api = useApi();
  return useQuery({
    queryKey: legalDocumentKeys.list(params),
    queryFn: ({ signal }) =>
      api.get<ListResponse<LegalDocumentDto>>('/api/legal-documents', params, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useSaveLegalDocument() {
  const api = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (
      arg: { id: string; input: LegalDocumentUpdateInput } | { input: LegalDocumentCreateInput },
    ) =>
      'id' in arg
        ? api.patch<LegalDocumentDto>(`/api/legal-documents/${arg.id}`, arg.input)
        : api.post<LegalDocumentDto>('/api/legal-documents', arg.input),
    onSuccess: () => qc.invalidateQueries({ queryKey: legalDocumentKeys.all }),
  });
}
