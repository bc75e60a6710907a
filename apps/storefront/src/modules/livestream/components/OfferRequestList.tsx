import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { useT } from '@yigou/web/i18n';
import { formatPrice } from '@yigou/web/ui';
import { LIVE_OFFER_REQUESTS_OF_SESSION } from '../graphql/live.documents';

const STATUS_KEY = {
  pending: 'live.host.requestPending',
  accepted: 'live.host.requestAccepted',
  declined: 'live.host.requestDeclined',
} as const;

/** The host console's list of requests to suppliers and their answers (a product can be pinned once its supplier agreed). */
export function OfferRequestList({ sessionId, version }: { sessionId: string; version: number }) {
  const t = useT();
  const { data, refetch } = useQuery(LIVE_OFFER_REQUESTS_OF_SESSION, {
    variables: { id: sessionId },
    fetchPolicy: 'cache-and-network',
    pollInterval: 15_000,
  });
  useEffect(() => {
    if (version > 0) void refetch();
  }, [version, refetch]);
  const requests = data?.liveSession.offerRequests ?? [];
  if (requests.length === 0) return null;
  return (
    <div className="live-requests" data-testid="offer-requests">
      <h3>{t('live.host.requests')}</h3>
      <ul>
        {requests.map((r) => (
          <li key={r.id} data-testid="offer-request" data-status={r.status} data-product-name={r.product?.name ?? ''}>
            {r.product?.name} · {r.sku?.spec} — <strong>{t(STATUS_KEY[r.status])}</strong>
            {r.status === 'accepted' && r.approvedPriceFen && (
              <span>
                {' '}
                {t('live.host.requestFloor')} {formatPrice(String(r.approvedPriceFen))} × {r.approvedStockCap}
              </span>
            )}
            {r.status === 'declined' && r.declineReason && <span className="muted"> {r.declineReason}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
