import { randomUUID } from 'node:crypto';
import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { EventOutbox, ORDER_EVENTS, OrderCountingState, OrderEventPayload, OrderFactsEventType } from '@yigou/server/events';
import { advanceCountingState, freshCountingState } from '../quota/quota-helpers';
import type { TestApp } from '@yigou/server/testing';

export const COUNTY = '141034';

export async function pear(t: TestApp): Promise<{ productId: string; skuId: string; priceFen: number }> {
  const [row]: { product_id: string; sku_id: string; price_fen: string }[] = await t.db.query(
    `SELECT p.id AS product_id, s.id AS sku_id, s.price_fen FROM product p JOIN product_sku s ON s.product_id = p.id WHERE p.name = '玉露香梨' ORDER BY s.price_fen LIMIT 1`,
  );
  return { productId: row.product_id, skuId: row.sku_id, priceFen: Number(row.price_fen) };
}

export async function demoUser(t: TestApp, username: string): Promise<{ id: string; unitId: string | null }> {
  const [u]: { id: string; unit_id: string | null }[] = await t.db.query(`SELECT id, unit_id FROM app_user WHERE username = $1`, [
    username,
  ]);
  return { id: u.id, unitId: u.unit_id };
}

const SCHEDULE = `mutation($input: ScheduleLiveSessionInput!) { scheduleLiveSession(input: $input) { id status } }`;
const START = `mutation($id: ID!) { startLiveSession(id: $id) { id status startedAt } }`;
const PIN = `mutation($input: PinLiveProductInput!) { pinLiveProduct(input: $input) { id livePriceFen stockCap perBuyerLimit claimed pinned } }`;

export const REQUEST_OFFER = `mutation($input: RequestLiveOfferInput!) { requestLiveOffer(input: $input) { id status requestedPriceFen requestedStockCap supplierId } }`;
export const ANSWER_OFFER = `mutation($input: AnswerLiveOfferRequestInput!) { answerLiveOfferRequest(input: $input) { id status approvedPriceFen approvedStockCap declineReason } }`;

const supplierTokens = new WeakMap<TestApp, Promise<string>>();
/** The demo supplier's (高寒合作社) token, logged in once per app. */
export function supplierToken(t: TestApp): Promise<string> {
  let token = supplierTokens.get(t);
  if (!token) {
    token = t.loginAs('supplier');
    supplierTokens.set(t, token);
  }
  return token;
}

/** The host asks for a SKU at a live price and cap, and the demo supplier accepts those terms. */
export async function supplierAgrees(
  t: TestApp,
  hostToken: string,
  o: { sessionId: string; productId: string; skuId: string; livePriceFen: number; stockCap: number },
): Promise<string> {
  const asked = await t.gql<{ requestLiveOffer: { id: string } }>(
    REQUEST_OFFER,
    {
      input: { sessionId: o.sessionId, productId: o.productId, skuId: o.skuId, livePriceFen: String(o.livePriceFen), stockCap: o.stockCap },
    },
    hostToken,
  );
  if (!asked.data) throw new Error(JSON.stringify(asked.errors));
  const answered = await t.gql(
    ANSWER_OFFER,
    { input: { requestId: asked.data.requestLiveOffer.id, accept: true } },
    await supplierToken(t),
  );
  if (answered.errors) throw new Error(JSON.stringify(answered.errors));
  return asked.data.requestLiveOffer.id;
}

/** A live session of the demo host with 玉露香梨 pinned (its supplier agreed to the live price and cap). */
export async function liveSessionWithPear(
  t: TestApp,
  hostToken: string,
  terms: {
    stockCap?: number | null;
    perBuyerLimit?: number | null;
    offerStartsAt?: string | null;
    offerEndsAt?: string | null;
    kind?: 'sales' | 'tourism';
    title?: string;
    hostName?: string;
  } = {},
): Promise<{ sessionId: string; productId: string; skuId: string; livePriceFen: number }> {
  const p = await pear(t);
  const s = await t.gql<{ scheduleLiveSession: { id: string } }>(
    SCHEDULE,
    {
      input: {
        title: terms.title ?? '汾西好物 副县长带你尝玉露香梨',
        hostName: terms.hostName ?? '张明',
        hostTitle: '汾西县副县长',
        kind: terms.kind ?? 'sales',
        countyCode: COUNTY,
        startsAt: new Date(Date.now() + 60_000).toISOString(),
        streamUrl: 'https://live.example.cn/fenxi/index.m3u8',
      },
    },
    hostToken,
  );
  if (!s.data) throw new Error(JSON.stringify(s.errors));
  const sessionId = s.data.scheduleLiveSession.id;
  const livePriceFen = p.priceFen - 500;
  await supplierAgrees(t, hostToken, { sessionId, productId: p.productId, skuId: p.skuId, livePriceFen, stockCap: terms.stockCap ?? 1000 });
  const pin = await t.gql(
    PIN,
    {
      input: {
        sessionId,
        productId: p.productId,
        skuId: p.skuId,
        livePriceFen: String(livePriceFen),
        stockCap: terms.stockCap ?? null,
        perBuyerLimit: terms.perBuyerLimit ?? null,
        offerStartsAt: terms.offerStartsAt ?? null,
        offerEndsAt: terms.offerEndsAt ?? null,
      },
    },
    hostToken,
  );
  if (pin.errors) throw new Error(JSON.stringify(pin.errors));
  const started = await t.gql(START, { id: sessionId }, hostToken);
  if (started.errors) throw new Error(JSON.stringify(started.errors));
  return { sessionId, productId: p.productId, skuId: p.skuId, livePriceFen };
}

const liveStates = new Map<string, OrderCountingState>();

/**
 * A work union's bank-transfer checkout of `quantity` × the session's pinned 玉露香梨 at its live price, bought in the room (the live suites'
 * orders).
 */
export function liveUnionOrder(live: { sessionId: string; skuId: string; livePriceFen: number }, quantity: number, addressId: string) {
  return {
    lines: [{ skuId: live.skuId, quantity, expectedPriceFen: String(live.livePriceFen) }],
    addressId,
    paymentMethod: 'bank_transfer',
    purpose: 'union',
    liveSessionId: live.sessionId,
    fromCart: false,
  };
}

/**
 * Plays the orders domain: appends an order event for a live session through the outbox, in a transaction, with the order's counting facts
 * so far.
 */
export async function appendOrderEvent(
  t: TestApp,
  type: OrderFactsEventType,
  o: {
    sessionId: string | null;
    buyerId: string;
    unitId: string | null;
    productId: string;
    skuId: string;
    quantity: number;
    unitPriceFen: number;
    orderId?: string;
  },
): Promise<string> {
  const orderId = o.orderId ?? randomUUID();
  const amount = o.quantity * o.unitPriceFen;
  const payload: OrderEventPayload = {
    orderId,
    orderNo: `LV${Date.now()}${Math.floor(Math.random() * 1000)}`,
    buyerId: o.buyerId,
    unitId: o.unitId,
    supplierId: randomUUID(),
    liveSessionId: o.sessionId,
    totalFen: amount,
    paidFen: type === ORDER_EVENTS.paid || type === ORDER_EVENTS.cancelled ? amount : 0,
    lines: [
      {
        lineId: randomUUID(),
        productId: o.productId,
        skuId: o.skuId,
        quantity: o.quantity,
        unitPriceFen: o.unitPriceFen,
        amountFen: amount,
        certified: true,
      },
    ],
    occurredAt: new Date().toISOString(),
  };
  const state = advanceCountingState(liveStates.get(orderId) ?? freshCountingState(payload), type, payload);
  liveStates.set(orderId, state);
  const outbox = t.api.app.get(EventOutbox);
  await t.db.transaction((em) => outbox.append(em, { type, aggregateType: 'order', aggregateId: orderId, payload: { ...payload, state } }));
  return orderId;
}

export interface Push {
  at: number;
  data: {
    liveUpdates: {
      sessionId: string;
      seq: number;
      orderCount: number;
      itemCount: number;
      salesFen: string;
      viewerCount: number;
      likeCount: number;
      coalesced: number;
      currentOfferId: string | null;
      orders: { text: string }[];
      comments: { id: string; body: string }[];
      deletedCommentIds: string[];
      offers: { skuId: string; stockLeft: number | null; claimed: number; pinned: boolean }[];
    };
  } | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

export const LIVE_UPDATES = `subscription($id: ID!) { liveUpdates(sessionId: $id) {
  sessionId seq orderCount placedCount itemCount salesFen viewerCount likeCount coalesced currentOfferId
  orders { orderId status text } comments { id body } deletedCommentIds offers { skuId stockLeft claimed pinned } } }`;

/** A graphql-ws viewer of one session, recording every push it gets. */
export function watch(
  t: TestApp,
  sessionId: string,
  token?: string | null,
): { client: Client; pushes: Push[]; done: Promise<void>; ready: Promise<void>; errors: unknown[] } {
  const pushes: Push[] = [];
  const errors: unknown[] = [];
  let connected!: () => void;
  const ready = new Promise<void>((r) => (connected = r));
  const client = createClient({
    url: t.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: { connected: () => connected() },
  });
  const done = new Promise<void>((resolve) => {
    client.subscribe(
      { query: LIVE_UPDATES, variables: { id: sessionId } },
      {
        next: (v) => pushes.push({ at: Date.now(), data: v.data as Push['data'], errors: v.errors }),
        error: (e) => {
          errors.push(e);
          resolve();
        },
        complete: () => resolve(),
      },
    );
  });
  return { client, pushes, done, ready, errors };
}

export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
