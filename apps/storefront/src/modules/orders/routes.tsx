import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { signedIn, signedInLazy } from '../auth/components/RequireAuth';
import { BindingChangesPage } from './pages/BindingChangesPage';
import { CartPage } from './pages/CartPage';
import { CheckoutPage } from './pages/CheckoutPage';
import { FinanceDeskPage } from './pages/FinanceDeskPage';
import { OrderDetailPage } from './pages/OrderDetailPage';
import { OrdersPage } from './pages/OrdersPage';
import { SupplierOrdersPage } from './pages/SupplierOrdersPage';

const PaymentReceiptPage = lazy(() => import('./pages/PaymentReceiptPage').then((m) => ({ default: m.PaymentReceiptPage })));

/** Cart to order: checkout, a buyer's orders, binding changes, the supplier's orders, the finance desk and receipts. */
export const ordersRoutes = (
  <>
    <Route path="finance/receipts/:orderId" element={signedInLazy(<PaymentReceiptPage />)} />
    <Route path="cart" element={signedIn(<CartPage />)} />
    <Route path="checkout" element={signedIn(<CheckoutPage />)} />
    <Route path="orders" element={signedIn(<OrdersPage />)} />
    <Route path="orders/binding-changes" element={signedIn(<BindingChangesPage />)} />
    <Route path="orders/:id" element={signedIn(<OrderDetailPage />)} />
    <Route path="supplier/orders" element={signedIn(<SupplierOrdersPage />)} />
    <Route path="finance" element={signedIn(<FinanceDeskPage />)} />
  </>
);
