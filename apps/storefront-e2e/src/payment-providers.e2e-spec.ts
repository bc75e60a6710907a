import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { baseUrl } from './support/browser';
import { login } from './support/session';
import { useBrowserAndDatabase } from './support/suite';

const SHOTS = join(process.cwd(), 'test-results', 'screenshots', 'payment-providers');

/**
 * The finance desk's provider reconciliation and the platform admin's provider status, with a stored run that found
 * differences (as the daily job leaves it), at 1280 and 390 px: shown, and nothing scrolls sideways.
 */
describe('payment providers on the desks', () => {
  const suite = useBrowserAndDatabase();
  beforeAll(async () => {
    const [{ id }] = (
      await suite.db.query<{ id: string }>(
        `INSERT INTO provider_reconciliation_run (provider, day, trigger, started_at, finished_at, attempts_checked, refunds_checked, difference_count)
         VALUES ('stripe', '2026-12-03', 'daily', '2026-12-03T19:00:00Z', '2026-12-03T19:00:04Z', 42, 3, 2) RETURNING id`,
      )
    ).rows;
    await suite.db.query(
      `INSERT INTO provider_reconciliation_difference (run_id, provider, kind, provider_ref, order_nos, ours_fen, theirs_fen, ours_state, theirs_state, action)
       VALUES ($1, 'stripe', 'paid_there_not_here', 'pi_3QxLongStripeIdentifier0001', '{YG20261203-000042}', NULL, 780000, 'created', 'succeeded', 'applied'),
              ($1, 'stripe', 'amount_differs', 'pi_3QxLongStripeIdentifier0002', '{YG20261203-000043,YG20261203-000044}', 1200000, 1199900, 'succeeded', 'succeeded', NULL)`,
      [id],
    );
  });

  for (const who of ['admin', 'platform-finance'] as const) {
    it(`${who}: the provider reconciliation (and, for the admin, provider status) fits at 1280 and 390 px`, async () => {
      const problems: string[] = [];
      mkdirSync(SHOTS, { recursive: true });
      for (const width of [1280, 390]) {
        const context = await suite.browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN' });
        const page = await context.newPage();
        page.on('console', (m) => {
          if (m.type() === 'error' && !/favicon|React DevTools/.test(m.text()))
            problems.push(`${width}px console error ${m.text().slice(0, 200)}`);
        });
        await login(page, who);
        await page.goto(`${baseUrl()}/finance`);
        const diffs = page.getByTestId('provider-difference');
        await diffs.first().waitFor();
        expect(await diffs.count()).toBe(2);
        expect(await page.getByTestId('provider-run').textContent()).toContain('差异 2 处');
        const lost = (await diffs.allTextContents()).find((t) => t.includes('YG20261203-000042'));
        expect(lost).toContain('渠道已收款，本平台未记到账');
        expect(lost).toContain('已补记到账');
        const status = page.getByTestId('provider-status-row');
        if (who === 'admin') {
          await status.first().waitFor();
          const row = (await status.first().textContent()) ?? '';
          expect(row).toContain('Stripe');
          expect(row).toContain('差异 2 处');
        } else {
          expect(await status.count()).toBe(0);
        }
        await page.waitForLoadState('networkidle').catch(() => undefined);
        await page.waitForTimeout(150);
        // the desk itself neither scrolls the page nor sideways inside itself (the site header is the every-route test's)
        const overflow = await page.evaluate(() => {
          const desk = document.querySelector('.finance-desk') as HTMLElement;
          return Math.max(desk.getBoundingClientRect().right - window.innerWidth, desk.scrollWidth - desk.clientWidth);
        });
        if (overflow > 1) problems.push(`${width}px: the finance desk is ${overflow}px too wide`);
        await page.getByTestId('provider-reconciliation').scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SHOTS, `${who}-${width}.png`), fullPage: false });
        await context.close();
      }
      expect(problems).toEqual([]);
    });
  }
});
