import type { ChildProcess } from 'node:child_process';
import type { Browser } from 'playwright-core';
// The browser test drives the same WeChat Pay stand-in as the API's integration tests (test code, not a library).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { WechatPayStandin } from '../../api/test/wechatpay/wechatpay-standin';
import { launchBrowser, newPage } from './support/browser';
import { freePort, startApi, startPreview, stop } from './support/processes.cjs';
import { api, login, loginToken } from './support/session';

/**
 * Paying by WeChat Pay's Native QR code in the browser: its own API process (on the run's database) configured for
 * the WeChat Pay stand-in, and its own `vite preview` in front of it, so the other suites keep an API without
 * WeChat Pay. The buyer checks out with 微信支付, the order page draws the code_url as a QR code, the stand-in's
 * "payer scans and pays" endpoint pays it and notifies the API, the page sees the order paid by itself, and the
 * finance desk lists it as paid.
 */
describe('WeChat Pay Native QR in the browser', () => {
  let standin: WechatPayStandin;
  let apiProcess: ChildProcess | undefined;
  let webProcess: ChildProcess | undefined;
  let apiUrl = '';
  let webUrl = '';
  let browser: Browser;

  /** GraphQL against this suite's own API. */
  const gql = <T>(query: string, variables: Record<string, unknown> = {}, token?: string) => api<T>(query, variables, token, apiUrl);

  beforeAll(async () => {
    const databaseUrl = process.env.E2E_DATABASE_URL;
    if (!databaseUrl) throw new Error('E2E_DATABASE_URL missing: run through apps/storefront-e2e/jest.config.cjs');
    standin = new WechatPayStandin();
    await standin.start();
    const [apiPort, webPort] = [await freePort(), await freePort()];
    apiUrl = `http://127.0.0.1:${apiPort}`;
    webUrl = `http://127.0.0.1:${webPort}`;
    apiProcess = await startApi({
      port: apiPort,
      databaseUrl,
      webUrl,
      what: 'API with WeChat Pay',
      env: {
        JOBS_ENABLED: 'false',
        EVENTS_AUTO_DELIVER: 'false', // the run's own API delivers the outbox
        ...standin.appEnv(`${apiUrl}/webhooks/wechatpay`),
      },
    });
    webProcess = await startPreview(webPort, apiUrl);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await Promise.all([stop(webProcess), stop(apiProcess)]);
    await standin?.close();
  });

  it('the buyer scans the QR code and pays; the order page sees it paid and the finance desk shows it', async () => {
    const buyerToken = await loginToken('buyer', apiUrl);
    await gql(
      `mutation($input: AddressInput!) { saveAddress(input: $input) { id } }`,
      {
        input: {
          recipient: '王秀英',
          phone: '13800000003',
          province: '山西省',
          city: '临汾市',
          district: '汾西县',
          detail: '永安镇府前街 2 号',
        },
      },
      buyerToken,
    );
    const products = await gql<{ products: { edges: { node: { id: string; name: string } }[] } }>(
      `{ products(first: 50) { edges { node { id name } } } }`,
    );
    const pear = products.products.edges.find((e) => e.node.name === '玉露香梨')!.node;

    const buyer = await newPage(browser);
    const errors: string[] = [];
    buyer.page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await login(buyer.page, 'buyer', { web: webUrl });
    await buyer.page.goto(`${webUrl}/products/${pear.id}`);
    await buyer.page.getByTestId('add-to-cart').click();
    await buyer.page.getByTestId('added-to-cart').waitFor();
    await buyer.page.goto(`${webUrl}/cart`);
    await buyer.page.getByTestId('go-checkout').click();
    await buyer.page.getByTestId('address-option').first().waitFor();
    const wechat = buyer.page.getByTestId('method-wechatpay');
    expect(await wechat.textContent()).toContain('微信支付');
    await wechat.locator('input').check();
    await buyer.page.getByTestId('place-order').click();
    await buyer.page.waitForURL((u) => /^\/orders\/[0-9a-f-]{36}$/.test(u.pathname));
    const orderId = new URL(buyer.page.url()).pathname.split('/').pop()!;
    const orderNo = (await buyer.page.getByTestId('order-no').textContent())!;

    await buyer.page.getByTestId('wechat-start').click();
    const qr = buyer.page.getByTestId('wechat-qr');
    await qr.waitFor();
    const codeUrl = (await qr.getAttribute('data-code-url'))!;
    expect(codeUrl).toMatch(/^weixin:\/\/wxpay\/bizpayurl\?pr=/);
    expect(await qr.locator('svg path').count()).toBeGreaterThan(0); // drawn on the page, no third-party script
    await buyer.page.screenshot({ path: 'test-results/e2e-wechatpay-qr.png', fullPage: true });
    expect(await buyer.page.getByTestId('order-status').textContent()).toBe('待付款');

    // The payer scans the code in WeChat and pays; WeChat Pay notifies the API (signed, encrypted).
    const paid = await fetch(`${standin.baseUrl}/standin/pay`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code_url: codeUrl }),
    });
    expect(await paid.json()).toMatchObject({ results: ['applied'] });
    // The page polls the order and shows it paid without a reload.
    await buyer.page.locator('[data-testid="order-status"]', { hasText: '待发货' }).waitFor({ timeout: 15_000 });
    await buyer.page.getByTestId('wechat-payment').waitFor({ state: 'detached' });
    const total = (await buyer.page.getByTestId('order-total').textContent())!;
    expect(await buyer.page.getByTestId('order-paid').textContent()).toBe(total);
    expect(errors).toEqual([]);

    // The finance desk lists the order as paid in full.
    const finance = await newPage(browser);
    await login(finance.page, 'platform-finance', { web: webUrl });
    await finance.page.goto(`${webUrl}/finance`);
    await finance.page.getByPlaceholder('订单号或汇款识别码').fill(orderNo);
    const row = finance.page.getByTestId('finance-order').filter({ hasText: orderNo });
    await row.waitFor();
    expect(await row.textContent()).toContain('待发货');
    // 应付 / 已付 columns: paid in full
    expect((await row.textContent())!.replace(/\s/g, '')).toContain(`${total.replace(/\s/g, '')}/${total.replace(/\s/g, '')}`);
    expect(await row.getByTestId('open-refund').count()).toBe(1); // paid: finance may refund it
    const view = await gql<{ order: { paymentMethod: string; paymentStatus: string; paidFen: string; totalFen: string } }>(
      `query($id: ID!) { order(id: $id) { paymentMethod paymentStatus paidFen totalFen } }`,
      { id: orderId },
      await loginToken('platform-finance', apiUrl),
    );
    expect(view.order).toMatchObject({ paymentMethod: 'wechatpay', paymentStatus: 'paid', paidFen: view.order.totalFen });
    await finance.context.close();

    // On a phone-width page the QR code fits without sideways scrolling.
    const phone = await newPage(browser, { width: 390, height: 844 });
    await login(phone.page, 'buyer', { web: webUrl });
    await phone.page.goto(`${webUrl}/products/${pear.id}`);
    await phone.page.getByTestId('add-to-cart').click();
    await phone.page.getByTestId('added-to-cart').waitFor();
    await phone.page.goto(`${webUrl}/checkout`);
    await phone.page.getByTestId('address-option').first().waitFor();
    await phone.page.getByTestId('method-wechatpay').locator('input').check();
    await phone.page.getByTestId('place-order').click();
    await phone.page.waitForURL((u) => /^\/orders\/[0-9a-f-]{36}$/.test(u.pathname));
    await phone.page.getByTestId('wechat-start').click(); // a desktop browser's user agent at phone width: the QR code
    await phone.page.getByTestId('wechat-qr').waitFor();
    await phone.page.screenshot({ path: 'test-results/e2e-wechatpay-qr-phone.png', fullPage: true });
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.context.close();
    await buyer.context.close();
  });
});
