import type { ProductCategory } from '@yigou/shared/domain';

/**
 * A calm colour and a one-character mark per category, used for image
 * placeholders and category tiles (a CJK glyph renders everywhere; emoji do not).
 */
export const CATEGORY_COLORS: Record<ProductCategory, { bg: string; fg: string; glyph: string }> = {
  fruit: { bg: '#fde8c8', fg: '#9a4b00', glyph: '果' },
  vegetable: { bg: '#dcf0d5', fg: '#2f6a1f', glyph: '蔬' },
  mushroom: { bg: '#efe5d8', fg: '#6b4b2a', glyph: '菇' },
  grain: { bg: '#f6edc6', fg: '#7a5d00', glyph: '粮' },
  meat: { bg: '#f8d9d4', fg: '#8f2f22', glyph: '肉' },
  poultry: { bg: '#fbe3cf', fg: '#8a4615', glyph: '禽' },
  nuts: { bg: '#eadcc8', fg: '#5e4122', glyph: '坚' },
  honey: { bg: '#fff0bf', fg: '#8a6200', glyph: '蜜' },
  feed: { bg: '#e3ead0', fg: '#4f5d22', glyph: '料' },
  handicraft: { bg: '#e6def3', fg: '#52387a', glyph: '艺' },
};

const FALLBACK = { bg: '#e8efe9', fg: '#1f6f4a', glyph: '农' };

export function categoryColor(category: string | null | undefined) {
  return (category && CATEGORY_COLORS[category as ProductCategory]) || FALLBACK;
}
