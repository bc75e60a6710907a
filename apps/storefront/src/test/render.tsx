import type { ReactElement, ReactNode } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { I18nProvider, type Locale } from '@yigou/web/i18n';
import { createCache } from '../app/apollo/cache';
import { SessionProvider } from '../modules/auth/hooks/session';
import { createTokenStore, type TokenStore } from '../modules/auth/utils/token-store';

export interface RenderOptions {
  mocks?: MockLink.MockedResponse[];
  /** The URL to start at, e.g. "/search?q=梨". */
  route?: string;
  /** The route pattern the element is mounted at, e.g. "/products/:id". */
  path?: string;
  locale?: Locale;
  store?: TokenStore;
  /** Extra routes, e.g. a /login stub to observe redirects. */
  extraRoutes?: ReactNode;
}

/** A token store holding a session, as after signing in: RequireAuth lets the page render and asks who it is (ME_QUERY). */
export function signedInStore(): TokenStore {
  const store = createTokenStore();
  store.set({ accessToken: 'access-1', refreshToken: 'refresh-1' });
  return store;
}

/** Shows where the router is, so tests can assert navigation. */
export function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}) {
  const { mocks = [], route = '/', path = '*', locale = 'zh-CN', store = createTokenStore(), extraRoutes } = options;
  const cache = createCache();
  const result = render(
    <MockedProvider mocks={mocks} cache={cache} mockLinkDefaultOptions={{ delay: 0 }}>
      <I18nProvider initialLocale={locale}>
        <SessionProvider store={store}>
          <MemoryRouter initialEntries={[route]}>
            <Routes>
              <Route path={path} element={ui} />
              {extraRoutes}
            </Routes>
            <LocationProbe />
          </MemoryRouter>
        </SessionProvider>
      </I18nProvider>
    </MockedProvider>,
  );
  return { ...result, cache, store };
}
