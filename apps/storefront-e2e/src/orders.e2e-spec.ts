import iconv from 'iconv-lite';
import type { Browser } from 'playwright-core';
import { CANTEEN_ADDRESS, useOrAddAddress } from './support/address';
import { baseUrl, launchBrowser, newPage } from './support/browser';
import { api, login, loginToken } from './support/session';
import { useBrowserAndDatabase } from './support/suite';

const yuan = (fen: string) => `${Math.floor(Number(fen) / 100)}.${String(Number(fen) % 100).padStart(2, '0')}`;

describe('buying from two suppliers with bank transfer', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('two orders, a matched transfer, shipment, receipt, and the status timeline shows each step', async () => {
    const products = await api<{ products: { edges: { node: { id: string; name: string; supplier: { name: string } } }[] } }>(
      `{ products(first: 50) { edges { node { id name supplier { name } } } } }`,
    );
    const pear = products.products.edges.find((e) => e.node.name === '玉露香梨')!.node;
    const other = products.products.edges.find((e) => e.node.supplier.name !== pear.supplier.name)!.node;

    // The unit purchaser fills the cart from two suppliers and checks out by bank transfer.
    const buyer = await newPage(browser);
    await login(buyer.page, 'purchaser');
    for (const p of [pear, other]) {
      await buyer.page.goto(`${baseUrl()}/products/${p.id}`);
      if (p === pear) await buyer.page.getByTestId('quantity-input').fill('2'); // two, so one can be refunded later
      await buyer.page.getByTestId('add-to-cart').click();
      await buyer.page.getByTestId('added-to-cart').waitFor();
    }
    // The header counts what is in the cart (2 pears + 1), without a reload.
    await buyer.page.locator('header a.yg-header__link[href="/cart"]').filter({ hasText: '购物车 (3)' }).waitFor();
    await buyer.page.goto(`${baseUrl()}/cart`);
    await buyer.page.getByTestId('cart-item').nth(1).waitFor();
    expect(await buyer.page.getByTestId('cart-item').count()).toBe(2);
    await buyer.page.getByTestId('go-checkout').click();
    await useOrAddAddress(buyer.page);
    expect(await buyer.page.getByTestId('method-stripe').textContent()).toContain('在线支付暂不可用');
    await buyer.page.getByTestId('method-bank_transfer').locator('input').check(); // Alipay (configured) comes first
    await buyer.page.getByTestId('want-invoice').check();
    await buyer.page.locator('input[name="invoiceTitle"]').fill('汾西县第一中学');
    // A double click places the checkout once: the page sends one checkout key (and drops the second click).
    const keys: string[] = [];
    buyer.page.on('request', (r) => {
      const body = r.method() === 'POST' ? r.postData() : null;
      if (!body?.includes('"PlaceOrder"')) return;
      const sent = JSON.parse(body) as { operationName?: string; variables: { input: { checkoutKey: string } } };
      if (sent.operationName === 'PlaceOrder') keys.push(sent.variables.input.checkoutKey);
    });
    // Counted through the API, before and after: an earlier suite may have given the purchaser orders of their own.
    const purchaserToken = await loginToken('purchaser');
    const orderCount = async () =>
      (await api<{ myOrders: { edges: unknown[] } }>(`{ myOrders(first: 100) { edges { node { id } } } }`, {}, purchaserToken)).myOrders
        .edges.length;
    const before = await orderCount();
    await buyer.page.getByTestId('place-order').dblclick();
    await buyer.page.waitForURL((u) => u.pathname === '/orders');
    await buyer.page.getByTestId('order-card').nth(1).waitFor();
    expect(await orderCount()).toBe(before + 2);
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    const mine = await api<{
      myOrders: { edges: { node: { id: string; orderNo: string; totalFen: string; remittanceRef: string; supplierName: string } }[] };
    }>(`{ myOrders(first: 2) { edges { node { id orderNo totalFen remittanceRef supplierName } } } }`, {}, purchaserToken);
    const orders = mine.myOrders.edges.map((e) => e.node);
    await buyer.page.goto(`${baseUrl()}/orders/${orders[0].id}`);
    await buyer.page.getByTestId('remittance-ref').waitFor();
    expect(await buyer.page.getByTestId('remittance-ref').textContent()).toBe(orders[0].remittanceRef);

    // Platform finance records one transfer and matches it to both orders.
    const finance = await newPage(browser);
    await login(finance.page, 'platform-finance');
    await finance.page.goto(`${baseUrl()}/finance`);
    const total = orders.reduce((s, o) => s + Number(o.totalFen), 0);
    const form = finance.page.getByTestId('record-transfer');
    await form.locator('input[name="bankTxnNo"]').fill('E2E-TXN-0001');
    await form.locator('input[name="payerName"]').fill('汾西县第一中学');
    await form.locator('input[name="amount"]').fill(yuan(String(total)));
    await form.locator('input[name="memo"]').fill(orders.map((o) => o.remittanceRef).join(' '));
    await form.locator('button[type="submit"]').click();
    const row = finance.page.getByTestId('transfer-row').filter({ hasText: 'E2E-TXN-0001' });
    await row.waitFor();
    // The memo names both orders by 汇款识别码: the desk suggests both, with the amounts, and one click matches them.
    const suggestion = row.getByTestId('match-suggestion');
    for (const o of orders) expect(await suggestion.textContent()).toContain(o.orderNo);
    await row.getByTestId('use-suggestion').click();
    await finance.page.getByTestId('toast').filter({ hasText: '已将' }).waitFor();
    await finance.page.waitForFunction(
      (txn) =>
        [...document.querySelectorAll('[data-testid=transfer-row]')].some(
          (r) => r.textContent?.includes(txn) && r.textContent?.includes('已匹配') && !r.querySelector('select'),
        ),
      'E2E-TXN-0001',
    );

    // Each supplier ships (the platform admin ships for the supplier without a demo account).
    for (const o of orders) {
      const shipper = await newPage(browser);
      await login(shipper.page, o.supplierName === pear.supplier.name ? 'supplier' : 'admin');
      await shipper.page.goto(`${baseUrl()}/supplier/orders`);
      const card = shipper.page.getByTestId('supplier-order').filter({ hasText: o.orderNo });
      await card.locator('input[name="trackingNo"]').fill('SF1234567890123'); // the shape of 顺丰's numbers
      await card.getByTestId('ship-order').click();
      await card.waitFor({ state: 'detached' });
      await shipper.context.close();
    }

    // The purchaser confirms receipt and rates; the timeline shows every step.
    for (const o of orders) {
      await buyer.page.goto(`${baseUrl()}/orders/${o.id}`);
      await buyer.page.getByTestId('confirm-receipt').click();
      // 确认收货 asks first (it cannot be undone)
      await buyer.page.getByTestId('confirm-receipt-yes').click();
      await buyer.page.getByTestId('timeline-receive').waitFor();
      // the pears are rated with 4 stars and no words; the other order with 5 stars and a comment
      const starsOnly = o.supplierName === pear.supplier.name;
      const form = buyer.page.getByTestId('rate-form');
      await form
        .locator('label.rate-form__star')
        .nth(starsOnly ? 3 : 4)
        .click();
      if (!starsOnly) await form.getByLabel('评价内容（选填）').fill('包装结实，很新鲜');
      if (!starsOnly) await buyer.page.screenshot({ path: 'test-results/e2e-rate-form.png' });
      await buyer.page.getByTestId('rate-order').click();
      await buyer.page.getByTestId('timeline-complete').waitFor();
      const mine = buyer.page.getByTestId('order-rating');
      expect(await mine.getByRole('img').getAttribute('aria-label')).toBe(starsOnly ? '4 星' : '5 星');
      expect(await mine.textContent()).toContain(starsOnly ? '我的评价：' : '“包装结实，很新鲜”');
      if (starsOnly) expect(await mine.textContent()).not.toContain('“');
      for (const step of ['place', 'pay', 'ship', 'receive', 'complete']) {
        expect(await buyer.page.getByTestId(`timeline-${step}`).count()).toBe(1);
      }
      expect(await buyer.page.getByTestId('order-status').textContent()).toBe('已完成');
      expect(await buyer.page.getByTestId('order-tracking').textContent()).toContain('SF1234567890');
    }
    // The pear's page shows the stars-only rating, newest first, without an empty quote.
    await buyer.page.goto(`${baseUrl()}/products/${pear.id}`);
    const newest = buyer.page.getByTestId('product-rating').first();
    await newest.waitFor();
    expect(await newest.getByRole('img').getAttribute('aria-label')).toBe('4 星');
    expect(await newest.locator('blockquote').count()).toBe(0);
    expect(await buyer.page.getByTestId('product-ratings').textContent()).toMatch(/\d\.\d 分 · \d+ 条评价/);
    await buyer.page.screenshot({ path: 'test-results/e2e-product-ratings.png', fullPage: true });

    // Platform finance refunds one of the two pears through the desk: a partial refund, goods back to stock.
    const pearOrder = orders.find((o) => o.supplierName === pear.supplier.name)!;
    await finance.page.goto(`${baseUrl()}/finance`);
    await finance.page.getByPlaceholder('订单号或汇款识别码').fill(pearOrder.orderNo);
    await finance.page.getByTestId('finance-order').filter({ hasText: pearOrder.orderNo }).getByTestId('open-refund').click();
    const refundForm = finance.page.getByTestId('refund-form');
    await refundForm.getByLabel('退款数量 玉露香梨').fill('1');
    const shippingBox = refundForm.getByLabel(/退运费/);
    if (await shippingBox.count()) await shippingBox.uncheck();
    await refundForm.getByLabel('商品已退回，退货入库').check();
    await refundForm.getByLabel('退款原因').fill('一箱梨运输磕碰');
    await refundForm.getByTestId('submit-refund').click();
    await refundForm.getByTestId('refund-done').waitFor();
    const refunded = await api<{
      order: { refundedFen: string; paymentStatus: string; lines: { unitPriceFen: string; refundedQuantity: number }[] };
    }>(
      `query($id: ID!) { order(id: $id) { refundedFen paymentStatus lines { unitPriceFen refundedQuantity } } }`,
      { id: pearOrder.id },
      purchaserToken,
    );
    expect(refunded.order.refundedFen).toBe(refunded.order.lines[0].unitPriceFen);
    expect(refunded.order.lines[0].refundedQuantity).toBe(1);
    expect(refunded.order.paymentStatus).toBe('partially_refunded');
    expect(await refundForm.getByTestId('refund-done').textContent()).toBe(`已退款 ¥${yuan(refunded.order.refundedFen)}`);

    // … then a typed amount for the other pear, which stays with the buyer (compensation).
    await finance.page.reload();
    await finance.page.getByPlaceholder('订单号或汇款识别码').fill(pearOrder.orderNo);
    await finance.page.getByTestId('finance-order').filter({ hasText: pearOrder.orderNo }).getByTestId('open-refund').click();
    const amountForm = finance.page.getByTestId('refund-form');
    await amountForm.getByLabel('按金额（商品不退回）').check();
    await amountForm.getByLabel('退款金额（元）').fill('5.50');
    const shippingAgain = amountForm.getByLabel(/退运费/);
    if (await shippingAgain.count()) await shippingAgain.uncheck();
    await amountForm.getByLabel('退款原因').fill('第二箱有少量磕碰，协商补偿');
    expect(await amountForm.getByTestId('refund-amount').textContent()).toBe('¥5.50');
    await amountForm.getByTestId('submit-refund').click();
    await amountForm.getByTestId('refund-done').waitFor();
    expect(await amountForm.getByTestId('refund-done').textContent()).toBe('已退款 ¥5.50');
    const compensated = await api<{
      order: {
        refundedFen: string;
        lines: { unitPriceFen: string; refundedQuantity: number }[];
        timeline: { action: string; actorRole: string }[];
      };
    }>(
      `query($id: ID!) { order(id: $id) { refundedFen lines { unitPriceFen refundedQuantity } timeline { action actorRole } } }`,
      { id: pearOrder.id },
      purchaserToken,
    );
    expect(Number(compensated.order.refundedFen)).toBe(Number(compensated.order.lines[0].unitPriceFen) + 550);
    expect(compensated.order.lines[0].refundedQuantity).toBe(1);
    // the desk's steps are recorded as the platform finance user's
    expect(compensated.order.timeline.filter((s) => s.action === 'refund' || s.action === 'pay').map((s) => s.actorRole)).toEqual([
      'platform_finance',
      'platform_finance',
      'platform_finance',
    ]);
    await buyer.page.goto(`${baseUrl()}/orders/${pearOrder.id}`);
    await buyer.page.getByTestId('timeline-refund').nth(1).waitFor();
    expect(await buyer.page.getByTestId('timeline-refund').count()).toBe(2);

    await buyer.page.goto(`${baseUrl()}/notifications`);
    await buyer.page.getByTestId('notification').first().waitFor();
    expect(await buyer.page.getByTestId('notification').count()).toBeGreaterThanOrEqual(10);
    await buyer.context.close();
    await finance.context.close();
  });

  it('platform finance imports a GBK bank statement file at the desk; the named order is matched and its 收款凭证 prints the amount in 人民币大写', async () => {
    const purchaserToken = await loginToken('purchaser');
    const products = await api<{ products: { edges: { node: { name: string; skus: { id: string; priceFen: string }[] } }[] } }>(
      `{ products(first: 50) { edges { node { name skus { id priceFen } } } } }`,
    );
    const pear = products.products.edges.find((e) => e.node.name === '玉露香梨')!.node.skus[0];
    const address = await api<{ saveAddress: { id: string } }>(
      `mutation($input: AddressInput!) { saveAddress(input: $input) { id } }`,
      { input: CANTEEN_ADDRESS },
      purchaserToken,
    );
    const placed = await api<{ placeOrder: { id: string; orderNo: string; totalFen: string; remittanceRef: string }[] }>(
      `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id orderNo totalFen remittanceRef } }`,
      {
        input: {
          lines: [{ skuId: pear.id, quantity: 1, expectedPriceFen: pear.priceFen }],
          addressId: address.saveAddress.id,
          paymentMethod: 'bank_transfer',
          purpose: 'canteen',
        },
      },
      purchaserToken,
    );
    const order = placed.placeOrder[0];
    const csv = `交易流水号,交易日期,付款人户名,付款账号,金额,附言\r\nE2E-GBK-1,2026-12-01,汾西县第一中学,6222020012345678,${yuan(order.totalFen)},食堂采购 ${order.remittanceRef}\r\nE2E-GBK-2,2026-12-01,交城县西营镇人民政府,,88.00,工会福利\r\n`;

    const finance = await newPage(browser);
    await login(finance.page, 'platform-finance');
    await finance.page.goto(`${baseUrl()}/finance`);
    await finance.page
      .getByTestId('import-csv')
      .setInputFiles({ name: '对公账户流水.csv', mimeType: 'text/csv', buffer: iconv.encode(csv, 'gbk') });
    expect(await finance.page.getByTestId('import-result').textContent()).toContain('导入 2 笔，重复 0 笔，自动匹配 1 笔');
    await finance.page.getByTestId('transfer-row').filter({ hasText: '交城县西营镇人民政府' }).waitFor(); // decoded, not garbled

    await finance.page.getByPlaceholder('订单号或汇款识别码').fill(order.orderNo);
    await finance.page.getByTestId('finance-order').filter({ hasText: order.orderNo }).getByTestId('receipt-link').click();
    await finance.page.getByTestId('payment-receipt').waitFor();
    const words = await finance.page.getByTestId('receipt-words').textContent();
    expect(words).toMatch(/^人民币[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+元[零壹贰叁肆伍陆柒捌玖角分整]+$/);
    expect(await finance.page.getByTestId('payment-receipt').textContent()).toContain('E2E-GBK-1');
    await finance.context.close();
  });
});

describe('the finance desk’s refund form beside a card refund still on its way back', () => {
  const suite = useBrowserAndDatabase();

  it('says what the pending refund holds, keeps each choice whole, and puts a line’s name above its figures at 390 px', async () => {
    // a purchaser's order of three of the first product on sale, paid by card; a refund of one is sent and not back yet
    const product = (
      await suite.db.query(
        `SELECT p.id FROM product p JOIN supplier s ON s.id = p.supplier_id WHERE p.status = 'on_sale' AND s.status = 'approved' ORDER BY p.name LIMIT 1`,
      )
    ).rows[0].id as string;
    const buyer = await newPage(suite.browser);
    await login(buyer.page, 'purchaser');
    await buyer.page.goto(`${baseUrl()}/products/${product}`);
    await buyer.page.getByTestId('quantity-input').fill('3');
    await buyer.page.getByTestId('add-to-cart').click();
    await buyer.page.getByTestId('added-to-cart').waitFor();
    await buyer.page.goto(`${baseUrl()}/checkout`);
    await useOrAddAddress(buyer.page);
    await buyer.page.getByTestId('method-bank_transfer').locator('input').check();
    await buyer.page.getByTestId('place-order').click();
    await buyer.page.waitForURL((u) => /^\/orders\/[0-9a-f-]{36}$/.test(u.pathname));
    const orderId = new URL(buyer.page.url()).pathname.split('/')[2];
    await buyer.context.close();
    const order = (
      await suite.db.query(
        `UPDATE shop_order SET status = 'to_ship', payment_status = 'paid', paid_fen = total_fen, paid_at = now(), payment_method = 'stripe'
          WHERE id = $1 RETURNING order_no`,
        [orderId],
      )
    ).rows[0].order_no as string;
    const line = (await suite.db.query(`SELECT id, unit_price_fen FROM order_line WHERE order_id = $1`, [orderId])).rows[0];
    await suite.db.query(
      `INSERT INTO refund (order_id, amount_fen, method, status, kind, reason, restock, lines, send_state, next_send_at)
       VALUES ($1, $2, 'stripe', 'pending', 'order', '一箱运输磕碰', false, $3, 'sent', now() + interval '1 day')`,
      [orderId, line.unit_price_fen, JSON.stringify([{ lineId: line.id, quantity: 1, amountFen: String(line.unit_price_fen) }])],
    );

    for (const width of [1280, 390]) {
      const { context, page } = await newPage(suite.browser, { width, height: 900 });
      await login(page, 'platform-finance');
      await page.goto(`${baseUrl()}/finance`);
      await page.getByPlaceholder('订单号或汇款识别码').fill(order);
      await page.getByTestId('finance-order').filter({ hasText: order }).getByTestId('open-refund').click();
      const form = page.getByTestId('refund-form');
      const pending = form.getByTestId('refund-pending');
      await pending.waitFor();
      expect(await pending.textContent()).toBe(`另有 ¥${yuan(line.unit_price_fen)} 的退款正在退回中：其商品与金额已从可退中扣除`);
      // the line says where the third box is: two left to refund, one on its way back
      expect(await form.locator('.refund-lines__left').textContent()).toBe('可退 2 件 · 1 件退回中');
      // each refund choice on one line (at 390 px 按金额（商品不退回） broke after 不退)
      for (const choice of await form.locator('.refund-form__mode label').all()) {
        const box = (await choice.boundingBox())!;
        expect(box.height).toBeLessThan(32);
      }
      const name = (await form.locator('.refund-lines td').first().boundingBox())!;
      const qty = (await form.getByLabel(/^退款数量 /).boundingBox())!;
      const card = (await form.boundingBox())!;
      expect(qty.x + qty.width).toBeLessThanOrEqual(card.x + card.width); // the quantity inside the form, not cut off at its edge
      if (width === 390)
        expect(name.y + name.height).toBeLessThanOrEqual(qty.y + 1); // the name across, the figures under it
      else expect(Math.abs(name.y + name.height / 2 - (qty.y + qty.height / 2))).toBeLessThan(12); // one row
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await form.screenshot({ path: `test-results/e2e-refund-pending-${width}.png` });
      await context.close();
    }
  });
});
