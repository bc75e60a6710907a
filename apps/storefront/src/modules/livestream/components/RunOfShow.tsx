import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useToast, InlineError } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { LIVE_RUN_OF_SHOW_QUERY, SET_LIVE_CURRENT_OFFER } from '../graphql/live.documents';
import type { LiveRoom } from '../hooks/useLiveRoom';
import '../live.css';
import '../livestream.css';

/**
 * 讲解顺序: the session's products in their order, the one explained now marked (当前讲解, pushed to every viewer),
 * and per product the orders placed (已下单) and paid (已付款), refreshed every few seconds during the show.
 */
export function RunOfShow({
  room,
  currentOfferId,
  pinnedOf,
}: {
  room: LiveRoom;
  currentOfferId: string | null;
  pinnedOf: (skuId: string) => boolean;
}) {
  const t = useT();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const counts = useQuery(LIVE_RUN_OF_SHOW_QUERY, {
    variables: { id: room.id },
    pollInterval: room.status === 'live' ? 5000 : 0,
    fetchPolicy: 'cache-and-network',
  });
  const [setCurrent, setting] = useMutation(SET_LIVE_CURRENT_OFFER);
  const countOf = new Map((counts.data?.liveSession.offers ?? []).map((o) => [o.id, o]));
  const offers = [...room.offers].sort((a, b) => a.sortOrder - b.sortOrder);
  const open = room.status !== 'ended';

  const choose = async (offerId: string | null, name: string) => {
    setError(null);
    try {
      await setCurrent({ variables: { sessionId: room.id, offerId } });
      toast(offerId ? t('live.run.nowToast', { name }) : t('live.run.clearedToast'));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <section className="live-run" data-testid="run-of-show">
      <h3>{t('live.run.title')}</h3>
      {offers.length === 0 ? (
        <p className="live-muted">{t('live.noOffers')}</p>
      ) : (
        <ol className="live-run__list">
          {offers.map((o, i) => {
            const name = `${o.product?.name ?? ''}${o.sku ? ` · ${o.sku.spec}` : ''}`;
            const now = o.id === currentOfferId;
            const pinned = pinnedOf(o.skuId);
            const c = countOf.get(o.id);
            return (
              <li
                key={o.id}
                className={`live-run__item${now ? ' is-current' : ''}${pinned ? '' : ' is-off'}`}
                data-testid="run-item"
                aria-current={now ? 'true' : undefined}
              >
                <span className="live-run__no">{i + 1}</span>
                <span className="live-run__name">
                  {name}
                  {now && <span className="live-offer__now">{t('live.run.now')}</span>}
                  {!pinned && <span className="live-muted"> · {t('live.host.unpinned')}</span>}
                </span>
                <span className="live-run__counts" data-testid="run-counts">
                  {t('live.run.placed', { count: c?.placedOrderCount ?? 0 })} · {t('live.run.paid', { count: c?.paidOrderCount ?? 0 })}
                </span>
                {open &&
                  (now ? (
                    <button
                      type="button"
                      className="yg-button"
                      disabled={setting.loading}
                      data-testid="run-clear"
                      onClick={() => void choose(null, name)}
                    >
                      {t('live.run.clear')}
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="yg-button yg-button--primary"
                      disabled={setting.loading || !pinned}
                      data-testid="run-set"
                      onClick={() => void choose(o.id, name)}
                    >
                      {t('live.run.set')}
                    </button>
                  ))}
              </li>
            );
          })}
        </ol>
      )}
      <InlineError className="live-error" testId="run-error" message={error} />
    </section>
  );
}
