import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { PRODUCT_PAGE_QUERY } from '../graphql/catalog.documents';
import type { ProductPageQuery } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render';
import { ProductPage } from './ProductPage';

const fenxi = { __typename: 'Region' as const, code: '141034', name: '汾西县', fullName: '山西省临汾市汾西县' };

const product: NonNullable<ProductPageQuery['product']> = {
  __typename: 'Product',
  id: 'p-yulu-pear-5kg',
  name: '玉露香梨',
  category: 'fruit',
  description: '汾西县 1.7 万亩玉露香梨，皮薄肉细、汁多无渣。\n\n带动 458 户脱贫户增收。',
  priceFen: '3680',
  stockState: 'in_stock',
  certified: true,
  salesCount: 1520,
  coverImageUrl: null,
  certification: {
    __typename: 'Certification',
    certificateNo: 'SX-FP-2026-0458',
    issuedBy: '山西省乡村振兴局',
    batch: '2026 年第一批',
    validFrom: '2026-01-01T00:00:00.000Z',
    validTo: '2027-12-31T00:00:00.000Z',
  },
  images: [],
  skus: [
    {
      __typename: 'ProductSku',
      id: 'sku-5kg',
      spec: '5kg 礼盒 (12–16 个)',
      unit: 'box',
      priceFen: '6800',
      available: 1200,
      stockState: 'in_stock',
    },
    { __typename: 'ProductSku', id: 'sku-2kg', spec: '2.5kg 尝鲜装', unit: 'box', priceFen: '3680', available: 8, stockState: 'low_stock' },
    {
      __typename: 'ProductSku',
      id: 'sku-10kg',
      spec: '10kg 食堂装',
      unit: 'box',
      priceFen: '123450',
      available: 0,
      stockState: 'sold_out',
    },
  ],
  county: fenxi,
  origin: { __typename: 'Region', code: '141034100201', name: '高寒村', fullName: '山西省临汾市汾西县勍香镇高寒村' },
  supplier: {
    __typename: 'Supplier',
    id: 's-gaohan',
    name: '汾西县高寒农牧专业合作社',
    kind: 'cooperative',
    enterpriseLevel: null,
    productCount: 3,
    county: fenxi,
  },
};

const mock = (id: string, value: typeof product | null) => ({
  request: { query: PRODUCT_PAGE_QUERY, variables: { id } },
  result: { data: { __typename: 'Query' as const, product: value } },
});

describe('ProductPage', () => {
  it('shows price, certification, origin, supplier link and, signed out, a button that leads to sign-in before buying', async () => {
    renderWithProviders(<ProductPage />, { route: '/products/p-yulu-pear-5kg', path: '/products/:id', mocks: [mock(product.id, product)] });

    expect(await screen.findByRole('heading', { level: 1, name: '玉露香梨' })).toBeTruthy();
    expect(screen.getByTestId('product-price').textContent).toBe('¥68.00/箱');
    const cert = screen.getByTestId('certification');
    expect(cert.textContent).toContain('扶贫产品认定');
    expect(cert.textContent).toContain('证书编号 SX-FP-2026-0458');
    expect(cert.textContent).toContain('有效期 2026-01-01 至 2027-12-31');
    expect(screen.getByTestId('product-origin').textContent).toBe('山西省临汾市汾西县勍香镇高寒村');
    const supplierLink = screen.getByTestId('supplier-link');
    expect(supplierLink.textContent).toBe('汾西县高寒农牧专业合作社');
    expect(supplierLink.getAttribute('href')).toBe('/suppliers/s-gaohan');
    expect(screen.getByText('农民专业合作社')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '加入购物车（即将开放）' })).toBeNull();
    expect((screen.getByRole('button', { name: '登录后购买' }) as HTMLButtonElement).disabled).toBe(false);
    expect(screen.getByText('带动 458 户脱贫户增收。')).toBeTruthy();
  });

  it('choosing a SKU shows its price and stock state', async () => {
    renderWithProviders(<ProductPage />, { route: '/products/p-yulu-pear-5kg', path: '/products/:id', mocks: [mock(product.id, product)] });
    const options = await screen.findAllByTestId('sku-option');
    expect(options.map((o) => o.getAttribute('aria-checked'))).toEqual(['true', 'false', 'false']);

    fireEvent.click(options[1]);
    expect(screen.getByTestId('product-price').textContent).toBe('¥36.80/箱');
    expect(screen.getByTestId('stock-state').textContent).toBe('库存紧张');
    expect(within(options[1]).getByText(/库存 8/)).toBeTruthy();

    fireEvent.click(options[2]);
    expect(screen.getByTestId('product-price').textContent).toBe('¥1,234.50/箱');
    expect(screen.getByTestId('stock-state').textContent).toBe('已售罄');
  });

  it('says so when the product does not exist', async () => {
    renderWithProviders(<ProductPage />, { route: '/products/nope', path: '/products/:id', mocks: [mock('nope', null)] });
    expect(await screen.findByText('商品不存在或已下架')).toBeTruthy();
  });
});
