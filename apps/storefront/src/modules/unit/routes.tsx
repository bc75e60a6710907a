import { Route } from 'react-router-dom';
import { signedIn } from '../auth/components/RequireAuth';
import { JoinUnitPage } from './pages/JoinUnitPage';
import { UnitImportPage } from './pages/UnitImportPage';
import { UnitMembersPage } from './pages/UnitMembersPage';

/** Joining a work unit, and its admin's members and import. */
export const unitRoutes = (
  <>
    <Route path="join-unit" element={signedIn(<JoinUnitPage />)} />
    <Route path="unit/members" element={signedIn(<UnitMembersPage />)} />
    <Route path="unit/import" element={signedIn(<UnitImportPage />)} />
  </>
);
