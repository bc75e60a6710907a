import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider, LOCALE_STORAGE_KEY, translate, useI18n, useLabels } from './i18n';
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

const TABLE = { count: { zh: '共 {count} 人，第 {page} 页', en: '{count} people, page {page}' } } as const;

function LabelProbe({ vars }: { vars?: Record<string, number> }) {
  const l = useLabels(TABLE);
  return <p data-testid="table-label">{l('count', vars)}</p>;
}

describe('i18n', () => {
  it('reads a feature label table in the current language and fills its placeholders', () => {
    const { unmount } = render(
      <I18nProvider initialLocale="zh-CN">
        <LabelProbe vars={{ count: 3, page: 2 }} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('table-label').textContent).toBe('共 3 人，第 2 页');
    unmount();
    render(
      <I18nProvider initialLocale="en">
        <LabelProbe />
      </I18nProvider>,
    );
    expect(screen.getByTestId('table-label').textContent).toBe('{count} people, page {page}');
  });

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

  it('every English message keeps the placeholders of its Chinese original', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect({ key, names: placeholders(en[key]) }).toEqual({ key, names: placeholders(zhCN[key]) });
    }
    expect(translate('en', 'search.tooLong', { max: 50 })).toBe('Search text can be at most 50 characters');
  });
});
