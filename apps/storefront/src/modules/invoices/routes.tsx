import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { signedInLazy } from '../auth/components/RequireAuth';

const ProcurementListPage = lazy(() => import('./pages/ProcurementListPage').then((m) => ({ default: m.ProcurementListPage })));

/** The printable procurement list. */
export const invoicesRoutes = <Route path="papers/procurement" element={signedInLazy(<ProcurementListPage />)} />;
