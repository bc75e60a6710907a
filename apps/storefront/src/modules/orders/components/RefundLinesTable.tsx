import { Price } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import { type RefundableOrder, refundableQuantity } from '../utils/refund';

/** A refund by quantities: each line with its price, how many are still refundable and how many to refund now. */
export function RefundLinesTable({
  order,
  qty,
  onQty,
}: {
  order: RefundableOrder;
  qty: Record<string, string>;
  onQty: (qty: Record<string, string>) => void;
}) {
  const { t } = useI18n();
  return (
    <table className="order-lines refund-lines">
      <tbody>
        {order.lines.map((l) => {
          // the line's items a refund still on its way back holds: said beside what is left, so the two add up
          const held = l.quantity - l.refundedQuantity - refundableQuantity(order, l);
          return (
            <tr key={l.id}>
              <td>
                {l.productName} <span className="muted">{l.skuSpec}</span>
              </td>
              <td>
                <Price fen={l.unitPriceFen} />
              </td>
              <td className="muted refund-lines__left">
                <span>{t('refund.refundable', { n: refundableQuantity(order, l) })}</span>
                {held > 0 && <span data-testid="refund-held"> · {t('refund.heldQuantity', { n: held })}</span>}
              </td>
              <td>
                <input
                  className="yg-input refund-form__qty"
                  type="number"
                  min={0}
                  max={refundableQuantity(order, l)}
                  aria-label={`${t('refund.qty')} ${l.productName}`}
                  value={qty[l.id] ?? ''}
                  disabled={refundableQuantity(order, l) === 0}
                  onChange={(e) => onQty({ ...qty, [l.id]: e.target.value })}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
