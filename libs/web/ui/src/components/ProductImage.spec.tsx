import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { CATEGORY_COLORS } from './category-colors';
import { ProductImage } from './ProductImage';

describe('ProductImage', () => {
  it('shows the photo when it loads', () => {
    render(<ProductImage src="/media/pear.jpg" alt="玉露香梨" name="玉露香梨" category="fruit" />);
    expect(screen.getByRole('img', { name: '玉露香梨' }).getAttribute('src')).toBe('/media/pear.jpg');
    expect(screen.queryByTestId('image-placeholder')).toBeNull();
  });

  it('falls back to a tile in the category colour with the product name when the image fails', () => {
    render(<ProductImage src="/media/missing.jpg" alt="双孢菇" name="双孢菇" category="mushroom" />);
    fireEvent.error(screen.getByRole('img', { name: '双孢菇' }));
    const tile = screen.getByTestId('image-placeholder');
    expect(tile.textContent).toContain('双孢菇');
    expect(tile.style.background).toBe(CATEGORY_COLORS.mushroom.bg);
  });

  it('uses the tile when there is no image at all', () => {
    render(<ProductImage src={null} alt="肉鸡" name="肉鸡" category="poultry" />);
    expect(screen.getByTestId('image-placeholder').textContent).toContain('肉鸡');
  });
});
