import { FormEvent, useState } from 'react';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useT } from '@yigou/web/i18n';
import { useToast } from '@yigou/web/ui';
import { yuanToFen } from '@yigou/shared/money';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { END_LIVE_SESSION, LIVE_PRODUCT_PICKER_QUERY, PIN_LIVE_PRODUCT, REQUEST_LIVE_OFFER, START_LIVE_SESSION, UPDATE_LIVE_COVER } from '../graphql/live.documents';
import { OfferRequestList } from './OfferRequestList';
import { RunOfShow } from './RunOfShow';
import { CoverPicker } from './CoverPicker';
import { StreamLinks } from './StreamLinks';
import type { LiveRoom } from '../hooks/useLiveRoom';

/** Go live, ask suppliers for live terms and pin the products they agreed to, end with a replay URL. */
export function HostPanel({ room, onChanged, currentOfferId, pinnedOf }: { room: LiveRoom; onChanged: () => void; currentOfferId: string | null; pinnedOf: (skuId: string) => boolean }) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [replayUrl, setReplayUrl] = useState('');
  const [asked, setAsked] = useState(0);
  const [start, starting] = useMutation(START_LIVE_SESSION);
  const [end, ending] = useMutation(END_LIVE_SESSION);
  const toast = useToast();
  const hasLink = !!(room.streamUrl || room.externalRoomUrl);
  const run = async (fn: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await fn();
      toast(done);
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <section className="live-host yg-card" data-testid="host-panel">
      <h2>{t('live.host.panel')}</h2>
      <RunOfShow room={room} currentOfferId={currentOfferId} pinnedOf={pinnedOf} />
      {room.status !== 'ended' && <StreamLinks room={room} onSaved={onChanged} />}
      <SessionCover room={room} />
      <div className="live-host__row">
        {room.status === 'scheduled' && (
          <button
            type="button"
            className="yg-button yg-button--primary"
            data-testid="host-start"
            disabled={starting.loading || !hasLink}
            aria-describedby={hasLink ? undefined : 'host-start-hint'}
            onClick={() => void run(() => start({ variables: { id: room.id } }), t('live.host.started'))}
          >
            {t('live.host.start')}
          </button>
        )}
        {room.status === 'scheduled' && !hasLink && (
          <span className="live-muted" id="host-start-hint" data-testid="host-start-hint">
            {t('live.host.needLink')}
          </span>
        )}
        {room.status !== 'ended' && (
          <>
            <input value={replayUrl} onChange={(e) => setReplayUrl(e.target.value)} placeholder={t('live.host.replayUrl')} aria-label={t('live.host.replayUrl')} />
            <button type="button" className="yg-button" data-testid="host-end" disabled={ending.loading} onClick={() => void run(() => end({ variables: { id: room.id, replayUrl: replayUrl.trim() || null } }), t('live.host.ended'))}>
              {t('live.host.end')}
            </button>
          </>
        )}
      </div>
      {error && (
        <p className="live-error" role="alert" data-testid="host-error">
          {error}
        </p>
      )}
      {room.status !== 'ended' && (
        <PinForm
          sessionId={room.id}
          onPinned={() => {
            onChanged();
            setAsked((n) => n + 1);
          }}
          onAsked={() => setAsked((n) => n + 1)}
        />
      )}
      <OfferRequestList sessionId={room.id} version={asked} />
    </section>
  );
}

/** The session's cover, changed in the console any time: saved as soon as it is uploaded or removed. */
function SessionCover({ room }: { room: LiveRoom }) {
  const t = useT();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const [save, { loading }] = useMutation(UPDATE_LIVE_COVER);
  const [error, setError] = useState<string | null>(null);
  const change = async (coverUrl: string | null) => {
    setError(null);
    try {
      await save({ variables: { id: room.id, coverUrl } });
      toast(t('live.cover.saved'));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <div className="live-host__cover">
      <CoverPicker value={room.coverUrl ?? null} onChange={(url) => void change(url)} title={room.title} countyName={room.countyName} busy={loading} />
      {error && (
        <p className="live-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function PinForm({ sessionId, onPinned, onAsked }: { sessionId: string; onPinned: () => void; onAsked: () => void }) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const [search, setSearch] = useState('');
  const [find, found] = useLazyQuery(LIVE_PRODUCT_PICKER_QUERY);
  const [choice, setChoice] = useState<{ productId: string; skuId: string } | null>(null);
  const [price, setPrice] = useState('');
  const [cap, setCap] = useState('');
  const [limit, setLimit] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pin, pinning] = useMutation(PIN_LIVE_PRODUCT);
  const [ask, asking] = useMutation(REQUEST_LIVE_OFFER);
  const products = found.data?.products.edges.map((e) => e.node) ?? [];

  const livePrice = (): number | null => {
    try {
      return yuanToFen(price);
    } catch {
      setError(t('live.host.livePrice'));
      return null;
    }
  };

  /** Asks the product's supplier to agree to this live price and cap; the answer shows in the list below. */
  const askSupplier = async () => {
    setError(null);
    const livePriceFen = livePrice();
    if (!choice || livePriceFen === null) return;
    if (!cap) {
      setError(t('live.host.stockCap'));
      return;
    }
    try {
      await ask({ variables: { input: { sessionId, productId: choice.productId, skuId: choice.skuId, livePriceFen: String(livePriceFen), stockCap: Number(cap) } } });
      onAsked();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const livePriceFen = livePrice();
    if (!choice || livePriceFen === null) return;
    try {
      await pin({
        variables: {
          input: {
            sessionId,
            productId: choice.productId,
            skuId: choice.skuId,
            livePriceFen: String(livePriceFen),
            stockCap: cap ? Number(cap) : null,
            perBuyerLimit: limit ? Number(limit) : null,
            offerEndsAt: endsAt ? new Date(endsAt).toISOString() : null,
          },
        },
      });
      setChoice(null);
      setPrice('');
      onPinned();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <form className="live-pin" onSubmit={(e) => void submit(e)} data-testid="pin-form">
      <h3>{t('live.host.pin')}</h3>
      <div className="live-host__row">
        <input
          name="productSearch"
          value={search}
          placeholder={t('live.host.search')}
          aria-label={t('live.host.search')}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void find({ variables: { search } });
            }
          }}
        />
        <button type="button" className="yg-button" data-testid="pin-search" onClick={() => void find({ variables: { search } })}>
          {t('search.submit')}
        </button>
      </div>
      {products.length > 0 && (
        <select
          name="sku"
          aria-label={t('live.host.sku')}
          value={choice ? `${choice.productId}|${choice.skuId}` : ''}
          onChange={(e) => {
            const [productId, skuId] = e.target.value.split('|');
            setChoice(productId && skuId ? { productId, skuId } : null);
          }}
        >
          <option value="">—</option>
          {products.flatMap((p) =>
            p.skus.map((k) => (
              <option key={k.id} value={`${p.id}|${k.id}`}>
                {p.name} · {k.spec}
              </option>
            )),
          )}
        </select>
      )}
      <div className="live-host__row">
        <input name="livePrice" value={price} inputMode="decimal" placeholder={t('live.host.livePrice')} aria-label={t('live.host.livePrice')} onChange={(e) => setPrice(e.target.value)} />
        <input name="stockCap" value={cap} inputMode="numeric" placeholder={t('live.host.stockCap')} aria-label={t('live.host.stockCap')} onChange={(e) => setCap(e.target.value.replace(/\D/g, ''))} />
        <input name="perBuyerLimit" value={limit} inputMode="numeric" placeholder={t('live.host.perBuyerLimit')} aria-label={t('live.host.perBuyerLimit')} onChange={(e) => setLimit(e.target.value.replace(/\D/g, ''))} />
        <input name="offerEndsAt" type="datetime-local" value={endsAt} aria-label={t('live.host.offerEndsAt')} onChange={(e) => setEndsAt(e.target.value)} />
        <button type="button" className="yg-button" data-testid="request-submit" disabled={!choice || !price || asking.loading} onClick={() => void askSupplier()}>
          {t('live.host.requestSupplier')}
        </button>
        <button type="submit" className="yg-button yg-button--primary" data-testid="pin-submit" disabled={!choice || !price || pinning.loading}>
          {t('live.host.pin')}
        </button>
      </div>
      {error && (
        <p className="live-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
