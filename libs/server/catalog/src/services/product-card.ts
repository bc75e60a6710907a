import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { ProductCategory } from '@yigou/shared/domain';
import type { Fen } from '@yigou/shared/money';

/**
 * A product as the catalogue list shows it, built from one row of the list statement (sql/product-list.sql.ts) with
 * no ORM entity. It stands in for `Product` under `products.edges.node` only when the request asks for nothing but
 * these fields (`isCardSelection`); `ProductResolver` answers its relation fields from what it carries.
 */
export class ProductCard {
  constructor(
    readonly id: string,
    readonly name: string,
    readonly category: ProductCategory,
    readonly salesCount: number,
    readonly minPriceFen: Fen | null,
    readonly coverImageUrl: string | null,
    /** Stock available across all SKUs. */
    readonly available: number,
    readonly certified: boolean,
    readonly supplierId: string,
    readonly supplierName: string,
    readonly countyCode: string,
  ) {}
}

/** Product fields a card answers; `supplier` only with its id and name; `county` with any field (the region loader). */
const CARD_FIELDS = new Set([
  '__typename',
  'id',
  'name',
  'category',
  'salesCount',
  'priceFen',
  'coverImageUrl',
  'stockState',
  'certified',
  'supplier',
  'county',
]);
const CARD_SUPPLIER_FIELDS = new Set(['__typename', 'id', 'name']);

/** The field nodes of a selection set, fragments expanded (a field under @skip/@include counts as asked: a superset). */
function fieldsOf(
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  out: FieldNode[] = [],
): FieldNode[] {
  for (const s of set?.selections ?? []) {
    if (s.kind === 'Field') out.push(s);
    else if (s.kind === 'InlineFragment') fieldsOf(s.selectionSet, fragments, out);
    else if (fragments[s.name.value]) fieldsOf(fragments[s.name.value].selectionSet, fragments, out);
  }
  return out;
}

/**
 * Whether the `products` field being resolved asks, under `edges.node`, only for what a `ProductCard` answers. Any
 * other field (skus, images, description, the supplier's other fields…) sends the request down the entity path.
 */
export function isCardSelection(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): boolean {
  const f = info.fragments;
  const nodes = info.fieldNodes
    .flatMap((n) => fieldsOf(n.selectionSet, f))
    .filter((n) => n.name.value === 'edges')
    .flatMap((e) => fieldsOf(e.selectionSet, f))
    .filter((n) => n.name.value === 'node')
    .flatMap((n) => fieldsOf(n.selectionSet, f));
  return nodes.every(
    (n) =>
      CARD_FIELDS.has(n.name.value) &&
      (n.name.value !== 'supplier' || fieldsOf(n.selectionSet, f).every((s) => CARD_SUPPLIER_FIELDS.has(s.name.value))),
  );
}
