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

  it('the category chips count the search: 香梨 shows only 水果, with the same count as the results', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${baseUrl()}/search?q=${encodeURIComponent('香梨')}`);
    await page.getByTestId('product-card').first().waitFor();
    const total = Number((await page.getByTestId('total-count').textContent())!.match(/\d+/)![0]);
    const fruit = page.getByTestId('category-chip-fruit');
    expect(Number(await fruit.locator('.chip__count').textContent())).toBe(total);
    // nothing of the catalogue's other categories matches 香梨: no chips for them
    expect(await page.locator('[data-testid^=category-chip-]').count()).toBe(1);
    await page.goto(`${baseUrl()}/search`);
    await page.getByTestId('category-chip-poultry').waitFor();
    // without the search the chips are the catalogue's
    expect(await page.locator('[data-testid^=category-chip-]').count()).toBeGreaterThan(1);
    await context.close();
  });

  it('on a phone the buy bar stays at the bottom while scrolling, and leaves the page end uncovered; not on a desktop', async () => {
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    await page.goto(`${baseUrl()}/search?q=ylxl`);
    await page.getByTestId('product-card').first().click();
    await page.waitForURL(/\/products\//);
    const bar = page.getByTestId('buy-bar');
    await bar.waitFor();
    const inView = async () => {
      const box = (await bar.boundingBox())!;
      return box.y >= 0 && box.y + box.height <= 844 + 0.5 && box.height > 0;
    };
    await page.mouse.wheel(0, 600);
    // the wheel scrolls when the browser gets to it (later on a loaded machine): wait for it, not for a fixed 200 ms
    await page.waitForFunction(() => window.scrollY > 0);
    expect(await inView()).toBe(true);
    expect(await bar.textContent()).toContain('¥68.00');
    expect(await bar.textContent()).toContain('登录后购买'); // anonymous: the bar asks to sign in
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1);
    expect(await inView()).toBe(true);
    // the page's last line of text ends above the bar
    const barTop = (await bar.boundingBox())!.y;
    const lastBottom = await page.evaluate(() => {
      const footer = document.querySelector('.yg-footer')!;
      const texts = [...footer.querySelectorAll('*')].filter((e) => e.children.length === 0 && e.textContent?.trim());
      return Math.max(...texts.map((e) => e.getBoundingClientRect().bottom));
    });
    expect(lastBottom).toBeLessThanOrEqual(barTop);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: 'test-results/e2e-product-buy-bar-phone.png' });
    await context.close();

    const desk = await newPage(browser);
    await desk.page.goto(page.url());
    await desk.page.getByTestId('buy-bar').waitFor();
    expect(await desk.page.getByTestId('buy-bar').evaluate((e) => getComputedStyle(e).position)).toBe('static');
    await desk.context.close();
  });
});

async function expectText(text: Promise<string | null>, contains: string): Promise<void> {
  expect(await text).toContain(contains);
}
