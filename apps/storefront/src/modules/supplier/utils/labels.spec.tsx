import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { en, I18nProvider, zhCN } from '@yigou/web/i18n';
import { hasLabel, useL } from './labels';

function Probe() {
  const l = useL();
  return (
    <p data-testid="p">
      {l('portal')}|{l('on_sale')}|{l('platformTookOff')}
    </p>
  );
}

describe('supplier portal labels (i18n dictionaries, supplierPortal.*)', () => {
  it('reads Chinese by default and English when chosen', () => {
    const { unmount } = render(
      <I18nProvider initialLocale="zh-CN">
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByTestId('p').textContent).toBe('供应商中心|在售|平台已下架：');
    unmount();
    render(
      <I18nProvider initialLocale="en">
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByTestId('p').textContent).toBe('Supplier centre|On sale|Taken off by the platform: ');
  });

  it('knows which status codes have a label, and every key has both languages', () => {
    expect(hasLabel('approved')).toBe(true);
    expect(hasLabel('county_rejected')).toBe(true);
    expect(hasLabel('no_such_status')).toBe(false);
    expect(hasLabel('toString')).toBe(false);
    const keys = Object.keys(zhCN).filter((k) => k.startsWith('supplierPortal.'));
    expect(keys.length).toBeGreaterThan(100);
    for (const k of keys) expect(en[k as keyof typeof en], k).toBeTruthy();
  });
});
