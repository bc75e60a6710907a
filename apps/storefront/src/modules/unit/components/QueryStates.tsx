import type { ReactNode } from 'react';
import { ErrorState, Spinner } from '@yigou/web/ui';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';

/** What QueryStates reads of an Apollo query result. */
export interface PanelQuery {
  loading: boolean;
  data?: unknown;
  error?: unknown;
  refetch: () => unknown;
}

/**
 * A unit panel's query as every panel shows it: a spinner while it first loads, the error with a
 * retry when nothing was loaded, else `children()` — a function, so that content reading the data
 * is only built once there is some.
 */
export function QueryStates({ query, children }: { query: PanelQuery; children: () => ReactNode }) {
  const errorMessage = useErrorMessage();
  if (query.loading && !query.data) return <Spinner />;
  if (query.error && !query.data) return <ErrorState message={errorMessage(query.error)} onRetry={() => void query.refetch()} />;
  return <>{children()}</>;
}
