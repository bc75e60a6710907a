import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { HOUSEHOLD_INCOME_QUERY } from '../graphql/attribution.documents';
import { thisYear } from '../utils/files';
import { HOUSEHOLD_H1 } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { HouseholdPage } from './HouseholdPage';

const income = (status: string, perCapitaFen: string, recordedPerCapitaFen = '0') => ({
  request: { query: HOUSEHOLD_INCOME_QUERY, variables: { id: 'h1', year: thisYear() } },
  result: {
    data: {
      __typename: 'Query',
      householdIncome: {
        __typename: 'HouseholdIncome',
        year: thisYear(),
        attributedFen: '135000',
        otherIncomeFen: '900000',
        totalFen: '1035000',
        recordedPerCapitaFen,
        addedPerCapitaFen: String(Number(perCapitaFen) - Number(recordedPerCapitaFen)),
        perCapitaFen,
        basis: '人均收入 = 建档登记的人均纯收入 + 本年平台销售归因收入与登记的其他收入之和 ÷ 家庭人口',
        povertyLinePerCapitaFen: '400000',
        monitoringLinePerCapitaFen: '600000',
        status,
        byMonth: [{ __typename: 'ReportRow', key: '2026-05', amountFen: '135000' }],
        recentEntries: [
          { __typename: 'AttributionEntryView', id: '1', orderNo: 'YG20260501', amountFen: '135000', reversesId: null, month: '2026-05' },
        ],
        otherIncome: [{ __typename: 'OtherIncomeView', id: 'o1', kind: 'wage', amountFen: '900000', note: '合作社务工' }],
        household: HOUSEHOLD_H1,
      },
    },
  },
});

describe('HouseholdPage', () => {
  it('shows this year’s attributed and other income per person against the poverty line, masked', async () => {
    renderWithProviders(<HouseholdPage />, {
      route: '/county/households/h1',
      path: '/county/households/:id',
      mocks: [income('in_band', '567500', '50000')],
    });
    expect((await screen.findByTestId('household-attributed')).textContent).toBe('¥1,350.00');
    expect(screen.getByTestId('household-other').textContent).toBe('¥9,000.00');
    // the registry's ¥500 a person plus this year's (1,350 + 9,000) ÷ 2 = ¥5,175: ¥5,675, and the page says how
    expect(screen.getByTestId('household-recorded').textContent).toBe('¥500.00');
    expect(screen.getByTestId('household-per-capita').textContent).toBe('¥5,675.00');
    expect(screen.getByTestId('household-basis').textContent).toContain('¥500.00 + ¥5,175.00 = ¥5,675.00');
    expect(screen.getByTestId('household-status').textContent).toBe('处于监测区间');
    expect(screen.getByText(/1410\*{10}1234/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('郭*国');
  });

  it('refuses an amount with fractions of a fen before sending it', async () => {
    renderWithProviders(<HouseholdPage />, {
      route: '/county/households/h1',
      path: '/county/households/:id',
      mocks: [income('under_line', '100000')],
    });
    await screen.findByTestId('household-attributed');
    fireEvent.change(screen.getByPlaceholderText('金额（元）'), { target: { value: '12.345' } });
    fireEvent.click(screen.getByRole('button', { name: '录入' }));
    expect(await screen.findByText('金额格式不正确，最多两位小数')).toBeTruthy();
  });
});
