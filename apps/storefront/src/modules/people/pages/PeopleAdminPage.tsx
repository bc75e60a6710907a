import '../../unit/unit.css';
import '../people.css';
import { NavLink } from 'react-router-dom';
import { EmptyState } from '@yigou/web/ui';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useSession } from '../../auth/hooks/session';
import { PeopleAdmin } from '../components/PeopleAdmin';
import { RoleAuditLog } from '../components/RoleAuditLog';
import { useP } from '../utils/labels';
import { isPlatformAdmin } from '../utils/scopes';

/** /admin/people (用户管理) and /admin/people/audit (授权日志): the platform admin's. Rendered inside <RequireAuth>. */
export function PeopleAdminPage({ tab }: { tab: 'people' | 'audit' }) {
  const P = useP();
  const { user } = useSession();
  useDocumentTitle(P(tab === 'people' ? 'peopleTitle' : 'auditTitle'));
  return (
    <div className="yg-desk pp-page">
      <h1>{P('peopleTitle')}</h1>
      <nav className="pp-tabs" aria-label={P('peopleTitle')}>
        <NavLink to="/admin/people" end className="yg-button yg-button--ghost">
          {P('peopleTitle')}
        </NavLink>
        <NavLink to="/admin/people/audit" className="yg-button yg-button--ghost" data-testid="to-role-audit">
          {P('auditTitle')}
        </NavLink>
      </nav>
      {!isPlatformAdmin(user) ? (
        <EmptyState title={P('notAllowed')} />
      ) : tab === 'people' ? (
        <PeopleAdmin meId={user?.id ?? null} />
      ) : (
        <RoleAuditLog />
      )}
    </div>
  );
}
