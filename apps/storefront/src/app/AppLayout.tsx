import { Outlet, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { AppShell, Header } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { useSession } from '../modules/auth/hooks/session';
import { searchHref } from '../modules/catalog/utils/search-params';
import { quotaScopes } from '../modules/quota/utils/quota-format';

export function AppLayout() {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const { user } = useSession();
  const scopes = quotaScopes(user);
  const searchValue = location.pathname === '/search' ? (params.get('q') ?? '') : '';

  return (
    <AppShell
      header={
        <Header
          searchValue={searchValue}
          onSearch={(q) => navigate(searchHref({ q }))}
          nav={[
            { to: '/', label: t('nav.home'), end: true },
            { to: '/search', label: t('nav.search') },
            ...(scopes.unitId ? [{ to: '/quota', label: t('nav.quota'), end: true }] : []),
            ...(scopes.regionCode ? [{ to: '/quota/jurisdiction', label: t('nav.ranking') }] : []),
          ]}
          account={
            user
              ? { to: '/account', label: user.displayName, testId: 'account-link' }
              : { to: '/login', label: t('nav.login'), testId: 'login-link' }
          }
        />
      }
    >
      <Outlet />
    </AppShell>
  );
}
