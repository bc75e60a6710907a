import '../../supplier/supplier.css';
import { useState } from 'react';
import type { SupplierStatus } from '../../../generated/graphql';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useSession } from '../../auth/hooks/session';
import { CertificationQueue } from '../components/CertificationQueue';
import { DeadLetterPanel } from '../components/DeadLetterPanel';
import { SupplierReviewList } from '../components/SupplierReviewList';
import { TakeDownForm } from '../components/TakeDownForm';
import { NotificationList } from '../../supplier/components/NotificationList';
import { useL } from '../../supplier/utils/labels';

const TABS: SupplierStatus[] = ['pending', 'recommended', 'approved', 'suspended', 'rejected'];

/**
 * /review: county admins recommend or reject their counties' applicants and verify certificates; the platform approves, suspends, takes
 * products off.
 */
export function ReviewPage() {
  const L = useL();
  const { user } = useSession();
  useDocumentTitle(L('review'));
  const isPlatform = !!user?.roles.some((r) => r.role === 'platform_admin');
  const [tab, setTab] = useState<SupplierStatus>(isPlatform ? 'recommended' : 'pending');
  return (
    <div className="yg-desk">
      <h1>{L('review')}</h1>
      <nav className="sp-tabs" role="tablist">
        {TABS.map((s) => (
          <button
            key={s}
            type="button"
            role="tab"
            aria-selected={tab === s}
            className={tab === s ? 'yg-button' : 'yg-button yg-button--ghost'}
            onClick={() => setTab(s)}
            data-testid={`tab-${s}`}
          >
            {L(s)}
          </button>
        ))}
      </nav>
      <SupplierReviewList key={tab} status={tab} isPlatform={isPlatform} />
      <CertificationQueue />
      {isPlatform && <TakeDownForm />}
      {isPlatform && <DeadLetterPanel />}
      <NotificationList />
    </div>
  );
}
