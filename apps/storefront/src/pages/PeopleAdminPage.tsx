import '../modules/unit/unit.css';
import '../modules/people/people.css';
import { NavLink } from 'react-router-dom';
import { EmptyState } from '@yigou/web/ui';
import { useDocumentTitle } from '../modules/app/hooks/useDocumentTitle';
import { useSession } from '../modules/auth/hooks/session';
import { PeopleAdmin } from '../modules/people/components/PeopleAdmin';
import { RoleAuditLog } from '../modules/people/components/RoleAuditLog';
import { useP } from '../modules/people/utils/labels';
import { isPlatformAdmin } from '../modules/people/utils/scopes';

/** /admin/people (用户管理) and /admin/people/audit (授权日志): the platform admin's. Rendered inside <RequireAuth>. */
export function PeopleAdminPage({ tab }: { tab: 'people' | 'audit' }) {
  const P = useP();
  const { user } = useSession();
  useDocumentTitle(P(tab === 'people' ? 'peopleTitle' : 'auditTitle'));
  return (
    <div className="pp-page">
      <h1>{P('peopleTitle')}</h1>
      <nav className="pp-tabs" aria-label={P('peopleTitle')}>
        <NavLink to="/admin/people" end className="yg-button yg-button--ghost">
          {P('peopleTitle')}
        </NavLink>
        <NavLink to="/admin/people/audit" className="yg-button yg-button--ghost" data-testid="to-role-audit">
          {P('auditTitle')}
        </NavLink>
      </nav>
      {!isPlatformAdmin(user) ? <EmptyState title={P('notAllowed')} /> : tab === 'people' ? <PeopleAdmin meId={user?.id ?? null} /> : <RoleAuditLog />}
    </div>
  );
}
