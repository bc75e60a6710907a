import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { SUPPLIER_PAGE_QUERY } from '../graphql/catalog.documents';
import { BROILER } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { SupplierPage } from './SupplierPage';

const fenxi = { __typename: 'Region' as const, code: '141034', name: '汾西县', fullName: '山西省临汾市汾西县' };

const hongchangMocks = () => [
  {
    request: { query: SUPPLIER_PAGE_QUERY, variables: { id: 's-hongchang' } },
    result: {
      data: {
        __typename: 'Query',
        supplier: {
          __typename: 'Supplier',
          id: 's-hongchang',
          name: '洪昌养殖有限公司',
          kind: 'leading_enterprise',
          enterpriseLevel: 'national',
          story: '373 个肉鸡棚，户均增收 1,190 元。',
          productCount: 1,
          county: fenxi,
          village: null,
          products: [BROILER],
        },
      },
    },
  },
];

describe('SupplierPage', () => {
  it('shows the kind with enterprise level, county, story and products', async () => {
    renderWithProviders(<SupplierPage />, { route: '/suppliers/s-hongchang', path: '/suppliers/:id', mocks: hongchangMocks() });
    expect(await screen.findByRole('heading', { level: 1, name: '洪昌养殖有限公司' })).toBeTruthy();
    expect(screen.getByTestId('supplier-kind').textContent).toBe('国家级龙头企业');
    expect(screen.getByText(/山西省临汾市汾西县/).getAttribute('href')).toBe('/search?county=141034');
    expect(screen.getByText('373 个肉鸡棚，户均增收 1,190 元。')).toBeTruthy();
    expect(screen.getAllByTestId('product-card')).toHaveLength(1);
  });

  it('labels the kind in English', async () => {
    renderWithProviders(<SupplierPage />, {
      route: '/suppliers/s-hongchang',
      path: '/suppliers/:id',
      mocks: hongchangMocks(),
      locale: 'en',
    });
    expect((await screen.findByTestId('supplier-kind')).textContent).toBe('National leading enterprise');
  });
});
