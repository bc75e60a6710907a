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
  return screen.getAllByRole('link').map((a) => a.getAttribute('href'));
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

  it('does not give platform finance the admin-only review and attribution pages', async () => {
    const links = await navLinks('platform_finance');
    expect(links).not.toContain('/review');
    expect(links).not.toContain('/county');
  });
});
