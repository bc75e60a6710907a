import type { ReactNode } from 'react';
import { ErrorState } from '@yigou/web/ui';
import { useErrorMessage } from '../../../errors/hooks/useErrorMessage';

interface Props {
  title: string;
  /** The list's filters, in the desk's filter row. */
  filters: ReactNode;
  /** The list's query: an error is shown instead of the table only while there is nothing to show (a failed refetch keeps the rows). */
  query: { error?: unknown; data?: unknown; refetch: () => Promise<unknown> };
  /** The table. */
  children: ReactNode;
}

/** One of the finance desk's lists (到账记录, 平台订单): its heading, its filters, then its table or the error with 重试. */
export function FinanceListCard({ title, filters, query, children }: Props) {
  const errorMessage = useErrorMessage();
  return (
    <div className="yg-card">
      <h2>{title}</h2>
      <div className="yg-desk-filters">{filters}</div>
      {query.error && !query.data ? <ErrorState message={errorMessage(query.error)} onRetry={() => void query.refetch()} /> : children}
    </div>
  );
}
