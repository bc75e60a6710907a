import { useCallback, useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { FileField, type OnProgress, Price, UploadStatus, useUpload, InlineError } from '@yigou/web/ui';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { INVOICE_REQUESTS_QUERY, ISSUE_THROUGH_PROVIDER } from '../graphql/invoices.documents';
import { uploadInvoice } from '../utils/invoice-files';
import { useInvoiceKind, useInvoiceT } from '../utils/invoice-labels';
import type { InvoiceRequestsQuery } from '../../../generated/graphql';
import '../invoices.css';
import '../../orders/orders.css';

/** An open request as the desk's query reads it (the order's invoice details as OrderInvoiceFields). */
type Req = InvoiceRequestsQuery['invoiceRequests'][number];

function IssueForm({ request, provider, onDone }: { request: Req; provider: boolean; onDone: () => void }) {
  const I = useInvoiceT();
  const errorMessage = useErrorMessage();
  const [invoiceNo, setInvoiceNo] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [issue, issuing] = useMutation(ISSUE_THROUGH_PROVIDER);
  // The file goes up on 上传并开具, with its progress; a refusal shows the server's message and 重试上传.
  const send = useCallback(
    (f: File, onProgress: OnProgress) => uploadInvoice(request.id, invoiceNo.trim(), f, onProgress),
    [request.id, invoiceNo],
  );
  const upload = useUpload(send, onDone);
  const busy = upload.state.phase === 'uploading' || issuing.loading;
  return (
    <form
      className="invoice-issue"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        if (!file) return setError(I('fileRequired'));
        void upload.start(file);
      }}
    >
      <label className="yg-field">
        <span className="yg-field__label">{I('number')}</span>
        <input
          className="yg-input"
          name="invoiceNo"
          inputMode="numeric"
          value={invoiceNo}
          onChange={(e) => setInvoiceNo(e.target.value)}
          placeholder={I('numberPlaceholder')}
        />
      </label>
      <FileField label={I('file')} className="yg-input" name="invoiceFile" accept=".pdf,.ofd,application/pdf" onFile={setFile} />
      <div className="invoice-issue__actions">
        <button type="submit" className="yg-button yg-button--accent" disabled={busy} data-testid="invoice-upload">
          {I('upload')}
        </button>
        {provider && (
          <button
            type="button"
            className="yg-button"
            disabled={busy}
            onClick={() =>
              void issue({ variables: { orderId: request.id } }).then(onDone, (err: unknown) => setError(errorMessage(err as Error)))
            }
          >
            {I('viaProvider')}
          </button>
        )}
      </div>
      <UploadStatus upload={upload} testId="invoice-upload" />
      <InlineError className="form-error" testId="invoice-upload-error" message={error} />
    </form>
  );
}

/** 待开发票 on the supplier's order desk: each open request with what the invoice must carry, issued by upload or provider. */
export function InvoiceRequestsDesk({ onIssued }: { onIssued?: () => void }) {
  const I = useInvoiceT();
  const kindName = useInvoiceKind();
  const { data, refetch } = useQuery(INVOICE_REQUESTS_QUERY, { fetchPolicy: 'cache-and-network' });
  const list = data?.invoiceRequests ?? [];
  return (
    <section className="yg-card invoice-desk" data-testid="invoice-requests">
      <h2>{I('deskTitle', { count: list.length })}</h2>
      {list.length === 0 ? (
        <p className="muted">{I('deskEmpty')}</p>
      ) : (
        <ul className="order-list">
          {list.map((r) => (
            <li key={r.id} className="invoice-desk__item" data-testid="invoice-request">
              <div className="order-card__head">
                <Link to={`/orders/${r.id}`}>
                  <strong>{r.orderNo}</strong>
                </Link>
                <span>{kindName(r.invoice?.kind)}</span>
                <Price fen={String(r.totalFen)} />
              </div>
              <div className="muted invoice-desk__buyer">
                {r.invoice?.title} {r.invoice?.taxNo}
                {r.invoice?.kind === 'special' &&
                  ` · ${r.invoice.bankName} ${r.invoice.bankAccount} · ${r.invoice.address} ${r.invoice.phone}`}
              </div>
              <IssueForm
                request={r}
                provider={!!data?.invoiceProviderAvailable}
                onDone={() => {
                  void refetch();
                  onIssued?.();
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
