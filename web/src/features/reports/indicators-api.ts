import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  ChangesIndicator,
  DashboardDto,
  DispersionIndicator,
  KindsIndicator,
  PriorityIndicator,
  SigningIndicator,
} from '../../../../shared/schemas/indicators.ts';
import { useApi } from '../../app/session.tsx';

export type IndicatorParams = {
  fromYear: number;
  toYear: number;
  level?: string;
  provinceCode?: string;
};
export type DashboardParams = { year: number; level?: string; provinceCode?: string };

export const indicatorKeys = {
  all: ['indicators'] as const,
  one: (name: string, p: unknown) => ['indicators', name, p] as const,
  dashboard: (p: unknown) => ['indicators', 'dashboard', p] as const,
};

function useGet<T>(
  key: readonly unknown[],
  path: string,
  query: Record<string, string | number | undefined>,
) {
  const api = useApi();
  return useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api.get<T>(path, query, { signal }),
    placeholderData: keepPreviousData,
  });
}

function useIndicator<T>(name: string, p: IndicatorParams & { threshold?: string }) {
  return useGet<T>(indicatorKeys.one(name, p), `/api/reports/indicators/${name}`, p);
}

export const useDashboard = (p: DashboardParams) =>
  useGet<DashboardDto>(indicatorKeys.dashboard(p), '/api/reports/dashboard', p);
export const useSigningIndicator = (p: IndicatorParams) => useIndicator<SigningIndicator>('signing', p);
export const useChangesIndicator = (p: IndicatorParams) => useIndicator<ChangesIndicator>('changes', p);
export const useDispersionIndicator = (p: IndicatorParams & { threshold?: string }) =>
  useIndicator<DispersionIndicator>('dispersion', p);
export const useKindsIndicator = (p: IndicatorParams) => useIndicator<KindsIndicator>('kinds', p);
export const usePriorityIndicator = (p: IndicatorParams) => useIndicator<PriorityIndicator>('priority', p);
