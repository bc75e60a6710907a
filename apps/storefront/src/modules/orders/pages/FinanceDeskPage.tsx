import { useState } from 'react';
import { Link } from 'react-router-dom';
import { DateRangeField, TextField, Upload, useToast } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useSession } from '../../auth/hooks/session';
import { PaymentChecks } from '../components/PaymentChecks';
import { FinanceListCard } from '../components/finance/FinanceListCard';
import { FinanceOrdersTable } from '../components/finance/FinanceOrdersTable';
import { TransferRecordForm } from '../components/finance/TransferRecordForm';
import { TransferTable } from '../components/finance/TransferTable';
import { useFinanceOrders, useFinanceTransfers } from '../hooks/useFinanceLists';
import { type StatementImport, uploadStatement } from '../utils/statement-upload';
import { canApproveBindingChanges } from '../utils/finance-desk';
import { ReconciliationStatus } from '../../reconciliation/components/ReconciliationStatus';
import { ProviderReconciliationPanel } from '../../payments/components/ProviderReconciliationPanel';
import { ProviderStatusPanel } from '../../payments/components/ProviderStatusPanel';
import '../finance-desk.css';
import '../orders.css';

/** Platform finance (or the platform admin): record or import incoming transfers, match them to orders, refund. */
export function FinanceDeskPage() {
  const { t } = useI18n();
  useDocumentTitle(t('finance.title'));
  const toast = useToast();
  const { user } = useSession();
  const isAdmin = !!user?.roles.some((g) => g.role === 'platform_admin');
  const transfers = useFinanceTransfers();
  const orders = useFinanceOrders();
  const [imported, setImported] = useState<StatementImport | null>(null);

  return (
    <section className="orders-page finance-desk">
      <h1>{t('finance.title')}</h1>
      <ReconciliationStatus canRun={isAdmin} />
      {isAdmin && <ProviderStatusPanel />}
      <ProviderReconciliationPanel />
      {canApproveBindingChanges(user) && (
        <p>
          <Link to="/orders/binding-changes" data-testid="binding-approvals-link">
            {t('binding.link')}
          </Link>
        </p>
      )}

      <div className="yg-card">
        <h2>{t('finance.record')}</h2>
        <TransferRecordForm />
        {/* As a file (multipart): 5,000 rows pass no JSON body limit, and GBK is decoded by the server. */}
        <Upload
          label={t('finance.import')}
          accept=".csv,text/csv"
          className="yg-button yg-button--ghost"
          testId="import-csv"
          send={uploadStatement}
          onDone={(r) => {
            setImported(r);
            toast(t('finance.importResult', { imported: r.imported, duplicates: r.duplicates, autoMatched: r.autoMatched }));
            void transfers.query.refetch();
            void orders.query.refetch();
          }}
        />
        {imported && (
          <p data-testid="import-result">
            {t('finance.importResult', { imported: imported.imported, duplicates: imported.duplicates, autoMatched: imported.autoMatched })}{' '}
            {imported.errors.join('；')}
          </p>
        )}
      </div>

      <PaymentChecks />

      <FinanceListCard
        title={t('finance.transfers')}
        query={transfers.query}
        filters={
          <DateRangeField
            value={transfers.range}
            onChange={transfers.setRange}
            legend={t('finance.receivedRange')}
            testId="transfer-range"
          />
        }
      >
        <TransferTable {...transfers.table} orders={orders.table.rows} />
      </FinanceListCard>

      <FinanceListCard
        title={t('finance.orders')}
        query={orders.query}
        filters={
          <>
            <TextField
              label={t('finance.orderSearchLabel')}
              placeholder={t('finance.orderSearch')}
              value={orders.search}
              maxLength={40}
              onChange={(e) => orders.setSearch(e.target.value)}
            />
            <DateRangeField value={orders.range} onChange={orders.setRange} legend={t('finance.placedRange')} testId="order-range" />
          </>
        }
      >
        <FinanceOrdersTable {...orders.table} />
      </FinanceListCard>
    </section>
  );
}
