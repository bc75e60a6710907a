import { formatFen } from '@yigou/shared/money';
import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import type { Page } from 'playwright-core';
import { baseUrl, newPage } from './support/browser';
import { login } from './support/session';
import { useBrowserAndDatabase } from './support/suite';

/**
 * Plays the orders domain (not built on this branch): appends order events to
 * the outbox in one transaction, as orders will through EventOutbox.append, and
 * lets the running API deliver them to quota counting.
 */
async function appendOrderEvents(db: Client, types: string[], payload: Record<string, unknown>): Promise<void> {
  await db.query('BEGIN');
  for (const type of types) {
    await db.query(`INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload) VALUES ($1, 'order', $2, $3)`, [
      type,
      payload.orderId,
      // the order's counting facts after this event (docs/counting.md): consumers count from these
      JSON.stringify({ ...payload, occurredAt: new Date().toISOString(), state: countingState(type, types, payload) }),
    ]);
    await db.query(`SELECT pg_notify('yigou_outbox', $1)`, [type]);
  }
  await db.query('COMMIT');
}

/** The facts after `type` in a paid → received → completed order whose lines had no refunds. */
function countingState(type: string, types: string[], payload: Record<string, unknown>): Record<string, unknown> {
  const upTo = types.slice(0, types.indexOf(type) + 1);
  const lines = (payload.lines as Record<string, unknown>[]).map((l) => ({ ...l, refundedFen: 0, refundedQuantity: 0 }));
  return {
    unitId: payload.unitId,
    paid: upTo.includes('order.paid'),
    received: upTo.includes('order.received'),
    rated: upTo.includes('order.completed'),
    cancelled: false,
    lines,
  };
}

const firstRow = (page: Page) => page.getByTestId('ranking-row').first();

describe('以购代捐 progress in the browser', () => {
  const suite = useBrowserAndDatabase();

  it('an order of 玉露香梨 for 汾西县第一中学 shows on the unit admin’s dashboard and moves the finance ranking', async () => {
    const finance = await newPage(suite.browser);
    await login(finance.page, 'finance');
    await finance.page.goto(`${baseUrl()}/quota/jurisdiction`);
    await firstRow(finance.page).waitFor();
    const before = await finance.page.getByTestId('ranking-unit').allTextContents();
    expect(before).toContain('汾西县第一中学');
    // the ranking pages on the server under the table (no 加载更多)
    // (the 待审核填报 list above it has a pager of its own)
    const rankingPager = finance.page.locator('[data-testid="pager-info"]:not([data-testid="filing-review"] *)');
    expect(await rankingPager.textContent()).toMatch(/^共 \d+ 条 · 第 1 \/ \d+ 页$/);

    const [unit] = (await suite.db.query(`SELECT id FROM work_unit WHERE demo_key = 'fenxi-no1-school'`)).rows;
    const [buyer] = (await suite.db.query(`SELECT id FROM app_user WHERE username = 'buyer'`)).rows;
    const [pear] = (await suite.db.query(`SELECT id, supplier_id FROM product WHERE name = '玉露香梨'`)).rows;
    // Other browser suites share this database (the orders suite buys for this school for real): measure the change.
    const counted = async (): Promise<{ ordered: number; completed: number }> => {
      const r = await suite.db.query(
        `SELECT COALESCE(sum(amount_fen) FILTER (WHERE kind = 'ordered'), 0)::int AS ordered,
                COALESCE(sum(amount_fen) FILTER (WHERE kind = 'completed'), 0)::int AS completed
           FROM quota_ledger WHERE unit_id = $1`,
        [unit.id],
      );
      return r.rows[0];
    };
    const base = await counted();
    const expectedOrdered = formatFen(base.ordered + 136000);
    const expectedCompleted = formatFen(base.completed + 136000);
    const orderId = randomUUID();
    await appendOrderEvents(suite.db, ['order.paid', 'order.received'], {
      orderId,
      orderNo: 'YG-E2E-1',
      buyerId: buyer.id,
      unitId: unit.id,
      supplierId: pear.supplier_id,
      liveSessionId: null,
      totalFen: 136000,
      paidFen: 136000,
      lines: [
        {
          lineId: randomUUID(),
          productId: pear.id,
          skuId: randomUUID(),
          quantity: 20,
          unitPriceFen: 6800,
          amountFen: 136000,
          certified: true,
        },
      ],
    });

    const admin = await newPage(suite.browser);
    await login(admin.page, 'unit-admin');
    await admin.page.goto(`${baseUrl()}/quota`);
    await admin.page.getByTestId('quota-unit-name').waitFor();
    expect(await admin.page.getByTestId('quota-unit-name').textContent()).toBe('汾西县第一中学');
    // delivery is asynchronous (LISTEN/NOTIFY): reload until the counted amount shows
    for (let i = 0; i < 20 && (await admin.page.getByTestId('quota-ordered').textContent()) !== expectedOrdered; i++) {
      await admin.page.waitForTimeout(500);
      await admin.page.reload();
      await admin.page.getByTestId('quota-ordered').waitFor();
    }
    expect(await admin.page.getByTestId('quota-ordered').textContent()).toBe(expectedOrdered);
    expect(await admin.page.getByTestId('quota-completed').textContent()).toBe(expectedCompleted);
    expect(await admin.page.getByTestId('quota-target').textContent()).toBe('¥63,000.00');
    await admin.page.getByTestId('quota-trend-chart').locator('svg').waitFor();
    expect(await admin.page.getByTestId('quota-members').textContent()).toContain('王晓文');

    await finance.page.reload();
    await firstRow(finance.page).waitFor();
    expect(await firstRow(finance.page).getByTestId('ranking-unit').textContent()).toBe('汾西县第一中学');
    expect(await firstRow(finance.page).getByTestId('ranking-rank').textContent()).toBe('1');
    expect(await firstRow(finance.page).getByTestId('ranking-ordered').textContent()).toBe(expectedOrdered);
    await admin.context.close();
    await finance.context.close();
  });

  it('the unit admin’s filing outside a filing window is refused with a clear message', async () => {
    const { context, page } = await newPage(suite.browser);
    await login(page, 'unit-admin');
    await page.goto(`${baseUrl()}/quota`);
    const form = page.getByTestId('quota-filing');
    await form.waitFor();
    await form.locator('input[name="headcount"]').fill('210');
    await form.locator('input[name="canteenBudget"]').fill('1200000');
    await form.locator('button[type="submit"]').click();
    await form.getByTestId('form-error').waitFor();
    expect(await form.getByTestId('form-error').textContent()).toContain('本年度尚未开放填报');
    expect(Number((await suite.db.query(`SELECT count(*) AS n FROM quota_filing`)).rows[0].n)).toBe(0);
    await context.close();
  });

  it('finance reminds the units behind pace; the unit admin reads it on the quota desk (1280 and 390 px) and finds it in the notification centre', async () => {
    const finance = await newPage(suite.browser);
    await login(finance.page, 'finance');
    await finance.page.goto(`${baseUrl()}/quota/jurisdiction`);
    await firstRow(finance.page).waitFor();
    await finance.page.getByTestId('send-reminders').click();
    // in the demo county the school alone has people to tell
    await finance.page.getByRole('status').filter({ hasText: '已向' }).waitFor();
    expect(await finance.page.getByRole('status').filter({ hasText: '已向' }).textContent()).toBe(
      '已向 1 个单位的成员和管理员发送提醒（今天已提醒过的单位、尚无人员的单位不发送）',
    );
    await finance.page.screenshot({ path: 'test-results/e2e-quota-reminders-sent.png' });
    await finance.context.close();

    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const { context, page } = await newPage(suite.browser, viewport);
      await login(page, 'unit-admin');
      await page.goto(`${baseUrl()}/quota`);
      const list = page.getByTestId('quota-reminders');
      await list.waitFor();
      const item = list.getByTestId('quota-reminder').first();
      expect(await item.textContent()).toMatch(/以购代捐完成率 .*%，低于全年进度 .*%，请抓紧采购/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.screenshot({ path: `test-results/e2e-quota-reminders-${viewport.width}.png`, fullPage: true });
      if (viewport.width === 1280) {
        expect(await list.getByTestId('quota-reminders-unread').textContent()).toBe('1 条未读');
        await item.getByRole('button', { name: '标为已读' }).click();
        await list.getByTestId('quota-reminders-unread').waitFor({ state: 'detached' });
        expect(await item.textContent()).toContain('已读');
      }
      await context.close();
    }

    // the same reminder, read, in the notification centre; it leads back to the unit's quota desk
    const { context, page } = await newPage(suite.browser);
    await login(page, 'unit-admin');
    await page.goto(`${baseUrl()}/notifications`);
    const notice = page.getByTestId('notification').filter({ hasText: '以购代捐进度提醒' });
    await notice.waitFor();
    expect(await notice.getAttribute('class')).not.toContain('notification--unread');
    await page.screenshot({ path: 'test-results/e2e-quota-reminder-centre.png' });
    await notice.getByRole('link', { name: '以购代捐进度提醒' }).click();
    await page.getByTestId('quota-unit-name').waitFor();
    expect(new URL(page.url()).pathname).toBe('/quota');
    expect(await page.getByTestId('quota-unit-name').textContent()).toBe('汾西县第一中学');
    await context.close();
  });
});
