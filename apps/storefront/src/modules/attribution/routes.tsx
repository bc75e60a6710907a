import { Route } from 'react-router-dom';
import { signedIn } from '../auth/components/RequireAuth';
import { CountyHouseholdsPage } from './pages/CountyHouseholdsPage';
import { CountyReportPage } from './pages/CountyReportPage';
import { HouseholdAccessLogPage } from './pages/HouseholdAccessLogPage';
import { HouseholdPage } from './pages/HouseholdPage';

/** The county office's attribution report, household registry, one household and the access log. */
export const attributionRoutes = (
  <>
    <Route path="county" element={signedIn(<CountyReportPage />)} />
    <Route path="county/households" element={signedIn(<CountyHouseholdsPage />)} />
    <Route path="county/access-log" element={signedIn(<HouseholdAccessLogPage />)} />
    <Route path="county/households/:id" element={signedIn(<HouseholdPage />)} />
  </>
);
