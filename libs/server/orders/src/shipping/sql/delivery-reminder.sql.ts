import { namedSql } from '@yigou/server/database';

/**
 * DeliveryReminderJob.remind: orders still shipped `days` days after they shipped and not yet reminded (at most 500,
 * oldest shipment first) get their order_delivery_reminder row, sent at `now`; the orders reminded, with what the
 * notification says.
 */
export const DUE_DELIVERY_REMINDERS = namedSql<
  'now' | 'days',
  { order_id: string; buyer_id: string; order_no: string; auto_receive_at: Date | null }
>(
  `WITH due AS (
           SELECT o.id FROM shop_order o
            WHERE o.status = 'shipped' AND o.shipped_at <= :now::timestamptz - make_interval(days => :days)
              AND NOT EXISTS (SELECT 1 FROM order_delivery_reminder r WHERE r.order_id = o.id)
            ORDER BY o.shipped_at LIMIT 500
         ), sent AS (
           INSERT INTO order_delivery_reminder (order_id, sent_at) SELECT id, :now FROM due ON CONFLICT DO NOTHING RETURNING order_id
         )
         SELECT o.id AS order_id, o.buyer_id, o.order_no, o.auto_receive_at FROM sent JOIN shop_order o ON o.id = sent.order_id`,
);
