import { Fragment, useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, ErrorState, Price, Spinner } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import { useDocumentTitle } from '../modules/app/hooks/useDocumentTitle';
import { useSession } from '../modules/auth/hooks/session';
import { useErrorMessage } from '../modules/errors/hooks/useErrorMessage';
import { OrderRefund } from '../modules/orders/components/RefundForm';
import { PaymentChecks } from '../modules/orders/components/PaymentChecks';
import { FINANCE_QUERY, MATCH_TRANSFER, PAYMENT_CHECKS_QUERY, RECORD_TRANSFER } from '../modules/orders/graphql/orders.documents';
import { type StatementImport, uploadStatement } from '../modules/orders/utils/statement-upload';
import { canApproveBindingChanges } from '../modules/orders/utils/finance-desk';
import { statusKey, statusTone, yuanInputToFen } from '../modules/orders/utils/order-labels';
import { ReconciliationStatus } from '../modules/reconciliation/components/ReconciliationStatus';

/** Platform finance (or the platform admin): record or import incoming transfers, match them to orders, refund. */
export function FinanceDeskPage() {
  const { t } = useI18n();
  useDocumentTitle(t('finance.title'));
  const errorMessage = useErrorMessage();
  const { user } = useSession();
  const [search, setSearch] = useState('');
  const { data, loading, error, refetch } = useQuery(FINANCE_QUERY, { variables: { search: search.trim() || null }, fetchPolicy: 'cache-and-network' });
  const refetchQueries = [FINANCE_QUERY, PAYMENT_CHECKS_QUERY];
  const [record, recordState] = useMutation(RECORD_TRANSFER, { refetchQueries });
  const [imported, setImported] = useState<StatementImport | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [match, matchState] = useMutation(MATCH_TRANSFER, { refetchQueries });
  const [refunding, setRefunding] = useState<string | null>(null);
  const [form, setForm] = useState({ bankTxnNo: '', payerName: '', amount: '', memo: '' });
  const [matchTarget, setMatchTarget] = useState<Record<string, { orderId: string; amount: string }>>({});
  const [formError, setFormError] = useState<string | null>(null);
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (loading && !data) return <Spinner label={t('state.loading')} />;
  const orders = data?.platformOrders.edges.map((e) => e.node) ?? [];
  const anyError = recordState.error ?? matchState.error;

  return (
    <section className="orders-page finance-desk">
      <h1>{t('finance.title')}</h1>
      <ReconciliationStatus canRun={!!user?.roles.some((g) => g.role === 'platform_admin')} />
      {canApproveBindingChanges(user) && <p><Link to="/orders/binding-changes" data-testid="binding-approvals-link">{t('binding.link')}</Link></p>}

      <div className="yg-card">
        <h2>{t('finance.record')}</h2>
        <form
          className="ship-form"
          data-testid="record-transfer"
          onSubmit={async (e) => {
            e.preventDefault();
            const fen = yuanInputToFen(form.amount);
            if (fen === null || fen <= 0) return setFormError(t('error.BAD_USER_INPUT'));
            setFormError(null);
            const r = await record({ variables: { input: { bankTxnNo: form.bankTxnNo, payerName: form.payerName, amountFen: String(fen), memo: form.memo || null, receivedAt: new Date().toISOString() } } }).catch(() => null);
            if (r?.data) setForm({ bankTxnNo: '', payerName: '', amount: '', memo: '' });
          }}
        >
          {(['bankTxnNo', 'payerName', 'amount', 'memo'] as const).map((f) => (
            <input key={f} className="yg-input" name={f} aria-label={t(f === 'bankTxnNo' ? 'finance.txnNo' : f === 'payerName' ? 'finance.payer' : f === 'amount' ? 'finance.amount' : 'finance.memo')} placeholder={t(f === 'bankTxnNo' ? 'finance.txnNo' : f === 'payerName' ? 'finance.payer' : f === 'amount' ? 'finance.amount' : 'finance.memo')} value={form[f]} onChange={(e) => setForm({ ...form, [f]: e.target.value })} />
          ))}
          <button type="submit" className="yg-button">{t('common.save')}</button>
        </form>
        {formError && <p className="form-error">{formError}</p>}
        <label className="yg-button yg-button--ghost">
          {t('finance.import')}
          <input
            type="file"
            accept=".csv,text/csv"
            hidden
            data-testid="import-csv"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              setImportError(null);
              // As a file (multipart): 5,000 rows pass no JSON body limit, and GBK is decoded by the server.
              const r = await uploadStatement(file).catch((err: Error) => (setImportError(err.message), null));
              e.target.value = '';
              if (r) {
                setImported(r);
                void refetch();
              }
            }}
          />
        </label>
        {imported && (
          <p data-testid="import-result">
            {t('finance.importResult', { imported: imported.imported, duplicates: imported.duplicates, autoMatched: imported.autoMatched })} {imported.errors.join('；')}
          </p>
        )}
        {importError && <p className="form-error" role="alert">{importError}</p>}
      </div>

      <PaymentChecks />

      <div className="yg-card">
        <h2>{t('finance.transfers')}</h2>
        <table className="order-lines">
          <tbody>
            {data?.bankTransfers.map((tr) => (
              <tr key={tr.id} data-testid="transfer-row">
                <td>{tr.bankTxnNo}</td>
                <td>{tr.payerName}</td>
                <td><Price fen={tr.amountFen} /></td>
                <td>{t('finance.unmatched')} <Price fen={tr.unmatchedFen} testId="transfer-unmatched" /></td>
                <td className="muted">{tr.memo}</td>
                <td>
                  {Number(tr.unmatchedFen) > 0 && (
                    <span className="ship-form">
                      <select className="yg-input" aria-label={t('finance.match')} value={matchTarget[tr.id]?.orderId ?? ''} onChange={(e) => setMatchTarget({ ...matchTarget, [tr.id]: { orderId: e.target.value, amount: matchTarget[tr.id]?.amount ?? '' } })}>
                        <option value="">{t('finance.match')}</option>
                        {orders.filter((o) => o.paymentMethod === 'bank_transfer' && Number(o.paidFen) < Number(o.totalFen) && o.status !== 'refunded').map((o) => (
                          <option key={o.id} value={o.id}>{o.orderNo} {o.remittanceRef}</option>
                        ))}
                      </select>
                      <input className="yg-input" aria-label={t('finance.amount')} placeholder={t('finance.amount')} value={matchTarget[tr.id]?.amount ?? ''} onChange={(e) => setMatchTarget({ ...matchTarget, [tr.id]: { orderId: matchTarget[tr.id]?.orderId ?? '', amount: e.target.value } })} />
                      <button
                        type="button"
                        className="yg-button"
                        data-testid="match-transfer"
                        onClick={() => {
                          const m = matchTarget[tr.id];
                          const fen = m ? yuanInputToFen(m.amount) : null;
                          if (!m?.orderId || !fen) return setFormError(t('error.BAD_USER_INPUT'));
                          void match({ variables: { transferId: tr.id, allocations: [{ orderId: m.orderId, amountFen: String(fen) }] } }).catch(() => null);
                        }}
                      >
                        {t('finance.match')}
                      </button>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="yg-card">
        <h2>{t('nav.orders')}</h2>
        <input className="yg-input" placeholder={t('finance.orderSearch')} aria-label={t('finance.orderSearch')} value={search} onChange={(e) => setSearch(e.target.value)} />
        <table className="order-lines">
          <tbody>
            {orders.map((o) => (
              <Fragment key={o.id}>
                <tr data-testid="finance-order">
                  <td><Link to={`/orders/${o.id}`}>{o.orderNo}</Link></td>
                  <td>{o.remittanceRef} <span className="muted" data-testid="finance-order-method">{t(`payment.method.${o.paymentMethod}`)}</span></td>
                  <td>{o.supplierName}</td>
                  <td><Badge tone={statusTone(o.status)}>{t(statusKey(o.status))}</Badge></td>
                  <td><Price fen={o.totalFen} /> / {t('order.paid')} <Price fen={o.paidFen} />{Number(o.refundedFen) > 0 && <> / {t('order.refunded')} <Price fen={o.refundedFen} /></>}</td>
                  <td>
                    {o.paymentMethod === 'bank_transfer' && Number(o.paidFen) > 0 && (
                      <Link to={`/finance/receipts/${o.id}`} data-testid="receipt-link">{t('finance.receipt')}</Link>
                    )}
                    {Number(o.paidFen) > Number(o.refundedFen) && (
                      <button type="button" className="yg-button yg-button--ghost" data-testid="open-refund" aria-expanded={refunding === o.id} onClick={() => setRefunding(refunding === o.id ? null : o.id)}>
                        {t('finance.refund')}
                      </button>
                    )}
                  </td>
                </tr>
                {refunding === o.id && (
                  <tr>
                    <td colSpan={6}>
                      <OrderRefund orderId={o.id} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      {anyError && <p className="form-error" role="alert" data-testid="finance-error">{errorMessage(anyError)}</p>}
    </section>
  );
}
