import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ListResponse } from '../../../../shared/schemas/common.ts';
import type {
  ContractDto,
  ContractListItemDto,
  ContractTransitionInput,
  DocumentRef,
  MoneyDto,
  MoneyEntryInput,
  SigningProgressDto,
} from '../../../../shared/schemas/contracts.ts';
import type {
  AcceptanceInput,
  AtRiskItemDto,
  ChangeDecisionInput,
  ChangeRequestDto,
  ChangeRequestInput,
  ClosingDto,
  InspectionDto,
  InspectionInput,
  ProgressReportDto,
  ProgressReportInput,
  SettlementInput,
} from '../../../../shared/schemas/contracts-monitoring.ts';
import { useApi } from '../../app/session.tsx';
import type { ListParams } from '../../lib/list-state.ts';

export type ContractListParams = ListParams<'planYear' | 'level' | 'provinceCode' | 'state' | 'phase'>;
export type AtRiskParams = ListParams<'planYear' | 'level' | 'provinceCode' | 'reason'>;

export const contractKeys = {
  all: ['contracts'] as const,
  list: (p: unknown) => ['contracts', 'list', p] as const,
  signing: (p: unknown) => ['contracts', 'signing', p] as const,
  detail: (id: string) => ['contracts', 'detail', id] as const,
  ofScheme: (id: string) => ['contracts', 'scheme', id] as const,
  money: (id: string) => ['contracts', 'money', id] as const,
  reports: (id: string) => ['contracts', 'reports', id] as const,
  inspections: (id: string) => ['contracts', 'inspections', id] as const,
  closing: (id: string) => ['contracts', 'closing', id] as const,
  risk: (p: unknown) => ['contracts', 'risk', p] as const,
  changes: (p: unknown) => ['contracts', 'changes', p] as const,
  schemeChanges: (id: string) => ['contracts', 'scheme-changes', id] as const,
};

function useGet<T>(
  key: readonly unknown[],
  path: string,
  query?: Record<string, string | number | undefined>,
  enabled = true,
) {
  const api = useApi();
  return useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api.get<T>(path, query, { signal }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export const useContractList = (p: ContractListParams) =>
  useGet<ListResponse<ContractListItemDto> & { totalCapped: boolean }>(
    contractKeys.list(p),
    '/api/contracts',
    p,
  );
export const useSigning = (p: { planYear?: string; level?: string; provinceCode?: string }) =>
  useGet<SigningProgressDto>(
    contractKeys.signing(p),
    '/api/contracts/signing-progress',
    p,
    Boolean(p.planYear),
  );
export const useContract = (id: string) =>
  useGet<ContractDto>(contractKeys.detail(id), `/api/contracts/${id}`);
export const useContractOfScheme = (schemeId: string) =>
  useGet<{ contract: ContractDto | null }>(
    contractKeys.ofScheme(schemeId),
    `/api/schemes/${schemeId}/contract`,
  );
export const useMoney = (id: string) =>
  useGet<MoneyDto>(contractKeys.money(id), `/api/contracts/${id}/money`);
export const useReports = (id: string) =>
  useGet<ProgressReportDto[]>(contractKeys.reports(id), `/api/contracts/${id}/reports`);
export const useInspections = (id: string) =>
  useGet<InspectionDto[]>(contractKeys.inspections(id), `/api/contracts/${id}/inspections`);
export const useClosing = (id: string) =>
  useGet<ClosingDto>(contractKeys.closing(id), `/api/contracts/${id}/closing`);
export const useAtRisk = (p: AtRiskParams) =>
  useGet<ListResponse<AtRiskItemDto> & { totalCapped: boolean; asOf: string }>(
    contractKeys.risk(p),
    '/api/contracts/at-risk',
    p,
  );
export const useChangeInbox = (p: { page: number; pageSize: number; mine: string; state?: string }) =>
  useGet<ListResponse<ChangeRequestDto>>(contractKeys.changes(p), '/api/change-requests', p);
export const useSchemeChanges = (schemeId: string) =>
  useGet<ChangeRequestDto[]>(
    contractKeys.schemeChanges(schemeId),
    `/api/schemes/${schemeId}/change-requests`,
  );

/** Every write refreshes the whole contracts cache (and the scheme, whose state and version move too). */
function usePost<I, O>(path: (i: I) => string, body: (i: I) => unknown = (i) => i) {
  const api = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (i: I) => api.post<O>(path(i), body(i)),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: contractKeys.all });
      void qc.invalidateQueries({ queryKey: ['schemes'] });
      void qc.invalidateQueries({ queryKey: ['plans'] });
    },
  });
}

type WithId<T> = T & { id: string };
const strip = <T extends { id: string }>({ id: _id, ...rest }: T) => rest;

export const useCreateContract = () =>
  usePost<{ schemeId: string } & Record<string, unknown>, ContractDto>(() => '/api/contracts');
export const usePrepare = () =>
  usePost<{ planYear: number; level: string; provinceCode?: string }, { created: number }>(
    () => '/api/contracts/prepare',
  );
export const useContractTransition = () =>
  usePost<WithId<ContractTransitionInput>, ContractDto>((i) => `/api/contracts/${i.id}/transitions`, strip);
export const useRecordMoney = () =>
  usePost<WithId<MoneyEntryInput>, MoneyDto>((i) => `/api/contracts/${i.id}/money`, strip);
export const useSubmitReport = () =>
  usePost<WithId<ProgressReportInput>, ProgressReportDto>((i) => `/api/contracts/${i.id}/reports`, strip);
export const useRecordInspection = () =>
  usePost<WithId<InspectionInput>, InspectionDto>((i) => `/api/contracts/${i.id}/inspections`, strip);
export const useAccept = () =>
  usePost<WithId<AcceptanceInput>, ClosingDto>((i) => `/api/contracts/${i.id}/acceptance`, strip);
export const useSettle = () =>
  usePost<WithId<SettlementInput>, ClosingDto>((i) => `/api/contracts/${i.id}/settlement`, strip);
export const useRaiseChange = () =>
  usePost<WithId<ChangeRequestInput>, ChangeRequestDto>((i) => `/api/schemes/${i.id}/change-requests`, strip);
export const useDecideChange = () =>
  usePost<WithId<ChangeDecisionInput>, ChangeRequestDto>(
    (i) => `/api/change-requests/${i.id}/decision`,
    strip,
  );

/** Where a file uploaded to a contract is downloaded. */
export const contractFileUrl = (contractId: string, fileId: string) =>
  `/api/contracts/${contractId}/files/${fileId}`;

/**
 * Uploads a photo or document to a contract (multipart "file", with the session's CSRF token); resolves to
 * the DocumentRef to save in a record's documents, or throws the server's problem+json as an ApiError.
 */
export function useContractUpload(contractId: string | undefined) {
  const api = useApi();
  return useCallback(
    async (file: File): Promise<DocumentRef> => {
      const data = await api.upload<DocumentRef>(`/api/contracts/${contractId}/files`, file);
      return { name: data.name, number: data.number ?? null, date: data.date ?? null, fileId: data.fileId };
    },
    [api, contractId],
  );
}
