import type { ProductCategory } from '@yigou/shared/domain';

/** A calm colour per category, used for image placeholders and category tiles. */
export const CATEGORY_COLORS: Record<ProductCategory, { bg: string; fg: string; emoji: string }> = {
  fruit: { bg: '#fde8c8', fg: '#9a4b00', emoji: '🍐' },
  vegetable: { bg: '#dcf0d5', fg: '#2f6a1f', emoji: '🥬' },
  mushroom: { bg: '#efe5d8', fg: '#6b4b2a', emoji: '🍄' },
  grain: { bg: '#f6edc6', fg: '#7a5d00', emoji: '🌾' },
  meat: { bg: '#f8d9d4', fg: '#8f2f22', emoji: '🥩' },
  poultry: { bg: '#fbe3cf', fg: '#8a4615', emoji: '🐔' },
  nuts: { bg: '#eadcc8', fg: '#5e4122', emoji: '🌰' },
  honey: { bg: '#fff0bf', fg: '#8a6200', emoji: '🍯' },
  feed: { bg: '#e3ead0', fg: '#4f5d22', emoji: '🌱' },
  handicraft: { bg: '#e6def3', fg: '#52387a', emoji: '🧵' },
};

const FALLBACK = { bg: '#e8efe9', fg: '#1f6f4a', emoji: '🌿' };

export function categoryColor(category: string | null | undefined) {
  return (category && CATEGORY_COLORS[category as ProductCategory]) || FALLBACK;
}
