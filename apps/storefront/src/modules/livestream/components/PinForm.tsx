import { FormEvent, useState } from 'react';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useT } from '@yigou/web/i18n';
import { yuanToFen } from '@yigou/shared/money';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { LIVE_PRODUCT_PICKER_QUERY, PIN_LIVE_PRODUCT, REQUEST_LIVE_OFFER } from '../graphql/live.documents';
import '../livestream.css';
import { fromShanghaiDateTime } from '@yigou/shared/time';
import { CompactInput, InlineError } from '@yigou/web/ui';

/** The host picks a product's SKU and a live price, then asks its supplier for those terms or pins it at once. */
export function PinForm({ sessionId, onPinned, onAsked }: { sessionId: string; onPinned: () => void; onAsked: () => void }) {
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
      await ask({
        variables: {
          input: { sessionId, productId: choice.productId, skuId: choice.skuId, livePriceFen: String(livePriceFen), stockCap: Number(cap) },
        },
      });
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
            offerEndsAt: endsAt ? fromShanghaiDateTime(endsAt).toISOString() : null,
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
        <CompactInput
          name="productSearch"
          label={t('live.host.search')}
          value={search}
          onValueChange={setSearch}
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
        <CompactInput name="livePrice" mode="decimal" label={t('live.host.livePrice')} value={price} onValueChange={setPrice} />
        <CompactInput name="stockCap" mode="digits" label={t('live.host.stockCap')} value={cap} onValueChange={setCap} />
        <CompactInput name="perBuyerLimit" mode="digits" label={t('live.host.perBuyerLimit')} value={limit} onValueChange={setLimit} />
        <input
          name="offerEndsAt"
          type="datetime-local"
          value={endsAt}
          aria-label={t('live.host.offerEndsAt')}
          onChange={(e) => setEndsAt(e.target.value)}
        />
        <button
          type="button"
          className="yg-button"
          data-testid="request-submit"
          disabled={!choice || !price || asking.loading}
          onClick={() => void askSupplier()}
        >
          {t('live.host.requestSupplier')}
        </button>
        <button
          type="submit"
          className="yg-button yg-button--primary"
          data-testid="pin-submit"
          disabled={!choice || !price || pinning.loading}
        >
          {t('live.host.pin')}
        </button>
      </div>
      <InlineError className="live-error" message={error} />
    </form>
  );
}
