import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListResponse } from '../../../../shared/schemas/common.ts';
import type { UserCreateInput, UserDto, UserUpdateInput } from '../../../../shared/schemas/identity.ts';
import { meKey, useApi } from '../../app/session.tsx';
import type { ListParams } from '../../lib/list-state.ts';

export type UserListParams = ListParams<'role' | 'status' | 'provinceCode' | 'organisationId'>;

export const userKeys = {
  all: ['users'] as const,
  list: (params: UserListParams) => ['users', 'list', params] as const,
  detail: (id: string) => ['users', 'detail', id] as const,
};

export function useUserList(params: UserListParams) {
  const api = useApi();
  return useQuery({
    queryKey: userKeys.list(params),
    queryFn: ({ signal }) => api.get<ListResponse<UserDto>>('/api/users', params, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const api = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: UserCreateInput) => api.post<UserDto>('/api/users', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.all }),
  });
}

/** Edit, lock, unlock and reset a password: all one PATCH carrying the version the user saw. */
export function useUpdateUser() {
  const api = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UserUpdateInput }) =>
      api.patch<UserDto>(`/api/users/${id}`, input),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: userKeys.all }),
        qc.invalidateQueries({ queryKey: meKey }),
      ]),
  });
}
