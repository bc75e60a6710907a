import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import type { Role } from '../generated/graphql';
import { ME_QUERY } from '../modules/auth/graphql/auth.documents';
import { createTokenStore } from '../modules/auth/utils/token-store';
import { sessionUser } from '../test/fixtures';
import { renderWithProviders } from '../test/render';
import { AppLayout } from './AppLayout';

function signedInAs(role: Role, regionCode: string | null = null) {
  const store = createTokenStore();
  store.set({ accessToken: 'access-1', refreshToken: 'refresh-1' });
  const me = sessionUser({
    displayName: `用户 ${role}`,
    roles: [{ __typename: 'RoleGrant', role, scopeLabel: regionCode ? '汾西县' : null, unitId: null, supplierId: null, regionCode }],
    unit: null,
  });
  return { store, mocks: [{ request: { query: ME_QUERY }, result: { data: { __typename: 'Query' as const, me } } }] };
}

async function navLinks(role: Role, regionCode: string | null = null): Promise<(string | null)[]> {
  renderWithProviders(<AppLayout />, signedInAs(role, regionCode));
  await screen.findByText(`用户 ${role}`);
  // desks sit in the 工作台 menu: open it
  const desk = screen.queryByTestId('desk-menu');
  if (desk) (desk as HTMLDetailsElement).open = true;
  return [...screen.getAllByRole('link'), ...screen.queryAllByRole('menuitem')].map((a) => a.getAttribute('href'));
}

describe('AppLayout header', () => {
  it('shows the finance desk (/finance) to platform finance', async () => {
    expect(await navLinks('platform_finance')).toContain('/finance');
  });

  it('still shows the finance desk to the platform admin', async () => {
    expect(await navLinks('platform_admin')).toContain('/finance');
  });

  it('does not show the finance desk to the county finance bureau (finance_reviewer)', async () => {
    const links = await navLinks('finance_reviewer', '141034');
    expect(links).toContain('/quota/jurisdiction');
    expect(links).not.toContain('/finance');
  });

  it('keeps the shop links in the bar and puts the desks in one 工作台 menu', async () => {
    renderWithProviders(<AppLayout />, signedInAs('platform_admin'));
    await screen.findByText('用户 platform_admin');
    const desk = screen.getByTestId('desk-menu');
    expect(desk.querySelector('summary')?.textContent).toBe('工作台');
    const deskLinks = [...desk.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(deskLinks).toEqual(expect.arrayContaining(['/review', '/county', '/finance']));
    expect(deskLinks).not.toContain('/cart');
  });

  it('gives a buyer no 工作台 menu beyond the supplier centre', async () => {
    renderWithProviders(<AppLayout />, signedInAs('buyer'));
    await screen.findByText('用户 buyer');
    expect([...screen.getByTestId('desk-menu').querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['/supplier']);
  });

  it('does not give platform finance the admin-only review and attribution pages', async () => {
    const links = await navLinks('platform_finance');
    expect(links).not.toContain('/review');
    expect(links).not.toContain('/county');
  });
});
