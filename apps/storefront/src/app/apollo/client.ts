import { ApolloClient } from '@apollo/client';
import { tokenStore, type TokenStore } from '../../modules/auth/utils/token-store';
import { createCache } from './cache';
import { createLink, GRAPHQL_PATH } from './links';

export function createApolloClient(store: TokenStore = tokenStore, uri = GRAPHQL_PATH): ApolloClient {
  return new ApolloClient({
    link: createLink(store, uri),
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
