export const SUPPLIER_KINDS = ['leading_enterprise', 'cooperative', 'family_farm', 'workshop', 'village_collective'] as const;
export type SupplierKind = (typeof SUPPLIER_KINDS)[number];

export const SUPPLIER_KIND_LABELS: Record<SupplierKind, { zh: string; en: string }> = {
  leading_enterprise: { zh: '龙头企业', en: 'Leading enterprise' },
  cooperative: { zh: '农民专业合作社', en: 'Farmers’ cooperative' },
  family_farm: { zh: '家庭农场', en: 'Family farm' },
  workshop: { zh: '扶贫车间', en: 'Poverty-relief workshop' },
  village_collective: { zh: '村集体经济组织', en: 'Village collective' },
};

export const ENTERPRISE_LEVELS = ['national', 'provincial', 'city', 'county'] as const;
export type EnterpriseLevel = (typeof ENTERPRISE_LEVELS)[number];
export const ENTERPRISE_LEVEL_LABELS: Record<EnterpriseLevel, { zh: string; en: string }> = {
  national: { zh: '国家级', en: 'National' },
  provincial: { zh: '省级', en: 'Provincial' },
  city: { zh: '市级', en: 'City' },
  county: { zh: '县级', en: 'County' },
};

export const PRODUCT_CATEGORIES = [
  'fruit',
  'vegetable',
  'mushroom',
  'grain',
  'meat',
  'poultry',
  'nuts',
  'honey',
  'feed',
  'handicraft',
] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export const PRODUCT_CATEGORY_LABELS: Record<ProductCategory, { zh: string; en: string }> = {
  fruit: { zh: '水果', en: 'Fruit' },
  vegetable: { zh: '蔬菜', en: 'Vegetables' },
  mushroom: { zh: '食用菌', en: 'Mushrooms' },
  grain: { zh: '粮油杂粮', en: 'Grain' },
  meat: { zh: '肉类', en: 'Meat' },
  poultry: { zh: '禽类', en: 'Poultry' },
  nuts: { zh: '干果坚果', en: 'Nuts' },
  honey: { zh: '蜂蜜', en: 'Honey' },
  feed: { zh: '饲料', en: 'Feed' },
  handicraft: { zh: '手工艺品', en: 'Handicrafts' },
};

export const STOCK_STATES = ['in_stock', 'low_stock', 'sold_out'] as const;
export type StockState = (typeof STOCK_STATES)[number];
export const LOW_STOCK_THRESHOLD = 20;

export function stockStateOf(available: number): StockState {
  if (available <= 0) return 'sold_out';
  if (available <= LOW_STOCK_THRESHOLD) return 'low_stock';
  return 'in_stock';
}

export const PRODUCT_SORTS = ['relevance', 'price_asc', 'price_desc', 'sales', 'newest'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];
