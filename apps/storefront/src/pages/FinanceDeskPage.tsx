import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { ErrorState, Spinner, useToast } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import { useDocumentTitle } from '../modules/app/hooks/useDocumentTitle';
import { useSession } from '../modules/auth/hooks/session';
import { useErrorMessage } from '../modules/errors/hooks/useErrorMessage';
import { PaymentChecks } from '../modules/orders/components/PaymentChecks';
import { FinanceOrdersTable } from '../modules/orders/components/finance/FinanceOrdersTable';
import { TransferRecordForm } from '../modules/orders/components/finance/TransferRecordForm';
import { TransferTable } from '../modules/orders/components/finance/TransferTable';
import { FINANCE_QUERY } from '../modules/orders/graphql/orders.documents';
import { type StatementImport, uploadStatement } from '../modules/orders/utils/statement-upload';
import { canApproveBindingChanges } from '../modules/orders/utils/finance-desk';
import { ReconciliationStatus } from '../modules/reconciliation/components/ReconciliationStatus';
import { ProviderReconciliationPanel } from '../modules/payments/components/ProviderReconciliationPanel';
import { ProviderStatusPanel } from '../modules/payments/components/ProviderStatusPanel';

/** Platform finance (or the platform admin): record or import incoming transfers, match them to orders, refund. */
export function FinanceDeskPage() {
  const { t } = useI18n();
  useDocumentTitle(t('finance.title'));
  const errorMessage = useErrorMessage();
  const toast = useToast();
  const { user } = useSession();
  const isAdmin = !!user?.roles.some((g) => g.role === 'platform_admin');
  const [search, setSearch] = useState('');
  const { data, loading, error, refetch } = useQuery(FINANCE_QUERY, { variables: { search: search.trim() || null }, fetchPolicy: 'cache-and-network' });
  const [imported, setImported] = useState<StatementImport | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (loading && !data) return <Spinner label={t('state.loading')} />;
  const orders = data?.platformOrders.edges.map((e) => e.node) ?? [];

  return (
    <section className="orders-page finance-desk">
      <h1>{t('finance.title')}</h1>
      <ReconciliationStatus canRun={isAdmin} />
      {isAdmin && <ProviderStatusPanel />}
      <ProviderReconciliationPanel />
      {canApproveBindingChanges(user) && <p><Link to="/orders/binding-changes" data-testid="binding-approvals-link">{t('binding.link')}</Link></p>}

      <div className="yg-card">
        <h2>{t('finance.record')}</h2>
        <TransferRecordForm />
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
                toast(t('finance.importResult', { imported: r.imported, duplicates: r.duplicates, autoMatched: r.autoMatched }));
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
        <TransferTable transfers={data?.bankTransfers ?? []} orders={orders} />
      </div>

      <div className="yg-card">
        <h2>{t('finance.orders')}</h2>
        <input className="yg-input" placeholder={t('finance.orderSearch')} aria-label={t('finance.orderSearch')} value={search} onChange={(e) => setSearch(e.target.value)} />
        <FinanceOrdersTable orders={orders} />
      </div>
    </section>
  );
}
