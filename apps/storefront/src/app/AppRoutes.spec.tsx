import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { HOME_QUERY } from '../modules/catalog/graphql/catalog.documents';
import { connection, FILTERS_DATA, PEAR } from '../test/fixtures';
import { renderWithProviders } from '../test/render';
import { AppRoutes } from './routes';

const homeMock = {
  request: { query: HOME_QUERY },
  result: {
    data: {
      __typename: 'Query' as const,
      featured: connection([PEAR], 1, null, false),
      categories: FILTERS_DATA.categories,
      counties: [{ __typename: 'Region' as const, code: '141034', name: '汾西县', fullName: '山西省临汾市汾西县', productCount: 7 }],
    },
  },
};

describe('App routes and header', () => {
  it('home shows featured products, categories and counties linking to filtered search', async () => {
    renderWithProviders(<AppRoutes />, { route: '/', mocks: [homeMock] });
    expect(await screen.findAllByTestId('product-card')).toHaveLength(1);
    expect(screen.getAllByTestId('category-tile').map((a) => a.getAttribute('href'))).toEqual([
      '/search?category=fruit',
      '/search?category=poultry',
    ]);
    const county = screen.getByTestId('county-link');
    expect(county.getAttribute('href')).toBe('/search?county=141034');
    expect(county.textContent).toContain('7 件在售商品');
  });

  it('the header search submits to /search?q= and clamps to 50 characters', async () => {
    renderWithProviders(<AppRoutes />, { route: '/', mocks: [homeMock] });
    const input = screen.getByTestId('search-input') as HTMLInputElement;
    expect(input.closest('.yg-header')).toBeTruthy();
    fireEvent.change(input, { target: { value: '玉露香梨'.repeat(20) } });
    expect([...input.value]).toHaveLength(50);
    fireEvent.change(input, { target: { value: ' ylxl ' } });
    fireEvent.submit(input.closest('form')!);
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/search?q=ylxl'));
  });

  it('switches the interface to English', async () => {
    renderWithProviders(<AppRoutes />, { route: '/', mocks: [homeMock] });
    expect(screen.getByRole('link', { name: '登录' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Buy good food, lend a hand');
  });

  it('unknown paths show the 404 page', () => {
    renderWithProviders(<AppRoutes />, { route: '/no/such/page' });
    expect(screen.getByTestId('not-found').textContent).toContain('页面不存在');
  });
});
