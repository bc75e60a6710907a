import { useT } from '@yigou/web/i18n';
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { TextField, InlineError } from '@yigou/web/ui';
import { formatDate } from '../../catalog/utils/format-date';
import { DECIDE_UNIT_JOIN_REQUEST_MUTATION, UNIT_JOIN_REQUESTS_QUERY } from '../graphql/unit.documents';
import { useRowAction } from '../hooks/useRowAction';
import { QueryStates } from './QueryStates';

/** Pending requests to join the unit, each approved, or rejected with an optional reason the requester sees. */
export function JoinRequestsPanel({ unitId }: { unitId: string }) {
  const t = useT();
  const { busyId, error, setError, run } = useRowAction();
  const [rejecting, setRejecting] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const requests = useQuery(UNIT_JOIN_REQUESTS_QUERY, { variables: { unitId }, fetchPolicy: 'cache-and-network' });
  const [decide] = useMutation(DECIDE_UNIT_JOIN_REQUEST_MUTATION, {
    refetchQueries: ['UnitJoinRequests', 'UnitMembers'],
    awaitRefetchQueries: true,
  });
  const list = requests.data?.unitJoinRequests ?? [];

  async function onDecide(requestId: string, approve: boolean) {
    const why = approve ? null : reason.trim() || null;
    if (why && why.length > 200) return setError(t('unit.reasonTooLong'));
    if (await run(requestId, () => decide({ variables: approve ? { requestId, approve } : { requestId, approve, reason: why } }))) {
      setRejecting(null);
      setReason('');
    }
  }

  return (
    <section className="yg-card un-card" data-testid="join-requests">
      <h2 className="un-card__title">
        {t('unit.requests')}
        {list.length > 0 && <span className="un-count">{list.length}</span>}
      </h2>
      <QueryStates query={requests}>
        {() =>
          list.length === 0 ? (
            <p className="muted" data-testid="no-requests">
              {t('unit.noRequests')}
            </p>
          ) : (
            <ul className="un-list">
              {list.map((r) => (
                <li key={r.id} className="un-row" data-testid="join-request">
                  <span className="un-row__name">{r.userDisplayName ?? t('unit.unnamed')}</span>
                  <span className="muted">
                    {t('unit.requestedAt')} {formatDate(r.createdAt)}
                  </span>
                  <span className="un-actions">
                    <button
                      type="button"
                      className="yg-button"
                      disabled={busyId === r.id}
                      onClick={() => void onDecide(r.id, true)}
                      data-testid="approve-request"
                    >
                      {t('unit.approve')}
                    </button>
                    <button
                      type="button"
                      className="yg-button yg-button--ghost"
                      disabled={busyId === r.id}
                      onClick={() => {
                        setRejecting(r.id);
                        setReason('');
                      }}
                      data-testid="reject-request"
                    >
                      {t('unit.reject')}
                    </button>
                  </span>
                  {rejecting === r.id && (
                    <form
                      className="un-form"
                      onSubmit={(e) => {
                        e.preventDefault();
                        void onDecide(r.id, false);
                      }}
                      data-testid="reject-form"
                    >
                      <TextField
                        label={t('unit.rejectReasonPrompt')}
                        name="reason"
                        value={reason}
                        maxLength={200}
                        onChange={(e) => setReason(e.target.value)}
                      />
                      <span className="un-actions">
                        <button type="submit" className="yg-button" disabled={busyId === r.id} data-testid="confirm-reject">
                          {t('unit.confirmReject')}
                        </button>
                        <button type="button" className="yg-button yg-button--ghost" onClick={() => setRejecting(null)}>
                          {t('common.cancel')}
                        </button>
                      </span>
                    </form>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </QueryStates>
      <InlineError className="un-error" message={error} />
    </section>
  );
}
