import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Spinner } from '@yigou/web/ui';
import { RequireAuth } from '../modules/auth/components/RequireAuth';
import { AccountPage } from '../pages/AccountPage';
import { HomePage } from '../pages/HomePage';
import { LoginPage } from '../pages/LoginPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { ProductPage } from '../pages/ProductPage';
import { RegisterPage } from '../pages/RegisterPage';
import { SearchPage } from '../pages/SearchPage';
import { SupplierPage } from '../pages/SupplierPage';
import { AppLayout } from './AppLayout';
import { ScrollToTop } from './ScrollToTop';

// Quota pages carry the chart library: loaded when first opened.
const UnitQuotaPage = lazy(() => import('../pages/UnitQuotaPage').then((m) => ({ default: m.UnitQuotaPage })));
const JurisdictionQuotaPage = lazy(() => import('../pages/JurisdictionQuotaPage').then((m) => ({ default: m.JurisdictionQuotaPage })));
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
          <Route path="login" element={<LoginPage />} />
          <Route path="register" element={<RegisterPage />} />
          <Route
            path="account"
            element={
              <RequireAuth>
                <AccountPage />
              </RequireAuth>
            }
          />
          <Route path="quota" element={authed(<UnitQuotaPage />)} />
          <Route path="quota/jurisdiction" element={authed(<JurisdictionQuotaPage />)} />
          <Route path="quota/bulletin" element={authed(<QuotaBulletinPage />)} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </>
  );
}
