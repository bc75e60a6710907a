import type { Browser, Locator, Page } from 'playwright-core';
import { baseUrl, launchBrowser, newPage } from './support/browser';
import { login } from './support/session';
import { pickRegion } from './support/address';
import { registerNewAccount } from './support/sms';

const stamp = String(Date.now()).slice(-6);
const HOST = `新主播${stamp}`;
const COUNTY = `新主任${stamp}`;
const PASSWORD = 'Fenxi-pear-2026';

/** The desk menu's links (工作台), as the header shows them now. */
async function deskLinks(page: Page): Promise<string[]> {
  const menu = page.getByTestId('desk-menu');
  if (!(await menu.count())) return [];
  return menu.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

async function openDesk(page: Page, label: string) {
  await page.getByTestId('desk-menu').locator('summary').click();
  await page.getByTestId('desk-menu').getByRole('menuitem', { name: label }).click();
}

/** The person's card on 用户管理, found by name. */
async function findPerson(page: Page, name: string): Promise<Locator> {
  await page.getByTestId('people-search').fill(name);
  await page.getByTestId('people-search').press('Enter');
  const card = page.getByTestId('person').filter({ hasText: name });
  await card.waitFor();
  return card;
}

const FENXI = { province: '山西省', city: '临汾市', district: '汾西县' };

/** Grants a county role on a person's card, the county picked 省 → 市 → 县 through the cascader. */
async function grantAs(card: Locator, role: string, county: typeof FENXI, reason: string) {
  await card.getByTestId('grant-role-open').click();
  await card.getByTestId('grant-role').selectOption({ label: role });
  await pickRegion(card.getByTestId('grant-county'), county);
  await card.getByTestId('reason').fill(reason);
  await card.getByTestId('confirm').click();
  await card
    .getByTestId('person-role')
    .filter({ hasText: `${role} · ${county.district}` })
    .waitFor();
}

describe('people and roles in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('the platform admin appoints a host and a county admin, who see their desks; a withdrawal locks the desk on the next click', async () => {
    // Two people register (as anyone does) and have no desks yet.
    for (const [phone, name] of [
      [`1371${stamp}0`, HOST],
      [`1372${stamp}0`, COUNTY],
    ]) {
      const fresh = await newPage(browser);
      await registerNewAccount(fresh.page, phone, PASSWORD, name);
      expect(await deskLinks(fresh.page)).not.toContain('/county/people');
      await fresh.context.close();
    }

    const admin = await newPage(browser);
    await login(admin.page, 'admin');
    await openDesk(admin.page, '用户管理');
    await admin.page.waitForURL((u) => u.pathname === '/admin/people');
    await grantAs(await findPerson(admin.page, HOST), '主播', FENXI, '县里安排直播带货');
    const countyCard = await findPerson(admin.page, COUNTY);
    await grantAs(countyCard, '县乡村振兴局', FENXI, '乡村振兴局新任主任');

    // They sign in: the desks are theirs.
    const hostPage = await newPage(browser);
    const countyPage = await newPage(browser);
    await login(hostPage.page, `1371${stamp}0`, { password: PASSWORD });
    expect(await deskLinks(hostPage.page)).toContain('/live/report');
    await openDesk(hostPage.page, '直播报表');
    await hostPage.page.waitForURL((u) => u.pathname === '/live/report');

    await login(countyPage.page, `1372${stamp}0`, { password: PASSWORD });
    expect(await deskLinks(countyPage.page)).toEqual(expect.arrayContaining(['/county/people', '/county', '/review']));
    await openDesk(countyPage.page, '本县人员');
    await countyPage.page.getByTestId('scope-people').getByTestId('person').filter({ hasText: COUNTY }).waitFor();

    // The admin withdraws the county role; the new county admin's next click finds the desk locked.
    const chip = countyCard.getByTestId('person-role').filter({ hasText: '县乡村振兴局 · 汾西县' });
    await chip.getByTestId('withdraw-role').click();
    await countyCard.getByTestId('reason').fill('调任他职');
    await countyCard.getByTestId('confirm').click();
    await chip.waitFor({ state: 'detached' });

    await openDesk(countyPage.page, '帮扶归因');
    await countyPage.page.waitForURL((u) => u.pathname === '/county');
    await countyPage.page
      .getByText(/没有权限|仅县乡村振兴局/)
      .first()
      .waitFor();
    for (let i = 0; i < 50 && (await deskLinks(countyPage.page)).includes('/county/people'); i++) await countyPage.page.waitForTimeout(100);
    expect(await deskLinks(countyPage.page)).not.toContain('/county/people');

    // Every step is in the audit log, with its reason.
    await admin.page.getByTestId('to-role-audit').click();
    const rows = admin.page.getByTestId('role-audit-row');
    await rows.first().waitFor();
    const texts = await rows.allTextContents();
    expect(texts.slice(0, 3)).toEqual([
      expect.stringMatching(new RegExp(`撤销.*平台管理员.*${COUNTY}.*县乡村振兴局.*汾西县.*调任他职`)),
      expect.stringMatching(new RegExp(`授予.*${COUNTY}.*县乡村振兴局.*汾西县.*乡村振兴局新任主任`)),
      expect.stringMatching(new RegExp(`授予.*${HOST}.*主播.*汾西县.*县里安排直播带货`)),
    ]);
    // one range of days filters the log and its export: today's steps (Shanghai) stay, a January long past has none
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const days = admin.page.getByTestId('export-role-audit-range');
    await days.getByLabel('开始日期').fill('2020-01-01');
    await days.getByLabel('结束日期').fill('2020-01-31');
    await admin.page.getByText('该时间段内没有记录').waitFor();
    await days.getByLabel('开始日期').fill(today);
    await days.getByLabel('结束日期').fill(today);
    await rows.first().waitFor();
    expect((await rows.allTextContents()).slice(0, 3)).toEqual(texts.slice(0, 3));
    await Promise.all([hostPage.context.close(), countyPage.context.close(), admin.context.close()]);
  });

  it('a unit admin appoints a purchaser among the unit’s members, and withdraws them again', async () => {
    const unitAdmin = await newPage(browser);
    await login(unitAdmin.page, 'unit-admin');
    await unitAdmin.page.goto(`${baseUrl()}/unit/members`);
    const panel = unitAdmin.page.getByTestId('purchasers-panel');
    const wang = panel.getByTestId('person').filter({ hasText: '王晓文' });
    await wang.getByTestId('appoint').click();
    await wang.getByTestId('reason').fill('负责食堂采购');
    await wang.getByTestId('confirm').click();
    const chip = wang.getByTestId('person-role').filter({ hasText: '单位采购员 · 汾西县第一中学' });
    await chip.waitFor();

    const buyer = await newPage(browser);
    await login(buyer.page, 'buyer');
    await buyer.page.goto(`${baseUrl()}/account`);
    await buyer.page.getByText('单位采购员').first().waitFor();

    await chip.getByTestId('withdraw-role').click();
    await wang.getByTestId('reason').fill('不再负责采购');
    await wang.getByTestId('confirm').click();
    await chip.waitFor({ state: 'detached' });
    await Promise.all([unitAdmin.context.close(), buyer.context.close()]);
  });
});
