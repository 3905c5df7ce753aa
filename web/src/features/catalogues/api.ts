import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListResponse } from '../../../../shared/schemas/common.ts';
import type {
  ActivityContentCreateInput,
  ActivityContentDto,
  ActivityContentUpdateInput,
  IndustryCreateInput,
  IndustryDto,
  IndustryUpdateInput,
  SchemeKindDto,
} from '../../../../shared/schemas/reference.ts';
import { useApi } from '../../app/session.tsx';
import type { QueryParams } from '../../lib/api.ts';

export type CatalogueName = 'activity-contents' | 'industries' | 'scheme-kinds';

type Dtos = {
  'activity-contents': ActivityContentDto;
  industries: IndustryDto;
  'scheme-kinds': SchemeKindDto;
};
type Creates = { 'activity-contents': ActivityContentCreateInput; industries: IndustryCreateInput };
type Updates = { 'activity-contents': ActivityContentUpdateInput; industries: IndustryUpdateInput };
export type EditableCatalogue = keyof Creates;

export const catalogueKeys = {
  all: ['catalogues'] as const,
  list: (name: CatalogueName, params: QueryParams) => ['catalogues', name, 'list', params] as const,
};

type ListAnswer<T> = T[] | { items: T[]; total?: number; page?: number; pageSize?: number };

/** Catalogue lists come paged ({items, total}); the small unpaged ones ({items} or a bare array) are accepted too. */
function asList<T>(data: ListAnswer<T>): ListResponse<T> {
  const items = Array.isArray(data) ? data : data.items;
  const paged: Exclude<ListAnswer<T>, T[]> = Array.isArray(data) ? { items } : data;
  return {
    items,
    total: paged.total ?? items.length,
    page: paged.page ?? 1,
    pageSize: paged.pageSize ?? items.length,
  };
}

export function useCatalogue<N extends CatalogueName>(name: N, params: QueryParams) {
  const api = useApi();
  return useQuery({
    queryKey: catalogueKeys.list(name, params),
    queryFn: async ({ signal }) =>
      asList(await api.get<ListAnswer<Dtos[N]>>(`/api/catalogues/${name}`, params, { signal })),
    placeholderData: keepPreviousData,
  });
}

export function useSaveCatalogueEntry<N extends EditableCatalogue>(name: N) {
  const api = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (arg: { id: string; input: Updates[N] } | { input: Creates[N] }) =>
      'id' in arg
        ? api.patch<Dtos[N]>(`/api/catalogues/${name}/${arg.id}`, arg.input)
        : api.post<Dtos[N]>(`/api/catalogues/${name}`, arg.input),
    onSuccess: () => qc.invalidateQueries({ queryKey: catalogueKeys.all }),
  });
}
