import { Route, Routes } from 'react-router-dom';
import { RequireAuth } from '../modules/auth/components/RequireAuth';
import { AccountPage } from '../pages/AccountPage';
import { HomePage } from '../pages/HomePage';
import { LoginPage } from '../pages/LoginPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { ProductPage } from '../pages/ProductPage';
import { RegisterPage } from '../pages/RegisterPage';
import { SearchPage } from '../pages/SearchPage';
import { SupplierPage } from '../pages/SupplierPage';
import { JurisdictionQuotaPage } from '../pages/JurisdictionQuotaPage';
import { QuotaBulletinPage } from '../pages/QuotaBulletinPage';
import { UnitQuotaPage } from '../pages/UnitQuotaPage';
import { AppLayout } from './AppLayout';
import { ScrollToTop } from './ScrollToTop';

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
          <Route path="quota" element={<RequireAuth><UnitQuotaPage /></RequireAuth>} />
          <Route path="quota/jurisdiction" element={<RequireAuth><JurisdictionQuotaPage /></RequireAuth>} />
          <Route path="quota/bulletin" element={<RequireAuth><QuotaBulletinPage /></RequireAuth>} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </>
  );
}
