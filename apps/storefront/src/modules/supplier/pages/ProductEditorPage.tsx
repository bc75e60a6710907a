import '../supplier.css';
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorState, Spinner } from '@yigou/web/ui';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { useFieldErrors } from '../../errors/hooks/useFieldErrors';
import { CertificationsPanel } from '../components/CertificationsPanel';
import { ProductForm, type ProductFormValues } from '../components/ProductForm';
import { StockPanel } from '../components/StockPanel';
import { CREATE_PRODUCT, PRODUCT_FOR_EDIT_QUERY, SET_PRODUCT_STATUS, UPDATE_PRODUCT } from '../graphql/supplier.documents';
import { hasLabel, useL } from '../utils/labels';
import { PurchaseLimitPanel } from '../../orders/components/PurchaseLimitPanel';

/** /supplier/:supplierId/products/new and /supplier/products/:productId. */
export function ProductEditorPage() {
  const { supplierId, productId } = useParams();
  return productId ? <EditProduct productId={productId} /> : <NewProduct supplierId={supplierId ?? ''} />;
}

/** The fields ProductForm shows an error under (a SKU's by its row: skus.0.spec); others are said above the form. */
const FORM_FIELDS = /^(name|category|description|skus\.\d+\.(spec|unit|priceFen|stock|weightGrams))$/;
const placeOf = (field: string): string | null => (FORM_FIELDS.test(field) ? field : null);

/** A refused save: every field the server refused under its own input at once, anything else above the form. */
function useFormErrors() {
  const [refusal, setRefusal] = useState<unknown>(null);
  const { byPlace, rest } = useFieldErrors(refusal, placeOf);
  return { formError: rest, fieldErrors: byPlace, fail: setRefusal, reset: () => setRefusal(null) };
}

function NewProduct({ supplierId }: { supplierId: string }) {
  const L = useL();
  const navigate = useNavigate();
  useDocumentTitle(L('newProduct'));
  const [create, { loading }] = useMutation(CREATE_PRODUCT);
  const errors = useFormErrors();
  async function save(v: ProductFormValues) {
    errors.reset();
    try {
      const { data } = await create({ variables: { input: { supplierId, ...v } } });
      if (data) navigate(`/supplier/products/${data.createProduct.id}`, { replace: true });
    } catch (e) {
      errors.fail(e);
    }
  }
  return (
    <div className="yg-desk yg-desk--narrow">
      <Link to={`/supplier/${supplierId}/products`}>← {L('products')}</Link>
      <h1>{L('newProduct')}</h1>
      <section className="yg-card sp-card">
        <ProductForm
          initial={null}
          busy={loading}
          formError={errors.formError}
          fieldErrors={errors.fieldErrors}
          onSubmit={(v) => void save(v)}
        />
      </section>
    </div>
  );
}

function EditProduct({ productId }: { productId: string }) {
  const L = useL();
  const errorMessage = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(PRODUCT_FOR_EDIT_QUERY, {
    variables: { id: productId },
    fetchPolicy: 'cache-and-network',
  });
  const [update, { loading: saving }] = useMutation(UPDATE_PRODUCT);
  const [setStatus, { loading: switching }] = useMutation(SET_PRODUCT_STATUS);
  const [statusError, setStatusError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const errors = useFormErrors();
  useDocumentTitle(data?.productForEdit.name ?? L('products'));
  if (loading && !data) return <Spinner />;
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!data) return null;
  const p = data.productForEdit;

  async function save(v: ProductFormValues) {
    errors.reset();
    setSaved(false);
    try {
      await update({ variables: { input: { productId, ...v } } });
      setSaved(true);
    } catch (e) {
      errors.fail(e);
    }
  }
  async function shelf(status: 'on_sale' | 'off_sale') {
    setStatusError(null);
    try {
      await setStatus({ variables: { input: { productId, status } } });
    } catch (e) {
      setStatusError(errorMessage(e));
    }
  }

  return (
    <div className="yg-desk">
      <Link to={`/supplier/${p.supplierId}/products`}>← {L('products')}</Link>
      <header className="yg-desk__head">
        <h1>{p.name}</h1>
        <div className="sp-links">
          <span className="yg-badge yg-badge--blue" data-testid="shelf-status" data-status={p.shelfStatus}>
            {hasLabel(p.shelfStatus) ? L(p.shelfStatus) : p.shelfStatus}
          </span>
          {p.shelfStatus !== 'on_sale' ? (
            <button
              type="button"
              className="yg-button yg-button--accent"
              disabled={switching}
              onClick={() => void shelf('on_sale')}
              data-testid="put-on-sale"
            >
              {L('putOnSale')}
            </button>
          ) : (
            <button type="button" className="yg-button yg-button--secondary" disabled={switching} onClick={() => void shelf('off_sale')}>
              {L('takeOff')}
            </button>
          )}
        </div>
      </header>
      {p.offShelfReason && (
        <div className="yg-alert yg-alert--error">
          {L('platformTookOff')}
          {p.offShelfReason}
        </div>
      )}
      {statusError && (
        <div className="yg-alert yg-alert--error" role="alert" data-testid="status-error">
          {statusError}
        </div>
      )}
      <div className="sp-columns">
        <section className="yg-card sp-card">
          {saved && <div className="yg-alert">{L('saved')}</div>}
          <ProductForm
            key={p.id}
            initial={p}
            busy={saving}
            formError={errors.formError}
            fieldErrors={errors.fieldErrors}
            onSubmit={(v) => void save(v)}
          />
        </section>
        <div>
          <StockPanel product={p} />
          <PurchaseLimitPanel productId={p.id} />
          <CertificationsPanel productId={p.id} certs={data.productCertifications} />
        </div>
      </div>
    </div>
  );
}
