import { Route } from 'react-router-dom';
import { HomePage } from './pages/HomePage';
import { ProductPage } from './pages/ProductPage';
import { SearchPage } from './pages/SearchPage';
import { SupplierPage } from './pages/SupplierPage';

/** The shop window, open to everyone: home, search, a product, a supplier's shop. */
export const catalogRoutes = (
  <>
    <Route index element={<HomePage />} />
    <Route path="search" element={<SearchPage />} />
    <Route path="products/:id" element={<ProductPage />} />
    <Route path="suppliers/:id" element={<SupplierPage />} />
  </>
);
