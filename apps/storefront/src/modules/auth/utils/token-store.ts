/**
 * The signed-in session's tokens, kept in localStorage so a reload stays signed
 * in. Components subscribe through `useSyncExternalStore`; the Apollo links read
 * the current value on every request.
 */
export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  /** ISO time the access token expires (informational; the server decides). */
  accessTokenExpiresAt?: string | null;
}

export const TOKEN_STORAGE_KEY = 'yigou.session';

type Listener = () => void;

function readStorage(): SessionTokens | null {
  try {
    const raw = globalThis.localStorage?.getItem(TOKEN_STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<SessionTokens>;
    if (typeof parsed.accessToken === 'string' && typeof parsed.refreshToken === 'string') {
      return {
        accessToken: parsed.accessToken,
        refreshToken: parsed.refreshToken,
        accessTokenExpiresAt: parsed.accessTokenExpiresAt ?? null,
      };
    }
  } catch {
    // unreadable storage counts as signed out
  }
  return null;
}

export function createTokenStore() {
  let current: SessionTokens | null = readStorage();
  const listeners = new Set<Listener>();
  let refresher: (() => Promise<boolean>) | null = null;

  function emit() {
    for (const l of listeners) l();
  }

  return {
    get(): SessionTokens | null {
      return current;
    },
    set(tokens: SessionTokens): void {
      current = { ...tokens };
      try {
        globalThis.localStorage?.setItem(TOKEN_STORAGE_KEY, JSON.stringify(current));
      } catch {
        // keep the in-memory session
      }
      emit();
    },
    clear(): void {
      if (current === null) return;
      current = null;
      try {
        globalThis.localStorage?.removeItem(TOKEN_STORAGE_KEY);
      } catch {
        // nothing stored
      }
      emit();
    },
    /** Re-reads storage, e.g. after another tab signed in or out. */
    reload(): void {
      current = readStorage();
      emit();
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** The Apollo links' refresher (one refresh shared by every caller): REST requests use it through `refresh`. */
    setRefresher(refresh: () => Promise<boolean>): void {
      refresher = refresh;
    },
    /** Exchanges the refresh token for a new pair; false when there is no session or it is no longer accepted. */
    refresh(): Promise<boolean> {
      return current && refresher ? refresher() : Promise.resolve(false);
    },
  };
}

/**
 * A REST request (uploads, invoice files) with the session's access token. REST routes do not pass through the
 * Apollo links, so an access token that expired while the page sat open (15 minutes) would fail the request with 401
 * although the user is signed in: as the links do for GraphQL, refresh once and send again once.
 */
export async function withAccessToken<R extends { status: number }>(
  send: (headers: Record<string, string>) => Promise<R>,
  store: TokenStore = tokenStore,
): Promise<R> {
  const headers = () => {
    const token = store.get()?.accessToken;
    return token ? { authorization: `Bearer ${token}` } : ({} as Record<string, string>);
  };
  const first = await send(headers());
  if (first.status !== 401 || !(await store.refresh())) return first;
  return send(headers());
}

export type TokenStore = ReturnType<typeof createTokenStore>;

/** The application's one store. Tests create their own with `createTokenStore()`. */
export const tokenStore: TokenStore = createTokenStore();

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === TOKEN_STORAGE_KEY) tokenStore.reload();
  });
}
