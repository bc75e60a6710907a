import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { CREATE_PRODUCT } from '../graphql/supplier.documents';
import { renderWithProviders } from '../../../test/render';
import { messageUnder, refusedFields } from '../../../test/refusals';
import { ProductEditorPage } from './ProductEditorPage';

const fill = (name: string, value: string) =>
  fireEvent.change(document.querySelector(`[name="${name}"]`) as HTMLInputElement, { target: { value } });

describe('ProductEditorPage', () => {
  it('a refused new product: every refused field’s message under its own input (a SKU’s in its row), the rest above', async () => {
    renderWithProviders(<ProductEditorPage />, {
      route: '/supplier/s1/products/new',
      path: '/supplier/:supplierId/products/new',
      mocks: [
        refusedFields(
          CREATE_PRODUCT,
          ['name', '商品名称不能超过60个字'],
          ['description', '商品描述不能超过5000个字'],
          ['skus.0.spec', '规格不能超过60个字'],
          ['imageUrls', '图片最多10张'],
        ),
      ],
    });
    fill('name', '汾西玉露香梨'.repeat(11));
    fill('category', 'fruit');
    fill('description', '梨'.repeat(5001));
    fill('spec-0', '5kg'.repeat(21));
    fill('unit-0', '箱');
    fill('price-0', '88');
    fireEvent.click(screen.getByTestId('save-product'));
    expect((await screen.findByTestId('form-error')).textContent).toBe('图片最多10张');
    expect(messageUnder(document.querySelector('[name="name"]')!)).toBe('商品名称不能超过60个字');
    expect(messageUnder(document.querySelector('[name="spec-0"]')!)).toBe('规格不能超过60个字');
    expect(screen.getByText('商品描述不能超过5000个字')).toBeTruthy();
  });
});
