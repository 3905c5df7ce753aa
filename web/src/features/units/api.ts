import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ListResponse } from '../../../../shared/schemas/common.ts';
import type {
  ProvinceRefDto,
  UnitDetailDto,
  UnitDto,
  UnitEra,
} from '../../../../shared/schemas/reference.ts';
import { useApi } from '../../app/session.tsx';
import type { ListParams } from '../../lib/list-state.ts';

export type UnitListParams = ListParams<'era' | 'level' | 'provinceCode' | 'parentCode'>;

export const unitKeys = {
  all: ['units'] as const,
  provinces: (era: UnitEra) => ['units', 'provinces', era] as const,
  list: (params: UnitListParams) => ['units', 'list', params] as const,
  detail: (id: number) => ['units', 'detail', id] as const,
};

/** The provinces of an era (34 from 1 July 2025, 63 before); rarely changes, so cached for long. */
export function useProvinces(era: UnitEra = '2025') {
  const api = useApi();
  return useQuery({
    queryKey: unitKeys.provinces(era),
    queryFn: ({ signal }) => api.get<ProvinceRefDto[]>('/api/units/provinces', { era }, { signal }),
    staleTime: 60 * 60_000,
  });
}

export function useUnitList(params: UnitListParams) {
  const api = useApi();
  return useQuery({
    queryKey: unitKeys.list(params),
    queryFn: ({ signal }) => api.get<ListResponse<UnitDto>>('/api/units', params, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useUnitDetail(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: unitKeys.detail(id ?? 0),
    queryFn: ({ signal }) => api.get<UnitDetailDto>(`/api/units/${id}`, undefined, { signal }),
    enabled: id !== undefined,
  });
}
