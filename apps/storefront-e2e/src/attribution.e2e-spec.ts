import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { formatFen } from '@yigou/shared/money';
import { idNumberCheckChar } from '@yigou/shared/validation';
import { baseUrl, newPage } from './support/browser';
import { login } from './support/session';
import { useBrowserAndDatabase } from './support/suite';

function idNumber(seq: number): string {
  const first17 = `14103419750315${String(seq).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

describe('county attribution in the browser', () => {
  const suite = useBrowserAndDatabase();

  it('the 汾西县 county admin imports households and links; a received 玉露香梨 order shows in the county report and on the household page', async () => {
    const village = (await suite.db.query(`SELECT code FROM region WHERE level = 'village' AND code LIKE '141034%' ORDER BY code LIMIT 1`))
      .rows[0].code as string;
    const pear = (
      await suite.db.query(
        `SELECT p.id, p.supplier_id, s.id AS sku_id, sup.credit_code FROM product p JOIN product_sku s ON s.product_id = p.id JOIN supplier sup ON sup.id = p.supplier_id WHERE p.demo_key = 'yulu-pear-5kg' LIMIT 1`,
      )
    ).rows[0] as { id: string; supplier_id: string; sku_id: string; credit_code: string };
    const unit = (await suite.db.query(`SELECT id FROM work_unit WHERE demo_key IS NOT NULL ORDER BY name LIMIT 1`)).rows[0].id as string;

    const { context, page } = await newPage(suite.browser);
    await login(page, 'county-admin');

    await page.goto(`${baseUrl()}/county/households`);
    await page.getByTestId('household-count').waitFor();
    const households = [
      '户编号,村,户主姓名,身份证号,家庭人口,户类别,上年人均纯收入(元),帮扶责任人',
      `E2E-0001,${village},郭建国,${idNumber(1)},4,脱贫户,6800,李书记`,
      `E2E-0002,${village},白秀兰,${idNumber(2)},2,边缘易致贫户,4300,王干部`,
    ].join('\n');
    await page
      .getByTestId('import-households-file')
      .setInputFiles({ name: 'households.csv', mimeType: 'text/csv', buffer: Buffer.from(households) });
    await page.locator('[data-testid=import-households-result][data-status=done]').waitFor();
    expect(await page.getByTestId('import-households-result').textContent()).toContain('新增 2 条');

    const links = [
      '户编号,供应商统一社会信用代码,产品,联结方式,权重,起始日期,截止日期',
      `E2E-0001,${pear.credit_code},玉露香梨,订单收购,600,2020-01-01,`,
      `E2E-0002,${pear.credit_code},玉露香梨,订单收购,300,2020-01-01,`,
    ].join('\n');
    await page.getByTestId('import-links-file').setInputFiles({ name: 'links.csv', mimeType: 'text/csv', buffer: Buffer.from(links) });
    await page.locator('[data-testid=import-links-result][data-status=done]').waitFor();

    // Other browser suites share this database (the orders suite buys 玉露香梨 for real): measure the change.
    const countyTotal = async (): Promise<number> => {
      await page.goto(`${baseUrl()}/county`);
      await page.getByTestId('kpi-total').waitFor();
      return yuanTextToFen(await page.getByTestId('kpi-total').textContent());
    };
    const totalBefore = await countyTotal();

    // the orders domain's part: a buyer's 玉露香梨 order is received (3 boxes at ¥88.00) — appended to the outbox
    const orderId = randomUUID();
    const line = {
      lineId: randomUUID(),
      productId: pear.id,
      skuId: pear.sku_id,
      quantity: 3,
      unitPriceFen: 8800,
      amountFen: 26400,
      certified: true,
    };
    const payload = {
      orderId,
      orderNo: 'E2E-ORDER-1',
      buyerId: randomUUID(),
      unitId: unit,
      supplierId: pear.supplier_id,
      liveSessionId: null,
      totalFen: 26400,
      paidFen: 26400,
      lines: [line],
      occurredAt: new Date().toISOString(),
      // the order's counting facts (docs/counting.md): paid, then received
      state: {
        unitId: unit,
        paid: true,
        received: true,
        rated: false,
        cancelled: false,
        lines: [{ ...line, refundedFen: 0, refundedQuantity: 0 }],
      },
    };
    await suite.db.query(
      `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload) VALUES ('order.received', 'order', $1, $2)`,
      [orderId, JSON.stringify(payload)],
    );
    await suite.db.query(`SELECT pg_notify('yigou_outbox', 'order.received')`);
    let mine = 0;
    for (let i = 0; i < 100; i++) {
      const r = await suite.db.query(
        // the ledger's row for the receipt (the line's target to all of it) gives the household its whole part of the split
        `SELECT s.part_fen[array_position(s.part_household_ids, h.id)]::int AS amount
           FROM attribution_movement m JOIN attribution_line l ON l.line_id = m.line_id JOIN attribution_split s ON s.digest = l.split_digest
           JOIN household h ON h.household_no = 'E2E-0001' AND h.id = ANY(s.part_household_ids)
          WHERE m.order_id = $1 AND m.target_after_fen = l.attributable_fen`,
        [orderId],
      );
      if (r.rows.length) {
        mine = r.rows[0].amount;
        break;
      }
      await new Promise((res) => setTimeout(res, 200));
    }
    expect(mine).toBeGreaterThan(0);

    // 18.00 yuan per box × 3 = ¥54.00 reaches the linked households
    expect(await countyTotal()).toBe(totalBefore + 5400);
    expect(await page.getByTestId('kpi-total').textContent()).toBe(formatFen(totalBefore + 5400));
    expect(await page.getByTestId('report-sentence').textContent()).toMatch(
      /^带动脱贫户 \d+ 户 \d+ 人，平台销售归因 [\d.]+ 元，户均增收 [\d.]+ 元$/,
    );
    expect(await page.getByTestId('table-product').textContent()).toContain('玉露香梨');

    await page.goto(`${baseUrl()}/county/households`);
    await page.getByTestId('household-search').fill('E2E-0001');
    await page.locator('[data-testid=household-row]', { hasText: 'E2E-0001' }).waitFor();
    expect(await page.getByTestId('household-row').first().textContent()).toContain('郭*国');
    // 查看明文: the reason is typed beside the row, required before anything is shown, and logged with the reveal
    const row = page.locator('[data-testid=household-row]', { hasText: 'E2E-0001' });
    await row.getByRole('button', { name: '查看明文' }).click();
    const form = page.getByTestId('reveal-form');
    await form.getByRole('button', { name: '查看明文' }).click();
    expect(await form.getByRole('alert').textContent()).toBe('请说明查看原因（至少 2 个字）');
    await form.getByLabel('查看 E2E-0001 明文的原因（将记录日志）').fill('核对帮扶台账');
    await form.getByRole('button', { name: '查看明文' }).click();
    await page.locator('[data-testid=household-row]', { hasText: '郭建国' }).waitFor();
    expect(await row.textContent()).toContain(idNumber(1));
    await page.getByText('已显示 E2E-0001 的明文，查看已记录日志').waitFor();
    const logged = await suite.db.query(
      `SELECT l.detail FROM household_access_log l JOIN household h ON h.id = l.household_id WHERE h.household_no = 'E2E-0001' AND l.action = 'reveal'`,
    );
    expect(logged.rows.map((r) => r.detail)).toEqual(['核对帮扶台账']);
    await page.getByRole('link', { name: 'E2E-0001' }).click();
    await page.getByTestId('household-attributed').waitFor();
    expect(await page.getByTestId('household-attributed').textContent()).toBe(formatFen(mine));
    expect(await page.getByTestId('household-entry').first().textContent()).toContain('E2E-ORDER-1');
    // 农户信息访问日志: one range of days above the list filters it (and the export); the reveal is of today, Shanghai
    await page.goto(`${baseUrl()}/county/access-log`);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const days = page.getByTestId('export-access-log-range');
    const revealed = page.locator('[data-testid=access-log-row]', { hasText: '核对帮扶台账' });
    await revealed.waitFor();
    await days.getByLabel('开始日期').fill(today);
    await days.getByLabel('结束日期').fill(today);
    await revealed.waitFor();
    await days.getByLabel('开始日期').fill('2020-01-01');
    await days.getByLabel('结束日期').fill('2020-01-31');
    await page.getByText('该时间段内没有记录').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('农户信息访问日志 · 共 0 条');
    // the days are kept in the address: a reload (or a shared link) shows the same range and the same list
    expect(new URL(page.url()).search).toContain('from=2020-01-01&to=2020-01-31');
    await page.reload();
    await page.getByText('该时间段内没有记录').waitFor();
    expect(await days.getByLabel('开始日期').inputValue()).toBe('2020-01-01');
    expect(await days.getByLabel('结束日期').inputValue()).toBe('2020-01-31');
    await days.getByLabel('结束日期').fill('2019-12-31');
    expect(await days.getByRole('alert').textContent()).toBe('结束日期不能早于开始日期');
    expect(await page.getByTestId('export-access-log-button').isDisabled()).toBe(true);
    await context.close();
  });

  it('the household access log at 390 px: each entry a card naming its fields, nothing cut at the right edge', async () => {
    // the first test revealed a household's ID number today: the log has that entry
    const { context, page } = await newPage(suite.browser, { width: 390, height: 844 });
    await login(page, 'county-admin');
    await page.goto(`${baseUrl()}/county/access-log`);
    const row = page.locator('[data-testid=access-log-row]', { hasText: '核对帮扶台账' }).first();
    await row.waitFor();
    const fit = await page.getByTestId('access-log').evaluate((section) => ({
      overflow: section.scrollWidth - section.clientWidth,
      narrowest: Math.min(
        ...[...section.querySelectorAll('[data-testid=access-log-row] td')].map((td) => td.getBoundingClientRect().width),
      ),
    }));
    // before: six squeezed columns, the 操作人 one character a line, the IP column past the card's edge
    expect(fit.overflow).toBeLessThanOrEqual(0);
    expect(fit.narrowest).toBeGreaterThan(250);
    expect(
      await row
        .locator('td')
        .first()
        .evaluate((td) => getComputedStyle(td, '::before').content),
    ).toBe('"时间"');
    await context.close();
  });

  it('the county report’s four headline figures: one row at 1280 px, two a row at 390 px (not one a row filling the first screen)', async () => {
    const rowsOf = async (page: Page): Promise<number[][]> => {
      await page.getByTestId('kpi-average').waitFor();
      const boxes = await page.locator('.attribution-kpis > .yg-card').evaluateAll((cards) =>
        cards.map((c) => {
          const r = c.getBoundingClientRect();
          return [Math.round(r.top), Math.round(r.left)];
        }),
      );
      const tops = [...new Set(boxes.map(([top]) => top))];
      return tops.map((top) => boxes.filter(([t]) => t === top).map(([, left]) => left));
    };
    for (const [width, perRow] of [
      [1280, [4]],
      [390, [2, 2]],
    ] as const) {
      const { context, page } = await newPage(suite.browser, { width, height: 844 });
      await login(page, 'county-admin');
      await page.goto(`${baseUrl()}/county`);
      expect((await rowsOf(page)).map((row) => row.length)).toEqual(perRow);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // every figure inside its own card (a long amount wraps, it does not run into the next card)
      const spill = await page
        .locator('.attribution-kpis > .yg-card')
        .evaluateAll((cards) => cards.filter((c) => c.querySelector('strong')!.scrollWidth > c.clientWidth).length);
      expect(spill).toBe(0);
      await page.screenshot({ path: `test-results/e2e-county-kpis-${width}.png` });
      await context.close();
    }
  });
});

/** '¥1,234.50' → 123450 */
function yuanTextToFen(text: string | null): number {
  const m = /^¥([\d,]+)\.(\d{2})$/.exec((text ?? '').trim());
  if (!m) throw new Error(`not a price: ${text}`);
  return Number(m[1].replace(/,/g, '')) * 100 + Number(m[2]);
}
