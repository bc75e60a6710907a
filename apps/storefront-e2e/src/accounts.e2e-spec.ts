import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, newPage } from './support/browser';
import { login as signIn } from './support/session';

const DEMO_ROLES: [string, string][] = [
  ['buyer', 'buyer'],
  ['purchaser', 'unit_purchaser'],
  ['unit-admin', 'unit_admin'],
  ['supplier', 'supplier_staff'],
  ['host', 'live_host'],
  ['county-admin', 'county_admin'],
  ['finance', 'finance_reviewer'],
  ['admin', 'platform_admin'],
  ['platform-finance', 'platform_finance'],
];

describe('demo accounts in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it.each(DEMO_ROLES)('%s logs in and sees the %s role on the account page', async (login, role) => {
    const { context, page } = await newPage(browser);
    await signIn(page, login);
    await page.goto(`${baseUrl()}/account`);
    await page.getByTestId(`role-${role}`).waitFor();
    expect(await page.getByTestId(`role-${role}`).isVisible()).toBe(true);
    await context.close();
  });

  it('shows the server’s Chinese message for a wrong password', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${baseUrl()}/login`);
    await page.locator('input[name="login"]').fill('buyer');
    await page.locator('input[name="password"]').fill('wrong-password');
    await page.locator('button[type="submit"]').click();
    await page.getByText('账号或密码错误').waitFor();
    await context.close();
  });
});
