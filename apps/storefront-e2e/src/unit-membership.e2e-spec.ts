import type { Browser, Locator, Page } from 'playwright-core';
import { baseUrl, launchBrowser, newPage } from './support/browser';
import { login } from './support/session';
import { registerBySms, registerNewAccount } from './support/sms';

const stamp = String(Date.now()).slice(-7);
const MEMBER_NAME = `浏览器测试员${stamp}`;

/** "共 N 人" in the members panel's heading. */
async function memberCount(page: Page): Promise<number> {
  const heading = page.getByTestId('members-panel').locator('h2');
  await heading.filter({ hasText: '共' }).waitFor();
  return Number(/共 (\d+) 人/.exec((await heading.textContent()) ?? '')?.[1] ?? NaN);
}

/** The member's row, turning pages of the (20-per-page) list until it shows; null if on no page. */
async function findMember(page: Page, name: string): Promise<Locator | null> {
  await page.getByTestId('member').first().waitFor();
  for (;;) {
    const row = page.getByTestId('member').filter({ hasText: name });
    if (await row.count()) return row;
    const next = page.getByTestId('members-panel').getByRole('button', { name: '下一页' });
    if (!(await next.count()) || (await next.isDisabled())) return null;
    await next.click();
  }
}

describe('unit membership in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('the unit admin shares the invitation link; a new person registers from it, joins, appears among the members and is removed', async () => {
    // 1. the unit admin opens the members page and gets the invitation link
    const admin = await newPage(browser);
    await login(admin.page, 'unit-admin');
    await admin.page.goto(`${baseUrl()}/unit/members`);
    expect(await admin.page.getByTestId('members-unit-name').textContent()).toBe('汾西县第一中学');
    const link = admin.page.getByTestId('invite-link');
    await Promise.race([link.waitFor(), admin.page.getByTestId('create-invite').waitFor()]);
    if (!(await link.count())) await admin.page.getByTestId('create-invite').click();
    const inviteUrl = await link.inputValue();
    expect(inviteUrl).toMatch(new RegExp(`^${baseUrl()}/join-unit\\?code=[A-Z0-9]{8}$`));
    const before = await memberCount(admin.page);

    // 2. a visitor opens the link, is sent to sign in, registers instead and comes back to the invitation
    const newcomer = await newPage(browser);
    const page = newcomer.page;
    await page.goto(inviteUrl);
    await page.waitForURL(
      (u) => u.pathname === '/login' && u.searchParams.get('next') === new URL(inviteUrl).pathname + new URL(inviteUrl).search,
    );
    await page.locator('.auth-card__switch a').click();
    await page.waitForURL((u) => u.pathname === '/register');
    await registerBySms(page, `1375${stamp}`, 'secret-pass-1', MEMBER_NAME);
    await page.waitForURL((u) => u.pathname === '/join-unit');
    expect(await page.getByTestId('join-unit-name').textContent()).toBe('汾西县第一中学');
    await page.getByTestId('join-unit').click();
    expect(await page.getByTestId('join-done').textContent()).toContain('已加入 汾西县第一中学');
    await page.goto(`${baseUrl()}/account`);
    expect(await page.getByTestId('account-unit').textContent()).toContain('汾西县第一中学');

    // a wrong code is explained in Chinese
    await page.goto(`${baseUrl()}/join-unit?code=ZZZZZZZZ`);
    expect(await page.getByTestId('join-bad-code').textContent()).toContain('邀请码无效或已过期');

    // 3. the admin sees the new member (joining by invitation needs no approval)
    await admin.page.reload();
    expect(await memberCount(admin.page)).toBe(before + 1);
    const row = await findMember(admin.page, MEMBER_NAME);
    expect(row).not.toBeNull();

    // 4. and removes them again
    admin.page.once('dialog', (d) => void d.accept());
    await row!.getByTestId('remove-member').click();
    await row!.waitFor({ state: 'detached' });
    expect(await memberCount(admin.page)).toBe(before);
    await page.goto(`${baseUrl()}/account`);
    await page.getByTestId('account-join-unit').waitFor();

    await newcomer.context.close();
    await admin.context.close();
  });

  it('a new person without a code searches for the unit and asks to join; the unit admin approves; the person then belongs to it', async () => {
    const name = `申请测试员${stamp}`;
    // 1. a newly registered person finds the unit by part of its name and asks to join
    const person = await newPage(browser);
    const page = person.page;
    await registerNewAccount(page, `1376${stamp}`, 'secret-pass-1', name);
    await page.goto(`${baseUrl()}/join-unit`);
    await page.getByTestId('no-my-requests').waitFor();
    await page.getByTestId('unit-search').getByLabel('单位名称').fill('第一中');
    await page.getByTestId('unit-search-form').getByRole('button', { name: '搜索' }).click();
    const result = page.getByTestId('unit-search-result').filter({ hasText: '汾西县第一中学' }).first();
    await result.waitFor();
    expect(await result.textContent()).toContain('汾西县');
    await result.getByTestId('unit-request-join').click();
    expect(await page.getByTestId('unit-request-sent').textContent()).toContain('已提交申请');
    const mine = page.getByTestId('my-join-request').filter({ hasText: '汾西县第一中学' });
    expect(await mine.getByTestId('my-join-request-status').textContent()).toBe('待审批');

    // 2. the unit admin sees the request on /unit/members and approves it
    const admin = await newPage(browser);
    await login(admin.page, 'unit-admin');
    await admin.page.goto(`${baseUrl()}/unit/members`);
    const request = admin.page.getByTestId('join-request').filter({ hasText: name });
    await request.waitFor();
    await request.getByTestId('approve-request').click();
    await request.waitFor({ state: 'detached' });
    await admin.page.reload();
    expect(await findMember(admin.page, name)).not.toBeNull();

    // 3. the person sees the request approved and the unit as theirs
    await page.reload();
    await page.getByTestId('my-join-request').first().waitFor();
    expect(await mine.getByTestId('my-join-request-status').textContent()).toBe('已通过');
    expect(await page.getByTestId('unit-search-blocked').textContent()).toContain('汾西县第一中学');
    await page.goto(`${baseUrl()}/account`);
    expect(await page.getByTestId('account-unit').textContent()).toContain('汾西县第一中学');

    // leave the shared unit as it was
    admin.page.once('dialog', (d) => void d.accept());
    await admin.page.reload();
    const row = await findMember(admin.page, name);
    await row!.getByTestId('remove-member').click();
    await row!.waitFor({ state: 'detached' });

    await person.context.close();
    await admin.context.close();
  });
});
