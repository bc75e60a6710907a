import { useT, type MessageKey } from '@yigou/web/i18n';
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, type BadgeTone, InlineError } from '@yigou/web/ui';
import { ME_QUERY } from '../../auth/graphql/auth.documents';
import { useSession } from '../../auth/hooks/session';
import { formatDate } from '../../catalog/utils/format-date';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { MY_UNIT_JOIN_REQUESTS_QUERY, WITHDRAW_UNIT_JOIN_REQUEST_MUTATION } from '../graphql/unit.documents';
import { UnitSearchPanel } from './UnitSearchPanel';
import { QueryStates } from './QueryStates';

const STATUS: Record<string, { label: MessageKey; tone: BadgeTone }> = {
  pending: { label: 'unit.statusPending', tone: 'orange' },
  approved: { label: 'unit.statusApproved', tone: 'green' },
  rejected: { label: 'unit.statusRejected', tone: 'red' },
  withdrawn: { label: 'unit.statusWithdrawn', tone: 'gray' },
};

/** The second way to join: search for a unit and ask, then follow one's own requests. */
export function JoinByRequest() {
  const t = useT();
  const errorMessage = useErrorMessage();
  const { user } = useSession();
  const [error, setError] = useState<string | null>(null);
  const mine = useQuery(MY_UNIT_JOIN_REQUESTS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [withdraw, { loading: withdrawing }] = useMutation(WITHDRAW_UNIT_JOIN_REQUEST_MUTATION, {
    refetchQueries: [{ query: MY_UNIT_JOIN_REQUESTS_QUERY }],
    awaitRefetchQueries: true,
  });
  const list = mine.data?.myUnitJoinRequests ?? [];
  const pending = list.some((r) => r.status === 'pending');
  // An approval happens elsewhere; refresh the session's unit when the list shows one.
  const approvedUnknown = list.some((r) => r.status === 'approved') && !user?.unit;
  const blocked = user?.unit ? t('unit.inUnitNoRequest', { name: user.unit.name }) : pending ? t('unit.hasPending') : null;
  useRefreshMe(approvedUnknown);

  async function onWithdraw(id: string, name: string) {
    if (!window.confirm(t('unit.withdrawConfirm', { name }))) return;
    setError(null);
    try {
      await withdraw({ variables: { requestId: id } });
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <>
      <UnitSearchPanel blocked={blocked} />
      <section className="yg-card un-card" data-testid="my-join-requests">
        <h2 className="un-card__title">{t('unit.myRequests')}</h2>
        <QueryStates query={mine}>
          {() =>
            list.length === 0 ? (
              <p className="muted" data-testid="no-my-requests">
                {t('unit.noMyRequests')}
              </p>
            ) : (
              <ul className="un-list">
                {list.map((r) => {
                  const s = STATUS[r.status] ?? { label: 'unit.statusPending' as const, tone: 'gray' as const };
                  return (
                    <li key={r.id} className="un-row" data-testid="my-join-request">
                      <span className="un-row__name">
                        {r.unitName}
                        <span className="un-sub">
                          {t('unit.requestedAt')} {formatDate(r.createdAt)}
                        </span>
                      </span>
                      <Badge tone={s.tone} testId="my-join-request-status">
                        {t(s.label)}
                      </Badge>
                      {r.status === 'rejected' && r.reason && (
                        <span className="un-error" data-testid="my-join-request-reason">
                          {t('unit.rejectReason')}：{r.reason}
                        </span>
                      )}
                      {r.status === 'pending' && (
                        <button
                          type="button"
                          className="yg-button yg-button--ghost"
                          disabled={withdrawing}
                          onClick={() => void onWithdraw(r.id, r.unitName ?? '')}
                          data-testid="withdraw-request"
                        >
                          {withdrawing ? t('unit.withdrawing') : t('unit.withdraw')}
                        </button>
                      )}
                    </li>
                  );
                })}
              </ul>
            )
          }
        </QueryStates>
        <InlineError className="un-error" message={error} />
      </section>
    </>
  );
}

/** Re-reads the signed-in user once when a request turned out approved, so the page shows the new unit. */
function useRefreshMe(when: boolean) {
  const me = useQuery(ME_QUERY, { skip: !when, fetchPolicy: 'network-only' });
  return me;
}
