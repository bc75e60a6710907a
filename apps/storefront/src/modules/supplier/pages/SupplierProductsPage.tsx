import '../supplier.css';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router-dom';
import { ErrorState, Price, Spinner } from '@yigou/web/ui';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { SUPPLIER_PRODUCTS_QUERY } from '../graphql/supplier.documents';
import { hasLabel, useL } from '../utils/labels';

/** /supplier/:supplierId/products: every product in any status, with low-stock warnings. */
export function SupplierProductsPage() {
  const L = useL();
  const errorMessage = useErrorMessage();
  const { supplierId = '' } = useParams();
  useDocumentTitle(L('products'));
  const { data, loading, error, refetch } = useQuery(SUPPLIER_PRODUCTS_QUERY, {
    variables: { supplierId },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <Spinner />;
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  const products = data?.supplierProducts.edges.map((e) => e.node) ?? [];
  const low = data?.lowStockSkus ?? [];
  return (
    <div className="yg-desk">
      <header className="yg-desk__head">
        <h1>{L('products')}</h1>
        <div className="sp-links">
          <Link className="yg-button yg-button--secondary" to={`/supplier/${supplierId}/import`}>
            {L('import')}
          </Link>
          <Link className="yg-button yg-button--accent" to={`/supplier/${supplierId}/products/new`} data-testid="new-product">
            {L('newProduct')}
          </Link>
        </div>
      </header>
      {low.length > 0 && (
        <section className="yg-alert sp-low" data-testid="low-stock">
          <strong>{L('lowStock')}</strong>
          <ul>
            {low.map((x) => (
              <li key={x.sku.id}>
                <Link to={`/supplier/products/${x.productId}`}>{x.productName}</Link> · {x.sku.spec} · {L('stock')} {x.sku.available}
              </li>
            ))}
          </ul>
        </section>
      )}
      {products.length === 0 ? (
        <p className="muted">{L('noProducts')}</p>
      ) : (
        <div className="table-scroll">
          <table className="yg-table sp-table" data-testid="supplier-products">
            <thead>
              <tr>
                <th>{L('productName')}</th>
                <th>{L('skus')}</th>
                <th>{L('stock')}</th>
                <th>{L('shelf')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {products.map((p) => (
                <tr key={p.id} data-testid="supplier-product-row">
                  <td>
                    {p.images[0] && <img className="sp-thumb sp-thumb--sm" src={p.images[0].thumbUrl} alt="" />}
                    {p.name}
                  </td>
                  <td>
                    {p.skus.map((s) => (
                      <div key={s.id}>
                        {s.spec} <Price fen={s.priceFen} size="sm" />
                      </div>
                    ))}
                  </td>
                  <td>{p.skus.reduce((n, s) => n + s.available, 0)}</td>
                  <td>{hasLabel(p.shelfStatus) ? L(p.shelfStatus) : p.shelfStatus}</td>
                  <td>
                    <Link to={`/supplier/products/${p.id}`}>{L('edit')}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
