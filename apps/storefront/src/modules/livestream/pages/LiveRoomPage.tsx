import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useMutation } from '@apollo/client/react';
import { Badge, EmptyState, ErrorState, Spinner } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useSession } from '../../auth/hooks/session';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { HlsPlayer } from '../components/HlsPlayer';
import { HostPanel } from '../components/HostPanel';
import { FollowButton } from '../components/FollowButton';
import { LiveBuyPanel } from '../components/LiveBuyPanel';
import { LiveComments } from '../components/LiveComments';
import { LiveTicker } from '../components/LiveTicker';
import { OfferCard } from '../components/OfferCard';
import { LIKE_LIVE_SESSION, UNPIN_LIVE_PRODUCT } from '../graphql/live.documents';
import { useLiveRoom } from '../hooks/useLiveRoom';
import '../livestream.css';

export function LiveRoomPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { user } = useSession();
  const errorMessage = useErrorMessage();
  const { room, state, loading, error, refetch } = useLiveRoom(id, !!user);
  const [like] = useMutation(LIKE_LIVE_SESSION);
  const [unpin] = useMutation(UNPIN_LIVE_PRODUCT);
  const [buying, setBuying] = useState<string | null>(null);
  // SKUs a checkout was refused as sold out, with the room's seq then: shown sold out at once, until a later push shows stock again.
  const [soldOutAt, setSoldOutAt] = useState<ReadonlyMap<string, number>>(new Map());
  useDocumentTitle(room?.title);

  if (error && !room) {
    const notFound = /NOT_FOUND|不存在/.test(String(error.message)) || error.message.includes('直播不存在');
    return notFound ? (
      <EmptyState title={t('live.notFound')} />
    ) : (
      <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />
    );
  }
  if ((loading && !room) || !room || !state) return <Spinner />;

  const status = state.status;
  const manage = room.canManage;
  const offers = room.offers.filter((o) => (state.offers[o.skuId]?.pinned ?? o.pinned) || manage);
  const buyingOffer = buying ? offers.find((o) => o.skuId === buying) : undefined;
  const soldOutNow = (skuId: string): boolean => {
    const seq = soldOutAt.get(skuId);
    return seq !== undefined && !(state.seq > seq && (state.offers[skuId]?.stockLeft ?? 0) > 0);
  };
  const stockLeftOf = (skuId: string): number | null => {
    if (soldOutNow(skuId)) return 0;
    const pushed = state.offers[skuId];
    return pushed ? pushed.stockLeft : (room.offers.find((o) => o.skuId === skuId)?.stockLeft ?? null);
  };

  return (
    <div className="live-room" data-testid="live-room" data-status={status}>
      <header className="live-room__head">
        <div>
          <h1>{room.title}</h1>
          <p>
            {room.hostTitle ? `${room.hostTitle} ` : ''}
            {room.hostName} · {t(`live.kind.${room.kind}`)} · {room.countyName}
            <FollowButton kind="county" targetId={room.countyCode} label={room.countyName} signedIn={!!user} />
          </p>
        </div>
        <div className="live-room__stats">
          <Badge tone={status === 'live' ? 'orange' : 'green'} testId="live-status">
            {t(`live.status.${status}`)}
          </Badge>
          <span data-testid="viewer-count">{t('live.viewers', { count: state.viewerCount })}</span>
          <span data-testid="placed-count">{t('live.placed', { count: state.placedCount })}</span>
          <span data-testid="order-count">{t('live.orders', { count: state.orderCount })}</span>
          <button
            type="button"
            className="yg-button"
            data-testid="like"
            disabled={!user || status !== 'live'}
            onClick={() => void like({ variables: { sessionId: room.id } })}
          >
            ♥ {t('live.likes', { count: state.likeCount })}
          </button>
        </div>
      </header>

      <div className="live-room__grid">
        <div className="live-room__stage">
          {status === 'ended' && room.replayUrl ? (
            <a className="yg-button yg-button--primary" href={room.replayUrl} target="_blank" rel="noreferrer noopener">
              {t('live.replay')}
            </a>
          ) : room.streamUrl && status === 'live' ? (
            <HlsPlayer src={room.streamUrl} poster={room.coverUrl} />
          ) : room.externalRoomUrl && status === 'live' ? (
            <a className="yg-button yg-button--primary" href={room.externalRoomUrl} target="_blank" rel="noreferrer noopener">
              {t('live.externalRoom')}
            </a>
          ) : (
            <div className="live-video live-video--idle">{t('live.noStream')}</div>
          )}
          <LiveTicker lines={state.ticker} />
        </div>

        <aside className="live-room__side">
          <h2>{t('live.offers')}</h2>
          {offers.length === 0 && <p className="live-muted">{t('live.noOffers')}</p>}
          {buyingOffer && status === 'live' && (
            <LiveBuyPanel
              key={buyingOffer.productId}
              sessionId={room.id}
              offers={offers.filter((o) => o.productId === buyingOffer.productId && (state.offers[o.skuId]?.pinned ?? o.pinned))}
              initialSkuId={buyingOffer.skuId}
              stockLeftOf={stockLeftOf}
              signedIn={!!user}
              isPurchaser={!!user?.roles.some((r) => r.role === 'unit_purchaser')}
              onSoldOut={(skuId) => setSoldOutAt((prev) => new Map(prev).set(skuId, state.seq))}
              onClose={() => setBuying(null)}
            />
          )}
          {offers.map((o) => (
            <OfferCard
              key={o.id}
              offer={o}
              counters={state.offers[o.skuId]}
              live={status === 'live'}
              soldOutNow={soldOutNow(o.skuId)}
              current={o.id === state.currentOfferId}
              onBuy={setBuying}
              manage={
                manage ? (
                  (state.offers[o.skuId]?.pinned ?? o.pinned) ? (
                    <button
                      type="button"
                      className="yg-button"
                      data-testid="unpin"
                      onClick={() => void unpin({ variables: { sessionId: room.id, skuId: o.skuId } }).then(() => refetch())}
                    >
                      {t('live.host.unpin')}
                    </button>
                  ) : (
                    <span className="live-muted">{t('live.host.unpinned')}</span>
                  )
                ) : undefined
              }
            />
          ))}
          <LiveComments sessionId={room.id} comments={state.comments} canModerate={manage} open={status !== 'ended'} />
        </aside>
      </div>
      {manage && (
        <HostPanel
          room={room}
          onChanged={() => void refetch()}
          currentOfferId={state.currentOfferId}
          pinnedOf={(skuId) => state.offers[skuId]?.pinned ?? room.offers.find((o) => o.skuId === skuId)?.pinned ?? false}
        />
      )}
    </div>
  );
}
