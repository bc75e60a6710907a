import { useT } from '@yigou/web/i18n';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { EmptyState, InlineError } from '@yigou/web/ui';
import type { PersonFieldsFragment, Role, RoleScopeInput } from '../../../generated/graphql';
import { QueryStates } from '../../unit/components/QueryStates';
import { GRANT_ROLE_MUTATION, ROLE_HOLDERS_QUERY, WITHDRAW_ROLE_MUTATION } from '../graphql/people.documents';
import { useRoleName } from '../utils/roles';
import { PersonCard } from './PersonCard';
import { ReasonDialog } from './ReasonDialog';

type Pending = { person: PersonFieldsFragment | null; title: string; run: (reason: string) => Promise<unknown> };

/**
 * A delegate's people of one scope — a unit's members (its admin appoints purchasers), a supplier's staff
 * (they invite colleagues), a county's role holders (its county admin) — with the roles they may give and
 * take there. Someone not in the list is appointed by their registered phone number.
 */
export function ScopePeoplePanel({
  scope,
  roles,
  title,
  lead,
  byPhone,
}: {
  scope: RoleScopeInput;
  roles: readonly Role[];
  title: string;
  lead?: string;
  byPhone: boolean;
}) {
  const t = useT();
  const roleName = useRoleName();
  const [pending, setPending] = useState<Pending | null>(null);
  const [phone, setPhone] = useState('');
  const [phoneRole, setPhoneRole] = useState<Role>(roles[0]);
  const [phoneError, setPhoneError] = useState<string | null>(null);
  const holders = useQuery(ROLE_HOLDERS_QUERY, { variables: { scope }, fetchPolicy: 'cache-and-network' });
  const refetch = { refetchQueries: ['RoleHolders'], awaitRefetchQueries: true };
  const [grant] = useMutation(GRANT_ROLE_MUTATION, refetch);
  const [withdraw] = useMutation(WITHDRAW_ROLE_MUTATION, refetch);
  const list = holders.data?.roleHolders ?? [];
  const close = () => setPending(null);
  const grantTo = (input: { userId?: string; phone?: string }, role: Role) => (reason: string) =>
    grant({
      variables: { input: { ...input, role, reason, unitId: scope.unitId, supplierId: scope.supplierId, regionCode: scope.regionCode } },
    }).then(close);

  function onPhone(e: FormEvent) {
    e.preventDefault();
    if (!/^1\d{10}$/.test(phone.trim())) return setPhoneError(t('people.phoneBad'));
    setPhoneError(null);
    setPending({
      person: null,
      title: t('people.confirmGrant', { name: phone.trim(), role: roleName(phoneRole) }),
      run: grantTo({ phone: phone.trim() }, phoneRole),
    });
  }

  return (
    <section className="yg-card un-card" data-testid="scope-people">
      <h2 className="un-card__title">{title}</h2>
      {lead && <p className="muted pp-lead">{lead}</p>}
      <QueryStates query={holders}>
        {() =>
          list.length === 0 ? (
            <EmptyState title={t('people.nobody')} />
          ) : (
            <ul className="pp-list">
              {list.map((person) => (
                <PersonCard
                  key={person.id}
                  person={person}
                  canWithdraw={(r) => roles.includes(r.role)}
                  onWithdraw={(r) =>
                    setPending({
                      person,
                      title: t('people.confirmWithdraw', { name: person.displayName, role: roleName(r.role) }),
                      run: (reason) => withdraw({ variables: { input: { grantId: r.id, reason } } }).then(close),
                    })
                  }
                  actions={roles
                    .filter((role) => !person.suspended && !person.roles.some((r) => r.role === role))
                    .map((role) => (
                      <button
                        key={role}
                        type="button"
                        className="yg-button yg-button--secondary"
                        onClick={() =>
                          setPending({
                            person,
                            title: t('people.confirmGrant', { name: person.displayName, role: roleName(role) }),
                            run: grantTo({ userId: person.id }, role),
                          })
                        }
                        data-testid="appoint"
                        data-role={role}
                      >
                        {t('people.appointAs', { role: roleName(role) })}
                      </button>
                    ))}
                >
                  {pending?.person?.id === person.id && <ReasonDialog title={pending.title} onConfirm={pending.run} onCancel={close} />}
                </PersonCard>
              ))}
            </ul>
          )
        }
      </QueryStates>
      {byPhone && (
        <form className="pp-phone" onSubmit={onPhone} data-testid="appoint-by-phone">
          <strong>{t('people.byPhone')}</strong>
          <input
            className="yg-input"
            inputMode="numeric"
            maxLength={11}
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
            placeholder={t('people.phone')}
            aria-label={t('people.phone')}
            data-testid="appoint-phone"
          />
          {roles.length > 1 && (
            <select
              className="yg-input"
              value={phoneRole}
              onChange={(e) => setPhoneRole(e.target.value as Role)}
              aria-label={t('people.role')}
              data-testid="appoint-role"
            >
              {roles.map((r) => (
                <option key={r} value={r}>
                  {roleName(r)}
                </option>
              ))}
            </select>
          )}
          <button type="submit" className="yg-button yg-button--secondary" data-testid="appoint-phone-next">
            {t('people.grant')}
          </button>
          <InlineError className="un-error" message={phoneError} />
        </form>
      )}
      {pending && !pending.person && <ReasonDialog title={pending.title} onConfirm={pending.run} onCancel={close} />}
    </section>
  );
}
