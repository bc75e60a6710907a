import '../supplier.css';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { ErrorState, Spinner } from '@yigou/web/ui';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { LiveOfferRequestsPanel } from '../components/LiveOfferRequestsPanel';
import { NotificationList } from '../components/NotificationList';
import { SupplierStatusCard } from '../components/SupplierStatusCard';
import { MY_SUPPLIERS_QUERY } from '../graphql/supplier.documents';
import { useL } from '../utils/labels';

/** /supplier: the caller's suppliers with their 入驻 status and steps, links to manage, and notifications. */
export function SupplierPortalPage() {
  const L = useL();
  const errorMessage = useErrorMessage();
  useDocumentTitle(L('portal'));
  const { data, loading, error, refetch } = useQuery(MY_SUPPLIERS_QUERY, { fetchPolicy: 'cache-and-network' });

  if (loading && !data) return <Spinner />;
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  const suppliers = data?.mySuppliers ?? [];
  // one application at a time: once one is pending, recommended, approved or suspended, 申请入驻 goes away
  const canApply = suppliers.every((s) => s.status === 'rejected');
  return (
    <div className="yg-desk">
      <header className="yg-desk__head">
        <h1>{L('portal')}</h1>
        {canApply && (
          <Link className="yg-button yg-button--accent" to="/supplier/apply" data-testid="apply-link">
            {L('apply')}
          </Link>
        )}
      </header>
      {suppliers.length === 0 && (
        <section className="yg-card sp-card">
          <h2 className="sp-card__title">{L('noSupplier')}</h2>
          <p className="muted">{L('applyLead')}</p>
        </section>
      )}
      {suppliers.map((s) => (
        <SupplierStatusCard key={s.id} supplier={s} />
      ))}
      {suppliers.some((s) => s.status === 'approved') && <LiveOfferRequestsPanel />}
      <NotificationList />
    </div>
  );
}
