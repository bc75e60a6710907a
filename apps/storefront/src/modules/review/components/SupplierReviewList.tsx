import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import type { TypedDocumentNode } from '@apollo/client';
import type { SupplierDecisionInput, SupplierStatus } from '../../../generated/graphql';
import { ConfirmButton, EmptyState, ErrorState, TablePager, useKeysetPages, useToast, InlineError } from '@yigou/web/ui';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { SupplierStatusCard } from '../../supplier/components/SupplierStatusCard';
import { useL, type SupplierLabelKey } from '../../supplier/utils/labels';
import {
  APPROVE_SUPPLIER,
  COUNTY_REJECT_SUPPLIER,
  PLATFORM_REJECT_SUPPLIER,
  RECOMMEND_SUPPLIER,
  REINSTATE_SUPPLIER,
  REVIEW_QUEUE_QUERY,
  SUSPEND_SUPPLIER,
} from '../graphql/review.documents';

/** Every decision mutation takes the same input; what it returns does not matter here (the queue is refetched). */
type DecisionDoc = TypedDocumentNode<unknown, { input: SupplierDecisionInput }>;
type Action = { label: SupplierLabelKey; doc: DecisionDoc; needsReason: boolean; testId: string };

/** Which decisions a reviewer has on a supplier in each status (county admins act on pending; the platform on the rest). */
function actionsFor(status: SupplierStatus, isPlatform: boolean): Action[] {
  if (status === 'pending') {
    return [
      { label: 'recommend', doc: RECOMMEND_SUPPLIER as DecisionDoc, needsReason: false, testId: 'recommend' },
      { label: 'reject', doc: COUNTY_REJECT_SUPPLIER as DecisionDoc, needsReason: true, testId: 'county-reject' },
    ];
  }
  if (!isPlatform) return [];
  if (status === 'recommended') {
    return [
      { label: 'approve', doc: APPROVE_SUPPLIER as DecisionDoc, needsReason: false, testId: 'approve' },
      { label: 'reject', doc: PLATFORM_REJECT_SUPPLIER as DecisionDoc, needsReason: true, testId: 'platform-reject' },
    ];
  }
  if (status === 'approved') return [{ label: 'suspend', doc: SUSPEND_SUPPLIER as DecisionDoc, needsReason: true, testId: 'suspend' }];
  if (status === 'suspended')
    return [{ label: 'reinstate', doc: REINSTATE_SUPPLIER as DecisionDoc, needsReason: false, testId: 'reinstate' }];
  return [];
}

/** Each card asks for ~40 fields (REVIEW_QUEUE_QUERY): 20 a page stays within the API's query cost limit, 50 does not. */
const REVIEW_PAGE_SIZES = [10, 20] as const;

export function SupplierReviewList({ status, isPlatform }: { status: SupplierStatus; isPlatform: boolean }) {
  const L = useL();
  const errorMessage = useErrorMessage();
  const pages = useKeysetPages(undefined, 10, REVIEW_PAGE_SIZES);
  const { data, loading, error, refetch } = useQuery(REVIEW_QUEUE_QUERY, {
    variables: { status, first: pages.first, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const items = data?.supplierReviewQueue.edges.map((e) => e.node) ?? [];
  // a failed query is an error to show, never an empty queue
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!loading && items.length === 0)
    return (
      <div data-testid="empty-queue">
        <EmptyState title={L('emptyQueue')} />
      </div>
    );
  return (
    <div data-testid="review-queue">
      {items.map((s) => (
        <SupplierStatusCard
          key={s.id}
          supplier={s}
          actions={
            <>
              <Decisions supplierId={s.id} actions={actionsFor(s.status, isPlatform)} />
              {isPlatform && s.status === 'approved' && (
                <nav className="sp-links">
                  <Link to={`/supplier/${s.id}/products`}>{L('products')}</Link>
                  <Link to={`/supplier/${s.id}/import`}>{L('import')}</Link>
                </nav>
              )}
            </>
          }
        />
      ))}
      {data && <TablePager {...pages.pager(data.supplierReviewQueue)} loading={loading} />}
    </div>
  );
}

function Decisions({ supplierId, actions }: { supplierId: string; actions: Action[] }) {
  const L = useL();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (actions.length === 0) return null;
  return (
    <div className="sp-decide">
      <input
        className="yg-input"
        placeholder={L('reasonPrompt')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        data-testid="decision-reason"
      />
      {actions.map((a) => (
        <DecisionButton key={a.testId} action={a} supplierId={supplierId} reason={reason} onError={setError} />
      ))}
      <InlineError className="sp-error" message={error} />
    </div>
  );
}

/** A refusal or a suspension asks first (the supplier is told at once); every decision says it was done. */
function DecisionButton({
  action,
  supplierId,
  reason,
  onError,
}: {
  action: Action;
  supplierId: string;
  reason: string;
  onError: (m: string | null) => void;
}) {
  const L = useL();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const [run, { loading }] = useMutation(action.doc, { refetchQueries: [REVIEW_QUEUE_QUERY] });
  async function go() {
    onError(null);
    if (action.needsReason && !reason.trim()) return onError('请填写理由');
    try {
      await run({ variables: { input: { supplierId, reason: reason.trim() || null } } });
      toast(L('decided'));
    } catch (e) {
      onError(errorMessage(e));
    }
  }
  if (action.needsReason) {
    return (
      <ConfirmButton
        className="yg-button yg-button--secondary"
        testId={action.testId}
        disabled={loading}
        question={L('confirmDecision')}
        onConfirm={go}
      >
        {L(action.label)}
      </ConfirmButton>
    );
  }
  return (
    <button type="button" className="yg-button" disabled={loading} onClick={() => void go()} data-testid={action.testId}>
      {L(action.label)}
    </button>
  );
}
