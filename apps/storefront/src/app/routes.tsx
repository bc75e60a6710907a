import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../modules/app/pages/NotFoundPage';
import { attributionRoutes } from '../modules/attribution/routes';
import { authRoutes } from '../modules/auth/routes';
import { catalogRoutes } from '../modules/catalog/routes';
import { invoicesRoutes } from '../modules/invoices/routes';
import { livestreamRoutes } from '../modules/livestream/routes';
import { notificationsRoutes } from '../modules/notifications/routes';
import { ordersRoutes } from '../modules/orders/routes';
import { peopleRoutes } from '../modules/people/routes';
import { quotaRoutes } from '../modules/quota/routes';
import { reviewRoutes } from '../modules/review/routes';
import { supplierRoutes } from '../modules/supplier/routes';
import { unitRoutes } from '../modules/unit/routes';
import { AppLayout } from './AppLayout';
import { ScrollToTop } from './ScrollToTop';

/** Route wiring only: each feature module owns its routes (modules/<feature>/routes.tsx). */
export function AppRoutes() {
  return (
    <>
      <ScrollToTop />
      <Routes>
        <Route element={<AppLayout />}>
          {catalogRoutes}
          {livestreamRoutes}
          {authRoutes}
          {supplierRoutes}
          {reviewRoutes}
          {attributionRoutes}
          {unitRoutes}
          {peopleRoutes}
          {quotaRoutes}
          {invoicesRoutes}
          {ordersRoutes}
          {notificationsRoutes}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </>
  );
}
