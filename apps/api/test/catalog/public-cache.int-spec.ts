import { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { PublicResponseCache } from '@yigou/server/core';
import { createTestApp, startSecondApi, stopSecondApi, TestApp } from '@yigou/server/testing';

/** A long TTL, so whatever changes within these tests changed through invalidation, not expiry. */
const TTL = 60_000;
const REDIS_URL = 'redis://127.0.0.1:6379';

interface Answer<T> {
  cache: string | null;
  body: { data?: T; errors?: { extensions?: { code?: string } }[] };
}

async function post<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { cache: res.headers.get('x-yigou-cache'), body: (await res.json()) as Answer<T>['body'] };
}

const LIST = `query SupplierList($s: ID!) { products(supplierId: $s, first: 50) { totalCount edges { node { id name stockState } } } }`;
const ONE = `query One($id: ID!) { product(id: $id) { id name stockState skus { id available } } }`;
const SET_STATUS = `mutation($input: SetProductStatusInput!) { setProductStatus(input: $input) { id } }`;
const ADJUST = `mutation($input: AdjustStockInput!) { adjustStock(input: $input) { available } }`;
type ListData = { products: { totalCount: number; edges: { node: { id: string; name: string; stockState: string } }[] } };
type OneData = { product: { id: string; stockState: string; skus: { id: string; available: number }[] } };

describe('anonymous catalogue response cache', () => {
  let t: TestApp;
  let supplier: string;
  let gaohanId: string;
  let productId: string;

  beforeAll(async () => {
    t = await createTestApp({ publicCacheTtlMs: TTL, redisUrl: null });
    supplier = await t.loginAs('supplier');
    [{ id: gaohanId }] = await t.db.query(`SELECT id FROM supplier WHERE demo_key = 'gaohan'`);
    [{ id: productId }] = await t.db.query(
      `SELECT p.id FROM product p WHERE p.supplier_id = $1 AND p.status = 'on_sale'
          AND (SELECT sum(stock_available) FROM product_sku s WHERE s.product_id = p.id) > 20 ORDER BY p.id LIMIT 1`,
      [gaohanId],
    );
  }, 30_000);
  afterAll(() => t.close());

  it('serves a repeated anonymous search from the cache, and a shelf change shows at once', async () => {
    const first = await post<ListData>(t.url, LIST, { s: gaohanId });
    expect(first.cache).toBe('miss');
    const again = await post<ListData>(t.url, LIST, { s: gaohanId });
    expect(again.cache).toBe('hit');
    expect(again.body).toEqual(first.body);
    const ids = first.body.data!.products.edges.map((e) => e.node.id);
    expect(ids).toContain(productId);

    expect((await post(t.url, SET_STATUS, { input: { productId, status: 'off_sale' } }, supplier)).body.errors).toBeUndefined();
    const after = await post<ListData>(t.url, LIST, { s: gaohanId });
    expect(after.cache).toBe('miss');
    expect(after.body.data!.products.totalCount).toBe(first.body.data!.products.totalCount - 1);
    expect(after.body.data!.products.edges.map((e) => e.node.id)).not.toContain(productId);

    await post(t.url, SET_STATUS, { input: { productId, status: 'on_sale' } }, supplier);
    const back = await post<ListData>(t.url, LIST, { s: gaohanId });
    expect(back.body.data!.products.edges.map((e) => e.node.id)).toContain(productId);
  });

  it('shows a stock change by the supplier at once (sold out, then back in stock)', async () => {
    const before = await post<OneData>(t.url, ONE, { id: productId });
    expect(before.body.data!.product.stockState).not.toBe('sold_out');
    expect((await post<OneData>(t.url, ONE, { id: productId })).cache).toBe('hit');
    const skus = before.body.data!.product.skus.filter((s) => s.available > 0);
    for (const s of skus) {
      const r = await post(
        t.url,
        ADJUST,
        { input: { skuId: s.id, kind: 'adjusted', quantity: -s.available, reason: '盘点清零' } },
        supplier,
      );
      expect(r.body.errors).toBeUndefined();
    }
    const soldOut = await post<OneData>(t.url, ONE, { id: productId });
    expect(soldOut.cache).toBe('miss');
    expect(soldOut.body.data!.product.stockState).toBe('sold_out');
    for (const s of skus) await post(t.url, ADJUST, { input: { skuId: s.id, kind: 'received', quantity: s.available } }, supplier);
    expect((await post<OneData>(t.url, ONE, { id: productId })).body.data!.product.stockState).toBe(before.body.data!.product.stockState);
  });

  it('never answers a signed-in request from the anonymous cache, nor stores its answer', async () => {
    const APP = `query Sup($id: ID!) { supplier(id: $id) { id name application { creditCode } } }`;
    const anon = await post<{ supplier: { application: unknown } }>(t.url, APP, { id: gaohanId });
    expect(anon.body.data!.supplier.application).toBeNull();
    expect((await post(t.url, APP, { id: gaohanId })).cache).toBe('hit');
    // The supplier's own staff see the application: not the cached anonymous answer.
    const staff = await post<{ supplier: { application: { creditCode: string } | null } }>(t.url, APP, { id: gaohanId }, supplier);
    expect(staff.cache).toBeNull();
    expect(staff.body.data!.supplier.application?.creditCode).toEqual(expect.any(String));

    // The other way round: a signed-in answer first leaves nothing for visitors to read.
    const OTHER = `query Sup2($id: ID!) { supplier(id: $id) { name application { creditCode contactName } } }`;
    const staffFirst = await post<{ supplier: { application: unknown } }>(t.url, OTHER, { id: gaohanId }, supplier);
    expect(staffFirst.body.data!.supplier.application).not.toBeNull();
    const visitor = await post<{ supplier: { application: unknown } }>(t.url, OTHER, { id: gaohanId });
    expect(visitor.cache).toBe('miss');
    expect(visitor.body.data!.supplier.application).toBeNull();
  });

  it('caches what Apollo Client 4 sends (extensions.clientLibrary), but not other extensions', async () => {
    const Q = `query Cats { categories { category productCount } }`;
    const send = async (extensions: Record<string, unknown>) => {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ operationName: 'Cats', query: Q, variables: {}, extensions }),
      });
      expect(res.status).toBe(200);
      return res.headers.get('x-yigou-cache');
    };
    const client = { clientLibrary: { name: '@apollo/client', version: '4.0.0' } };
    expect(await send(client)).toBe('miss');
    expect(await send(client)).toBe('hit');
    expect(await send({ ...client, somethingElse: { x: 1 } })).toBeNull();
  });

  it('caches only public catalogue queries without errors', async () => {
    const me = await post(t.url, `query { me { id } }`);
    expect(me.cache).toBeNull();
    const missing = `query Missing($id: ID!) { product(id: $id) { id } }`;
    const a = await post(t.url, missing, { id: '00000000-0000-4000-8000-000000000000' });
    expect(a.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await post(t.url, missing, { id: '00000000-0000-4000-8000-000000000000' })).cache).toBe('miss');
    // A catalogue field next to a private one: not cached.
    expect((await post(t.url, `query { categories { category } me { id } }`)).cache).toBeNull();
  });
});

describe('anonymous catalogue response cache across two API processes (Redis)', () => {
  let a: TestApp;
  let second: ChildProcess | null = null;
  let secondUrl: string;
  let supplier: string;
  let gaohanId: string;
  const prefix = `yigou-test-${process.pid}-${Date.now()}:`;

  beforeAll(async () => {
    a = await createTestApp({ publicCacheTtlMs: TTL, redisUrl: REDIS_URL, redisKeyPrefix: prefix });
    ({ child: second, url: secondUrl } = await startSecondApi(a, {
      REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      PUBLIC_CACHE_TTL_MS: String(TTL),
    }));
    supplier = await a.loginAs('supplier');
    [{ id: gaohanId }] = await a.db.query(`SELECT id FROM supplier WHERE demo_key = 'gaohan'`);
  }, 60_000);
  afterAll(async () => {
    await stopSecondApi(second);
    await a.close();
  }, 30_000);

  /** Polls `url` until the list no longer (or again) holds `id`; returns how long it took. */
  async function until(url: string, id: string, present: boolean): Promise<number> {
    const started = Date.now();
    for (;;) {
      const r = await post<ListData>(url, LIST, { s: gaohanId });
      if (r.body.data!.products.edges.some((e) => e.node.id === id) === present) return Date.now() - started;
      if (Date.now() - started > 3000) throw new Error(`${url} still ${present ? 'lacks' : 'lists'} ${id} after 3 s`);
      await sleep(20);
    }
  }

  it('a change made through one process empties the other process’s cache', async () => {
    for (const url of [a.url, secondUrl]) {
      await post(url, LIST, { s: gaohanId });
      expect((await post(url, LIST, { s: gaohanId })).cache).toBe('hit');
    }
    const listed = (await post<ListData>(secondUrl, LIST, { s: gaohanId })).body.data!.products.edges.map((e) => e.node.id);
    const productId = listed[0];

    // Written through A; B had it cached for another minute.
    expect((await post(a.url, SET_STATUS, { input: { productId, status: 'off_sale' } }, supplier)).body.errors).toBeUndefined();
    expect(await until(secondUrl, productId, false)).toBeLessThan(3000);
    // Written through B; A learns it through Redis.
    await post(a.url, LIST, { s: gaohanId });
    expect((await post(a.url, LIST, { s: gaohanId })).cache).toBe('hit');
    expect((await post(secondUrl, SET_STATUS, { input: { productId, status: 'on_sale' } }, supplier)).body.errors).toBeUndefined();
    expect(await until(a.url, productId, true)).toBeLessThan(3000);
    expect(a.api.app.get(PublicResponseCache).stats.remoteInvalidations).toBeGreaterThanOrEqual(1);
  }, 30_000);
});
