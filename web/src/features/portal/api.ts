import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ListResponse } from '../../../../shared/schemas/common.ts';
import type {
  ContentInput,
  MediaDto,
  PortalItemDto,
  PortalItemSummaryDto,
  PortalKind,
  RegistrationDto,
  RevisionCompareDto,
  RevisionDto,
  TransitionInput,
} from '../../../../shared/schemas/portal.ts';
import { useApi } from '../../app/session.tsx';
import type { ListParams } from '../../lib/list-state.ts';
import { apiPaths } from './labels.ts';

export type PortalListParams = ListParams<'status'>;

export const portalKeys = {
  all: ['portal'] as const,
  list: (kind: PortalKind, params: PortalListParams) => ['portal', 'list', kind, params] as const,
  item: (id: string) => ['portal', 'item', id] as const,
  revisions: (id: string) => ['portal', 'revisions', id] as const,
  compare: (id: string, from: number, to: number) => ['portal', 'compare', id, from, to] as const,
  registrations: (id: string) => ['portal', 'registrations', id] as const,
};

export function usePortalList(kind: PortalKind, params: PortalListParams) {
  const api = useApi();
  return useQuery({
    queryKey: portalKeys.list(kind, params),
    queryFn: ({ signal }) => api.get<ListResponse<PortalItemSummaryDto>>(apiPaths[kind], params, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePortalItem(kind: PortalKind, id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: portalKeys.item(id ?? ''),
    queryFn: ({ signal }) => api.get<PortalItemDto>(`${apiPaths[kind]}/${id}`, undefined, { signal }),
    enabled: Boolean(id),
  });
}

export function useSaveItem(kind: PortalKind) {
  const api = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (arg: { id?: string; input: ContentInput }) =>
      arg.id
        ? api.patch<PortalItemDto>(`${apiPaths[kind]}/${arg.id}`, arg.input)
        : api.post<PortalItemDto>(apiPaths[kind], arg.input),
    onSuccess: (item) => {
      qc.setQueryData(portalKeys.item(item.id), item);
      void qc.invalidateQueries({ queryKey: ['portal', 'list'] });
      void qc.invalidateQueries({ queryKey: portalKeys.revisions(item.id) });
    },
  });
}

export function useTransition() {
  const api = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (arg: { id: string; input: TransitionInput }) =>
      api.post<PortalItemDto>(`/api/portal/items/${arg.id}/transitions`, arg.input),
    onSuccess: (item) => {
      qc.setQueryData(portalKeys.item(item.id), item);
      void qc.invalidateQueries({ queryKey: ['portal', 'list'] });
      void qc.invalidateQueries({ queryKey: portalKeys.revisions(item.id) });
    },
  });
}

export function useRevisions(id: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: portalKeys.revisions(id),
    queryFn: ({ signal }) =>
      api.get<RevisionDto[]>(`/api/portal/items/${id}/revisions`, undefined, { signal }),
    enabled,
  });
}

export function useCompare(id: string, pair: { from: number; to: number } | null) {
  const api = useApi();
  return useQuery({
    queryKey: portalKeys.compare(id, pair?.from ?? 0, pair?.to ?? 0),
    queryFn: ({ signal }) =>
      api.get<RevisionCompareDto>(
        `/api/portal/items/${id}/revisions/compare`,
        { from: pair?.from, to: pair?.to },
        { signal },
      ),
    enabled: pair !== null,
  });
}

export function useRestore() {
  const api = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (arg: { id: string; revision: number; version: number }) =>
      api.post<PortalItemDto>(`/api/portal/items/${arg.id}/revisions/${arg.revision}/restore`, {
        version: arg.version,
      }),
    onSuccess: (item) => {
      qc.setQueryData(portalKeys.item(item.id), item);
      void qc.invalidateQueries({ queryKey: ['portal'] });
    },
  });
}

export function useRegistrations(eventId: string) {
  const api = useApi();
  return useQuery({
    queryKey: portalKeys.registrations(eventId),
    queryFn: ({ signal }) =>
      api.get<RegistrationDto[]>(`/api/portal/events/${eventId}/registrations`, undefined, { signal }),
  });
}

/** Items to link (an event's related documents): the first page matching the words typed. */
export function usePortalSearch(kind: PortalKind, q: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['portal', 'pick', kind, q],
    queryFn: ({ signal }) =>
      api.get<ListResponse<PortalItemSummaryDto>>(
        apiPaths[kind],
        { q: q || undefined, pageSize: 20 },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

/**
 * Uploads one file as multipart with the session's CSRF token (the JSON client cannot send a form).
 * The server checks the real type by content and the size, and answers problem+json when it refuses.
 */
export function useUpload() {
  const api = useApi();
  return useCallback(
    (file: File, purpose: 'image' | 'attachment') =>
      api.upload<MediaDto>('/api/portal/media', file, { purpose }),
    [api],
  );
}
