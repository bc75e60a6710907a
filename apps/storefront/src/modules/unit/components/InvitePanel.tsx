import { useT } from '@yigou/web/i18n';
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { formatDate } from '../../catalog/utils/format-date';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { ACTIVE_UNIT_INVITE_QUERY, CREATE_UNIT_INVITE_MUTATION } from '../graphql/unit.documents';
import { QueryStates } from './QueryStates';
import { absoluteLink } from '../utils/unit-scope';
import { InlineError } from '@yigou/web/ui';

/** The unit's current invitation (code + copyable link), or a button to create one. */
export function InvitePanel({ unitId }: { unitId: string }) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [error, setError] = useState<string | null>(null);
  const active = useQuery(ACTIVE_UNIT_INVITE_QUERY, { variables: { unitId }, fetchPolicy: 'cache-and-network' });
  const [create, { loading: creating }] = useMutation(CREATE_UNIT_INVITE_MUTATION, {
    update(cache, { data }) {
      if (data)
        cache.writeQuery({
          query: ACTIVE_UNIT_INVITE_QUERY,
          variables: { unitId },
          data: { __typename: 'Query', activeUnitInvite: data.createUnitInvite },
        });
    },
  });
  const invite = active.data?.activeUnitInvite ?? null;
  const link = invite ? absoluteLink(invite.link) : '';

  async function onCreate() {
    setError(null);
    setCopyState('idle');
    try {
      await create({ variables: { unitId } });
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function onCopy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  }

  return (
    <section className="yg-card un-card" data-testid="invite-panel">
      <h2 className="un-card__title">{t('unit.invite')}</h2>
      <p className="muted">{t('unit.inviteLead')}</p>
      <QueryStates query={active}>
        {() =>
          invite ? (
            <div className="un-invite">
              <p>
                {t('unit.code')}：
                <code className="un-code" data-testid="invite-code">
                  {invite.code}
                </code>
                <span className="muted">
                  {' '}
                  · {t('unit.validUntil')} {formatDate(invite.expiresAt)}
                </span>
              </p>
              <label className="yg-field">
                <span className="yg-field__label">{t('unit.inviteLink')}</span>
                <input className="yg-input" readOnly value={link} onFocus={(e) => e.target.select()} data-testid="invite-link" />
              </label>
              <div className="un-actions">
                <button type="button" className="yg-button" onClick={() => void onCopy()} data-testid="copy-invite-link">
                  {copyState === 'copied' ? t('unit.copied') : t('unit.copy')}
                </button>
                <button type="button" className="yg-button yg-button--secondary" onClick={() => void onCreate()} disabled={creating}>
                  {creating ? t('unit.creating') : t('unit.newInvite')}
                </button>
              </div>
              {copyState === 'failed' && <p className="un-error">{t('unit.copyFailed')}</p>}
            </div>
          ) : (
            <div className="un-actions">
              <span className="muted">{t('unit.noInvite')}</span>
              <button
                type="button"
                className="yg-button yg-button--accent"
                onClick={() => void onCreate()}
                disabled={creating}
                data-testid="create-invite"
              >
                {creating ? t('unit.creating') : t('unit.createInvite')}
              </button>
            </div>
          )
        }
      </QueryStates>
      <InlineError className="un-error" message={error} />
    </section>
  );
}
