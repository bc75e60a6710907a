import { useT } from '@yigou/web/i18n';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorState, Spinner, InlineError } from '@yigou/web/ui';
import { ME_QUERY } from '../../auth/graphql/auth.documents';
import { useSession } from '../../auth/hooks/session';
import { formatDate } from '../../catalog/utils/format-date';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { describeError } from '../../errors/utils/describe-error';
import { JOIN_UNIT_BY_CODE_MUTATION, UNIT_INVITE_PREVIEW_QUERY } from '../graphql/unit.documents';
import { LeaveUnitButton } from './LeaveUnitButton';

/** True when the server refused the code itself (unknown, revoked or expired). */
function isBadCode(error: unknown): boolean {
  const d = describeError(error);
  return d.code === 'BAD_USER_INPUT' && d.field === 'code';
}

/** Shows which unit a code leads to and joins it; explains a bad code or a membership elsewhere. */
export function JoinUnitPanel({ code, onOtherCode }: { code: string; onOtherCode: () => void }) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const { user } = useSession();
  const [joinError, setJoinError] = useState<string | null>(null);
  const [joinedName, setJoinedName] = useState<string | null>(null);
  const preview = useQuery(UNIT_INVITE_PREVIEW_QUERY, { variables: { code }, fetchPolicy: 'network-only' });
  const [join, { loading: joining }] = useMutation(JOIN_UNIT_BY_CODE_MUTATION, {
    refetchQueries: [{ query: ME_QUERY }],
    awaitRefetchQueries: true,
  });

  const otherCode = (
    <button type="button" className="yg-button yg-button--secondary" onClick={onOtherCode}>
      {t('unit.otherCode')}
    </button>
  );

  if (preview.loading) return <Spinner label={t('unit.checking')} />;
  if (preview.error) {
    if (isBadCode(preview.error))
      return (
        <div className="un-notice un-notice--error" role="alert" data-testid="join-bad-code">
          <p>{t('unit.badCode')}</p>
          {otherCode}
        </div>
      );
    return <ErrorState message={errorMessage(preview.error)} onRetry={() => void preview.refetch()} />;
  }
  const invite = preview.data?.unitInvitePreview;
  if (!invite) return null;

  async function onJoin() {
    setJoinError(null);
    try {
      const r = await join({ variables: { code } });
      setJoinedName(r.data?.joinUnitByCode.name ?? invite?.unitName ?? '');
    } catch (e) {
      const d = describeError(e);
      setJoinError(d.code === 'ALREADY_IN_UNIT' ? t('unit.inOtherUnit') : isBadCode(e) ? t('unit.badCode') : errorMessage(e));
    }
  }

  if (joinedName !== null)
    return (
      <div className="un-notice un-notice--ok" role="status" data-testid="join-done">
        <p>
          {t('unit.joined')} <strong>{joinedName}</strong>
        </p>
        <Link className="yg-button" to="/account">
          {t('unit.toAccount')}
        </Link>
      </div>
    );

  const mine = user?.unit ?? null;
  return (
    <section className="yg-card un-card" data-testid="join-preview">
      <p className="muted">{t('unit.inviteTo')}</p>
      <h2 className="un-card__title" data-testid="join-unit-name">
        {invite.unitName}
      </h2>
      <p className="muted">
        {t('unit.validUntil')} {formatDate(invite.expiresAt)}
      </p>
      {mine?.id === invite.unitId ? (
        <p className="un-notice un-notice--ok" data-testid="join-already-member">
          {t('unit.alreadyMember')}
        </p>
      ) : mine ? (
        <div className="un-notice un-notice--warn" data-testid="join-other-unit">
          <p>{t('unit.inOtherUnit')}</p>
          <p>
            {t('unit.currentUnit')}：<strong>{mine.name}</strong>
          </p>
          <LeaveUnitButton />
        </div>
      ) : (
        <button
          type="button"
          className="yg-button yg-button--accent"
          disabled={joining}
          onClick={() => void onJoin()}
          data-testid="join-unit"
        >
          {joining ? t('unit.joining') : t('unit.join')}
        </button>
      )}
      <InlineError className="un-error" testId="join-error" message={joinError} />
      <div>{otherCode}</div>
    </section>
  );
}
