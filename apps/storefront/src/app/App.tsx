import { useState, type ReactNode } from 'react';
import { BrowserRouter } from 'react-router-dom';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { I18nProvider } from '@yigou/web/i18n';
import { ToastProvider } from '@yigou/web/ui';
import { SessionProvider } from '../modules/auth/hooks/session';
import { tokenStore } from '../modules/auth/utils/token-store';
import { createApolloClient } from './apollo/client';
import { AppRoutes } from './routes';

export function AppProviders({ client, children }: { client: ApolloClient; children: ReactNode }) {
  return (
    <ApolloProvider client={client}>
      <I18nProvider>
        <SessionProvider store={tokenStore}>
          <ToastProvider>{children}</ToastProvider>
        </SessionProvider>
      </I18nProvider>
    </ApolloProvider>
  );
}

export function App() {
  const [client] = useState(() => createApolloClient(tokenStore));
  return (
    <AppProviders client={client}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  );
}
