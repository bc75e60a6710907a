import { mkdirSync } from 'node:fs';
import type { Page, Response } from 'playwright-core';
import { join } from 'node:path';
import { baseUrl } from './support/browser';
import { login } from './support/session';
import { useBrowserAndDatabase } from './support/suite';

/**
 * Every route as every demo role, at 1280 and 390 px: no page may scroll sideways,
 * log a console error or fall into the error boundary. Screenshots are kept under
 * test-results/screenshots/<role>/ (CI keeps test-results as ci-results/npm-test).
 */
const SHOTS = join(process.cwd(), 'test-results', 'screenshots');
const WIDTHS = [1280, 390] as const;

/** What each person opens: the shop for all, then the desks of their role. */
const SHOP = ['/', '/search', '/search?q=ylxl', '/products/:product', '/suppliers/:supplier', '/live', '/live/:session'];
const SHOPPER = [
  ...SHOP,
  '/account',
  '/account/security',
  '/cart',
  '/checkout',
  '/orders',
  '/notifications',
  '/join-unit',
  '/quota',
  '/papers/procurement',
];
/** Staff see the same shop as buyers (checked above); their own pages matter here. */
const STAFF = ['/', '/products/:product', '/account', '/orders', '/notifications', '/supplier'];
const ROUTES: Record<string, string[]> = {
  anonymous: [
    ...SHOP,
    '/login',
    '/login?tab=sms',
    '/register',
    '/register?tab=email',
    '/forgot-password',
    '/legal/agreement',
    '/legal/privacy',
    '/no-such-page',
  ],
  buyer: SHOPPER,
  purchaser: SHOPPER,
  'unit-admin': [...STAFF, '/quota', '/unit/members', '/papers/procurement', '/papers/procurement?month=2026-01'],
  supplier: [
    ...STAFF,
    '/supplier/people',
    '/supplier/orders',
    '/supplier/:supplier/products',
    '/supplier/:supplier/products/new',
    '/supplier/products/:ownProduct',
    '/supplier/:supplier/import',
  ],
  host: [...STAFF, '/live', '/live/:session', '/live/report'],
  'county-admin': [
    ...STAFF,
    '/county/people',
    '/review',
    '/county',
    '/county/households',
    '/county/households/:household',
    '/county/access-log',
    '/quota/jurisdiction',
    '/quota/bulletin',
  ],
  finance: [...STAFF, '/quota/jurisdiction', '/quota/bulletin', '/unit/import'],
  admin: [
    ...STAFF,
    '/live',
    '/review',
    '/county',
    '/finance',
    '/orders/binding-changes',
    '/unit/import',
    '/admin/people',
    '/admin/people/audit',
  ],
  'platform-finance': [...STAFF, '/finance'],
};

/** Console noise that is not an application error. */
const IGNORED_CONSOLE = [/Download the React DevTools/, /favicon/];

describe('every route as every role, at 1280 and 390 px', () => {
  const suite = useBrowserAndDatabase();
  const params = new Map<string, string>();

  beforeAll(async () => {
    const one = async (sql: string): Promise<string> => {
      const r = await suite.db.query<{ id: string }>(sql);
      if (!r.rows[0]) throw new Error(`no demo row for ${sql}`);
      return r.rows[0].id;
    };
    params.set(
      ':product',
      await one(
        `SELECT p.id FROM product p JOIN supplier s ON s.id = p.supplier_id WHERE p.status = 'on_sale' AND s.status = 'approved' ORDER BY p.name LIMIT 1`,
      ),
    );
    params.set(
      ':supplier',
      await one(
        `SELECT g.supplier_id AS id FROM role_grant g JOIN app_user u ON u.id = g.user_id WHERE u.username = 'supplier' AND g.supplier_id IS NOT NULL LIMIT 1`,
      ),
    );
    params.set(':ownProduct', await one(`SELECT id FROM product WHERE supplier_id = '${params.get(':supplier')}' ORDER BY name LIMIT 1`));
    params.set(':session', await one(`SELECT id FROM live_session ORDER BY starts_at DESC LIMIT 1`));
    params.set(':household', await one(`SELECT id FROM household WHERE county_code = '141034' ORDER BY household_no LIMIT 1`));
  });

  for (const [who, routes] of Object.entries(ROUTES)) {
    it(`${who}: ${routes.length} routes fit, log no error and never hit the error boundary`, async () => {
      const problems: string[] = [];
      for (const width of WIDTHS) {
        const context = await suite.browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN' });
        const page = await context.newPage();
        let route = '';
        page.on('console', (m) => {
          if (m.type() === 'error' && !IGNORED_CONSOLE.some((re) => re.test(m.text())))
            problems.push(`${width}px ${route}: console error ${m.text().slice(0, 200)}`);
        });
        page.on('pageerror', (e) => problems.push(`${width}px ${route}: uncaught ${e.message.slice(0, 200)}`));
        if (who !== 'anonymous') await login(page, who);
        const dir = join(SHOTS, who);
        mkdirSync(dir, { recursive: true });
        for (const pattern of routes) {
          route = pattern.replace(/:[a-zA-Z]+/g, (p) => params.get(p) ?? p);
          await page.goto(`${baseUrl()}${route}`);
          await page.waitForLoadState('networkidle').catch(() => undefined);
          // let late data and lazy chunks render before measuring
          await page.waitForTimeout(150);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 1) {
            // name the widest elements that stick out, so the failure says where to look
            const culprits = await page.evaluate(() =>
              [...document.querySelectorAll('main *')]
                .map((el) => ({ el, right: el.getBoundingClientRect().right }))
                .filter((x) => x.right > window.innerWidth + 1)
                .sort((a, b) => b.right - a.right)
                .slice(0, 3)
                .map(
                  (x) =>
                    `${x.el.tagName.toLowerCase()}${x.el.className && typeof x.el.className === 'string' ? '.' + x.el.className.trim().split(/\s+/).join('.') : ''}${x.el.getAttribute('data-testid') ? `[${x.el.getAttribute('data-testid')}]` : ''}`,
                ),
            );
            problems.push(`${width}px ${route}: scrolls sideways by ${overflow}px (${culprits.join(', ')})`);
          }
          if (await page.getByTestId('error-boundary').count()) problems.push(`${width}px ${route}: error boundary`);
          const name = pattern.replace(/^\//, '').replace(/[/:?=]/g, '_') || 'home';
          await page.screenshot({ path: join(dir, `${name}-${width}.png`), fullPage: false });
          if (width === WIDTHS[0]) problems.push(...(await largestPageSizes(page, route)));
        }
        await context.close();
      }
      expect(problems).toEqual([]);
    });
  }
});

/**
 * Every pager's largest page size must be a query the server accepts: a desk that offers 100 per page and is then
 * refused by the query cost limit (QUERY_TOO_COMPLEX, HTTP 400) shows its users an error instead of their rows.
 */
async function largestPageSizes(page: Page, route: string): Promise<string[]> {
  const problems: string[] = [];
  for (const select of await page.getByTestId('page-size').all()) {
    const sizes = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const largest = sizes[sizes.length - 1];
    if (!largest || (await select.inputValue()) === largest) continue;
    const refused: string[] = [];
    const onResponse = (r: Response) => {
      if (r.url().includes('/graphql') && r.status() >= 400) refused.push(String(r.status()));
    };
    page.on('response', onResponse);
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/graphql'), { timeout: 5000 }).catch(() => undefined),
      select.selectOption(largest),
    ]);
    await page.waitForTimeout(150);
    page.off('response', onResponse);
    if (refused.length || (await page.getByText('请求过于复杂').count()))
      problems.push(`${route}: ${largest} per page refused (HTTP ${refused.join(', ') || '200 with an error'})`);
  }
  return problems;
}
