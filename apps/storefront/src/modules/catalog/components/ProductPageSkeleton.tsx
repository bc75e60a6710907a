import { Skeleton } from '@yigou/web/ui';

/** The product page's shape while its query loads: gallery and info column. */
export function ProductPageSkeleton() {
  return (
    <div className="product-page" aria-busy="true">
      <div className="product-page__top">
        <Skeleton className="gallery__main gallery__main--skeleton" />
        <div className="product-page__info">
          <Skeleton height="2em" width="60%" />
          <Skeleton height="1.4em" width="40%" />
          <Skeleton height="3em" width="35%" />
          <Skeleton height="6em" width="100%" />
        </div>
      </div>
    </div>
  );
}
