import { CHECKOUT_SKU_JOINS, checkoutSkuColumns, stockReservationCtes } from '@yigou/server/catalog';
import { namedSql, preparedStatement } from '@yigou/server/database';
import { notificationInsertSql } from '@yigou/server/notifications';
import { OrderAddressSnapshot } from '../dto/order-snapshots.types';
import { shippingCaseSql } from '../pricing/order-pricing';

/** PLACE_ORDERS' parameters, as CheckoutService.writeCheckout fills them. */
export type PlaceOrdersParam =
  | 'lines' // jsonb: [{ ord, sku_id, quantity, expected_price_fen, live_price_fen }]
  | 'remittanceRefs' // text[]: one reference per possible order
  | 'addressId'
  | 'buyerId'
  | 'unitId'
  | 'checkoutId'
  | 'liveSessionId'
  | 'paymentMethod'
  | 'paymentTerm'
  | 'purpose'
  | 'invoice' // jsonb or null
  | 'now'
  | 'orderDay' // Shanghai day as YYYYMMDD, inside the order number
  | 'pendingLabel' // 待付款, in the notification's title
  | 'placeNoticeBody'
  | 'fromCart' // boolean: clear these SKUs from the cart
  | 'skuIds' // uuid[]
  | 'shanghaiDay' // YYYY-MM-DD: certifications valid that day
  | 'payDeadline'
  | 'checkoutKey' // uuid or null
  | 'fingerprint'
  | 'placedAs'; // the role the 'place' transition names

/** What PLACE_ORDERS wrote for one supplier's order. */
export interface PlacedRow {
  id: string;
  order_no: string;
  supplier_id: string;
  items_fen: string;
  shipping_fen: string;
  remittance_ref: string;
  ship_deadline_days: number;
}

/** PLACE_ORDERS' one row. */
export interface PlaceOrdersRow {
  orders: PlacedRow[];
  address: OrderAddressSnapshot;
  replay: { checkoutId: string; fingerprint: string } | null;
}

/**
 * A whole checkout in ONE statement (see CheckoutService.writeCheckout): the
 * SKUs read by the catalog's rule (checkoutSkuColumns) and checked — each
 * exists, is on sale, and costs what the buyer saw (a live order brings the
 * session's price instead); one order per supplier with its totals and
 * shipping, numbered from the sequence, with the buyer's own address copied in;
 * their lines; the 'place' transitions and the buyer's notifications (notifications'
 * own INSERT, notificationInsertSql); the cart
 * clean-up; the per-buyer limit counters, each a conditional upsert (concurrent
 * checkouts of one buyer serialise on the counter row and cannot pass the
 * limit); and the stock reservations with their movements (StockService's rule,
 * stockReservationCtes). When a SKU fails its check, the address is not the
 * buyer's, a limit would be passed or a SKU is short, nothing is drafted and
 * checkout_refuse() raises, so the statement — all of it — is undone. Run on
 * its own it is its own transaction, so a hot SKU's row stays locked only
 * inside the database, not across a round trip to the API; and the SKUs are
 * read by the same statement, not in a round trip before it. The final SELECT
 * reads the inserting CTEs (`written`) before the checks that run the
 * reservation, so the rows are written first and the hot SKU's row is locked
 * only for its UPDATE, its movement and COMMIT (+8–17 % orders/s with pgbench).
 *
 * Idempotency (`checkoutKey`, :checkoutKey, with the input's fingerprint :fingerprint): `claim` inserts the buyer's key with
 * this checkout's id before anything is drafted (`priced` reads it). A key already there — committed, or
 * written by a concurrent request, whose commit the primary key makes this statement wait for — is
 * "updated" to itself instead, which returns ITS checkout id even though this statement's snapshot cannot
 * see the row: then nothing is priced, so no order, line, counter, reservation or cart change is written,
 * and `replay` hands the first checkout's id and fingerprint back (CheckoutService returns its orders).
 *
 * The 'place' transition names the role the buyer placed in (:placedAs, buyerRoleOf: 单位采购员 for a unit purchase,
 * 个人买家 otherwise), as the order's timeline shows it.
 */
export const PLACE_ORDERS_SQL = namedSql<PlaceOrdersParam, PlaceOrdersRow>(
  `WITH addr AS (
     SELECT jsonb_build_object('recipient', recipient, 'phone', phone, 'province', province, 'city', city,
                               'district', district, 'detail', detail, 'postalCode', postal_code) AS snapshot
       FROM address WHERE id = :addressId AND user_id = :buyerId
   ), claim AS (
     INSERT INTO checkout_key (buyer_id, key, checkout_id, fingerprint, created_at)
     SELECT :buyerId, :checkoutKey, :checkoutId, :fingerprint, :now WHERE :checkoutKey::uuid IS NOT NULL
     ON CONFLICT (buyer_id, key) DO UPDATE SET checkout_id = checkout_key.checkout_id
     RETURNING checkout_id, fingerprint
   ), replay AS (
     SELECT checkout_id, fingerprint FROM claim WHERE checkout_id <> :checkoutId
   ), want AS (
     SELECT w.ord, w.sku_id AS wanted_sku_id, w.quantity, w.expected_price_fen, w.live_price_fen, k.*
       FROM jsonb_to_recordset(:lines::jsonb) AS w(ord int, sku_id uuid, quantity int, expected_price_fen bigint, live_price_fen bigint)
       LEFT JOIN (SELECT ${checkoutSkuColumns(':shanghaiDay')} FROM ${CHECKOUT_SKU_JOINS} WHERE s.id = ANY(:skuIds::uuid[])) k ON k.sku_id = w.sku_id
   ), bad AS (
     SELECT CASE WHEN product_id IS NULL THEN 'missing' WHEN NOT sellable THEN 'off_sale' ELSE 'price' END AS why,
            json_build_object('ord', ord, 'skuId', wanted_sku_id, 'name', name, 'priceFen', price_fen)::text AS detail
       FROM want
      WHERE product_id IS NULL OR NOT sellable OR (live_price_fen IS NULL AND price_fen <> expected_price_fen)
      ORDER BY ord LIMIT 1
   ), priced AS (
     SELECT want.*, COALESCE(live_price_fen, price_fen) AS unit_price_fen FROM want
      WHERE EXISTS (SELECT 1 FROM addr) AND NOT EXISTS (SELECT 1 FROM bad) AND NOT EXISTS (SELECT 1 FROM replay)
   ), draft AS (
     SELECT g.*, gen_random_uuid() AS id,
            ${shippingCaseSql('g.items_fen')} AS shipping_fen,
            (:remittanceRefs::text[])[g.ord] AS remittance_ref,
            'YG' || :orderDay || lpad(nextval('shop_order_no_seq')::text, 7, '0') AS order_no
       FROM (SELECT supplier_id, sum(unit_price_fen * quantity) AS items_fen, row_number() OVER (ORDER BY supplier_id)::int AS ord
               FROM priced GROUP BY supplier_id) g
   ), ins AS (
     INSERT INTO shop_order (id, order_no, checkout_id, buyer_id, unit_id, supplier_id, live_session_id, status, payment_status,
                             payment_method, payment_term, purpose, items_fen, shipping_fen, total_fen, paid_fen, refunded_fen,
                             remittance_ref, pay_deadline, address, invoice, created_at, updated_at)
     SELECT d.id, d.order_no, :checkoutId, :buyerId, :unitId, d.supplier_id, :liveSessionId, 'pending_payment', 'unpaid',
            :paymentMethod, :paymentTerm, :purpose, d.items_fen, d.shipping_fen, d.items_fen + d.shipping_fen, 0, 0,
            d.remittance_ref, :payDeadline, (SELECT snapshot FROM addr), :invoice::jsonb, :now, :now
       FROM draft d ORDER BY d.ord
     RETURNING id, order_no, supplier_id, items_fen, shipping_fen, remittance_ref, ship_deadline_days
   ), item AS (
     SELECT p.*, d.id AS order_id, d.order_no FROM priced p JOIN draft d ON d.supplier_id = p.supplier_id
   ), line AS (
     INSERT INTO order_line (order_id, product_id, sku_id, product_name, sku_spec, quantity, unit_price_fen, amount_fen, certified)
     SELECT i.order_id, i.product_id, i.sku_id, i.name, i.spec, i.quantity, i.unit_price_fen, i.unit_price_fen * i.quantity, i.certified
       FROM item i JOIN ins ON ins.id = i.order_id ORDER BY i.ord
     RETURNING order_id
   ), transition AS (
     INSERT INTO order_transition (order_id, action, from_status, to_status, actor_id, actor_role, note, created_at)
     SELECT id, 'place', NULL, 'pending_payment', :buyerId, :placedAs::text, NULL, :now FROM ins
     RETURNING order_id
   ), notice AS (
     ${notificationInsertSql('ins', { userId: ':buyerId', kind: "'order.place'", title: "'订单 ' || order_no || ' ' || :pendingLabel", body: ':placeNoticeBody', refType: "'order'", refId: 'id::text' })}
     RETURNING id
   ), cart AS (
     DELETE FROM cart_item WHERE :fromCart AND user_id = :buyerId AND sku_id = ANY(:skuIds::uuid[]) AND NOT EXISTS (SELECT 1 FROM replay)
     RETURNING id
   ), wanted AS (
     SELECT i.sku_id, i.name, i.quantity, lim.per_buyer FROM item i JOIN sku_purchase_limit lim ON lim.sku_id = i.sku_id
   ), held AS (
     INSERT INTO buyer_sku_purchase (buyer_id, sku_id, quantity)
     SELECT :buyerId, w.sku_id, w.quantity FROM wanted w WHERE w.quantity <= w.per_buyer ORDER BY w.sku_id
     ON CONFLICT (buyer_id, sku_id) DO UPDATE SET quantity = buyer_sku_purchase.quantity + EXCLUDED.quantity
      WHERE buyer_sku_purchase.quantity + EXCLUDED.quantity <= (SELECT per_buyer FROM sku_purchase_limit WHERE sku_id = EXCLUDED.sku_id)
     RETURNING sku_id
   ), to_reserve AS (
     SELECT sku_id, name, quantity, '订单 ' || order_no AS reason, 'order' AS ref_type, order_id AS ref_id FROM item
   ), ${stockReservationCtes('to_reserve', { actor: ':buyerId', skuIds: ':skuIds' })}
   SELECT (SELECT count(*) FROM line) + (SELECT count(*) FROM transition) + (SELECT count(*) FROM notice) + (SELECT count(*) FROM cart) AS written,
          CASE
            WHEN EXISTS (SELECT 1 FROM bad) THEN checkout_refuse((SELECT why FROM bad), (SELECT detail FROM bad))
            WHEN NOT EXISTS (SELECT 1 FROM addr) THEN checkout_refuse('address', NULL)
            WHEN EXISTS (SELECT 1 FROM wanted w WHERE NOT EXISTS (SELECT 1 FROM held h WHERE h.sku_id = w.sku_id))
              THEN checkout_refuse('limit', (SELECT json_build_object('skuId', w.sku_id, 'name', w.name, 'perBuyer', w.per_buyer)::text FROM wanted w
                                              WHERE NOT EXISTS (SELECT 1 FROM held h WHERE h.sku_id = w.sku_id) ORDER BY w.sku_id LIMIT 1))
            WHEN EXISTS (SELECT 1 FROM to_reserve t WHERE NOT EXISTS (SELECT 1 FROM reserved r WHERE r.sku_id = t.sku_id))
              THEN checkout_refuse('stock', (SELECT json_build_object('skuId', t.sku_id, 'name', t.name)::text FROM to_reserve t
                                              WHERE NOT EXISTS (SELECT 1 FROM reserved r WHERE r.sku_id = t.sku_id) ORDER BY t.sku_id LIMIT 1))
            ELSE true
          END AS ok,
          (SELECT json_agg(json_build_object('id', id, 'order_no', order_no, 'supplier_id', supplier_id, 'items_fen', items_fen::text,
                                             'shipping_fen', shipping_fen::text, 'remittance_ref', remittance_ref,
                                             'ship_deadline_days', ship_deadline_days) ORDER BY supplier_id) FROM ins) AS orders,
          (SELECT snapshot FROM addr) AS address,
          (SELECT json_build_object('checkoutId', checkout_id, 'fingerprint', fingerprint) FROM replay) AS replay`,
);

/** PLACE_ORDERS_SQL, prepared: planning it cost ~0.7 ms of the database's CPU per order. */
export const PLACE_ORDERS = preparedStatement(PLACE_ORDERS_SQL.text);

/** CheckoutService.placeOrder, for a live order: the lines of the orders just placed, for the room. */
export const PLACED_LINES = namedSql<'orderIds', { order_id: string; product_id: string; sku_id: string }>(
  `SELECT order_id, product_id, sku_id FROM order_line WHERE order_id = ANY(:orderIds) ORDER BY id`,
);

/** CheckoutService.keyOf: the checkout a buyer's key already placed. */
export const CHECKOUT_KEY_OF = namedSql<'buyerId' | 'key', { checkoutId: string; fingerprint: string }>(
  `SELECT checkout_id AS "checkoutId", fingerprint FROM checkout_key WHERE buyer_id = :buyerId AND key = :key`,
);

/** CheckoutService.forgetCheckoutKeys (hourly): keys older than the cut-off. */
export const FORGET_CHECKOUT_KEYS = namedSql<'before'>(`DELETE FROM checkout_key WHERE created_at < :before`);
