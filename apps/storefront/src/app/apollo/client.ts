import { ApolloClient } from '@apollo/client';
import { tokenStore, type TokenStore } from '../../modules/auth/utils/token-store';
import { createCache } from './cache';
import { createLink, GRAPHQL_PATH } from './links';

export function createApolloClient(store: TokenStore = tokenStore, uri = GRAPHQL_PATH, fetchImpl?: typeof fetch): ApolloClient {
  return new ApolloClient({
    link: createLink(store, uri, fetchImpl),
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
