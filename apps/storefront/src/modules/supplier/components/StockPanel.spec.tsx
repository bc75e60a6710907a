import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import type { EditorProductFieldsFragment } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render';
import { StockPanel } from './StockPanel';

const product: EditorProductFieldsFragment = {
  __typename: 'Product',
  id: 'p1',
  supplierId: 's1',
  name: '玉露香梨',
  category: 'fruit',
  description: null,
  shelfStatus: 'on_sale',
  offShelfReason: null,
  certified: true,
  images: [],
  skus: [{ __typename: 'ProductSku', id: 'k1', spec: '5kg', unit: '箱', priceFen: '6800', available: 20, reserved: 0, weightGrams: 5200 }],
};

describe('StockPanel', () => {
  it('takes no longer a reason than the server does (200), so a refusal can only be the quantity’s, said on its one line', () => {
    renderWithProviders(<StockPanel product={product} />);
    expect((screen.getByPlaceholderText('原因') as HTMLInputElement).maxLength).toBe(200);
  });
});
