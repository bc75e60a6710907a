import { useRef, useState } from 'react';
import { InvoiceFields, useInvoiceRefusal } from '../../invoices/components/InvoiceFields';
import { emptyDraft, invoiceInputOf, type InvoiceDraft } from '../../invoices/utils/invoice-files';
import { useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorState, Price, Spinner, InlineError } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useSession } from '../../auth/hooks/session';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { AddressPicker, chosenAddressId } from '../components/AddressPicker';
import { CartQuoteTotals, CartSupplierGroup, groupItems } from '../components/CartQuoteView';
import { chosenMethodOf, PaymentPicker, type PaymentChoice } from '../components/PaymentPicker';
import { CHECKOUT_QUERY, PLACE_ORDER } from '../graphql/checkout.documents';
import { CART_COUNT_QUERY, MY_CART_QUERY } from '../graphql/cart.documents';
import { useCheckoutKey } from '../hooks/useCheckoutKey';
import { EmptyCart } from '../components/EmptyCart';
import '../orders.css';

export function CheckoutPage() {
  const t = useT();
  useDocumentTitle(t('checkout.title'));
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const { user } = useSession();
  const isPurchaser = !!user?.roles.some((r) => r.role === 'unit_purchaser');
  const { data, loading, error, refetch } = useQuery(CHECKOUT_QUERY, { fetchPolicy: 'network-only' });
  const [placeOrder, placeState] = useMutation(PLACE_ORDER, { refetchQueries: [MY_CART_QUERY, CART_COUNT_QUERY] });
  const [addressId, setAddressId] = useState<string | null>(null);
  const [payment, setPayment] = useState<PaymentChoice>({ method: null, term: 'pay_first', purpose: 'canteen' });
  const [wantInvoice, setWantInvoice] = useState(false);
  const [invoice, setInvoice] = useState<InvoiceDraft>(emptyDraft());
  // One key per attempt (the same on a retry of the same checkout), and one request at a time: a second click
  // before the button re-renders as disabled is dropped here.
  const checkoutKey = useCheckoutKey();
  const inFlight = useRef(false);
  // each refused invoice field is said under that field, anything else below the order total
  const refusal = useInvoiceRefusal(placeState.error, wantInvoice);

  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (loading || !data) return <Spinner label={t('state.loading')} />;
  const items = data.myCart;
  // Nothing to check out (Back after placing an order, or a typed address): the cart's empty state, not a form.
  if (items.length === 0) {
    return <EmptyCart />;
  }
  const addresses = data.myAddresses;
  const chosenAddress = chosenAddressId(addresses, addressId);
  const methods = data.paymentMethods;
  const chosenMethod = chosenMethodOf(methods, payment.method);
  const { term, purpose } = payment;
  const quote = data.cartQuote;

  return (
    <section className="orders-page checkout-page">
      <h1>{t('checkout.title')}</h1>

      <div className="checkout-section" data-testid="checkout-items">
        <h2>{t('checkout.items')}</h2>
        {groupItems(quote, items).map(({ group, items: list }) => {
          const lines = (
            <ul className="cart-list">
              {list.map((i) => (
                <li key={i.id} className="checkout-line" data-testid="checkout-line">
                  <span>
                    {i.details?.productName} <span className="muted">· {i.details?.spec}</span>
                  </span>
                  <span className="muted">×{i.quantity}</span>
                  <Price fen={i.priceFen} />
                </li>
              ))}
            </ul>
          );
          return group ? (
            <CartSupplierGroup key={group.supplierId} group={group}>
              {lines}
            </CartSupplierGroup>
          ) : (
            <div key="unavailable" className="yg-card cart-group">
              {lines}
            </div>
          );
        })}
      </div>

      <div className="yg-card checkout-section">
        <h2>{t('checkout.address')}</h2>
        <AddressPicker addresses={addresses} chosen={chosenAddress} onChoose={setAddressId} refetchQueries={[CHECKOUT_QUERY]} />
      </div>

      <div className="yg-card checkout-section">
        <h2>{t('checkout.payment')}</h2>
        <PaymentPicker methods={methods} value={payment} onChange={setPayment} isPurchaser={isPurchaser} />
      </div>

      <div className="yg-card checkout-section">
        <label className="choice">
          <input type="checkbox" checked={wantInvoice} onChange={(e) => setWantInvoice(e.target.checked)} data-testid="want-invoice" />{' '}
          {t('checkout.invoice')}
        </label>
        {wantInvoice && <InvoiceFields value={invoice} onChange={setInvoice} errors={refusal.byPlace} />}
      </div>

      <div className="cart-total">
        <span className="muted">{t('checkout.splitNote', { count: quote.groups.length })}</span>
        <CartQuoteTotals quote={quote} />
        <button
          type="button"
          className="yg-button yg-button--accent yg-button--lg"
          data-testid="place-order"
          disabled={!chosenAddress || !chosenMethod || items.length === 0 || placeState.loading}
          onClick={async () => {
            if (inFlight.current) return;
            inFlight.current = true;
            const input = {
              lines: items.map((i) => ({ skuId: i.skuId, quantity: i.quantity, expectedPriceFen: i.priceFen })),
              addressId: chosenAddress!,
              paymentMethod: chosenMethod!,
              paymentTerm: chosenMethod === 'bank_transfer' ? term : null,
              purpose: isPurchaser ? purpose : null,
              invoice: wantInvoice ? invoiceInputOf(invoice) : null,
            };
            const r = await placeOrder({ variables: { input: { ...input, checkoutKey: checkoutKey.keyFor(input) } } })
              .catch(() => null)
              .finally(() => {
                inFlight.current = false;
              });
            const orders = r?.data?.placeOrder;
            if (orders?.length) {
              checkoutKey.placed();
              navigate(orders.length === 1 ? `/orders/${orders[0].id}` : '/orders?placed=1');
            }
          }}
        >
          {t('checkout.submit')}
        </button>
      </div>
      <InlineError className="form-error" testId="checkout-error" message={refusal.rest} />
    </section>
  );
}
