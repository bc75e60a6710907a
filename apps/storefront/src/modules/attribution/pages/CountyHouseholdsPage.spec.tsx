import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ToastProvider } from '@yigou/web/ui';
import { HOUSEHOLDS_QUERY, REVEAL_HOUSEHOLD_MUTATION } from '../graphql/attribution.documents';
import { HOUSEHOLD_H1 } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { CountyHouseholdsPage } from './CountyHouseholdsPage';

const households = {
  request: { query: HOUSEHOLDS_QUERY, variables: { countyCode: '141034', search: null, first: 20, after: null } },
  result: {
    data: {
      __typename: 'Query' as const,
      households: {
        __typename: 'HouseholdConnection' as const,
        totalCount: 1,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: 'c1' },
        edges: [
          {
            __typename: 'HouseholdEdge' as const,
            cursor: 'c1',
            node: { ...HOUSEHOLD_H1, incomePerCapitaFen: '500000' },
          },
        ],
      },
    },
  },
};

describe('CountyHouseholdsPage 查看明文', () => {
  it('asks the reason in a labelled field beside the row (no browser dialog), refuses a missing one inline, then shows the name and says it was logged', async () => {
    const prompt = vi.spyOn(window, 'prompt');
    const revealed = vi.fn(() => ({
      data: {
        __typename: 'Mutation' as const,
        revealHousehold: { __typename: 'RevealedHousehold' as const, id: 'h1', headName: '郭建国', idNumber: '141034196501011234' },
      },
    }));
    renderWithProviders(
      <ToastProvider>
        <CountyHouseholdsPage />
      </ToastProvider>,
      {
        route: '/county/households?region=141034',
        path: '/county/households',
        mocks: [
          households,
          { request: { query: REVEAL_HOUSEHOLD_MUTATION, variables: { id: 'h1', reason: '核对帮扶台账' } }, result: revealed },
        ],
      },
    );
    const row = (await screen.findAllByTestId('household-row'))[0];
    expect(row.textContent).toContain('郭*国');
    expect(screen.queryByTestId('reveal-form')).toBeNull();
    fireEvent.click(within(row).getByRole('button', { name: '查看明文' }));
    const field = screen.getByLabelText('查看 1410341010010001 明文的原因（将记录日志）');
    const form = screen.getByTestId('reveal-form');

    fireEvent.click(within(form).getByRole('button', { name: '查看明文' }));
    expect(within(form).getByRole('alert').textContent).toBe('请说明查看原因（至少 2 个字）');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(field, { target: { value: ' 核 ' } });
    expect(within(form).queryByRole('alert')).toBeNull(); // typing clears the message
    fireEvent.click(within(form).getByRole('button', { name: '查看明文' }));
    expect(within(form).getByRole('alert').textContent).toBe('请说明查看原因（至少 2 个字）');
    expect(revealed).not.toHaveBeenCalled();

    fireEvent.change(field, { target: { value: '  核对帮扶台账 ' } });
    fireEvent.click(within(form).getByRole('button', { name: '查看明文' }));
    await waitFor(() => expect(screen.getAllByTestId('household-row')[0].textContent).toContain('郭建国'));
    expect(screen.getAllByTestId('household-row')[0].textContent).toContain('141034196501011234');
    expect(revealed).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('reveal-form')).toBeNull();
    expect(screen.getByText('已显示 1410341010010001 的明文，查看已记录日志')).toBeTruthy();
    expect(prompt).not.toHaveBeenCalled();
    prompt.mockRestore();
  });
});
