import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { useSession } from '../../auth/hooks/session';
import { ORDER_INVOICE_QUERY, REQUEST_INVOICE } from '../graphql/invoices.documents';
import { downloadInvoice, emptyDraft, invoiceInputOf, type InvoiceDraft } from '../utils/invoice-files';
import { useInvoiceKind, useInvoiceT } from '../utils/invoice-labels';
import { InvoiceFields, useInvoiceRefusal } from './InvoiceFields';
import '../invoices.css';
import { InlineError } from '@yigou/web/ui';

/** On the order: the invoice asked for, asking (or correcting) before it is issued, the download once issued, the 采购清单. */
export function OrderInvoicePanel({ orderId }: { orderId: string }) {
  const I = useInvoiceT();
  const kindName = useInvoiceKind();
  const { user } = useSession();
  const { data } = useQuery(ORDER_INVOICE_QUERY, { variables: { id: orderId } });
  const [requestInvoice, requestState] = useMutation(REQUEST_INVOICE, { refetchQueries: [ORDER_INVOICE_QUERY] });
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<InvoiceDraft>(emptyDraft());
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const refusal = useInvoiceRefusal(requestState.error);
  const order = data?.order;
  if (!order || !user) return null;
  const mine = order.buyerId === user.id;
  const unitAdmin = !!order.unitId && user.roles.some((r) => r.role === 'unit_admin' && r.unitId === order.unitId);
  const issued = order.issuedInvoice;
  const request = order.invoice;
  const closed = order.status === 'cancelled' || order.status === 'refunded';
  if (!mine && !unitAdmin && !issued && !request) return null;
  return (
    <section className="yg-card invoice-panel" data-testid="order-invoice">
      <h2>{I('heading')}</h2>
      {issued ? (
        <p data-testid="invoice-issued">
          {I('issued', { kind: kindName(issued.kind) })} <strong data-testid="invoice-no">{issued.invoiceNo}</strong>（
          {issued.format.toUpperCase()}）{' '}
          {(mine || unitAdmin) && (
            <button
              type="button"
              className="yg-button"
              data-testid="invoice-download"
              onClick={() =>
                downloadInvoice(orderId).then(
                  () => setDownloadError(null),
                  (e: Error) => setDownloadError(e.message || I('downloadFailed')),
                )
              }
            >
              {I('download')}
            </button>
          )}
        </p>
      ) : request ? (
        <p data-testid="invoice-requested">
          {I('requested', { kind: kindName(request.kind), title: request.title, taxNo: request.taxNo ?? '' })}
        </p>
      ) : (
        <p className="muted">{I('none')}</p>
      )}
      <InlineError className="form-error" message={downloadError} />
      {mine && !issued && !closed && !editing && (
        <button
          type="button"
          className="yg-button yg-button--ghost"
          data-testid="invoice-request-open"
          onClick={() => {
            setDraft(
              request
                ? {
                    kind: request.kind === 'special' ? 'special' : 'normal',
                    title: request.title,
                    taxNo: request.taxNo ?? '',
                    bankName: request.bankName ?? '',
                    bankAccount: request.bankAccount ?? '',
                    address: request.address ?? '',
                    phone: request.phone ?? '',
                  }
                : emptyDraft(),
            );
            setEditing(true);
          }}
        >
          {request ? I('edit') : I('request')}
        </button>
      )}
      {editing && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void requestInvoice({ variables: { orderId, input: invoiceInputOf(draft) } }).then(
              () => setEditing(false),
              () => undefined,
            );
          }}
        >
          <InvoiceFields value={draft} onChange={setDraft} errors={refusal.byPlace} />
          <button
            type="submit"
            className="yg-button yg-button--accent"
            data-testid="invoice-request-submit"
            disabled={requestState.loading}
          >
            {I('submitRequest')}
          </button>{' '}
          <button type="button" className="yg-button yg-button--ghost" onClick={() => setEditing(false)}>
            {I('cancel')}
          </button>
          <InlineError className="form-error" testId="invoice-request-error" message={refusal.rest} />
        </form>
      )}
      {(mine || unitAdmin) && (
        <p className="no-print">
          <Link to={`/papers/procurement?order=${orderId}`} data-testid="order-procurement-link">
            {I('orderPaper')}
          </Link>
        </p>
      )}
    </section>
  );
}
