import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { Price, InlineError } from '@yigou/web/ui';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { UNIT_INVOICES_QUERY } from '../graphql/invoices.documents';
import { downloadInvoice } from '../utils/invoice-files';
import { useInvoiceKind, useInvoiceT } from '../utils/invoice-labels';
import '../../orders/orders.css';

/** The unit admin's view: every invoice issued to the unit in the month, each downloadable. */
export function UnitInvoicesSection({ unitId, month }: { unitId: string; month: string }) {
  const errorMessage = useErrorMessage();
  const I = useInvoiceT();
  const kindName = useInvoiceKind();
  const { data, error } = useQuery(UNIT_INVOICES_QUERY, { variables: { unitId, month }, fetchPolicy: 'network-only' });
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const list = data?.unitInvoices ?? [];
  return (
    <section className="yg-card invoice-panel no-print" data-testid="unit-invoices">
      <h2>{I('unitTitle', { count: list.length })}</h2>
      <InlineError className="form-error" message={error && errorMessage(error)} />
      {list.length === 0 ? (
        <p className="muted">{I('unitEmpty')}</p>
      ) : (
        <ul className="order-list">
          {list.map((i) => (
            <li key={i.orderId} className="invoice-desk__item" data-testid="unit-invoice">
              <div className="order-card__head">
                <Link to={`/orders/${i.orderId}`}>{i.orderNo}</Link>
                <span>
                  {kindName(i.kind)} {i.invoiceNo}
                </span>
                <Price fen={String(i.totalFen)} />
              </div>
              <div className="muted">
                {i.supplierName} · {i.title}
              </div>
              <p>
                <button
                  type="button"
                  className="yg-button yg-button--ghost"
                  onClick={() =>
                    downloadInvoice(i.orderId).then(
                      () => setDownloadError(null),
                      (e: Error) => setDownloadError(e.message || I('downloadFailed')),
                    )
                  }
                >
                  {I('download')}
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
      <InlineError className="form-error" message={downloadError} />
    </section>
  );
}
