import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { fenToYuanString, yuanToFen } from '@yigou/shared/money';
import { CompactInput, formatPrice, InlineError } from '@yigou/web/ui';
import { formatDate } from '../../catalog/utils/format-date';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { ANSWER_LIVE_OFFER_REQUEST, LIVE_OFFER_REQUESTS_QUERY } from '../graphql/supplier.documents';
import { useL } from '../utils/labels';
import '../../livestream/livestream.css';

type Request = NonNullable<ReturnType<typeof useRequests>['data']>['liveOfferRequests']['edges'][number]['node'];

function useRequests() {
  return useQuery(LIVE_OFFER_REQUESTS_QUERY, { variables: { status: 'pending' }, fetchPolicy: 'cache-and-network' });
}

/** 直播邀请: live sessions ask to sell a product at a live price; the supplier's staff agree (price floor, cap) or decline. */
export function LiveOfferRequestsPanel() {
  const L = useL();
  const { data, refetch } = useRequests();
  const items = data?.liveOfferRequests.edges.map((e) => e.node) ?? [];
  return (
    <section className="yg-card sp-card" data-testid="live-offer-requests">
      <h2 className="sp-card__title">{L('liveRequests')}</h2>
      {items.length === 0 ? (
        <p className="muted">{L('noLiveRequests')}</p>
      ) : (
        <ul className="sp-notes">
          {items.map((r) => (
            <RequestRow key={r.id} request={r} onAnswered={() => void refetch()} />
          ))}
        </ul>
      )}
    </section>
  );
}

function RequestRow({ request: r, onAnswered }: { request: Request; onAnswered: () => void }) {
  const L = useL();
  const errorMessage = useErrorMessage();
  const [price, setPrice] = useState(fenToYuanString(Number(r.requestedPriceFen)));
  const [cap, setCap] = useState(String(r.requestedStockCap));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [answer, answering] = useMutation(ANSWER_LIVE_OFFER_REQUEST);
  const send = async (accept: boolean) => {
    setError(null);
    try {
      const input = accept
        ? { requestId: r.id, accept, livePriceFen: String(yuanToFen(price)), stockCap: Number(cap) }
        : { requestId: r.id, accept, declineReason: reason.trim() || null };
      await answer({ variables: { input } });
      onAnswered();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <li data-testid="live-offer-request" data-product-name={r.product?.name ?? ''}>
      <strong>{r.session.title}</strong>{' '}
      <span className="muted">
        {r.session.hostName} · {formatDate(r.session.startsAt)}
      </span>
      <p>
        {r.product?.name} · {r.sku?.spec} — {L('liveRequestAsk')} {formatPrice(String(r.requestedPriceFen))} × {r.requestedStockCap}
        {r.sku && (
          <span className="muted">
            {' '}
            （{L('liveRequestRegular')} {formatPrice(String(r.sku.priceFen))}）
          </span>
        )}
      </p>
      {r.note && <p className="muted">{r.note}</p>}
      <div className="sp-row">
        <CompactInput name="approvedPrice" mode="decimal" label={L('liveRequestFloor')} value={price} onValueChange={setPrice} />
        <CompactInput name="approvedCap" mode="digits" label={L('liveRequestCap')} value={cap} onValueChange={setCap} />
        <button
          type="button"
          className="yg-button yg-button--primary"
          data-testid="live-request-accept"
          disabled={answering.loading || !price || !cap}
          onClick={() => void send(true)}
        >
          {L('liveRequestAccept')}
        </button>
        <CompactInput name="declineReason" maxLength={200} label={L('liveRequestDeclineReason')} value={reason} onValueChange={setReason} />
        <button
          type="button"
          className="yg-button"
          data-testid="live-request-decline"
          disabled={answering.loading}
          onClick={() => void send(false)}
        >
          {L('liveRequestDecline')}
        </button>
      </div>
      <InlineError className="live-error" message={error} />
    </li>
  );
}
