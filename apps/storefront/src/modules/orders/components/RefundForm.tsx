import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '@yigou/web/i18n';
import { formatFen } from '@yigou/shared/money';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { FINANCE_DESK_QUERIES } from '../graphql/finance.documents';
import { REFUND_ORDER } from '../graphql/refunds.documents';
import {
  parseRefundQuantities,
  parseRefundYuan,
  pendingRefundFen,
  type RefundableOrder,
  refundableQuantity,
  refundAmountFen,
} from '../utils/refund';
import { RefundLinesTable } from './RefundLinesTable';
import '../orders.css';
import { CompactInput, InlineError } from '@yigou/web/ui';

/**
 * Platform finance: a full or partial refund by line quantities (the server prices
 * them from the order), optionally the shipping, optionally putting returned goods
 * back on the shelf — or by a typed amount (compensation, goods stay with the buyer),
 * which the server spreads over the lines' unrefunded amounts.
 */
export function RefundForm({ order, onDone }: { order: RefundableOrder; onDone?: () => void }) {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  const [qty, setQty] = useState<Record<string, string>>(() =>
    Object.fromEntries(order.lines.map((l) => [l.id, String(refundableQuantity(order, l))])),
  );
  const [includeShipping, setIncludeShipping] = useState(Number(order.refundedFen) === 0 && Number(order.shippingFen) > 0);
  const [restock, setRestock] = useState(false);
  const [mode, setMode] = useState<'quantity' | 'amount'>('quantity');
  const [yuan, setYuan] = useState('');
  const [reason, setReason] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const [refund, state] = useMutation(REFUND_ORDER, { refetchQueries: FINANCE_DESK_QUERIES });

  const { parsed, valid: qtyValid } = parseRefundQuantities(order, qty);
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
  const pendingFen = pendingRefundFen(order);
  const left = Number(order.paidFen) - Number(order.refundedFen) - pendingFen;

  return (
    <form
      className="refund-form yg-card"
      noValidate
      data-testid="refund-form"
      onSubmit={async (e) => {
        e.preventDefault();
        // one message at a time: the last answer's refusal goes when the form is sent again
        state.reset();
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
      {pendingFen > 0 && (
        <p className="notice refund-form__pending" data-testid="refund-pending">
          {t('refund.pendingHeld', { amount: formatFen(pendingFen) })}
        </p>
      )}
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
          <CompactInput className="yg-input" mode="decimal" label={t('refund.amountYuan')} value={yuan} onValueChange={setYuan} />{' '}
          <span className="muted">{t('refund.amountHint')}</span>
        </p>
      )}
      {mode === 'quantity' && <RefundLinesTable order={order} qty={qty} onQty={setQty} />}
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
      <CompactInput className="yg-input" label={t('finance.refundReason')} value={reason} maxLength={200} onValueChange={setReason} />
      <p>
        {t('refund.amount')}：<strong data-testid="refund-amount">{amount === null ? '—' : formatFen(amount)}</strong>
        {amount !== null && amount > left && (
          <span className="form-error" data-testid="refund-over">
            {' '}
            {t('refund.overLeft', { amount: formatFen(left) })}
          </span>
        )}
      </p>
      <button type="submit" className="yg-button yg-button--accent" data-testid="submit-refund" disabled={state.loading}>
        {t('refund.submit')}
      </button>
      <InlineError className="form-error" message={formError} />
      <InlineError className="form-error" message={state.error && errorMessage(state.error)} />
      {state.data && <p data-testid="refund-done">{t('refund.done', { amount: formatFen(Number(state.data.refundOrder.amountFen)) })}</p>}
    </form>
  );
}
