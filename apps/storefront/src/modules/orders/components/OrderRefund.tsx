import { useQuery } from '@apollo/client/react';
import { ErrorState, Spinner } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { REFUND_DETAILS_QUERY } from '../graphql/refunds.documents';
import { RefundForm } from './RefundForm';

/** Loads the order's lines (what is still refundable) when the desk opens a refund. */
export function OrderRefund({ orderId }: { orderId: string }) {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(REFUND_DETAILS_QUERY, { variables: { id: orderId }, fetchPolicy: 'network-only' });
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (loading && !data) return <Spinner label={t('state.loading')} />;
  return data?.order ? <RefundForm order={data.order} onDone={() => void refetch()} /> : null;
}
