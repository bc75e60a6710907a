import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { signedInLazy } from '../auth/components/RequireAuth';

// Quota pages carry the chart library: loaded when first opened.
const UnitQuotaPage = lazy(() => import('./pages/UnitQuotaPage').then((m) => ({ default: m.UnitQuotaPage })));
const JurisdictionQuotaPage = lazy(() => import('./pages/JurisdictionQuotaPage').then((m) => ({ default: m.JurisdictionQuotaPage })));
const QuotaBulletinPage = lazy(() => import('./pages/QuotaBulletinPage').then((m) => ({ default: m.QuotaBulletinPage })));

/** A unit's quota, the jurisdiction's ranking and the printable bulletin. */
export const quotaRoutes = (
  <>
    <Route path="quota" element={signedInLazy(<UnitQuotaPage />)} />
    <Route path="quota/jurisdiction" element={signedInLazy(<JurisdictionQuotaPage />)} />
    <Route path="quota/bulletin" element={signedInLazy(<QuotaBulletinPage />)} />
  </>
);
