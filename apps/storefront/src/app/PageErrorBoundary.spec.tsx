import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { I18nProvider } from '@yigou/web/i18n';
import { PageErrorBoundary } from './PageErrorBoundary';

function Broken(): never {
  throw new Error('boom');
}

describe('PageErrorBoundary', () => {
  it('shows a Chinese error with a retry instead of a blank page when a page throws', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <I18nProvider>
        <PageErrorBoundary>
          <Broken />
        </PageErrorBoundary>
      </I18nProvider>,
    );
    expect(screen.getByTestId('error-boundary').textContent).toContain('页面出错了');
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
    spy.mockRestore();
  });

  it('renders the page untouched when nothing fails', () => {
    render(
      <I18nProvider>
        <PageErrorBoundary>
          <p>正常页面</p>
        </PageErrorBoundary>
      </I18nProvider>,
    );
    expect(screen.getByText('正常页面')).toBeTruthy();
  });
});
