import { RefundSender } from '@yigou/server/payments';
import { TestApp } from '@yigou/server/testing';
import { addAddress, line, placeFirst, PlacedOrder, Sku, skuOf } from './order-helpers';

/** The online payment suites (Stripe ledger, provider reconciliation, Alipay, WeChat Pay) share these steps and checks. */

/** Who and what a payment-ledger suite pays and refunds with, once its app is up. */
export interface OnlinePaymentParties {
  /** The demo buyer's token, and the address it ships to (added once). */
  buyer: string;
  address: string;
  /** Platform finance's token: it refunds and reads every order's payments. */
  finance: string;
  /** 玉露香梨 5 kg, the SKU the suites buy. */
  pear: Sku;
  /** The app's refund sender, swept after each test so no refund is left pending. */
  sender: RefundSender;
}

/** The set-up the Stripe ledger, Alipay and WeChat Pay suites share after `createTestApp` (their stand-ins differ). */
export async function onlinePaymentParties(t: TestApp): Promise<OnlinePaymentParties> {
  const [buyer, finance] = await Promise.all(['buyer', 'platform-finance'].map((l) => t.loginAs(l)));
  const [address, pear] = await Promise.all([addAddress(t, buyer), skuOf(t, 'yulu-pear-5kg')]);
  return { buyer, address, finance, pear, sender: t.api.app.get(RefundSender) };
}

/** One order of `quantity` × `sku` to `addressId`, paid through `paymentMethod` (an online provider), placed by `token`'s buyer. */
export function placeOnlineOrder(
  t: TestApp,
  token: string,
  order: { sku: Sku; quantity: number; addressId: string; paymentMethod: string },
): Promise<PlacedOrder> {
  return placeFirst(t, token, { lines: [line(order.sku, order.quantity)], addressId: order.addressId, paymentMethod: order.paymentMethod });
}

/** The buyer starts paying one order (Stripe, the default provider): the PaymentIntent's id. */
export async function startPaymentIntent(t: TestApp, token: string, orderId: string): Promise<string> {
  const r = await t.gql<{ startPayment: { paymentIntentId: string } }>(
    `mutation($ids: [ID!]!) { startPayment(orderIds: $ids) { paymentIntentId } }`,
    { ids: [orderId] },
    token,
  );
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.startPayment.paymentIntentId;
}

/** An order's payment state as finance sees it, with its timeline. */
export interface OrderPaymentView {
  status: string;
  paymentStatus: string;
  paymentMethod: string;
  paidFen: string;
  refundedFen: string;
  timeline: { action: string; note: string | null }[];
}

export async function orderPayment(t: TestApp, token: string, id: string): Promise<OrderPaymentView> {
  const r = await t.gql<{ order: OrderPaymentView }>(
    `query($id: ID!) { order(id: $id) { status paymentStatus paymentMethod paidFen refundedFen timeline { action note } } }`,
    { id },
    token,
  );
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.order;
}

/** Finance refunds `quantity` of the order's first line (goods not restocked); the raw answer, errors included. */
export function refundFirstLine(t: TestApp, token: string, o: PlacedOrder, quantity: number) {
  return t.gql<{ refundOrder: { id: string; status: string; lastError: string | null; amountFen: string } }>(
    `mutation($i: RefundOrderInput!) { refundOrder(input: $i) { id status lastError amountFen } }`,
    { i: { orderId: o.id, lines: [{ lineId: o.lines[0].id, quantity }], reason: '买家退回', restock: false } },
    token,
  );
}

/** A refund's row as the refund sender left it. */
export async function refundRowOf(
  t: TestApp,
  id: string,
): Promise<{
  status: string;
  send_state: string | null;
  send_attempts: number;
  provider_refund_id: string | null;
  last_error: string | null;
}> {
  const [row] = await t.db.query(`SELECT status, send_state, send_attempts, provider_refund_id, last_error FROM refund WHERE id = $1`, [
    id,
  ]);
  return row;
}

/**
 * Every order's money, to the fen: what it holds (paid − refunded) = its successful attempts' shares and matched
 * transfers − its successful refunds (a `review` refund gives an attempt back, not the order's money); and no refund
 * is left pending.
 */
export async function expectEveryOrderBalanced(t: TestApp): Promise<void> {
  const rows: { id: string; held: string; ledger: string }[] = await t.db.query(`
    SELECT o.id, o.paid_fen - o.refunded_fen AS held,
      (SELECT coalesce(sum((s->>'amountFen')::bigint), 0) FROM payment_attempt a, jsonb_array_elements(a.shares) s WHERE a.status = 'succeeded' AND (s->>'orderId')::uuid = o.id)
      + (SELECT coalesce(sum(m.amount_fen), 0) FROM transfer_match m WHERE m.order_id = o.id)
      - (SELECT coalesce(sum(r.amount_fen), 0) FROM refund r WHERE r.order_id = o.id AND r.status = 'succeeded' AND r.kind <> 'review') AS ledger
    FROM shop_order o`);
  expect(rows.filter((r) => r.held !== r.ledger)).toEqual([]);
  expect((await t.db.query(`SELECT count(*)::int AS n FROM refund WHERE status = 'pending'`))[0].n).toBe(0);
}
