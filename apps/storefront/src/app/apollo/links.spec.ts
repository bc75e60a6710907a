import { describe, expect, it } from 'vitest';
import { ME_QUERY } from '../../modules/auth/graphql/auth.documents';
import { createTokenStore, withAccessToken } from '../../modules/auth/utils/token-store';
import { sessionUser } from '../../test/fixtures';
import { createApolloClient } from './client';

interface Call {
  operationName: string;
  authorization: string | null;
  variables: Record<string, unknown>;
}

type Responder = (call: Call) => object;

/** A fake /graphql endpoint that records each request and answers with `respond`. */
function fakeServer(respond: Responder) {
  const calls: Call[] = [];
  const fetchImpl = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { operationName: string; variables?: Record<string, unknown> };
    const call = {
      operationName: body.operationName,
      authorization: new Headers(init?.headers).get('authorization'),
      variables: body.variables ?? {},
    };
    calls.push(call);
    return new Response(JSON.stringify(respond(call)), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { calls, fetchImpl };
}

const expired = { errors: [{ message: '登录已过期', extensions: { code: 'INVALID_TOKEN' } }], data: null };
const me = (user: object | null) => ({ data: { me: user } });

function signedIn() {
  const store = createTokenStore();
  store.set({ accessToken: 'old-access', refreshToken: 'refresh-1' });
  return store;
}

describe('Apollo auth links', () => {
  it('sends the access token as a Bearer header', async () => {
    const store = signedIn();
    const server = fakeServer(() => me(sessionUser()));
    const client = createApolloClient(store, '/graphql', server.fetchImpl);
    await client.query({ query: ME_QUERY });
    expect(server.calls).toEqual([{ operationName: 'Me', authorization: 'Bearer old-access', variables: {} }]);
  });

  it('on INVALID_TOKEN refreshes once, stores the new pair and retries with the new token', async () => {
    const store = signedIn();
    const server = fakeServer((call) => {
      if (call.operationName === 'RefreshSession') {
        return {
          data: {
            refreshSession: { accessToken: 'new-access', accessTokenExpiresAt: '2026-11-22T08:00:00Z', refreshToken: 'refresh-2' },
          },
        };
      }
      return call.authorization === 'Bearer new-access' ? me(sessionUser()) : expired;
    });
    const client = createApolloClient(store, '/graphql', server.fetchImpl);

    const { data } = await client.query({ query: ME_QUERY });

    expect(data?.me?.displayName).toBe('汾西县乡村振兴局 王主任');
    expect(server.calls.map((c) => [c.operationName, c.authorization])).toEqual([
      ['Me', 'Bearer old-access'],
      ['RefreshSession', null],
      ['Me', 'Bearer new-access'],
    ]);
    expect(server.calls[1].variables).toEqual({ refreshToken: 'refresh-1' });
    expect(store.get()).toMatchObject({ accessToken: 'new-access', refreshToken: 'refresh-2' });
  });

  it('when the refresh token is rejected, signs out and retries without a token', async () => {
    const store = signedIn();
    const server = fakeServer((call) => {
      if (call.operationName === 'RefreshSession') return expired;
      return call.authorization ? expired : me(null);
    });
    const client = createApolloClient(store, '/graphql', server.fetchImpl);

    const { data } = await client.query({ query: ME_QUERY });

    expect(data?.me).toBeNull();
    expect(store.get()).toBeNull();
    expect(server.calls.map((c) => c.operationName)).toEqual(['Me', 'RefreshSession', 'Me']);
  });

  it('retries only once: a request still refused after refreshing fails with the error', async () => {
    const store = signedIn();
    const server = fakeServer((call) =>
      call.operationName === 'RefreshSession'
        ? { data: { refreshSession: { accessToken: 'new-access', accessTokenExpiresAt: null, refreshToken: 'refresh-2' } } }
        : { errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }], data: null },
    );
    const client = createApolloClient(store, '/graphql', server.fetchImpl);

    await expect(client.query({ query: ME_QUERY })).rejects.toThrow('请先登录');
    expect(server.calls.map((c) => c.operationName)).toEqual(['Me', 'RefreshSession', 'Me']);
  });

  it('parallel requests that all hit an expired token share one refresh', async () => {
    const store = signedIn();
    const server = fakeServer((call) => {
      if (call.operationName === 'RefreshSession') {
        return { data: { refreshSession: { accessToken: 'new-access', accessTokenExpiresAt: null, refreshToken: 'refresh-2' } } };
      }
      return call.authorization === 'Bearer new-access' ? me(sessionUser()) : expired;
    });
    const a = createApolloClient(store, '/graphql', server.fetchImpl);
    await Promise.all([
      a.query({ query: ME_QUERY, fetchPolicy: 'network-only' }),
      a.query({ query: ME_QUERY, fetchPolicy: 'network-only', context: { fetchOptions: {} } }),
    ]);
    expect(server.calls.filter((c) => c.operationName === 'RefreshSession')).toHaveLength(1);
  });

  it('does not try to refresh when signed out', async () => {
    const store = createTokenStore();
    const server = fakeServer(() => ({ errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }], data: null }));
    const client = createApolloClient(store, '/graphql', server.fetchImpl);
    await expect(client.query({ query: ME_QUERY })).rejects.toThrow('请先登录');
    expect(server.calls.map((c) => c.operationName)).toEqual(['Me']);
  });
});

describe('REST requests (uploads, invoice files) share the links refresher', () => {
  const refreshed = (call: Call) =>
    call.operationName === 'RefreshSession'
      ? { data: { refreshSession: { accessToken: 'new-access', refreshToken: 'refresh-2', accessTokenExpiresAt: null } } }
      : me(null);

  it('refreshes once after a 401 and sends again with the new token', async () => {
    const store = signedIn();
    const { calls, fetchImpl } = fakeServer(refreshed);
    createApolloClient(store, '/graphql', fetchImpl);
    const sent: (string | undefined)[] = [];
    const answer = await withAccessToken(async (headers) => {
      sent.push(headers.authorization);
      return { status: headers.authorization === 'Bearer new-access' ? 201 : 401 };
    }, store);
    expect(answer.status).toBe(201);
    expect(sent).toEqual(['Bearer old-access', 'Bearer new-access']);
    expect(calls.map((c) => c.operationName)).toEqual(['RefreshSession']);
  });

  it('sends once when the token is accepted, and gives back the 401 when the refresh is refused', async () => {
    const store = signedIn();
    const ok = fakeServer(refreshed);
    createApolloClient(store, '/graphql', ok.fetchImpl);
    let sends = 0;
    expect((await withAccessToken(async () => ({ status: 201, n: ++sends }), store)).status).toBe(201);
    expect(sends).toBe(1);
    expect(ok.calls).toEqual([]);

    const refused = signedIn();
    const no = fakeServer(() => ({ errors: [{ message: '请重新登录', extensions: { code: 'INVALID_TOKEN' } }], data: null }));
    createApolloClient(refused, '/graphql', no.fetchImpl);
    sends = 0;
    expect((await withAccessToken(async () => ({ status: 401, n: ++sends }), refused)).status).toBe(401);
    expect(sends).toBe(1);
    expect(refused.get()).toBeNull();
  });

  it('does not try to refresh without a session', async () => {
    const store = createTokenStore();
    const { calls, fetchImpl } = fakeServer(refreshed);
    createApolloClient(store, '/graphql', fetchImpl);
    let sends = 0;
    expect((await withAccessToken(async () => ({ status: 401, n: ++sends }), store)).status).toBe(401);
    expect(sends).toBe(1);
    expect(calls).toEqual([]);
  });
});
