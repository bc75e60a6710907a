import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Spinner } from '@yigou/web/ui';
import { RequireAuth } from '../modules/auth/components/RequireAuth';
import { AccountPage } from '../pages/AccountPage';
import { AccountSecurityPage } from '../pages/AccountSecurityPage';
import { ForgotPasswordPage } from '../pages/ForgotPasswordPage';
import { LegalPage } from '../pages/LegalPage';
import { BindingChangesPage } from '../pages/BindingChangesPage';
import { CartPage } from '../pages/CartPage';
import { CheckoutPage } from '../pages/CheckoutPage';
import { FinanceDeskPage } from '../pages/FinanceDeskPage';
import { NotificationsPage } from '../pages/NotificationsPage';
import { OrderDetailPage } from '../pages/OrderDetailPage';
import { OrdersPage } from '../pages/OrdersPage';
import { SupplierOrdersPage } from '../pages/SupplierOrdersPage';
import { HomePage } from '../pages/HomePage';
import { LiveListPage } from '../pages/LiveListPage';
import { LiveReportPage } from '../pages/LiveReportPage';
import { LiveRoomPage } from '../pages/LiveRoomPage';
import { LoginPage } from '../pages/LoginPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { ProductEditorPage } from '../pages/ProductEditorPage';
import { ProductPage } from '../pages/ProductPage';
import { RegisterPage } from '../pages/RegisterPage';
import { ReviewPage } from '../pages/ReviewPage';
import { SearchPage } from '../pages/SearchPage';
import { SupplierApplyPage } from '../pages/SupplierApplyPage';
import { SupplierImportPage } from '../pages/SupplierImportPage';
import { SupplierPage } from '../pages/SupplierPage';
import { SupplierPortalPage } from '../pages/SupplierPortalPage';
import { SupplierProductsPage } from '../pages/SupplierProductsPage';
import { CountyReportPage } from '../pages/CountyReportPage';
import { CountyHouseholdsPage } from '../pages/CountyHouseholdsPage';
import { HouseholdAccessLogPage } from '../pages/HouseholdAccessLogPage';
import { HouseholdPage } from '../pages/HouseholdPage';
import { JoinUnitPage } from '../pages/JoinUnitPage';
import { UnitImportPage } from '../pages/UnitImportPage';
import { UnitMembersPage } from '../pages/UnitMembersPage';
import { PeopleAdminPage } from '../pages/PeopleAdminPage';
import { ScopePeoplePage } from '../pages/ScopePeoplePage';
import { AppLayout } from './AppLayout';
import { ScrollToTop } from './ScrollToTop';

// Quota pages carry the chart library: loaded when first opened.
const UnitQuotaPage = lazy(() => import('../pages/UnitQuotaPage').then((m) => ({ default: m.UnitQuotaPage })));
const JurisdictionQuotaPage = lazy(() => import('../pages/JurisdictionQuotaPage').then((m) => ({ default: m.JurisdictionQuotaPage })));
const ProcurementListPage = lazy(() => import('../pages/ProcurementListPage').then((m) => ({ default: m.ProcurementListPage })));
const PaymentReceiptPage = lazy(() => import('../pages/PaymentReceiptPage').then((m) => ({ default: m.PaymentReceiptPage })));
const QuotaBulletinPage = lazy(() => import('../pages/QuotaBulletinPage').then((m) => ({ default: m.QuotaBulletinPage })));
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
          <Route path="county" element={<RequireAuth><CountyReportPage /></RequireAuth>} />
          <Route path="county/households" element={<RequireAuth><CountyHouseholdsPage /></RequireAuth>} />
          <Route path="county/access-log" element={<RequireAuth><HouseholdAccessLogPage /></RequireAuth>} />
          <Route path="county/households/:id" element={<RequireAuth><HouseholdPage /></RequireAuth>} />
          <Route path="join-unit" element={<RequireAuth><JoinUnitPage /></RequireAuth>} />
          <Route path="unit/members" element={<RequireAuth><UnitMembersPage /></RequireAuth>} />
          <Route path="unit/import" element={<RequireAuth><UnitImportPage /></RequireAuth>} />
          <Route path="admin/people" element={<RequireAuth><PeopleAdminPage tab="people" /></RequireAuth>} />
          <Route path="admin/people/audit" element={<RequireAuth><PeopleAdminPage tab="audit" /></RequireAuth>} />
          <Route path="county/people" element={<RequireAuth><ScopePeoplePage kind="county" /></RequireAuth>} />
          <Route path="supplier/people" element={<RequireAuth><ScopePeoplePage kind="supplier" /></RequireAuth>} />
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
