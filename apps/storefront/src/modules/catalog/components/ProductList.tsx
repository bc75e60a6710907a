import { ProductCard, ProductGrid } from '@yigou/web/ui';
import type { ProductCardFieldsFragment } from '../../../generated/graphql';

export function productHref(id: string): string {
  return `/products/${encodeURIComponent(id)}`;
}

export function ProductList({ products }: { products: readonly ProductCardFieldsFragment[] }) {
  return (
    <ProductGrid>
      {products.map((p) => (
        <ProductCard key={p.id} product={p} to={productHref(p.id)} />
      ))}
    </ProductGrid>
  );
}
