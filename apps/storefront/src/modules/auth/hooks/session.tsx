import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import type { SessionUserFieldsFragment } from '../../../generated/graphql';
import { LOGOUT_MUTATION, ME_QUERY } from '../graphql/auth.documents';
import { tokenStore as defaultStore, type TokenStore } from '../utils/token-store';

export interface AuthPayloadLike {
  accessToken: string;
  accessTokenExpiresAt?: string | null;
  refreshToken: string;
  user: SessionUserFieldsFragment;
}

export interface SessionValue {
  /** The signed-in user, null when signed out (or not yet known while loading). */
  user: SessionUserFieldsFragment | null;
  /** True while we hold tokens but have not yet loaded who they belong to. */
  loading: boolean;
  signedIn: boolean;
  signIn: (payload: AuthPayloadLike) => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children, store = defaultStore }: { children: ReactNode; store?: TokenStore }) {
  const client = useApolloClient();
  const tokens = useSyncExternalStore(store.subscribe, store.get, store.get);
  const { data, loading } = useQuery(ME_QUERY, { skip: !tokens, fetchPolicy: 'cache-first' });
  const [logout] = useMutation(LOGOUT_MUTATION);

  const signIn = useCallback(
    (payload: AuthPayloadLike) => {
      store.set({
        accessToken: payload.accessToken,
        refreshToken: payload.refreshToken,
        accessTokenExpiresAt: payload.accessTokenExpiresAt ?? null,
      });
      client.writeQuery({ query: ME_QUERY, data: { __typename: 'Query', me: payload.user } });
    },
    [client, store],
  );

  const signOut = useCallback(async () => {
    const refreshToken = store.get()?.refreshToken;
    try {
      if (refreshToken) await logout({ variables: { refreshToken } });
    } catch {
      // the token may already be revoked; signing out locally is what matters
    } finally {
      store.clear();
      await client.clearStore();
    }
  }, [client, logout, store]);

  const user = tokens ? (data?.me ?? null) : null;
  const value = useMemo<SessionValue>(
    () => ({ user, loading: Boolean(tokens) && loading && !data, signedIn: Boolean(user), signIn, signOut }),
    [user, tokens, loading, data, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
