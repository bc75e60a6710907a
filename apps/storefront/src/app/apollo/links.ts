import { ApolloLink, HttpLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { ErrorLink } from '@apollo/client/link/error';
import { print } from 'graphql';
import { from as fromPromise, switchMap } from 'rxjs';
import { REFRESH_SESSION_MUTATION } from '../../modules/auth/graphql/auth.documents';
import type { TokenStore } from '../../modules/auth/utils/token-store';
import { isAuthError } from '../../modules/errors/utils/describe-error';
import type { RefreshSessionMutation } from '../../generated/graphql';

export const GRAPHQL_PATH = '/graphql';

/** Operations that must never trigger a refresh-and-retry themselves. */
const NO_REFRESH = new Set(['RefreshSession', 'Login', 'Register', 'Logout']);

/** Adds `Authorization: Bearer <accessToken>` when signed in. */
export function createAuthLink(store: TokenStore): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const tokens = store.get();
    // Always rewrite the header: a retried operation still carries the context of
    // its first attempt, whose token may since have been replaced or revoked.
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => {
      const { authorization: _previous, ...rest } = headers;
      return { headers: tokens ? { ...rest, authorization: `Bearer ${tokens.accessToken}` } : rest };
    });
    return forward(operation);
  });
}

/**
 * Exchanges the refresh token for a new pair. Concurrent callers share one
 * request, so a page of parallel queries refreshes once. Resolves false (and
 * signs out) when the refresh token is no longer accepted.
 */
export function createRefresher(store: TokenStore, uri: string, fetchImpl: typeof fetch = (...a) => fetch(...a)) {
  let inFlight: Promise<boolean> | null = null;
  async function refresh(): Promise<boolean> {
    const refreshToken = store.get()?.refreshToken;
    if (!refreshToken) return false;
    try {
      const res = await fetchImpl(uri, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({
          operationName: 'RefreshSession',
          query: print(REFRESH_SESSION_MUTATION),
          variables: { refreshToken },
        }),
      });
      const body = (await res.json()) as { data?: RefreshSessionMutation | null };
      const next = body.data?.refreshSession;
      if (next?.accessToken && next.refreshToken) {
        store.set({
          accessToken: next.accessToken,
          refreshToken: next.refreshToken,
          accessTokenExpiresAt: next.accessTokenExpiresAt,
        });
        return true;
      }
    } catch {
      // fall through: treat as signed out
    }
    store.clear();
    return false;
  }
  return (): Promise<boolean> => {
    inFlight ??= refresh().finally(() => {
      inFlight = null;
    });
    return inFlight;
  };
}

/**
 * When a request fails with UNAUTHENTICATED or INVALID_TOKEN and we hold a
 * refresh token, refresh once and retry the request once. If the refresh fails
 * the session is cleared and the request retried without a token, so public
 * data still loads and protected pages see they need a sign-in.
 */
export function createRefreshLink(store: TokenStore, refresh: () => Promise<boolean>): ApolloLink {
  return new ErrorLink(({ error, operation, forward }) => {
    if (NO_REFRESH.has(operation.operationName ?? '')) return;
    if (operation.getContext().authRetried) return;
    if (!isAuthError(error) || !store.get()) return;
    return fromPromise(refresh()).pipe(
      switchMap(() => {
        operation.setContext({ authRetried: true });
        return forward(operation);
      }),
    );
  });
}

/** ws(s)://<this host>/graphql: Vite (dev and preview) proxies it to the API with ws: true. */
export function websocketUrl(uri: string, location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  if (/^wss?:/.test(uri)) return uri;
  if (/^https?:/.test(uri)) return uri.replace(/^http/, 'ws');
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${uri}`;
}

/**
 * Subscriptions (the live room) over graphql-ws. The socket signs in with the
 * current access token in connectionParams when it connects; it closes when no
 * subscription is left, so the next one connects with the token of that time.
 */
export function createWsLink(store: TokenStore, uri: string): ApolloLink {
  return new GraphQLWsLink(
    createClient({
      url: () => websocketUrl(uri),
      lazy: true,
      lazyCloseTimeout: 0,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      connectionParams: () => {
        const tokens = store.get();
        return tokens ? { authorization: `Bearer ${tokens.accessToken}` } : {};
      },
    }),
  );
}

function isSubscription(operation: ApolloLink.Operation): boolean {
  const def = getMainDefinition(operation.query);
  return def.kind === 'OperationDefinition' && def.operation === 'subscription';
}

export function createLink(store: TokenStore, uri = GRAPHQL_PATH, fetchImpl?: typeof fetch): ApolloLink {
  const refresh = createRefresher(store, uri, fetchImpl);
  store.setRefresher(refresh);
  const http = ApolloLink.from([createRefreshLink(store, refresh), createAuthLink(store), new HttpLink({ uri, fetch: fetchImpl })]);
  if (typeof WebSocket === 'undefined') return http;
  return ApolloLink.split(isSubscription, createWsLink(store, uri), http);
}
