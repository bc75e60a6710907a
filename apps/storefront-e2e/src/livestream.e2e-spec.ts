import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, newPage } from './support/browser';

async function login(page: Page, login: string): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('yigou-demo');
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/** Plays the orders domain: a paid order of the live session, appended to the outbox in a transaction. */
async function appendPaidOrder(sessionId: string, buyerLogin: string, productName: string): Promise<void> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL missing');
  const pg = new Client({ connectionString: url });
  await pg.connect();
  try {
    const { rows: [buyer] } = await pg.query<{ id: string; unit_id: string | null }>(`SELECT id, unit_id FROM app_user WHERE username = $1`, [buyerLogin]);
    const { rows: [offer] } = await pg.query<{ product_id: string; sku_id: string; live_price_fen: string }>(
      `SELECT o.product_id, o.sku_id, o.live_price_fen FROM live_session_product o JOIN product p ON p.id = o.product_id WHERE o.session_id = $1 AND p.name = $2`,
      [sessionId, productName],
    );
    const orderId = randomUUID();
    const price = Number(offer.live_price_fen);
    const payload = {
      orderId,
      orderNo: `E2E${Date.now()}`,
      buyerId: buyer.id,
      unitId: buyer.unit_id,
      supplierId: randomUUID(),
      liveSessionId: sessionId,
      totalFen: price,
      paidFen: price,
      lines: [{ lineId: randomUUID(), productId: offer.product_id, skuId: offer.sku_id, quantity: 1, unitPriceFen: price, amountFen: price, certified: true }],
      occurredAt: new Date().toISOString(),
    };
    await pg.query('BEGIN');
    await pg.query(`INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload) VALUES ('order.paid', 'order', $1, $2)`, [orderId, JSON.stringify(payload)]);
    await pg.query(`SELECT pg_notify('yigou_outbox', 'order.paid')`);
    await pg.query('COMMIT');
  } finally {
    await pg.end();
  }
}

describe('livestream in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('the host starts a session and pins 玉露香梨; a buyer sees it live; the order shows in the host’s ticker', async () => {
    const host = await newPage(browser);
    await login(host.page, 'host');
    await host.page.goto(`${baseUrl()}/live`);
    const form = host.page.getByTestId('schedule-form');
    await form.locator('input[name="title"]').fill('汾西好物 副县长带你尝玉露香梨');
    await form.locator('input[name="hostName"]').fill('张明');
    await form.locator('input[name="hostTitle"]').fill('副县长');
    await form.locator('input[name="startsAt"]').fill('2026-12-01T10:00');
    await form.locator('input[name="streamUrl"]').fill('http://127.0.0.1:9/live/fenxi.m3u8');
    await host.page.getByTestId('schedule-submit').click();
    await host.page.waitForURL(/\/live\/[0-9a-f-]{36}$/);
    const sessionId = host.page.url().split('/').pop()!;

    await host.page.getByTestId('host-start').click();
    await host.page.getByTestId('live-status').filter({ hasText: '直播中' }).waitFor();
    await host.page.locator('input[name="productSearch"]').fill('玉露香梨');
    await host.page.getByTestId('pin-search').click();
    const sku = host.page.locator('select[name="sku"]');
    await sku.waitFor();
    const value = await sku.locator('option', { hasText: '玉露香梨' }).first().getAttribute('value');
    await sku.selectOption(value!);
    await host.page.locator('input[name="livePrice"]').fill('58');
    await host.page.locator('input[name="stockCap"]').fill('100');
    await host.page.locator('input[name="perBuyerLimit"]').fill('2');
    await host.page.getByTestId('pin-submit').click();
    await host.page.locator('[data-testid="live-offer"][data-product-name="玉露香梨"]').waitFor();

    const buyer = await newPage(browser);
    await login(buyer.page, 'buyer');
    await buyer.page.goto(`${baseUrl()}/live/${sessionId}`);
    const card = buyer.page.locator('[data-testid="live-offer"][data-product-name="玉露香梨"]');
    await card.waitFor();
    expect(await card.getByTestId('live-price').textContent()).toContain('58.00');
    expect(await card.getByTestId('live-stock').textContent()).toBe('剩余 100 件');
    await buyer.page.getByTestId('viewer-count').waitFor();

    await appendPaidOrder(sessionId, 'buyer', '玉露香梨');
    const line = '汾西县第一中学 王** 刚刚购买了 玉露香梨';
    await host.page.getByTestId('ticker-line').filter({ hasText: line }).waitFor({ timeout: 15_000 });
    await host.page.getByTestId('order-count').filter({ hasText: '已售 1 单' }).waitFor();
    await buyer.page.getByTestId('ticker-line').filter({ hasText: line }).waitFor({ timeout: 15_000 });
    await host.context.close();
    await buyer.context.close();
  });
});
