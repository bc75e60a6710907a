import type { ProductCardFieldsFragment, SessionUserFieldsFragment } from '../generated/graphql';

/** Products from the demo data set (docs: /work/shared/data/demo.json), as the API returns them. */
export function productCard(overrides: Partial<ProductCardFieldsFragment> = {}): ProductCardFieldsFragment {
  return {
    __typename: 'Product',
    id: 'p-yulu-pear-5kg',
    name: '玉露香梨',
    category: 'fruit',
    priceFen: '6800',
    coverImageUrl: null,
    certified: true,
    stockState: 'in_stock',
    salesCount: 1520,
    county: { __typename: 'Region', code: '141034', name: '汾西县' },
    supplier: { __typename: 'Supplier', id: 's-gaohan', name: '汾西县高寒农牧专业合作社' },
    ...overrides,
  };
}

export const PEAR = productCard();
export const BROILER = productCard({
  id: 'p-broiler',
  name: '汾西肉鸡（整只冷鲜）',
  category: 'poultry',
  priceFen: '4580',
  certified: true,
  salesCount: 980,
  supplier: { __typename: 'Supplier', id: 's-hongchang', name: '洪昌养殖有限公司' },
});
export const MUSHROOM = productCard({
  id: 'p-mushroom',
  name: '双孢菇',
  category: 'mushroom',
  priceFen: '2990',
  certified: false,
  stockState: 'low_stock',
  salesCount: 310,
});

/** A search page; its category counts default to the page's own products per category. */
export function connection(
  nodes: ProductCardFieldsFragment[],
  totalCount: number,
  endCursor: string | null,
  hasNextPage: boolean,
  counts: Partial<Record<ProductCardFieldsFragment['category'], number>> = Object.fromEntries(
    [...new Set(nodes.map((n) => n.category))].map((c) => [c, nodes.filter((n) => n.category === c).length]),
  ),
) {
  return {
    __typename: 'ProductSearchConnection' as const,
    totalCount,
    categoryCounts: Object.entries(counts).map(([category, productCount]) => ({
      __typename: 'CategoryMatchCount' as const,
      category: category as ProductCardFieldsFragment['category'],
      productCount: productCount as number,
    })),
    edges: nodes.map((node) => ({ __typename: 'ProductEdge' as const, cursor: `c-${node.id}`, node })),
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor },
  };
}

export const FILTERS_DATA = {
  categories: [
    { __typename: 'CategorySummary' as const, category: 'fruit' as const, productCount: 4 },
    { __typename: 'CategorySummary' as const, category: 'poultry' as const, productCount: 2 },
  ],
  counties: [
    { __typename: 'Region' as const, code: '141034', name: '汾西县', productCount: 7 },
    { __typename: 'Region' as const, code: '141122', name: '交城县', productCount: 6 },
  ],
};

export function sessionUser(overrides: Partial<SessionUserFieldsFragment> = {}): SessionUserFieldsFragment {
  return {
    __typename: 'User',
    id: 'u-county-admin',
    displayName: '汾西县乡村振兴局 王主任',
    username: 'county-admin',
    phone: '13800000006',
    email: null,
    createdAt: '2026-01-05T02:00:00.000Z',
    roles: [
      {
        __typename: 'RoleGrant',
        role: 'county_admin',
        scopeLabel: '汾西县',
        unitId: null,
        supplierId: null,
        regionCode: '141034',
      },
      {
        __typename: 'RoleGrant',
        role: 'buyer',
        scopeLabel: '汾西县人民政府办公室',
        unitId: 'unit-fenxi-gov-office',
        supplierId: null,
        regionCode: null,
      },
    ],
    unit: {
      __typename: 'WorkUnit',
      id: 'unit-fenxi-gov-office',
      name: '汾西县人民政府办公室',
      headcount: 85,
      region: { __typename: 'Region', code: '141034', name: '汾西县', fullName: '山西省临汾市汾西县' },
    },
    ...overrides,
  };
}

/** 郭*国's household in 前加楼村 (汾西县), masked as the county pages show it. */
export const HOUSEHOLD_H1 = {
  __typename: 'HouseholdView' as const,
  id: 'h1',
  householdNo: '1410341010010001',
  headNameMasked: '郭*国',
  idNumberMasked: '1410**********1234',
  villageName: '前加楼村',
  members: 2,
  category: 'marginal',
  helpers: ['李书记'],
};
