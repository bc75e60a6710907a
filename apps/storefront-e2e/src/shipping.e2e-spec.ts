import type { Browser, Locator, Page } from 'playwright-core';
import { fillAddress } from './support/address';
import { baseUrl, launchBrowser, newPage } from './support/browser';
import { api, login, loginToken } from './support/session';

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
/** The message shown under a field: what its aria-describedby points at. */
const messageUnder = (field: Locator) =>
  field.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? null);

describe('a real address and an order shipped in parcels', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('the purchaser picks 省/市/区 through the cascader at checkout on a phone; the supplier ships in two parcels by two carriers and sends a third later; the buyer sees each tracking link', async () => {
    const purchaserToken = await loginToken('purchaser');
    const products = await api<{ products: { edges: { node: { name: string; skus: { id: string }[] } }[] } }>(
      `{ products(first: 50) { edges { node { name skus { id } } } } }`,
    );
    const pear = products.products.edges.find((e) => e.node.name === '玉露香梨')!.node;
    await api(
      `mutation($i: CartLineInput!) { addToCart(input: $i) { id } }`,
      { i: { skuId: pear.skus[0].id, quantity: 3 } },
      purchaserToken,
    );

    // Checkout on a 390 px phone: a new address through the cascader, typed with the keyboard where it can be.
    const buyer = await newPage(browser, { width: 390, height: 844 });
    const errors: string[] = [];
    buyer.page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await login(buyer.page, 'purchaser');
    await buyer.page.goto(`${baseUrl()}/checkout`);
    await buyer.page.locator('[data-testid="address-option"], [data-testid="address-form"]').first().waitFor();
    if ((await buyer.page.getByTestId('address-form').count()) === 0) await buyer.page.getByRole('button', { name: '新增地址' }).click();
    const form = buyer.page.getByTestId('address-form');
    // the city and county selects wait for the level above
    expect(await form.locator('select[name="cityCode"]').isDisabled()).toBe(true);
    // A bad address is refused whole: every wrong field says what is wrong under it, at once (not one per try).
    await form.locator('input[name="recipient"]').fill('');
    await form.locator('input[name="phone"]').fill('1380000');
    await form.locator('select[name="provinceCode"]').selectOption({ label: '山西省' });
    await form.locator('input[name="detail"]').fill('西');
    await form.getByTestId('save-address').click();
    await form.locator('[role="alert"]').nth(3).waitFor();
    expect(
      await Promise.all(
        ['input[name="recipient"]', 'input[name="phone"]', '[data-testid="region-cascader"]', 'input[name="detail"]'].map((at) =>
          messageUnder(form.locator(at)),
        ),
      ),
    ).toEqual(['收货人姓名为 1–30 个字', '请填写正确的手机或固话号码', '请选择城市', '详细地址为 2–120 个字']);
    expect(await noSidewaysScroll(buyer.page)).toBe(true);
    await buyer.page.evaluate(() => window.scrollTo(0, 0)); // the sticky header at the top of the full-page shot
    await buyer.page.screenshot({ path: 'test-results/e2e-address-refused-390.png', fullPage: true });
    // keyboard: focus the province select and type its first character, as a person does in a native select
    await form.locator('select[name="provinceCode"]').focus();
    await fillAddress(form, {
      recipient: '赵丽',
      phone: '13800000009',
      province: '山西省',
      city: '吕梁市',
      district: '交城县',
      detail: '西营镇 西营村 合作社旁',
    });
    expect(await form.locator('select[name="countyCode"] option').count()).toBeGreaterThan(10); // loaded lazily for 吕梁市
    expect(await noSidewaysScroll(buyer.page)).toBe(true);
    await buyer.page.screenshot({ path: 'test-results/e2e-address-cascader-390.png', fullPage: true });
    await form.getByTestId('save-address').click();
    const option = buyer.page.getByTestId('address-option').filter({ hasText: '赵丽' });
    await option.waitFor();
    expect(await option.textContent()).toContain('山西省吕梁市交城县西营镇');
    expect(await option.locator('input').isChecked()).toBe(true);

    await buyer.page.getByTestId('method-bank_transfer').locator('input').check();
    await buyer.page.locator('input[name="term"]').nth(1).check(); // 先发货后付款
    await buyer.page.getByTestId('place-order').click();
    await buyer.page.waitForURL((u) => /^\/orders\/[0-9a-f-]{36}$/.test(u.pathname));
    const orderId = new URL(buyer.page.url()).pathname.split('/').pop()!;
    const stored = await api<{ order: { orderNo: string; address: { province: string; city: string; district: string } } }>(
      `query($id: ID!) { order(id: $id) { orderNo address { province city district } } }`,
      { id: orderId },
      purchaserToken,
    );
    expect(stored.order.address).toEqual({ province: '山西省', city: '吕梁市', district: '交城县' });
    const [saved] = await api<{ myAddresses: { recipient: string; countyCode: string | null; cityCode: string | null }[] }>(
      `{ myAddresses { recipient countyCode cityCode } }`,
      {},
      purchaserToken,
    ).then((d) => d.myAddresses.filter((a) => a.recipient === '赵丽'));
    expect(saved).toEqual({ recipient: '赵丽', countyCode: '141122', cityCode: '141100' });

    // The supplier ships it in two parcels by two carriers; a wrong 顺丰 number is refused first, in Chinese.
    const shipper = await newPage(browser);
    await login(shipper.page, 'supplier');
    await shipper.page.goto(`${baseUrl()}/supplier/orders`);
    const card = shipper.page.getByTestId('supplier-order').filter({ hasText: stored.order.orderNo });
    await card.waitFor();
    await card.getByTestId('add-parcel').click();
    const rows = card.getByTestId('parcel-row');
    await rows.nth(0).locator('select[name="carrierCode"]').selectOption('SF');
    await rows.nth(0).locator('input[name="trackingNo"]').fill('SF12345');
    await rows.nth(0).locator('input[name="parcelNote"]').fill('玉露香梨 2 箱');
    await rows.nth(1).locator('select[name="carrierCode"]').selectOption('ZTO');
    await rows.nth(1).locator('input[name="trackingNo"]').fill('731234567890');
    await rows.nth(1).locator('input[name="parcelNote"]').fill('玉露香梨 1 箱');
    expect(await rows.nth(0).locator('[role="status"]').textContent()).toContain('顺丰速运的快递单号应为');
    await card.getByTestId('ship-order').click();
    await card.locator('[role="alert"]').waitFor();
    expect(await card.locator('[role="alert"]').textContent()).toContain('第 1 个包裹：顺丰速运的快递单号应为');
    await shipper.page.screenshot({ path: 'test-results/e2e-supplier-parcels-1280.png' });
    await shipper.page.setViewportSize({ width: 390, height: 844 });
    expect(await noSidewaysScroll(shipper.page)).toBe(true);
    await card.screenshot({ path: 'test-results/e2e-supplier-parcels-390.png' });
    await shipper.page.setViewportSize({ width: 1280, height: 900 });
    await rows.nth(0).locator('input[name="trackingNo"]').fill('SF1234567890123');
    await card.getByTestId('ship-order').click();
    await card.waitFor({ state: 'detached' }); // leaves the 待发货 list
    await shipper.page.getByRole('button', { name: '已发货' }).click();
    const shipped = shipper.page.getByTestId('supplier-order').filter({ hasText: stored.order.orderNo });
    await shipped.getByTestId('tracking-link').nth(1).waitFor();
    // a parcel sent later (补发), checked the same way
    await shipped.getByTestId('open-add-parcel').click();
    const later = shipped.getByTestId('add-parcel-form');
    await later.locator('select[name="carrierCode"]').selectOption('JT');
    await later.locator('input[name="trackingNo"]').fill('JT12');
    await later.getByTestId('add-parcel-submit').click();
    await later.locator('[role="alert"]').waitFor();
    expect(await later.locator('[role="alert"]').textContent()).toContain('极兔速递的快递单号应为JT 加 13 位数字');
    await later.locator('input[name="trackingNo"]').fill('JT1234567890123');
    await later.locator('input[name="parcelNote"]').fill('补发赠品');
    await later.getByTestId('add-parcel-submit').click();
    await shipped.getByTestId('tracking-link').nth(2).waitFor();
    await shipped.screenshot({ path: 'test-results/e2e-supplier-shipped-1280.png' });
    await shipper.context.close();

    // The buyer's order page lists both parcels, each with its carrier's tracking link.
    await buyer.page.goto(`${baseUrl()}/orders/${orderId}`);
    const parcels = buyer.page.getByTestId('parcel');
    await parcels.nth(2).waitFor();
    expect(await parcels.count()).toBe(3);
    expect(await parcels.nth(0).textContent()).toContain('顺丰速运 SF1234567890123');
    expect(await parcels.nth(0).textContent()).toContain('玉露香梨 2 箱');
    expect(await parcels.nth(0).getByTestId('tracking-link').getAttribute('href')).toBe(
      'https://www.sf-express.com/chn/sc/waybill/waybill-detail/SF1234567890123',
    );
    expect(await parcels.nth(1).textContent()).toContain('中通快递 731234567890');
    expect(await parcels.nth(1).getByTestId('tracking-link').getAttribute('href')).toBe(
      'https://www.zto.com/express/expressCheck.html?txtBill=731234567890',
    );
    expect(await parcels.nth(2).textContent()).toContain('极兔速递 JT1234567890123');
    expect(await parcels.nth(2).getByTestId('tracking-link').getAttribute('href')).toBe(
      'https://www.kuaidi100.com/chaxun?com=jtexpress&nu=JT1234567890123',
    );
    expect(await noSidewaysScroll(buyer.page)).toBe(true);
    await buyer.page.screenshot({ path: 'test-results/e2e-order-parcels-390.png', fullPage: true });
    await buyer.page.setViewportSize({ width: 1280, height: 900 });
    await buyer.page.screenshot({ path: 'test-results/e2e-order-parcels-1280.png', fullPage: true });
    expect(errors).toEqual([]);
    await buyer.context.close();
  });
});
