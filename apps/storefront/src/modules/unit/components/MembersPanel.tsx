import { useT } from '@yigou/web/i18n';
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { EmptyState, InlineError } from '@yigou/web/ui';
import { REMOVE_UNIT_MEMBER_MUTATION, UNIT_MEMBERS_QUERY } from '../graphql/unit.documents';
import { useRowAction } from '../hooks/useRowAction';
import { QueryStates } from './QueryStates';

export const MEMBERS_PAGE_SIZE = 20;

/**
 * The unit's members with "remove". The API returns the whole list (a unit has at most a few
 * hundred staff), so pages are cut here.
 */
export function MembersPanel({ unitId, meId }: { unitId: string; meId: string | null }) {
  const t = useT();
  const [page, setPage] = useState(0);
  const { busyId, error, run } = useRowAction();
  const members = useQuery(UNIT_MEMBERS_QUERY, { variables: { unitId }, fetchPolicy: 'cache-and-network' });
  const [remove] = useMutation(REMOVE_UNIT_MEMBER_MUTATION, { refetchQueries: ['UnitMembers'], awaitRefetchQueries: true });
  const list = members.data?.unitMembers ?? [];
  const pages = Math.max(1, Math.ceil(list.length / MEMBERS_PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = list.slice(current * MEMBERS_PAGE_SIZE, (current + 1) * MEMBERS_PAGE_SIZE);

  async function onRemove(userId: string, name: string) {
    if (!window.confirm(t('unit.removeConfirm', { name }))) return;
    await run(userId, () => remove({ variables: { unitId, userId } }));
  }

  return (
    <section className="yg-card un-card" data-testid="members-panel">
      <h2 className="un-card__title">
        {t('unit.members')}
        {members.data && <span className="muted un-sub"> {t('unit.memberCount', { count: list.length })}</span>}
      </h2>
      <QueryStates query={members}>
        {() =>
          list.length === 0 ? (
            <EmptyState title={t('unit.noMembers')} hint={t('unit.noMembersHint')} />
          ) : (
            <>
              <ul className="un-list">
                {shown.map((m) => (
                  <li key={m.id} className="un-row" data-testid="member">
                    <span className="un-row__name">
                      {m.displayName}
                      {m.id === meId && <span className="muted">{t('unit.you')}</span>}
                    </span>
                    <span className="un-actions">
                      {m.id !== meId && (
                        <button
                          type="button"
                          className="yg-button yg-button--ghost"
                          disabled={busyId === m.id}
                          onClick={() => void onRemove(m.id, m.displayName)}
                          data-testid="remove-member"
                        >
                          {t('unit.remove')}
                        </button>
                      )}
                    </span>
                  </li>
                ))}
              </ul>
              {pages > 1 && (
                <nav className="un-pager" aria-label={t('unit.members')}>
                  <button
                    type="button"
                    className="yg-button yg-button--secondary"
                    disabled={current === 0}
                    onClick={() => setPage(current - 1)}
                  >
                    {t('table.prev')}
                  </button>
                  <span data-testid="members-page">{t('table.page', { page: current + 1, pages })}</span>
                  <button
                    type="button"
                    className="yg-button yg-button--secondary"
                    disabled={current >= pages - 1}
                    onClick={() => setPage(current + 1)}
                  >
                    {t('table.next')}
                  </button>
                </nav>
              )}
            </>
          )
        }
      </QueryStates>
      <InlineError className="un-error" message={error} />
    </section>
  );
}
