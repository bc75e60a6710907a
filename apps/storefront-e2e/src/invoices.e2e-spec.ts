import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { useOrAddAddress } from './support/address';
import { baseUrl, launchBrowser, newPage } from './support/browser';
import { api, login } from './support/session';

/** Switches the page to English (or back to Chinese) as the language switch does, and reloads. */
async function inEnglish(page: Page, on: boolean): Promise<void> {
  await page.evaluate((locale) => localStorage.setItem('yigou.locale', locale), on ? 'en' : 'zh-CN');
  await page.reload();
}

const SHOTS = join(process.cwd(), 'test-results', 'screenshots', 'invoices');

/** The page as it stands, at 1280 and 390 px: a screenshot of each, and how far it scrolls sideways (must be 0). */
async function look(page: Page, name: string): Promise<string[]> {
  mkdirSync(SHOTS, { recursive: true });
  const problems: string[] = [];
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(150);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 1) problems.push(`${name} at ${width}px scrolls sideways by ${overflow}px`);
    await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  return problems;
}

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% 汾西县高寒农牧专业合作社 数电票\n%%EOF\n');

describe('电子发票 and 报销材料 in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a purchaser requests a 专票, the supplier uploads it, the purchaser downloads it and exports the month’s 采购清单', async () => {
    const products = await api<{ products: { edges: { node: { id: string; name: string } }[] } }>(
      `{ products(first: 50) { edges { node { id name } } } }`,
    );
    const pear = products.products.edges.find((e) => e.node.name === '玉露香梨')!.node;

    // The purchaser buys pears, asking for a 专票: first without the bank details (refused in Chinese), then with them.
    const buyer = await newPage(browser);
    await login(buyer.page, 'purchaser');
    await buyer.page.goto(`${baseUrl()}/products/${pear.id}`);
    await buyer.page.getByTestId('add-to-cart').click();
    await buyer.page.getByTestId('added-to-cart').waitFor();
    await buyer.page.goto(`${baseUrl()}/checkout`);
    await buyer.page.getByTestId('checkout-items').waitFor();
    await useOrAddAddress(buyer.page);
    await buyer.page.getByTestId('method-bank_transfer').locator('input').check();
    await buyer.page.locator('input[name="term"]').nth(1).check(); // 先货后款: the supplier can issue before the transfer arrives
    await buyer.page.getByTestId('want-invoice').check();
    await buyer.page.getByTestId('invoice-kind-special').check();
    await buyer.page.locator('input[name="invoiceTitle"]').fill('汾西县第一中学');
    await buyer.page.locator('input[name="taxNo"]').fill('12141034MB1234567X');
    const problems: string[] = [];
    await buyer.page.getByTestId('place-order').click();
    // the refusal names every missing detail at once, each under its own field, not below the order total
    const under = (name: string) => buyer.page.locator('.yg-field').filter({ has: buyer.page.locator(`input[name="${name}"]`) });
    await under('bankName').getByText('开具专票需要填写开户银行').waitFor();
    await under('bankAccount').getByText('开具专票需要填写银行账号').waitFor();
    await under('invoiceAddress').getByText('开具专票需要填写单位注册地址').waitFor();
    await under('invoicePhone').getByText('开具专票需要填写单位注册电话').waitFor();
    problems.push(...(await look(buyer.page, 'checkout-special-refused')));
    expect(await buyer.page.locator('input[name="bankName"]').getAttribute('aria-invalid')).toBe('true');
    await buyer.page.locator('input[name="bankName"]').fill('中国农业银行汾西县支行');
    await buyer.page.locator('input[name="bankAccount"]').fill('14450101040001234');
    await buyer.page.locator('input[name="invoiceAddress"]').fill('山西省临汾市汾西县永安镇府前街1号');
    await buyer.page.locator('input[name="invoicePhone"]').fill('0357-7221234');
    await buyer.page.getByTestId('place-order').click();
    await buyer.page.waitForURL((u) => /^\/orders\/[0-9a-f-]{36}$/.test(u.pathname));
    const orderId = new URL(buyer.page.url()).pathname.split('/').pop()!;
    await buyer.page.getByTestId('invoice-requested').waitFor();
    expect(await buyer.page.getByTestId('invoice-requested').textContent()).toContain('专票');
    problems.push(...(await look(buyer.page, 'order-invoice-requested')));

    // The supplier sees the request on the order desk and uploads the PDF with its number.
    const supplier = await newPage(browser);
    await login(supplier.page, 'supplier');
    await supplier.page.goto(`${baseUrl()}/supplier/orders`);
    const request = supplier.page.getByTestId('invoice-request').filter({ has: supplier.page.locator(`a[href="/orders/${orderId}"]`) });
    await request.waitFor();
    expect(await request.textContent()).toContain('中国农业银行汾西县支行');
    problems.push(...(await look(supplier.page, 'supplier-invoice-requests')));
    // The same desk in English: the labels come from the i18n dictionary.
    await inEnglish(supplier.page, true);
    await request.waitFor();
    expect(await supplier.page.getByTestId('invoice-requests').locator('h2').textContent()).toMatch(/^Invoices to issue \(\d+\)$/);
    expect(await request.getByTestId('invoice-upload').textContent()).toBe('Upload and issue');
    problems.push(...(await look(supplier.page, 'supplier-invoice-requests-en')));
    await inEnglish(supplier.page, false);
    await request.waitFor();
    // A picture named .pdf is refused by its content.
    await request.locator('input[name="invoiceNo"]').fill('26142000000000012345');
    await request.locator('input[name="invoiceFile"]').setInputFiles({
      name: '发票.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
    });
    await request.getByTestId('invoice-upload').click();
    await request.getByTestId('invoice-upload-error').waitFor();
    expect(await request.getByTestId('invoice-upload-error').textContent()).toBe('发票文件应为 PDF 或 OFD 格式');
    await request.locator('input[name="invoiceFile"]').setInputFiles({ name: '发票.pdf', mimeType: 'application/pdf', buffer: PDF });
    await request.getByTestId('invoice-upload').click();
    await request.waitFor({ state: 'detached' });

    // The purchaser downloads it from the order.
    await buyer.page.reload();
    await buyer.page.getByTestId('invoice-issued').waitFor();
    expect(await buyer.page.getByTestId('invoice-no').textContent()).toBe('26142000000000012345');
    problems.push(...(await look(buyer.page, 'order-invoice-issued')));
    const [pdf] = await Promise.all([buyer.page.waitForEvent('download'), buyer.page.getByTestId('invoice-download').click()]);
    expect(pdf.suggestedFilename()).toMatch(/^发票-.+-26142000000000012345\.pdf$/);
    expect((await readFile((await pdf.path())!)).equals(PDF)).toBe(true);

    // …and exports the month's 采购清单: the order with its invoice number, the total in words, as XLSX.
    await buyer.page.goto(`${baseUrl()}/orders`);
    await buyer.page.getByTestId('procurement-link').click();
    await buyer.page.getByTestId('procurement-list').waitFor();
    const row = buyer.page.getByTestId('procurement-order').filter({ hasText: '26142000000000012345' });
    await row.waitFor();
    expect(await buyer.page.getByTestId('procurement-uppercase').textContent()).toMatch(/^合计（大写）：人民币.+(元|整|分)/);
    problems.push(...(await look(buyer.page, 'procurement-month')));
    const [xlsx] = await Promise.all([buyer.page.waitForEvent('download'), buyer.page.getByTestId('procurement-export').click()]);
    expect(xlsx.suggestedFilename()).toMatch(/采购清单\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await xlsx.path())!);
    const values: unknown[] = [];
    wb.getWorksheet('采购清单')!.eachRow((r) => values.push(...(r.values as unknown[])));
    expect(values).toContain('26142000000000012345');
    expect(values.some((v) => typeof v === 'string' && v.startsWith('合计金额（大写）：'))).toBe(true);

    // Printed: A4 landscape, without the site's header and the buttons.
    await buyer.page.emulateMedia({ media: 'print' });
    expect(await buyer.page.getByTestId('procurement-export').isVisible()).toBe(false);
    expect(await buyer.page.locator('header').first().isVisible()).toBe(false);
    const printed = await buyer.page.pdf({
      format: 'A4',
      landscape: true,
      printBackground: true,
      path: join(SHOTS, 'procurement-month-print.pdf'),
    });
    expect(printed.subarray(0, 5).toString()).toBe('%PDF-');
    await buyer.page.screenshot({ path: join(SHOTS, 'procurement-month-print.png'), fullPage: true });

    // The unit admin sees the unit's invoices of the month, downloads this one, and the whole unit's 采购清单.
    const admin = await newPage(browser);
    await login(admin.page, 'unit-admin');
    await admin.page.goto(`${baseUrl()}/papers/procurement`);
    const invoice = admin.page.getByTestId('unit-invoice').filter({ hasText: '26142000000000012345' });
    await invoice.waitFor();
    await admin.page.getByTestId('procurement-order').filter({ hasText: '26142000000000012345' }).waitFor();
    const [adminPdf] = await Promise.all([admin.page.waitForEvent('download'), invoice.getByRole('button', { name: '下载发票' }).click()]);
    expect((await readFile((await adminPdf.path())!)).equals(PDF)).toBe(true);
    problems.push(...(await look(admin.page, 'unit-admin-month')));
    // In English: the page's controls and the unit's invoices; the list itself stays the Chinese paper offices file.
    await inEnglish(admin.page, true);
    await invoice.waitFor();
    expect(await invoice.getByRole('button', { name: 'Download invoice' }).count()).toBe(1);
    expect(await admin.page.getByTestId('procurement-export').textContent()).toBe('Export Excel');
    problems.push(...(await look(admin.page, 'unit-admin-month-en')));
    await buyer.page.emulateMedia({ media: 'screen' });
    await buyer.page.goto(`${baseUrl()}/orders/${orderId}`);
    await inEnglish(buyer.page, true);
    await buyer.page.getByTestId('invoice-issued').waitFor();
    expect(await buyer.page.getByTestId('invoice-issued').textContent()).toMatch(/^Special invoice issued, number 26142000000000012345/);
    expect(await buyer.page.getByTestId('invoice-download').textContent()).toBe('Download invoice');
    problems.push(...(await look(buyer.page, 'order-invoice-issued-en')));
    expect(problems).toEqual([]);
    await admin.context.close();
    await buyer.context.close();
    await supplier.context.close();
  });
});
