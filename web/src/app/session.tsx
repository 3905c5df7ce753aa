import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef } from 'react';
import type { MeDto } from '../../../shared/schemas/identity.ts';
import { type ApiClient, createApiClient, isApiError } from '../lib/api.ts';
import { currentLanguage, useI18n } from '../lib/i18n.tsx';

export const meKey = ['auth', 'me'] as const;

type SessionValue = {
  api: ApiClient;
  /** undefined while loading, null when nobody is signed in. */
  me: MeDto | null | undefined;
  meError: unknown;
  /** Screen-level permission from /api/auth/me; the server decides, the UI only reads. */
  can: (permission: string) => boolean;
  signedIn: (me: MeDto) => void;
  logout: () => Promise<void>;
};

const SessionContext = createContext<SessionValue | null>(null);

/**
 * Holds the signed-in user (the /api/auth/me answer, kept in the query cache) and the API client that
 * sends that session's CSRF token and the chosen language. A 401 from any call clears the session,
 * which sends the user to the log-in page.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const { lang } = useI18n();
  const api = useMemo(
    () =>
      createApiClient({
        csrfToken: () => queryClient.getQueryData<MeDto | null>(meKey)?.csrfToken ?? null,
        language: currentLanguage,
        onUnauthorized: () => queryClient.setQueryData(meKey, null),
      }),
    [queryClient],
  );

  const meQuery = useQuery({
    queryKey: meKey,
    queryFn: async ({ signal }) => {
      try {
        return await api.get<MeDto>('/api/auth/me', undefined, { signal, skipAuthRedirect: true });
      } catch (e) {
        if (isApiError(e) && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 5 * 60_000,
  });

  // Labels and messages from the server follow the language: ask again when it changes.
  const firstLang = useRef(lang);
  useEffect(() => {
    if (lang === firstLang.current) return;
    firstLang.current = lang;
    void queryClient.invalidateQueries();
  }, [lang, queryClient]);

  const me = meQuery.data;
  const can = useCallback((permission: string) => me?.permissions[permission] === true, [me]);
  const signedIn = useCallback(
    (next: MeDto) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
      queryClient.setQueryData(meKey, next);
    },
    [queryClient],
  );
  const logout = useCallback(async () => {
    // A request still in flight (the signed-in "me" among them) must not land after the session is gone and
    // show the signed-in layout again.
    await queryClient.cancelQueries();
    try {
      await api.post('/api/auth/logout', undefined, { skipAuthRedirect: true });
    } finally {
      queryClient.clear();
      queryClient.setQueryData(meKey, null);
    }
  }, [api, queryClient]);

  const value = useMemo<SessionValue>(
    () => ({ api, me, meError: meQuery.error, can, signedIn, logout }),
    [api, me, meQuery.error, can, signedIn, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

export function useApi(): ApiClient {
  return useSession().api;
}

/** The signed-in user; only for components rendered behind <RequireAuth>. */
export function useMe(): MeDto {
  const { me } = useSession();
  if (!me) throw new Error('useMe used outside a signed-in area');
  return me;
}
