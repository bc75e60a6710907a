import { useT } from '@yigou/web/i18n';
import type { ReactNode } from 'react';
import type { PersonFieldsFragment } from '../../../generated/graphql';
import { useRoleName } from '../utils/roles';

type Role = PersonFieldsFragment['roles'][number];

/** A person with their roles and scopes in words; `onWithdraw` is offered for the roles `canWithdraw` allows. */
export function PersonCard({
  person,
  canWithdraw,
  onWithdraw,
  actions,
  children,
}: {
  person: PersonFieldsFragment;
  canWithdraw: (role: Role) => boolean;
  onWithdraw: (role: Role) => void;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  const t = useT();
  const roleName = useRoleName();
  const roles = person.roles.filter((r) => r.role !== 'buyer');
  return (
    <li className="pp-person" data-testid="person" data-name={person.displayName}>
      <div className="pp-person__head">
        <span className="pp-person__name">{person.displayName}</span>
        {person.maskedPhone && <span className="muted">{person.maskedPhone}</span>}
        {person.unitName && <span className="muted">{person.unitName}</span>}
        {person.suspended && <span className="pp-badge pp-badge--off">{t('people.suspended')}</span>}
      </div>
      <ul className="pp-roles">
        {roles.length === 0 && <li className="muted">{t('people.noRoles')}</li>}
        {roles.map((r) => (
          <li key={r.id} className="pp-role" data-testid="person-role" data-role={r.role}>
            <span>
              {roleName(r.role)}
              {r.scopeLabel && <span className="muted"> · {r.scopeLabel}</span>}
            </span>
            {canWithdraw(r) && (
              <button type="button" className="pp-link" onClick={() => onWithdraw(r)} data-testid="withdraw-role">
                {t('people.withdraw')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {actions && <div className="un-actions">{actions}</div>}
      {children}
    </li>
  );
}
