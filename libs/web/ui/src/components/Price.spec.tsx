import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { formatPrice, Price } from './Price';

describe('Price', () => {
  it('formats a Fen string as ¥ with thousands separators and two decimals', () => {
    render(<Price fen="123450" testId="price" />);
    expect(screen.getByTestId('price').textContent).toBe('¥1,234.50');
  });

  it('formats whole yuan, small amounts and zero exactly', () => {
    expect(formatPrice('6800')).toBe('¥68.00');
    expect(formatPrice(5)).toBe('¥0.05');
    expect(formatPrice('0')).toBe('¥0.00');
    expect(formatPrice('147810000')).toBe('¥1,478,100.00');
  });

  it('refuses anything that is not whole fen instead of guessing', () => {
    expect(formatPrice('68.5')).toBe('—');
    expect(formatPrice(68.5)).toBe('—');
    expect(formatPrice('abc')).toBe('—');
    expect(formatPrice(null)).toBe('—');
  });

  it('appends a suffix such as the unit', () => {
    render(<Price fen="6800" suffix="/箱" testId="price" />);
    expect(screen.getByTestId('price').getAttribute('aria-label')).toBe('¥68.00/箱');
  });
});
