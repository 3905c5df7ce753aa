import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ListResponse } from '../../../../shared/schemas/common.ts';
import type { EstablishmentListItem } from '../../../../shared/schemas/establishments.ts';
import type {
  CertificateDto,
  ComplaintDto,
  ComplaintResolveInput,
  ConflictInput,
  CouncilMemberInput,
  EntryDto,
  EntryInput,
  ProductGroup,
  RecogniseInput,
  ResultsDto,
  RoundAction,
  RoundDto,
  RoundInput,
  RoundListItem,
  RoundUpdateInput,
  ScoreSheetInput,
} from '../../../../shared/schemas/products.ts';
import { useApi } from '../../app/session.tsx';
import type { ListParams } from '../../lib/list-state.ts';

export type RoundListParams = ListParams<'level' | 'year' | 'status'>;

export const productKeys = {
  all: ['products'] as const,
  rules: ['products', 'rules'] as const,
  rounds: (p: RoundListParams) => ['products', 'rounds', p] as const,
  round: (id: string) => ['products', 'round', id] as const,
  entries: (id: string) => ['products', 'entries', id] as const,
  sheets: (id: string) => ['products', 'sheets', id] as const,
  results: (id: string) => ['products', 'results', id] as const,
  certificates: (id: string) => ['products', 'certificates', id] as const,
  complaints: (id: string) => ['products', 'complaints', id] as const,
  candidates: (id: string, q: string) => ['products', 'candidates', id, q] as const,
};

type Citation = { document: string; article?: string; note?: string };
export type ProductRules = {
  levels: {
    level: RoundDto['level'];
    rank: number;
    councilSize: { min: number; max: number; citation: Citation };
  }[];
  groups: { code: ProductGroup; nameVi: string; nameEn: string; citation: Citation }[];
  scoreSheets: {
    version: string;
    criteria: { code: string; nameVi: string; nameEn: string; max: number }[];
    citation: Citation;
  }[];
  passThreshold: { points: number; citation: Citation };
  regions2014: { code: string; nameVi: string; today: { provinceCodes: string[]; ambiguous: string[] } }[];
};

export type MySheets = {
  roundId: string;
  status: string;
  memberId: string;
  criteria: { code: string; nameVi: string; nameEn: string; max: number }[];
  items: {
    entryId: string;
    name: string;
    establishmentName: string;
    group: ProductGroup;
    conflicted: boolean;
    scores: { criterion: string; points: number; note: string }[] | null;
    total: number | null;
  }[];
};

export type Candidate = { id: string; fullName: string; email: string; organisationName: string };

export function useProductRules() {
  const api = useApi();
  return useQuery({
    queryKey: productKeys.rules,
    queryFn: ({ signal }) => api.get<ProductRules>('/api/product-rules', undefined, { signal }),
    staleTime: 3600_000,
  });
}

export function useRounds(params: RoundListParams) {
  const api = useApi();
  return useQuery({
    queryKey: productKeys.rounds(params),
    queryFn: ({ signal }) => api.get<ListResponse<RoundListItem>>('/api/product-rounds', params, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useRound(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: productKeys.round(id ?? ''),
    queryFn: ({ signal }) => api.get<RoundDto>(`/api/product-rounds/${id}`, undefined, { signal }),
    enabled: Boolean(id),
  });
}

const get =
  <T>(path: string) =>
  (api: ReturnType<typeof useApi>, signal: AbortSignal) =>
    api.get<T>(path, undefined, { signal });

export function useRoundPart<T>(key: readonly unknown[], path: string, enabled = true) {
  const api = useApi();
  return useQuery({ queryKey: key, queryFn: ({ signal }) => get<T>(path)(api, signal), enabled });
}

export const useEntries = (id: string) =>
  useRoundPart<EntryDto[]>(productKeys.entries(id), `/api/product-rounds/${id}/entries`);
export const useMySheets = (id: string, enabled: boolean) =>
  useRoundPart<MySheets>(productKeys.sheets(id), `/api/product-rounds/${id}/my-sheets`, enabled);
export const useResults = (id: string, enabled: boolean) =>
  useRoundPart<ResultsDto>(productKeys.results(id), `/api/product-rounds/${id}/results`, enabled);
export const useCertificates = (id: string) =>
  useRoundPart<CertificateDto[]>(productKeys.certificates(id), `/api/product-rounds/${id}/certificates`);
export const useComplaints = (id: string) =>
  useRoundPart<ComplaintDto[]>(productKeys.complaints(id), `/api/product-rounds/${id}/complaints`);

export function useCandidates(roundId: string, q: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: productKeys.candidates(roundId, q),
    queryFn: ({ signal }) =>
      api.get<Candidate[]>(`/api/product-rounds/${roundId}/council-candidates`, { q }, { signal }),
    enabled,
  });
}

export function useEstablishmentOptions(q: string, provinceCode?: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['products', 'establishments', q, provinceCode],
    queryFn: ({ signal }) =>
      api.get<ListResponse<EstablishmentListItem>>(
        '/api/establishments',
        { q, provinceCode, pageSize: 20 },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

/** Every product mutation refreshes the round's screens. */
function useRoundMutation<A, R>(fn: (api: ReturnType<typeof useApi>, arg: A) => Promise<R>) {
  const api = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (arg: A) => fn(api, arg),
    onSuccess: () => void qc.invalidateQueries({ queryKey: productKeys.all }),
  });
}

export const useCreateRound = () =>
  useRoundMutation((api, input: RoundInput) => api.post<RoundDto>('/api/product-rounds', input));
export const useUpdateRound = () =>
  useRoundMutation((api, a: { id: string; input: RoundUpdateInput }) =>
    api.patch<RoundDto>(`/api/product-rounds/${a.id}`, a.input),
  );
export const useTransition = () =>
  useRoundMutation((api, a: { id: string; action: RoundAction; version: number }) =>
    api.post<RoundDto>(`/api/product-rounds/${a.id}/transition`, { action: a.action, version: a.version }),
  );
export const useAddMember = () =>
  useRoundMutation((api, a: { id: string; input: CouncilMemberInput }) =>
    api.post(`/api/product-rounds/${a.id}/council`, a.input),
  );
export const useRemoveMember = () =>
  useRoundMutation((api, a: { id: string; memberId: string }) =>
    api.delete(`/api/product-rounds/${a.id}/council/${a.memberId}`),
  );
export const useDeclareConflict = () =>
  useRoundMutation((api, a: { id: string; input: ConflictInput }) =>
    api.post(`/api/product-rounds/${a.id}/conflicts`, a.input),
  );
export const useRegister = () =>
  useRoundMutation((api, a: { id: string; input: EntryInput }) =>
    api.post<EntryDto>(`/api/product-rounds/${a.id}/entries`, a.input),
  );
export const useWithdraw = () =>
  useRoundMutation((api, a: { id: string; version: number }) =>
    api.post<EntryDto>(`/api/product-entries/${a.id}/withdraw`, { version: a.version }),
  );
export const useSubmitSheet = () =>
  useRoundMutation((api, a: { entryId: string; input: ScoreSheetInput }) =>
    api.post(`/api/product-entries/${a.entryId}/score`, a.input),
  );
export const useRecognise = () =>
  useRoundMutation((api, a: { id: string; input: RecogniseInput }) =>
    api.post<CertificateDto[]>(`/api/product-rounds/${a.id}/recognise`, a.input),
  );
export const useRevoke = () =>
  useRoundMutation((api, a: { id: string; reason: string }) =>
    api.post<CertificateDto>(`/api/product-certificates/${a.id}/revoke`, { reason: a.reason }),
  );
export const useFileComplaint = () =>
  useRoundMutation((api, a: { entryId: string; content: string }) =>
    api.post<ComplaintDto>(`/api/product-entries/${a.entryId}/complaints`, { content: a.content }),
  );
export const useResolveComplaint = () =>
  useRoundMutation((api, a: { id: string; input: ComplaintResolveInput }) =>
    api.post<ComplaintDto>(`/api/product-complaints/${a.id}/resolve`, a.input),
  );

export type UploadedFile = { id: string; name: string; mediaType: string; size: number };

/** Uploads a photo or a document as multipart with the session's CSRF token; problem+json on refusal. */
export function useProductUpload() {
  const api = useApi();
  return useCallback(
    (file: File, kind: 'photo' | 'document') =>
      api.upload<UploadedFile>('/api/product-uploads', file, { kind }),
    [api],
  );
}
