import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { RequireAuth } from '../components/RequireAuth';
import { LOGOUT_MUTATION, ME_QUERY } from '../graphql/auth.documents';
import { sessionUser } from '../../../test/fixtures';
import { renderWithProviders, signedInStore } from '../../../test/render';
import { AccountPage } from './AccountPage';

const meMock = { request: { query: ME_QUERY }, result: { data: { __typename: 'Query' as const, me: sessionUser() } } };

const page = (
  <RequireAuth>
    <AccountPage />
  </RequireAuth>
);

describe('Account page', () => {
  it('shows the display name, identifiers, unit and a badge per role with its scope', async () => {
    renderWithProviders(page, { route: '/account', path: '/account', store: signedInStore(), mocks: [meMock] });
    expect((await screen.findByTestId('account-name')).textContent).toBe('汾西县乡村振兴局 王主任');
    expect(screen.getByText('county-admin')).toBeTruthy();
    expect(screen.getByText('13800000006')).toBeTruthy();
    expect(screen.getByTestId('account-unit').textContent).toContain('汾西县人民政府办公室');
    expect(screen.getByTestId('account-unit').textContent).toContain('在编 85 人');
    expect(screen.getByTestId('role-county_admin').textContent).toBe('县乡村振兴局 · 汾西县');
    expect(screen.getByTestId('role-buyer').textContent).toBe('个人买家 · 汾西县人民政府办公室');
  });

  it('labels roles in English when English is chosen', async () => {
    renderWithProviders(page, { route: '/account', path: '/account', store: signedInStore(), mocks: [meMock], locale: 'en' });
    expect((await screen.findByTestId('role-county_admin')).textContent).toBe('County admin · 汾西县');
    expect(screen.getByTestId('role-buyer').textContent).toContain('Buyer');
  });

  it('sends a signed-out visitor to the login page and back afterwards', async () => {
    renderWithProviders(page, {
      route: '/account',
      path: '/account',
      extraRoutes: <Route path="/login" element={<p>login</p>} />,
    });
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/login?next=%2Faccount'));
  });

  it('logs out: revokes the refresh token, forgets the tokens and goes home', async () => {
    const store = signedInStore();
    const revoked: string[] = [];
    renderWithProviders(page, {
      route: '/account',
      path: '/account',
      store,
      extraRoutes: <Route path="/" element={<p>home</p>} />,
      mocks: [
        meMock,
        {
          request: { query: LOGOUT_MUTATION, variables: { refreshToken: 'refresh-1' } },
          result: () => {
            revoked.push('refresh-1');
            return { data: { __typename: 'Mutation' as const, logout: true } };
          },
        },
      ],
    });
    fireEvent.click(await screen.findByTestId('logout'));
    await waitFor(() => expect(store.get()).toBeNull());
    expect(revoked).toEqual(['refresh-1']);
    expect(screen.getByTestId('location').textContent).toBe('/');
    expect(localStorage.getItem('yigou.session')).toBeNull();
  });
});
