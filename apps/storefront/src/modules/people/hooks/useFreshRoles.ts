import { useEffect, useRef } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { ME_QUERY } from '../../auth/graphql/auth.documents';

/**
 * Re-reads who the signed-in person is (their roles) on every navigation after the first, so a role given
 * or withdrawn by someone else shows in the desk menu from the next click; the page itself is refused by the
 * API on that same click. One small query per page change.
 */
export function useFreshRoles(pathname: string, signedIn: boolean): void {
  const client = useApolloClient();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (signedIn) void client.query({ query: ME_QUERY, fetchPolicy: 'network-only' }).catch(() => undefined);
  }, [client, pathname, signedIn]);
}
