import { Route } from 'react-router-dom';
import { signedIn } from '../auth/components/RequireAuth';
import { ProductEditorPage } from './pages/ProductEditorPage';
import { SupplierApplyPage } from './pages/SupplierApplyPage';
import { SupplierImportPage } from './pages/SupplierImportPage';
import { SupplierPortalPage } from './pages/SupplierPortalPage';
import { SupplierProductsPage } from './pages/SupplierProductsPage';

/** The supplier portal: applying, products and their editor, the product import. */
export const supplierRoutes = (
  <>
    <Route path="supplier" element={signedIn(<SupplierPortalPage />)} />
    <Route path="supplier/apply" element={signedIn(<SupplierApplyPage />)} />
    <Route path="supplier/:supplierId/products" element={signedIn(<SupplierProductsPage />)} />
    <Route path="supplier/:supplierId/products/new" element={signedIn(<ProductEditorPage />)} />
    <Route path="supplier/products/:productId" element={signedIn(<ProductEditorPage />)} />
    <Route path="supplier/:supplierId/import" element={signedIn(<SupplierImportPage />)} />
  </>
);
