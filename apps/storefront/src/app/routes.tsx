import { Route, Routes } from 'react-router-dom';
import { RequireAuth } from '../modules/auth/components/RequireAuth';
import { AccountPage } from '../pages/AccountPage';
import { CartPage } from '../pages/CartPage';
import { CheckoutPage } from '../pages/CheckoutPage';
import { FinanceDeskPage } from '../pages/FinanceDeskPage';
import { NotificationsPage } from '../pages/NotificationsPage';
import { OrderDetailPage } from '../pages/OrderDetailPage';
import { OrdersPage } from '../pages/OrdersPage';
import { SupplierOrdersPage } from '../pages/SupplierOrdersPage';
import { HomePage } from '../pages/HomePage';
import { LoginPage } from '../pages/LoginPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { ProductPage } from '../pages/ProductPage';
import { RegisterPage } from '../pages/RegisterPage';
import { SearchPage } from '../pages/SearchPage';
import { SupplierPage } from '../pages/SupplierPage';
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
          {(
            [
              ['cart', <CartPage />],
              ['checkout', <CheckoutPage />],
              ['orders', <OrdersPage />],
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
