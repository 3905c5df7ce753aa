import { useMutation } from '@tanstack/react-query';
import type { ChangePasswordInput } from '../../../../shared/schemas/identity.ts';
import { useApi } from '../../app/session.tsx';

export function useChangePassword() {
  const api = useApi();
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => api.post<void>('/api/auth/password', input),
  });
}
