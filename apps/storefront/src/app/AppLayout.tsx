import { useQuery } from '@apollo/client/react';
import { Outlet, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { AppShell, Header } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { useSession } from '../modules/auth/hooks/session';
import { searchHref } from '../modules/catalog/utils/search-params';
import { CART_COUNT_QUERY } from '../modules/orders/graphql/cart.documents';
import { canUseFinanceDesk } from '../modules/orders/utils/finance-desk';
import { useL } from '../modules/supplier/utils/labels';
import { quotaScopes } from '../modules/quota/utils/quota-format';
import { adminUnits, canImportUnits } from '../modules/unit/utils/unit-scope';
import { useFreshRoles } from '../modules/people/hooks/useFreshRoles';
import { PageErrorBoundary } from './PageErrorBoundary';

export function AppLayout() {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const { user } = useSession();
  const L = useL();
  useFreshRoles(location.pathname, !!user);
  const holds = (role: string) => !!user?.roles.some((r) => r.role === role);
  const isReviewer = !!user?.roles.some((r) => r.role === 'county_admin' || r.role === 'platform_admin');
  const scopes = quotaScopes(user);
  const searchValue = location.pathname === '/search' ? (params.get('q') ?? '') : '';
  const cart = useQuery(CART_COUNT_QUERY, { skip: !user });
  const cartItems = cart.data?.myCart.reduce((n, i) => n + i.quantity, 0) ?? 0;

  return (
    <AppShell
      header={
        <Header
          searchValue={searchValue}
          onSearch={(q) => navigate(searchHref({ q }))}
          nav={[
            { to: '/', label: t('nav.home'), end: true },
            { to: '/search', label: t('nav.search') },
            { to: '/live', label: t('nav.live') },
            ...(scopes.unitId ? [{ to: '/quota', label: t('nav.quota'), end: true }] : []),
            ...(user
              ? [
                  { to: '/cart', label: cartItems > 0 ? t('nav.cartCount', { count: cartItems }) : t('nav.cart') },
                  { to: '/orders', label: t('nav.orders') },
                  { to: '/notifications', label: t('nav.notifications') },
                ]
              : []),
          ]}
          desk={[
            ...(user ? [{ to: '/supplier', label: L('portal') }] : []),
            ...(user?.roles.some((r) => r.role === 'supplier_staff') ? [{ to: '/supplier/orders', label: t('nav.supplierOrders') }] : []),
            ...(isReviewer ? [{ to: '/review', label: L('review') }] : []),
            ...(user?.roles.some((r) => r.role === 'county_admin' || r.role === 'auditor' || r.role === 'platform_admin')
              ? [{ to: '/county', label: t('nav.attribution') }]
              : []),
            ...(scopes.regionCode ? [{ to: '/quota/jurisdiction', label: t('nav.ranking') }] : []),
            ...(adminUnits(user).length ? [{ to: '/unit/members', label: t('unit.navMembers') }] : []),
            ...(canImportUnits(user) ? [{ to: '/unit/import', label: t('unit.navImport') }] : []),
            ...(canUseFinanceDesk(user) ? [{ to: '/finance', label: t('nav.finance') }] : []),
            ...(holds('platform_admin') ? [{ to: '/admin/people', label: t('people.navPeople') }] : []),
            ...(holds('county_admin') ? [{ to: '/county/people', label: t('people.navCountyPeople') }] : []),
            ...(holds('live_host') ? [{ to: '/live/report', label: t('people.navLiveReport') }] : []),
            ...(holds('supplier_staff') ? [{ to: '/supplier/people', label: t('people.navColleagues') }] : []),
          ]}
          account={
            user
              ? { to: '/account', label: user.displayName, testId: 'account-link' }
              : { to: '/login', label: t('nav.login'), testId: 'login-link' }
          }
        />
      }
    >
      <PageErrorBoundary key={location.pathname}>
        <Outlet />
      </PageErrorBoundary>
    </AppShell>
  );
}
