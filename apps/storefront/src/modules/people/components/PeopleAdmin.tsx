import { useT } from '@yigou/web/i18n';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { EmptyState, ErrorState, Spinner, TablePager, useKeysetPages } from '@yigou/web/ui';
import type { PersonFieldsFragment, Role } from '../../../generated/graphql';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import {
  GRANT_ROLE_MUTATION,
  PEOPLE_QUERY,
  RESTORE_ACCOUNT_MUTATION,
  SUSPEND_ACCOUNT_MUTATION,
  WITHDRAW_ROLE_MUTATION,
} from '../graphql/people.documents';
import { ADMIN_GRANTABLE, useRoleName } from '../utils/roles';
import { GrantForm } from './GrantForm';
import { PersonCard } from './PersonCard';
import { ReasonDialog } from './ReasonDialog';

type Pending =
  | { kind: 'grant'; person: PersonFieldsFragment }
  | { kind: 'withdraw'; person: PersonFieldsFragment; grantId: string; role: string }
  | { kind: 'suspend' | 'restore'; person: PersonFieldsFragment };

const PAGE = 20;

/** 用户管理: find people, see their roles with scopes, grant and withdraw, suspend and restore — each with a reason. */
export function PeopleAdmin({ meId }: { meId: string | null }) {
  const t = useT();
  const roleName = useRoleName();
  const errorMessage = useErrorMessage();
  const [text, setText] = useState('');
  const [filter, setFilterState] = useState<{ search: string | null; role: Role | null }>({ search: null, role: null });
  const [pending, setPending] = useState<Pending | null>(null);
  const pages = useKeysetPages(undefined, PAGE);
  const setFilter = (f: (old: typeof filter) => typeof filter) => {
    setFilterState(f);
    pages.reset();
  };
  const people = useQuery(PEOPLE_QUERY, {
    variables: { ...filter, first: pages.first, ...(pages.after ? { after: pages.after } : {}) },
    fetchPolicy: 'cache-and-network',
  });
  const [grant] = useMutation(GRANT_ROLE_MUTATION);
  const [withdraw] = useMutation(WITHDRAW_ROLE_MUTATION);
  const [suspend] = useMutation(SUSPEND_ACCOUNT_MUTATION);
  const [restore] = useMutation(RESTORE_ACCOUNT_MUTATION);
  const conn = people.data?.people;

  function onSearch(e: FormEvent) {
    e.preventDefault();
    setFilter((f) => ({ ...f, search: text.trim() || null }));
  }

  const done = () => setPending(null);

  function dialogFor(person: PersonFieldsFragment) {
    if (!pending || pending.person.id !== person.id) return null;
    const name = person.displayName;
    if (pending.kind === 'grant')
      return (
        <GrantForm
          onCancel={done}
          onGrant={async (c) => {
            await grant({ variables: { input: { userId: person.id, ...c } } });
            done();
          }}
        />
      );
    if (pending.kind === 'withdraw')
      return (
        <ReasonDialog
          title={t('people.confirmWithdraw', { name, role: pending.role })}
          onCancel={done}
          onConfirm={async (reason) => {
            await withdraw({ variables: { input: { grantId: pending.grantId, reason } } });
            done();
          }}
        />
      );
    const run = pending.kind === 'suspend' ? suspend : restore;
    return (
      <ReasonDialog
        title={t(pending.kind === 'suspend' ? 'people.confirmSuspend' : 'people.confirmRestore', { name })}
        onCancel={done}
        onConfirm={async (reason) => {
          await run({ variables: { input: { userId: person.id, reason } } });
          done();
        }}
      />
    );
  }

  return (
    <>
      <form className="pp-search yg-card" onSubmit={onSearch} role="search">
        <input
          className="yg-input"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('people.search')}
          aria-label={t('people.search')}
          data-testid="people-search"
        />
        <select
          className="yg-input"
          value={filter.role ?? ''}
          onChange={(e) => setFilter((f) => ({ ...f, role: (e.target.value || null) as Role | null }))}
          aria-label={t('people.role')}
          data-testid="people-role-filter"
        >
          <option value="">{t('people.allRoles')}</option>
          {ADMIN_GRANTABLE.map((r) => (
            <option key={r} value={r}>
              {roleName(r)}
            </option>
          ))}
        </select>
        <button type="submit" className="yg-button">
          {t('people.searchButton')}
        </button>
      </form>
      {people.error && !conn ? (
        <ErrorState message={errorMessage(people.error)} onRetry={() => void people.refetch()} />
      ) : !conn ? (
        <Spinner />
      ) : conn.edges.length === 0 ? (
        <EmptyState title={t('people.noMatch')} />
      ) : (
        <section className="yg-card pp-card">
          <p className="muted" data-testid="people-total">
            {t('people.total', { count: conn.totalCount })}
          </p>
          <ul className="pp-list">
            {conn.edges.map(({ node }) => (
              <PersonCard
                key={node.id}
                person={node}
                canWithdraw={() => true}
                onWithdraw={(r) =>
                  setPending({
                    kind: 'withdraw',
                    person: node,
                    grantId: r.id,
                    role: `${roleName(r.role)}${r.scopeLabel ? ` · ${r.scopeLabel}` : ''}`,
                  })
                }
                actions={
                  <>
                    <button
                      type="button"
                      className="yg-button yg-button--secondary"
                      onClick={() => setPending({ kind: 'grant', person: node })}
                      data-testid="grant-role-open"
                    >
                      {t('people.grant')}
                    </button>
                    <Link className="yg-button yg-button--ghost" to={`/admin/people/audit?user=${node.id}`} data-testid="person-log">
                      {t('people.personLog')}
                    </Link>
                    {node.id !== meId && (
                      <button
                        type="button"
                        className="yg-button yg-button--ghost"
                        onClick={() => setPending({ kind: node.suspended ? 'restore' : 'suspend', person: node })}
                        data-testid={node.suspended ? 'restore-account' : 'suspend-account'}
                      >
                        {t(node.suspended ? 'people.restore' : 'people.suspend')}
                      </button>
                    )}
                  </>
                }
              >
                {dialogFor(node)}
              </PersonCard>
            ))}
          </ul>
          <TablePager {...pages.pager(conn)} loading={people.loading} />
        </section>
      )}
    </>
  );
}
