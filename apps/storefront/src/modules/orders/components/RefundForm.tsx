import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorState, Price, Spinner } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import { formatFen, yuanToFen } from '@yigou/shared/money';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { FINANCE_DESK_QUERIES } from '../graphql/finance.documents';
import { REFUND_DETAILS_QUERY, REFUND_ORDER } from '../graphql/refunds.documents';
import '../orders.css';

export interface RefundableOrder {
  id: string;
  orderNo: string;
  shippingFen: string;
  paidFen: string;
  refundedFen: string;
  lines: { id: string; productName: string; skuSpec: string; quantity: number; unitPriceFen: string; refundedQuantity: number }[];
}

/** Refund amount in fen for the chosen quantities (unit price × quantity) plus shipping if ticked. */
export function refundAmountFen(order: RefundableOrder, qty: Record<string, number>, includeShipping: boolean): number {
  return order.lines.reduce((s, l) => s + Number(l.unitPriceFen) * (qty[l.id] ?? 0), 0) + (includeShipping ? Number(order.shippingFen) : 0);
}

/** Loads the order's lines (what is still refundable) when the desk opens a refund. */
export function OrderRefund({ orderId }: { orderId: string }) {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(REFUND_DETAILS_QUERY, { variables: { id: orderId }, fetchPolicy: 'network-only' });
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (loading && !data) return <Spinner label={t('state.loading')} />;
  return data?.order ? <RefundForm order={data.order} onDone={() => void refetch()} /> : null;
}

/** A typed yuan amount in fen, or null when it is not a positive amount with at most two decimals. */
export function parseRefundYuan(raw: string): number | null {
  try {
    const fen = yuanToFen(raw);
    return fen > 0 ? fen : null;
  } catch {
    return null;
  }
}

/**
 * Platform finance: a full or partial refund by line quantities (the server prices
 * them from the order), optionally the shipping, optionally putting returned goods
 * back on the shelf — or by a typed amount (compensation, goods stay with the buyer),
 * which the server spreads over the lines' unrefunded amounts.
 */
export function RefundForm({ order, onDone }: { order: RefundableOrder; onDone?: () => void }) {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  const refundable = (l: RefundableOrder['lines'][number]) => l.quantity - l.refundedQuantity;
  const [qty, setQty] = useState<Record<string, string>>(() => Object.fromEntries(order.lines.map((l) => [l.id, String(refundable(l))])));
  const [includeShipping, setIncludeShipping] = useState(Number(order.refundedFen) === 0 && Number(order.shippingFen) > 0);
  const [restock, setRestock] = useState(false);
  const [mode, setMode] = useState<'quantity' | 'amount'>('quantity');
  const [yuan, setYuan] = useState('');
  const [reason, setReason] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const [refund, state] = useMutation(REFUND_ORDER, { refetchQueries: FINANCE_DESK_QUERIES });

  const parsed: Record<string, number> = {};
  let qtyValid = true;
  for (const l of order.lines) {
    const raw = (qty[l.id] ?? '').trim();
    const n = raw === '' ? 0 : Number(raw);
    if (!Number.isInteger(n) || n < 0 || n > refundable(l)) qtyValid = false;
    else parsed[l.id] = n;
  }
  const typedFen = parseRefundYuan(yuan);
  const shippingFen = includeShipping ? Number(order.shippingFen) : 0;
  const amount =
    mode === 'amount'
      ? typedFen === null
        ? null
        : typedFen + shippingFen
      : qtyValid
        ? refundAmountFen(order, parsed, includeShipping)
        : null;
  const left = Number(order.paidFen) - Number(order.refundedFen);

  return (
    <form
      className="refund-form yg-card"
      noValidate
      data-testid="refund-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (mode === 'amount' && typedFen === null) return setFormError(t('refund.amountInvalid'));
        if (mode === 'quantity' && !qtyValid) return setFormError(t('refund.qtyInvalid'));
        if (!amount || amount <= 0) return setFormError(t('refund.nothing'));
        if (!reason.trim()) return setFormError(t('refund.reasonRequired'));
        setFormError(null);
        const input =
          mode === 'amount'
            ? { orderId: order.id, lines: [], amountFen: String(typedFen), includeShipping, restock: false, reason: reason.trim() }
            : {
                orderId: order.id,
                lines: order.lines.filter((l) => (parsed[l.id] ?? 0) > 0).map((l) => ({ lineId: l.id, quantity: parsed[l.id] })),
                includeShipping,
                restock,
                reason: reason.trim(),
              };
        const r = await refund({ variables: { input } }).catch(() => null);
        if (r?.data) onDone?.();
      }}
    >
      <h3>{t('refund.title', { orderNo: order.orderNo })}</h3>
      <fieldset className="refund-form__mode">
        <legend>{t('refund.mode')}</legend>
        <label className="checkbox">
          <input type="radio" name={`refund-mode-${order.id}`} checked={mode === 'quantity'} onChange={() => setMode('quantity')} />{' '}
          {t('refund.byQuantity')}
        </label>
        <label className="checkbox">
          <input type="radio" name={`refund-mode-${order.id}`} checked={mode === 'amount'} onChange={() => setMode('amount')} />{' '}
          {t('refund.byAmount')}
        </label>
      </fieldset>
      {mode === 'amount' && (
        <p>
          <input
            className="yg-input"
            inputMode="decimal"
            aria-label={t('refund.amountYuan')}
            placeholder={t('refund.amountYuan')}
            value={yuan}
            onChange={(e) => setYuan(e.target.value)}
          />{' '}
          <span className="muted">{t('refund.amountHint')}</span>
        </p>
      )}
      {mode === 'quantity' && (
        <table className="order-lines">
          <tbody>
            {order.lines.map((l) => (
              <tr key={l.id}>
                <td>
                  {l.productName} <span className="muted">{l.skuSpec}</span>
                </td>
                <td>
                  <Price fen={l.unitPriceFen} />
                </td>
                <td className="muted">{t('refund.refundable', { n: refundable(l) })}</td>
                <td>
                  <input
                    className="yg-input refund-form__qty"
                    type="number"
                    min={0}
                    max={refundable(l)}
                    aria-label={`${t('refund.qty')} ${l.productName}`}
                    value={qty[l.id] ?? ''}
                    disabled={refundable(l) === 0}
                    onChange={(e) => setQty({ ...qty, [l.id]: e.target.value })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {Number(order.shippingFen) > 0 && (
        <label className="checkbox">
          <input type="checkbox" checked={includeShipping} onChange={(e) => setIncludeShipping(e.target.checked)} />{' '}
          {t('refund.includeShipping', { amount: formatFen(Number(order.shippingFen)) })}
        </label>
      )}
      {mode === 'quantity' && (
        <label className="checkbox">
          <input type="checkbox" checked={restock} onChange={(e) => setRestock(e.target.checked)} /> {t('refund.restock')}
        </label>
      )}
      <input
        className="yg-input"
        aria-label={t('finance.refundReason')}
        placeholder={t('finance.refundReason')}
        value={reason}
        maxLength={200}
        onChange={(e) => setReason(e.target.value)}
      />
      <p>
        {t('refund.amount')}：<strong data-testid="refund-amount">{amount === null ? '—' : formatFen(amount)}</strong>
        {amount !== null && amount > left && <span className="form-error"> {t('error.BAD_USER_INPUT')}</span>}
      </p>
      <button type="submit" className="yg-button yg-button--accent" data-testid="submit-refund" disabled={state.loading}>
        {t('refund.submit')}
      </button>
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      {state.error && (
        <p className="form-error" role="alert">
          {errorMessage(state.error)}
        </p>
      )}
      {state.data && <p data-testid="refund-done">{t('refund.done', { amount: formatFen(Number(state.data.refundOrder.amountFen)) })}</p>}
    </form>
  );
}
