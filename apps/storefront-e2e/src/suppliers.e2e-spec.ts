import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { creditCodeCheckChar } from '@yigou/shared/validation';
import { baseUrl, launchBrowser, newPage } from './support/browser';
import { login } from './support/session';
import { registerBySms } from './support/sms';

const stamp = String(Date.now()).slice(-7);
const SUPPLIER_NAME = `汾西县浏览器测试合作社${stamp}`;
const PRODUCT_NAME = `浏览器测试核桃${stamp}`;
const body17 = `93141034MA${stamp}`.slice(0, 17);
const CREDIT_CODE = body17 + creditCodeCheckChar(body17);

async function png(color: string): Promise<Buffer> {
  return sharp({ create: { width: 120, height: 90, channels: 3, background: color } })
    .png()
    .toBuffer();
}

describe('a new supplier gets onto the shelves', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('applies, is recommended by the county, approved by the platform, lists a product with an image, and a buyer finds it', async () => {
    // 1. a new account applies
    const applicant = await newPage(browser);
    const page = applicant.page;
    await page.goto(`${baseUrl()}/register`);
    await registerBySms(page, `1371${stamp}`, 'secret-pass-1', '李社长');
    await page.waitForURL((u) => u.pathname === '/account');
    await page.goto(`${baseUrl()}/supplier/apply`);
    await page.locator('input[name="name"]').fill(SUPPLIER_NAME);
    await page.locator('select[name="kind"]').selectOption('cooperative');
    await page.locator('input[name="creditCode"]').fill(CREDIT_CODE);
    await page.locator('select[name="countyCode"]').selectOption('141034');
    await page.locator('input[name="contactName"]').fill('李社长');
    await page.locator('input[name="contactPhone"]').fill('13912345678');
    await page.locator('input[name="bankAccountName"]').fill(SUPPLIER_NAME);
    await page.locator('input[name="bankName"]').fill('中国农业银行汾西县支行');
    await page.locator('input[name="bankAccountNo"]').fill('6228480012345678');
    await page.getByTestId('license-upload').setInputFiles({ name: 'licence.png', mimeType: 'image/png', buffer: await png('#dddddd') });
    await page.getByTestId('license-preview').waitFor();
    await page.locator('textarea[name="benefitDescription"]').fill('以保护价收购本村 20 户脱贫户的核桃，吸纳 5 人务工。');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((u) => u.pathname === '/supplier');
    const card = page.getByTestId('supplier-status-card').filter({ hasText: SUPPLIER_NAME });
    await card.getByTestId('supplier-status').and(page.locator('[data-status="pending"]')).waitFor();

    // 2. the county admin recommends
    const county = await newPage(browser);
    await login(county.page, 'county-admin');
    await county.page.goto(`${baseUrl()}/review`);
    const pending = county.page.getByTestId('supplier-status-card').filter({ hasText: SUPPLIER_NAME });
    await pending.getByTestId('decision-reason').fill('材料齐全，同意推荐');
    await pending.getByTestId('recommend').click();
    await pending.waitFor({ state: 'detached' });
    await county.context.close();

    // 3. the platform admin approves
    const admin = await newPage(browser);
    await login(admin.page, 'admin');
    await admin.page.goto(`${baseUrl()}/review`);
    const recommended = admin.page.getByTestId('supplier-status-card').filter({ hasText: SUPPLIER_NAME });
    await recommended.getByTestId('approve').click();
    await recommended.waitFor({ state: 'detached' });
    await admin.context.close();

    // 4. the supplier sees each step, then lists a product with an image
    await page.goto(`${baseUrl()}/supplier`);
    const approved = page.getByTestId('supplier-status-card').filter({ hasText: SUPPLIER_NAME });
    await approved.locator('[data-status="approved"]').waitFor();
    expect(
      await approved
        .getByTestId('review-steps')
        .locator('li')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-action'))),
    ).toEqual(['applied', 'recommended', 'approved']);
    expect(await approved.getByTestId('review-steps').textContent()).toContain('材料齐全，同意推荐');
    await approved.getByTestId('manage-products').click();
    await page.getByTestId('new-product').click();
    await page.locator('input[name="name"]').fill(PRODUCT_NAME);
    await page.locator('select[name="category"]').selectOption('nuts');
    await page.locator('textarea[name="description"]').fill('吕梁山区薄皮核桃');
    await page
      .getByTestId('product-image-upload')
      .setInputFiles({ name: 'walnut.png', mimeType: 'image/png', buffer: await png('#8a5a2b') });
    await page.getByTestId('product-image-preview').waitFor();
    await page.locator('input[name="spec-0"]').fill('1kg 袋装');
    await page.locator('input[name="unit-0"]').fill('袋');
    await page.locator('input[name="price-0"]').fill('45.80');
    await page.locator('input[name="stock-0"]').fill('120');
    await page.getByTestId('save-product').click();
    await page.waitForURL((u) => /^\/supplier\/products\/[0-9a-f-]{36}$/.test(u.pathname));
    await page.getByTestId('put-on-sale').click();
    await page.locator('[data-testid="shelf-status"][data-status="on_sale"]').waitFor();
    await applicant.context.close();

    // 5. a buyer finds it by search, with its image
    const buyer = await newPage(browser);
    await login(buyer.page, 'buyer');
    await buyer.page.goto(`${baseUrl()}/search?q=${encodeURIComponent(PRODUCT_NAME)}`);
    const result = buyer.page.getByTestId('product-card').filter({ hasText: PRODUCT_NAME });
    await result.waitFor();
    const img = result.locator('img').first();
    await img.waitFor();
    expect(await img.getAttribute('src')).toMatch(/^\/media\/uploads\//);
    expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await buyer.context.close();
  });
});
