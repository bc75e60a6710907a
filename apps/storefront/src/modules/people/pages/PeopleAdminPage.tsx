import { useT } from '@yigou/web/i18n';
import '../../unit/unit.css';
import '../people.css';
import { NavLink } from 'react-router-dom';
import { EmptyState } from '@yigou/web/ui';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useSession } from '../../auth/hooks/session';
import { PeopleAdmin } from '../components/PeopleAdmin';
import { RoleAuditLog } from '../components/RoleAuditLog';
import { isPlatformAdmin } from '../utils/scopes';

/** /admin/people (用户管理) and /admin/people/audit (授权日志): the platform admin's. Rendered inside <RequireAuth>. */
export function PeopleAdminPage({ tab }: { tab: 'people' | 'audit' }) {
  const t = useT();
  const { user } = useSession();
  useDocumentTitle(t(tab === 'people' ? 'people.peopleTitle' : 'people.auditTitle'));
  return (
    <div className="yg-desk pp-page">
      <h1>{t('people.peopleTitle')}</h1>
      <nav className="pp-tabs" aria-label={t('people.peopleTitle')}>
        <NavLink to="/admin/people" end className="yg-button yg-button--ghost">
          {t('people.peopleTitle')}
        </NavLink>
        <NavLink to="/admin/people/audit" className="yg-button yg-button--ghost" data-testid="to-role-audit">
          {t('people.auditTitle')}
        </NavLink>
      </nav>
      {!isPlatformAdmin(user) ? (
        <EmptyState title={t('people.notAllowed')} />
      ) : tab === 'people' ? (
        <PeopleAdmin meId={user?.id ?? null} />
      ) : (
        <RoleAuditLog />
      )}
    </div>
  );
}
