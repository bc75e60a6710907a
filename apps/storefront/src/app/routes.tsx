import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Spinner } from '@yigou/web/ui';
import { RequireAuth } from '../modules/auth/components/RequireAuth';
import { AccountPage } from '../modules/auth/pages/AccountPage';
import { AccountSecurityPage } from '../modules/auth/pages/AccountSecurityPage';
import { ForgotPasswordPage } from '../modules/auth/pages/ForgotPasswordPage';
import { LegalPage } from '../modules/auth/pages/LegalPage';
import { BindingChangesPage } from '../modules/orders/pages/BindingChangesPage';
import { CartPage } from '../modules/orders/pages/CartPage';
import { CheckoutPage } from '../modules/orders/pages/CheckoutPage';
import { FinanceDeskPage } from '../modules/orders/pages/FinanceDeskPage';
import { NotificationsPage } from '../modules/notifications/pages/NotificationsPage';
import { OrderDetailPage } from '../modules/orders/pages/OrderDetailPage';
import { OrdersPage } from '../modules/orders/pages/OrdersPage';
import { SupplierOrdersPage } from '../modules/orders/pages/SupplierOrdersPage';
import { HomePage } from '../modules/catalog/pages/HomePage';
import { LiveListPage } from '../modules/livestream/pages/LiveListPage';
import { LiveReportPage } from '../modules/livestream/pages/LiveReportPage';
import { LiveRoomPage } from '../modules/livestream/pages/LiveRoomPage';
import { LoginPage } from '../modules/auth/pages/LoginPage';
import { NotFoundPage } from '../modules/app/pages/NotFoundPage';
import { ProductEditorPage } from '../modules/supplier/pages/ProductEditorPage';
import { ProductPage } from '../modules/catalog/pages/ProductPage';
import { RegisterPage } from '../modules/auth/pages/RegisterPage';
import { ReviewPage } from '../modules/review/pages/ReviewPage';
import { SearchPage } from '../modules/catalog/pages/SearchPage';
import { SupplierApplyPage } from '../modules/supplier/pages/SupplierApplyPage';
import { SupplierImportPage } from '../modules/supplier/pages/SupplierImportPage';
import { SupplierPage } from '../modules/catalog/pages/SupplierPage';
import { SupplierPortalPage } from '../modules/supplier/pages/SupplierPortalPage';
import { SupplierProductsPage } from '../modules/supplier/pages/SupplierProductsPage';
import { CountyReportPage } from '../modules/attribution/pages/CountyReportPage';
import { CountyHouseholdsPage } from '../modules/attribution/pages/CountyHouseholdsPage';
import { HouseholdAccessLogPage } from '../modules/attribution/pages/HouseholdAccessLogPage';
import { HouseholdPage } from '../modules/attribution/pages/HouseholdPage';
import { JoinUnitPage } from '../modules/unit/pages/JoinUnitPage';
import { UnitImportPage } from '../modules/unit/pages/UnitImportPage';
import { UnitMembersPage } from '../modules/unit/pages/UnitMembersPage';
import { PeopleAdminPage } from '../modules/people/pages/PeopleAdminPage';
import { ScopePeoplePage } from '../modules/people/pages/ScopePeoplePage';
import { AppLayout } from './AppLayout';
import { ScrollToTop } from './ScrollToTop';

// Quota pages carry the chart library: loaded when first opened.
const UnitQuotaPage = lazy(() => import('../modules/quota/pages/UnitQuotaPage').then((m) => ({ default: m.UnitQuotaPage })));
const JurisdictionQuotaPage = lazy(() =>
  import('../modules/quota/pages/JurisdictionQuotaPage').then((m) => ({ default: m.JurisdictionQuotaPage })),
);
const ProcurementListPage = lazy(() =>
  import('../modules/invoices/pages/ProcurementListPage').then((m) => ({ default: m.ProcurementListPage })),
);
const PaymentReceiptPage = lazy(() =>
  import('../modules/orders/pages/PaymentReceiptPage').then((m) => ({ default: m.PaymentReceiptPage })),
);
const QuotaBulletinPage = lazy(() => import('../modules/quota/pages/QuotaBulletinPage').then((m) => ({ default: m.QuotaBulletinPage })));
const authed = (page: ReactNode) => (
  <RequireAuth>
    <Suspense fallback={<Spinner />}>{page}</Suspense>
  </RequireAuth>
);

export function AppRoutes() {
  return (
    <>
      <ScrollToTop />
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
          <Route path="search" element={<SearchPage />} />
          <Route path="products/:id" element={<ProductPage />} />
          <Route path="suppliers/:id" element={<SupplierPage />} />
          <Route path="live" element={<LiveListPage />} />
          <Route
            path="live/report"
            element={
              <RequireAuth>
                <LiveReportPage />
              </RequireAuth>
            }
          />
          <Route path="live/:id" element={<LiveRoomPage />} />
          <Route path="login" element={<LoginPage />} />
          <Route path="register" element={<RegisterPage />} />
          <Route path="forgot-password" element={<ForgotPasswordPage />} />
          <Route path="legal/agreement" element={<LegalPage document="user_agreement" />} />
          <Route path="legal/privacy" element={<LegalPage document="privacy_policy" />} />
          <Route
            path="account/security"
            element={
              <RequireAuth>
                <AccountSecurityPage />
              </RequireAuth>
            }
          />
          <Route
            path="account"
            element={
              <RequireAuth>
                <AccountPage />
              </RequireAuth>
            }
          />
          <Route
            path="supplier"
            element={
              <RequireAuth>
                <SupplierPortalPage />
              </RequireAuth>
            }
          />
          <Route
            path="supplier/apply"
            element={
              <RequireAuth>
                <SupplierApplyPage />
              </RequireAuth>
            }
          />
          <Route
            path="supplier/:supplierId/products"
            element={
              <RequireAuth>
                <SupplierProductsPage />
              </RequireAuth>
            }
          />
          <Route
            path="supplier/:supplierId/products/new"
            element={
              <RequireAuth>
                <ProductEditorPage />
              </RequireAuth>
            }
          />
          <Route
            path="supplier/products/:productId"
            element={
              <RequireAuth>
                <ProductEditorPage />
              </RequireAuth>
            }
          />
          <Route
            path="supplier/:supplierId/import"
            element={
              <RequireAuth>
                <SupplierImportPage />
              </RequireAuth>
            }
          />
          <Route
            path="review"
            element={
              <RequireAuth>
                <ReviewPage />
              </RequireAuth>
            }
          />
          <Route
            path="county"
            element={
              <RequireAuth>
                <CountyReportPage />
              </RequireAuth>
            }
          />
          <Route
            path="county/households"
            element={
              <RequireAuth>
                <CountyHouseholdsPage />
              </RequireAuth>
            }
          />
          <Route
            path="county/access-log"
            element={
              <RequireAuth>
                <HouseholdAccessLogPage />
              </RequireAuth>
            }
          />
          <Route
            path="county/households/:id"
            element={
              <RequireAuth>
                <HouseholdPage />
              </RequireAuth>
            }
          />
          <Route
            path="join-unit"
            element={
              <RequireAuth>
                <JoinUnitPage />
              </RequireAuth>
            }
          />
          <Route
            path="unit/members"
            element={
              <RequireAuth>
                <UnitMembersPage />
              </RequireAuth>
            }
          />
          <Route
            path="unit/import"
            element={
              <RequireAuth>
                <UnitImportPage />
              </RequireAuth>
            }
          />
          <Route
            path="admin/people"
            element={
              <RequireAuth>
                <PeopleAdminPage tab="people" />
              </RequireAuth>
            }
          />
          <Route
            path="admin/people/audit"
            element={
              <RequireAuth>
                <PeopleAdminPage tab="audit" />
              </RequireAuth>
            }
          />
          <Route
            path="county/people"
            element={
              <RequireAuth>
                <ScopePeoplePage kind="county" />
              </RequireAuth>
            }
          />
          <Route
            path="supplier/people"
            element={
              <RequireAuth>
                <ScopePeoplePage kind="supplier" />
              </RequireAuth>
            }
          />
          <Route path="quota" element={authed(<UnitQuotaPage />)} />
          <Route path="quota/jurisdiction" element={authed(<JurisdictionQuotaPage />)} />
          <Route path="quota/bulletin" element={authed(<QuotaBulletinPage />)} />
          <Route path="finance/receipts/:orderId" element={authed(<PaymentReceiptPage />)} />
          <Route path="papers/procurement" element={authed(<ProcurementListPage />)} />
          {(
            [
              ['cart', <CartPage />],
              ['checkout', <CheckoutPage />],
              ['orders', <OrdersPage />],
              ['orders/binding-changes', <BindingChangesPage />],
              ['orders/:id', <OrderDetailPage />],
              ['supplier/orders', <SupplierOrdersPage />],
              ['finance', <FinanceDeskPage />],
              ['notifications', <NotificationsPage />],
            ] as const
          ).map(([path, page]) => (
            <Route key={path} path={path} element={<RequireAuth>{page}</RequireAuth>} />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </>
  );
}
