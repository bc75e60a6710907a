import { useT } from '@yigou/web/i18n';
import '../../unit/unit.css';
import '../people.css';
import { useState } from 'react';
import { EmptyState } from '@yigou/web/ui';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useSession } from '../../auth/hooks/session';
import { ScopePeoplePanel } from '../components/ScopePeoplePanel';
import { scopesOf } from '../utils/scopes';

const COUNTY_ROLES = ['county_admin', 'finance_reviewer', 'live_host'] as const;

/**
 * /county/people: a county admin appoints and withdraws the county admins, finance reviewers and hosts of
 * their county. /supplier/people: supplier staff invite colleagues. Rendered inside <RequireAuth>.
 */
export function ScopePeoplePage({ kind }: { kind: 'county' | 'supplier' }) {
  const t = useT();
  const { user } = useSession();
  const title = t(kind === 'county' ? 'people.countyTitle' : 'people.colleaguesTitle');
  useDocumentTitle(title);
  const scopes = scopesOf(user, kind === 'county' ? 'county_admin' : 'supplier_staff');
  const [chosen, setChosen] = useState<string | null>(null);
  const scope = scopes.find((s) => s.id === chosen) ?? scopes[0];
  return (
    <div className="yg-desk pp-page">
      <header className="yg-desk__head">
        <h1>{title}</h1>
        {scopes.length > 1 && (
          <select className="yg-input un-select" value={scope.id} onChange={(e) => setChosen(e.target.value)} aria-label={title}>
            {scopes.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        )}
      </header>
      {!scope ? (
        <EmptyState title={t('people.notAllowed')} />
      ) : (
        <ScopePeoplePanel
          key={scope.id}
          title={scope.label}
          scope={kind === 'county' ? { regionCode: scope.id } : { supplierId: scope.id }}
          roles={kind === 'county' ? COUNTY_ROLES : ['supplier_staff']}
          byPhone
        />
      )}
    </div>
  );
}
