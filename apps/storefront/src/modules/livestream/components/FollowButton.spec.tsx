import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { FOLLOW_SUPPLIER, MY_FOLLOWS_QUERY, UNFOLLOW_COUNTY } from '../graphql/live.documents';
import { FollowButton } from './FollowButton';

const follows = (list: { targetKind: 'supplier' | 'county'; targetId: string; name: string }[]) => ({
  request: { query: MY_FOLLOWS_QUERY },
  result: { data: { __typename: 'Query' as const, myFollows: list.map((f) => ({ __typename: 'Follow' as const, ...f })) } },
});
const GAOHAN = { targetKind: 'supplier' as const, targetId: 's-gaohan', name: '汾西县高寒农牧专业合作社' };
const FENXI = { targetKind: 'county' as const, targetId: '141034', name: '汾西县' };

describe('FollowButton', () => {
  it('follows a supplier and then shows 已关注', async () => {
    renderWithProviders(<FollowButton kind="supplier" targetId="s-gaohan" signedIn />, {
      mocks: [
        follows([]),
        {
          request: { query: FOLLOW_SUPPLIER, variables: { supplierId: 's-gaohan' } },
          result: { data: { __typename: 'Mutation' as const, followSupplier: { __typename: 'Follow' as const, ...GAOHAN } } },
        },
        follows([GAOHAN]),
      ],
    });
    const button = await screen.findByTestId('follow-supplier');
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    expect(button.textContent).toBe('关注');
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByTestId('follow-supplier').textContent).toBe('已关注'));
    expect(screen.getByTestId('follow-supplier').getAttribute('aria-pressed')).toBe('true');
  });

  it('unfollows a followed county', async () => {
    renderWithProviders(<FollowButton kind="county" targetId="141034" label="汾西县" signedIn />, {
      mocks: [
        follows([FENXI]),
        {
          request: { query: UNFOLLOW_COUNTY, variables: { countyCode: '141034' } },
          result: { data: { __typename: 'Mutation' as const, unfollowCounty: true } },
        },
        follows([]),
      ],
    });
    await waitFor(() => expect(screen.getByTestId('follow-county').textContent).toBe('已关注 汾西县'));
    fireEvent.click(screen.getByTestId('follow-county'));
    await waitFor(() => expect(screen.getByTestId('follow-county').textContent).toBe('关注 汾西县'));
  });

  it('asks a signed-out visitor to sign in, coming back to the same page', () => {
    renderWithProviders(<FollowButton kind="supplier" targetId="s-gaohan" signedIn={false} />, { route: '/suppliers/s-gaohan' });
    const link = screen.getByTestId('follow-supplier');
    expect(link.textContent).toBe('登录后可关注');
    expect(link.getAttribute('href')).toBe('/login?next=%2Fsuppliers%2Fs-gaohan');
  });
});
