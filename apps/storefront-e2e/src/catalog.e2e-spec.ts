import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, newPage } from './support/browser';

describe('browsing the catalogue', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('finds 玉露香梨 by its pinyin initials and shows its price and supplier', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(baseUrl());
    await page.getByTestId('search-input').first().fill('ylxl');
    await page.getByTestId('search-input').first().press('Enter');
    await page.waitForURL(/\/search\?.*q=ylxl/);
    const first = page.getByTestId('product-card').first();
    await first.waitFor();
    await expectText(first.textContent(), '玉露香梨');
    await first.click();
    await page.waitForURL(/\/products\//);
    await page.getByTestId('product-price').waitFor();
    await expectText(page.getByTestId('product-price').textContent(), '¥68.00');
    await expectText(page.getByTestId('supplier-link').textContent(), '汾西县高寒农牧专业合作社');
    await page.screenshot({ path: 'test-results/e2e-product.png' });
    await context.close();
  });

  it('works at phone width: search results still show', async () => {
    const { context, page } = await newPage(browser, { width: 375, height: 740 });
    await page.goto(`${baseUrl()}/search?q=${encodeURIComponent('双孢菇')}`);
    const card = page.getByTestId('product-card').first();
    await card.waitFor();
    await expectText(card.textContent(), '双孢菇');
    await page.screenshot({ path: 'test-results/e2e-phone-search.png' });
    await context.close();
  });
});

async function expectText(text: Promise<string | null>, contains: string): Promise<void> {
  expect(await text).toContain(contains);
}
