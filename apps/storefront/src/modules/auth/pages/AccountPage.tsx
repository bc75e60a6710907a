import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useT } from '@yigou/web/i18n';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { RoleBadges } from '../components/RoleBadges';
import { useSession } from '../hooks/session';
import { formatDate } from '../../catalog/utils/format-date';
import { LeaveUnitButton } from '../../unit/components/LeaveUnitButton';
import { adminUnits } from '../../unit/utils/unit-scope';
import '../account.css';

/** Rendered inside <RequireAuth>, so a user is present. */
export function AccountPage() {
  const t = useT();
  const navigate = useNavigate();
  const { user, signOut } = useSession();
  const [leaving, setLeaving] = useState(false);
  useDocumentTitle(t('account.title'));
  if (!user) return null;

  const identifiers = [
    user.username ? { label: t('account.username'), value: user.username } : null,
    user.phone ? { label: t('account.phone'), value: user.phone } : null,
    user.email ? { label: t('account.email'), value: user.email } : null,
  ].filter((x): x is { label: string; value: string } => x !== null);

  async function logout() {
    setLeaving(true);
    // Leave the protected page first, so clearing the session does not bounce us to /login.
    navigate('/', { replace: true });
    await signOut();
  }

  return (
    <div className="account-page">
      <header className="account-hero yg-card">
        <div className="yg-avatar account-hero__avatar" aria-hidden="true">
          {[...user.displayName][0] ?? '我'}
        </div>
        <div className="account-hero__text">
          <p className="account-hero__eyebrow">{t('account.title')}</p>
          <h1 className="account-hero__name" data-testid="account-name">
            {user.displayName}
          </h1>
          <p className="muted">{t('account.memberSince', { date: formatDate(user.createdAt) })}</p>
        </div>
        <button type="button" className="yg-button yg-button--ghost" onClick={logout} disabled={leaving} data-testid="logout">
          {leaving ? t('account.loggingOut') : t('account.logout')}
        </button>
      </header>

      <div className="account-grid">
        <section className="account-panel yg-card">
          <h2>{t('account.identifiers')}</h2>
          <dl className="kv">
            <div>
              <dt>{t('account.displayName')}</dt>
              <dd>{user.displayName}</dd>
            </div>
            {identifiers.map((id) => (
              <div key={id.label}>
                <dt>{id.label}</dt>
                <dd>{id.value}</dd>
              </div>
            ))}
          </dl>
          <p>
            <Link to="/account/security" data-testid="account-security">
              {t('sms.securityLink')}
            </Link>
          </p>
        </section>

        <section className="account-panel yg-card">
          <h2>{t('account.unit')}</h2>
          {user.unit ? (
            <div data-testid="account-unit">
              <p className="account-unit__name">{user.unit.name}</p>
              <p className="muted">
                {user.unit.region.fullName} · {t('account.headcount', { count: user.unit.headcount })}
              </p>
              <LeaveUnitButton />
            </div>
          ) : (
            <>
              <p className="muted">{t('account.noUnit')}</p>
              <Link to="/join-unit" data-testid="account-join-unit">
                {t('unit.joinUnitLink')}
              </Link>
            </>
          )}
          {adminUnits(user).length > 0 && <Link to="/unit/members">{t('unit.membersTitle')}</Link>}
        </section>

        <section className="account-panel account-panel--wide yg-card">
          <h2>{t('account.roles')}</h2>
          <RoleBadges roles={user.roles} />
        </section>
      </div>
    </div>
  );
}
