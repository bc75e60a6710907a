import { Price } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import type { OrderDetailQuery } from '../../../generated/graphql';
import { formatDateTime, shippingAddressLine } from '../utils/order-labels';
import { ParcelList } from './ParcelList';

/** An order's lines and facts: amounts, paid and refunded, address, invoice title, parcels, payment deadline. */
export function OrderFacts({ order }: { order: OrderDetailQuery['order'] }) {
  const { t, locale } = useI18n();
  return (
    <>
      <table className="order-lines yg-card">
        <tbody>
          {order.lines.map((l) => (
            <tr key={l.id}>
              <td>{l.productName}</td>
              <td className="muted">{l.skuSpec}</td>
              <td>×{l.quantity}</td>
              <td>
                <Price fen={l.amountFen} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="facts">
        <div>
          <dt>{t('order.items')}</dt>
          <dd>
            <Price fen={order.itemsFen} />
          </dd>
        </div>
        <div>
          <dt>{t('order.shipping')}</dt>
          <dd>
            <Price fen={order.shippingFen} />
          </dd>
        </div>
        <div>
          <dt>{t('order.total')}</dt>
          <dd>
            <Price fen={order.totalFen} size="lg" testId="order-total" />
          </dd>
        </div>
        <div>
          <dt>{t('order.paid')}</dt>
          <dd>
            <Price fen={order.paidFen} testId="order-paid" />
          </dd>
        </div>
        {Number(order.refundedFen) > 0 && (
          <div>
            <dt>{t('order.refunded')}</dt>
            <dd>
              <Price fen={order.refundedFen} />
            </dd>
          </div>
        )}
        <div>
          <dt>{t('checkout.address')}</dt>
          <dd>{shippingAddressLine(order.address)}</dd>
        </div>
        {order.invoice && (
          <div>
            <dt>{t('order.invoice')}</dt>
            <dd>
              {order.invoice.title} {order.invoice.taxNo}
            </dd>
          </div>
        )}
        {order.carrier && (
          <div>
            <dt>{t('order.tracking')}</dt>
            <dd data-testid="order-tracking">
              {order.parcels.length > 0 ? (
                <ParcelList parcels={order.parcels} lines={order.lines} />
              ) : (
                `${order.carrier} ${order.trackingNo ?? ''}`
              )}
            </dd>
          </div>
        )}
        {order.payDeadline && (
          <div>
            <dt>{t('order.deadline')}</dt>
            <dd>{formatDateTime(order.payDeadline, locale)}</dd>
          </div>
        )}
      </dl>
    </>
  );
}
