import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { I18nProvider } from '@yigou/web/i18n';
import { FinanceListCard } from './FinanceListCard';

const refused = new CombinedGraphQLErrors({ errors: [{ message: '请求过于复杂', extensions: { code: 'QUERY_TOO_COMPLEX' } }] });

function card(query: { error?: unknown; data?: unknown; refetch: () => Promise<unknown> }) {
  return render(
    <I18nProvider>
      <FinanceListCard title="到账记录" filters={<span data-testid="filters" />} query={query}>
        <table data-testid="table" />
      </FinanceListCard>
    </I18nProvider>,
  );
}

describe('FinanceListCard', () => {
  it('shows the heading, the filters and the table', () => {
    card({ data: {}, refetch: vi.fn() });
    expect(screen.getByRole('heading', { name: '到账记录' })).toBeTruthy();
    expect(screen.getByTestId('filters')).toBeTruthy();
    expect(screen.getByTestId('table')).toBeTruthy();
    expect(screen.queryByTestId('error-state')).toBeNull();
  });

  it('shows the error with 重试 instead of the table when the list could not be read, and 重试 reads it again', () => {
    const refetch = vi.fn(() => Promise.resolve());
    card({ error: refused, refetch });
    expect(screen.getByTestId('error-state').textContent).toContain('请求过于复杂');
    expect(screen.queryByTestId('table')).toBeNull();
    expect(screen.getByTestId('filters')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(refetch).toHaveBeenCalledTimes(1);
  });

  it('keeps the rows it has when a later read fails', () => {
    card({ error: refused, data: {}, refetch: vi.fn() });
    expect(screen.getByTestId('table')).toBeTruthy();
    expect(screen.queryByTestId('error-state')).toBeNull();
  });
});
