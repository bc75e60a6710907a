import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorState, Price, Spinner, TextField } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { useDocumentTitle } from '../modules/app/hooks/useDocumentTitle';
import { useSession } from '../modules/auth/hooks/session';
import { useErrorMessage } from '../modules/errors/hooks/useErrorMessage';
import { describeError } from '../modules/errors/utils/describe-error';
import { CHECKOUT_QUERY, MY_CART_QUERY, PLACE_ORDER, SAVE_ADDRESS } from '../modules/orders/graphql/orders.documents';
import type { PaymentMethod, PaymentTerm, PurchasePurpose } from '../generated/graphql';

const EMPTY_ADDRESS = { recipient: '', phone: '', province: '', city: '', district: '', detail: '' };

export function CheckoutPage() {
  const t = useT();
  useDocumentTitle(t('checkout.title'));
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const { user } = useSession();
  const isPurchaser = !!user?.roles.some((r) => r.role === 'unit_purchaser');
  const { data, loading, error, refetch } = useQuery(CHECKOUT_QUERY, { fetchPolicy: 'network-only' });
  const [saveAddress, saveState] = useMutation(SAVE_ADDRESS, { refetchQueries: [CHECKOUT_QUERY] });
  const [placeOrder, placeState] = useMutation(PLACE_ORDER, { refetchQueries: [MY_CART_QUERY] });
  const [addressId, setAddressId] = useState<string | null>(null);
  const [newAddress, setNewAddress] = useState(EMPTY_ADDRESS);
  const [showNew, setShowNew] = useState(false);
  const [method, setMethod] = useState<PaymentMethod | null>(null);
  const [term, setTerm] = useState<PaymentTerm>('pay_first');
  const [purpose, setPurpose] = useState<PurchasePurpose>('canteen');
  const [wantInvoice, setWantInvoice] = useState(false);
  const [invoice, setInvoice] = useState({ title: '', taxNo: '' });

  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (loading || !data) return <Spinner label={t('state.loading')} />;
  const items = data.myCart;
  const addresses = data.myAddresses;
  const chosenAddress = addressId ?? addresses.find((a) => a.isDefault)?.id ?? addresses[0]?.id ?? null;
  const methods = data.paymentMethods;
  const chosenMethod = method ?? methods.find((m) => m.available)?.method ?? null;
  const suppliers = new Set(items.map((i) => i.details?.supplierId)).size;
  const total = items.reduce((s, i) => s + Number(i.priceFen) * i.quantity, 0);
  const fieldError = (field: string) => {
    const d = saveState.error ? describeError(saveState.error) : null;
    return d?.field === field ? errorMessage(saveState.error!) : undefined;
  };

  return (
    <section className="orders-page checkout-page">
      <h1>{t('checkout.title')}</h1>

      <div className="yg-card checkout-section">
        <h2>{t('checkout.address')}</h2>
        {addresses.map((a) => (
          <label key={a.id} className="choice" data-testid="address-option">
            <input type="radio" name="address" checked={chosenAddress === a.id} onChange={() => setAddressId(a.id)} />
            {a.recipient} {a.phone} · {a.province}
            {a.city}
            {a.district}
            {a.detail}
          </label>
        ))}
        {(showNew || addresses.length === 0) ? (
          <form
            className="address-form"
            data-testid="address-form"
            onSubmit={async (e) => {
              e.preventDefault();
              const r = await saveAddress({ variables: { input: newAddress } }).catch(() => null);
              if (r?.data) {
                setAddressId(r.data.saveAddress.id);
                setShowNew(false);
                setNewAddress(EMPTY_ADDRESS);
              }
            }}
          >
            {(['recipient', 'phone', 'province', 'city', 'district', 'detail'] as const).map((f) => (
              <TextField key={f} label={t(`checkout.${f}`)} name={f} value={newAddress[f]} error={fieldError(f)} onChange={(e) => setNewAddress({ ...newAddress, [f]: e.target.value })} />
            ))}
            {saveState.error && !describeError(saveState.error).field && <p className="form-error">{errorMessage(saveState.error)}</p>}
            <button type="submit" className="yg-button" data-testid="save-address">{t('checkout.saveAddress')}</button>
          </form>
        ) : (
          <button type="button" className="yg-button yg-button--ghost" onClick={() => setShowNew(true)}>{t('checkout.newAddress')}</button>
        )}
      </div>

      <div className="yg-card checkout-section">
        <h2>{t('checkout.payment')}</h2>
        {methods.map((m) => (
          <label key={m.method} className="choice" data-testid={`method-${m.method}`}>
            <input type="radio" name="method" disabled={!m.available} checked={chosenMethod === m.method} onChange={() => setMethod(m.method)} />
            {m.method === 'stripe' && !m.available ? t('checkout.onlineUnavailable') : m.label}
            {m.reason && m.method !== 'stripe' && <span className="muted"> （{m.reason}）</span>}
          </label>
        ))}
        {chosenMethod === 'bank_transfer' && (
          <>
            <h3>{t('checkout.term')}</h3>
            {(['pay_first', 'ship_first'] as const).map((x) => (
              <label key={x} className="choice">
                <input type="radio" name="term" checked={term === x} onChange={() => setTerm(x)} /> {t(`checkout.term.${x}`)}
              </label>
            ))}
          </>
        )}
        {isPurchaser && (
          <>
            <h3>{t('checkout.purpose')}</h3>
            {(['canteen', 'union', 'other'] as const).map((p) => (
              <label key={p} className="choice">
                <input type="radio" name="purpose" checked={purpose === p} onChange={() => setPurpose(p)} /> {t(`checkout.purpose.${p}`)}
              </label>
            ))}
          </>
        )}
      </div>

      <div className="yg-card checkout-section">
        <label className="choice">
          <input type="checkbox" checked={wantInvoice} onChange={(e) => setWantInvoice(e.target.checked)} data-testid="want-invoice" /> {t('checkout.invoice')}
        </label>
        {wantInvoice && (
          <div className="address-form">
            <TextField label={t('checkout.invoiceTitle')} name="invoiceTitle" value={invoice.title} onChange={(e) => setInvoice({ ...invoice, title: e.target.value })} />
            <TextField label={t('checkout.taxNo')} name="taxNo" value={invoice.taxNo} onChange={(e) => setInvoice({ ...invoice, taxNo: e.target.value })} />
          </div>
        )}
      </div>

      <div className="cart-total">
        <span className="muted">{t('checkout.splitNote', { count: suppliers })}</span>
        <Price fen={String(total)} size="lg" />
        <button
          type="button"
          className="yg-button yg-button--accent yg-button--lg"
          data-testid="place-order"
          disabled={!chosenAddress || !chosenMethod || items.length === 0 || placeState.loading}
          onClick={async () => {
            const r = await placeOrder({
              variables: {
                input: {
                  lines: items.map((i) => ({ skuId: i.skuId, quantity: i.quantity, expectedPriceFen: i.priceFen })),
                  addressId: chosenAddress!,
                  paymentMethod: chosenMethod!,
                  paymentTerm: chosenMethod === 'bank_transfer' ? term : null,
                  purpose: isPurchaser ? purpose : null,
                  invoice: wantInvoice ? { title: invoice.title, taxNo: invoice.taxNo || null } : null,
                },
              },
            }).catch(() => null);
            const orders = r?.data?.placeOrder;
            if (orders?.length) navigate(orders.length === 1 ? `/orders/${orders[0].id}` : '/orders?placed=1');
          }}
        >
          {t('checkout.submit')}
        </button>
      </div>
      {placeState.error && <p className="form-error" role="alert" data-testid="checkout-error">{errorMessage(placeState.error)}</p>}
    </section>
  );
}
