import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, newPage } from './support/browser';
import { api, login, loginToken } from './support/session';

const PHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';

/**
 * A buyer checks out with 支付宝, pays in the Alipay stand-in's cashier (电脑网站支付, then 手机网站支付 on a phone), comes back paid; the finance desk
 * shows it.
 */
describe('paying by Alipay through the cashier page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    // The buyer has an address to ship to.
    await api(
      `mutation($input: AddressInput!) { saveAddress(input: $input) { id } }`,
      {
        input: {
          recipient: '王晓梅',
          phone: '13800000003',
          province: '山西省',
          city: '临汾市',
          district: '汾西县',
          detail: '永安镇府前街 8 号',
        },
      },
      await loginToken('buyer'),
    );
  });
  afterAll(() => browser.close());

  const buyPear = async (page: Page): Promise<{ orderId: string; total: string }> => {
    const products = await api<{ products: { edges: { node: { id: string; name: string } }[] } }>(
      `{ products(first: 50) { edges { node { id name } } } }`,
    );
    const pear = products.products.edges.find((e) => e.node.name === '玉露香梨')!.node;
    await page.goto(`${baseUrl()}/products/${pear.id}`);
    await page.getByTestId('add-to-cart').click();
    await page.getByTestId('added-to-cart').waitFor();
    await page.goto(`${baseUrl()}/checkout`);
    await page.getByTestId('address-option').first().waitFor();
    const alipay = page.getByTestId('method-alipay');
    expect(await alipay.textContent()).toContain('支付宝');
    await alipay.locator('input').check();
    await page.getByTestId('place-order').click();
    await page.waitForURL((u) => /^\/orders\/[0-9a-f-]{36}$/.test(u.pathname));
    const orderId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByTestId('order-total').waitFor();
    const total = (await page.getByTestId('order-total').textContent())!.replace(/[¥,\s]/g, '');
    return { orderId, total };
  };

  /** On the order page: 支付宝付款 → Alipay's cashier → 确认付款 → back on the order page, paid. */
  const payInCashier = async (page: Page, orderId: string, total: string, flow: string, shot: string): Promise<void> => {
    await page.getByTestId('alipay-pay').waitFor();
    await page.screenshot({ path: `test-results/e2e-alipay-order-${shot}.png` });
    await page.getByTestId('alipay-pay').click();
    await page.waitForURL((u) => u.href.startsWith(process.env.E2E_ALIPAY_URL!));
    await page.screenshot({ path: `test-results/e2e-alipay-cashier-${shot}.png` });
    expect(await page.locator('h1').textContent()).toContain(flow);
    expect(await page.getByTestId('alipay-amount').textContent()).toBe(total);
    await page.getByTestId('alipay-confirm').click();
    await page.waitForURL((u) => u.href.startsWith(`${baseUrl()}/orders/${orderId}`));
    await page.locator('[data-testid="order-status"]', { hasText: '待发货' }).waitFor();
    expect((await page.getByTestId('order-paid').textContent())!.replace(/[¥,\s]/g, '')).toBe(total);
    expect(await page.getByTestId('alipay-payment').count()).toBe(0);
  };

  it('电脑网站支付 at 1280 px and 手机网站支付 at 390 px pay their orders; the finance desk shows both paid', async () => {
    const desktop = await newPage(browser);
    await login(desktop.page, 'buyer');
    const first = await buyPear(desktop.page);
    await payInCashier(desktop.page, first.orderId, first.total, '电脑网站支付', '1280');
    await desktop.page.locator('[data-testid^="timeline-pay"]').first().waitFor();

    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
      userAgent: PHONE_UA,
      isMobile: true,
      hasTouch: true,
    });
    const phone = await context.newPage();
    await login(phone, 'buyer');
    const second = await buyPear(phone);
    await payInCashier(phone, second.orderId, second.total, '手机网站支付', '390');
    await phone.screenshot({ path: 'test-results/e2e-alipay-paid-390.png' });
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    const buyerToken = await loginToken('buyer');
    const orders = await Promise.all(
      [first, second].map((o) =>
        api<{ order: { orderNo: string; paymentMethod: string; paymentStatus: string; paidFen: string } }>(
          `query($id: ID!) { order(id: $id) { orderNo paymentMethod paymentStatus paidFen } }`,
          { id: o.orderId },
          buyerToken,
        ),
      ),
    );
    expect(orders.map((o) => [o.order.paymentMethod, o.order.paymentStatus])).toEqual([
      ['alipay', 'paid'],
      ['alipay', 'paid'],
    ]);

    const finance = await newPage(browser);
    await login(finance.page, 'platform-finance');
    await finance.page.goto(`${baseUrl()}/finance`);
    for (const [i, o] of orders.entries()) {
      await finance.page.getByPlaceholder('订单号或汇款识别码').fill(o.order.orderNo);
      const row = finance.page.getByTestId('finance-order').filter({ hasText: o.order.orderNo });
      await row.waitFor();
      const text = (await row.textContent())!;
      expect(text).toContain('待发货');
      expect(text).toContain('支付宝');
      // 应付 / 已付 columns: paid in full
      expect(text.replace(/,/g, '')).toContain(`¥${[first, second][i].total} / ¥${[first, second][i].total}`);
      await finance.page.screenshot({ path: `test-results/e2e-alipay-finance-${i}.png` });
      expect(o.order.paidFen).toBe(String(Math.round(Number([first, second][i].total) * 100)));
    }
    await Promise.all([desktop.context.close(), context.close(), finance.context.close()]);
  });
});
