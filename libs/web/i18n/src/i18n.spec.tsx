import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider, LOCALE_STORAGE_KEY, translate, useI18n } from './i18n';
import { en } from './messages/en';
import { zhCN } from './messages/zh-CN';

function Probe() {
  const { t, locale, setLocale, pick } = useI18n();
  return (
    <div>
      <p data-testid="text">{t('results.total', { count: 12 })}</p>
      <p data-testid="label">{pick({ zh: '个人买家', en: 'Buyer' })}</p>
      <button type="button" onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}>
        switch
      </button>
    </div>
  );
}

describe('i18n', () => {
  it('defaults to Chinese and interpolates parameters', () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByTestId('text').textContent).toBe('共 12 件商品');
    expect(screen.getByTestId('label').textContent).toBe('个人买家');
  });

  it('switches to English and remembers the choice in localStorage', () => {
    const { unmount } = render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'switch' }));
    expect(screen.getByTestId('text').textContent).toBe('12 products');
    expect(screen.getByTestId('label').textContent).toBe('Buyer');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    unmount();

    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByTestId('text').textContent).toBe('12 products');
  });

  it('ignores a stored value that is not a supported locale', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'fr');
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByTestId('text').textContent).toBe('共 12 件商品');
  });

  it('has an English text for every Chinese key and no English key without a Chinese one', () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) expect(en[key], key).toBeTruthy();
    expect(Object.keys(en).filter((key) => !(key in zhCN))).toEqual([]);
  });

  it("fills the unit and people pages' placeholders in both languages", () => {
    expect(translate('zh-CN', 'unit.memberCount', { count: 3 })).toBe('共 3 人');
    expect(translate('en', 'unit.removeConfirm', { name: '张三' })).toBe(
      'Remove 张三 from the unit? Their past orders still count for it; their purchaser role in it ends too.',
    );
    expect(translate('zh-CN', 'people.confirmGrant', { name: '张三', role: '采购员' })).toBe('任命 张三 为「采购员」');
    expect(translate('en', 'people.confirmWithdraw', { name: 'Zhang San', role: 'Purchaser' })).toBe('Withdraw Purchaser from Zhang San');
  });

  it('every English message keeps the placeholders of its Chinese original', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect({ key, names: placeholders(en[key]) }).toEqual({ key, names: placeholders(zhCN[key]) });
    }
    expect(translate('en', 'search.tooLong', { max: 50 })).toBe('Search text can be at most 50 characters');
  });
});
